// The whole-site benchmark, like for like: this site with N generated pages (or runbooks) against
// bare Starlight writing the same number of HTML files. Builds alternate; the best CPU time counts.
//   npm run bench -- [--pages 1000] [--runs 3] [--runbooks] [--lighthouse] [--keep] [--out file.json]
// Both sites are copies under /tmp (node_modules hard-linked). Results are written as JSON to
// content/benchmarks/site-<date>.json, which the Performance page reads (or to --out).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchIndexPage, benchPage, benchRunbook } from './lib/bench-content.ts';
import { findChromium } from './lib/find-chromium.mjs';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    runbooks: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const [count, runs] = [Number(values.pages), Number(values.runs)];
if (![count, runs].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error('Usage: npm run bench -- [--pages 1000] [--runs 3] [--runbooks] [--lighthouse] [--keep] [--out file.json]');
  process.exit(2);
}
const log = (message: string) => console.log(`[bench] ${message}`);
const project = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'site-bench-'));
const version = (pkg: string) => JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

function write(dir: string, files: Array<{ path: string; source: string }>) {
  for (const { path, source } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
}

// Hard links: instant and no extra space (symlinks would confuse Vite). Each copy gets its own caches.
function linkNodeModules(dir: string) {
  if (spawnSync('cp', ['-al', join(project, 'node_modules'), join(dir, 'node_modules')]).status !== 0) {
    cpSync(join(project, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
  }
  for (const cache of ['.astro', '.vite']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

const htmlFiles = (dir: string) =>
  readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));

/** A clean build; CPU time is the build's and its children's user + system time, from bash's `times`. */
function build(dir: string): { cpu: number; wall: number } {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = performance.now();
  const script = '"$@"; status=$?; echo "::cpu::" >&2; times >&2; exit $status';
  const result = spawnSync('bash', ['-c', script, 'build', process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${dir}:\n${result.stderr.slice(-3000)}`);
  const children = result.stderr.split('::cpu::').at(-1)!.trim().split('\n').at(-1)!;
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpu: user! + system!, wall };
}

/** Mean size of the generated pages' HTML, raw and gzipped. */
function pageHtml(files: string[]) {
  const mean = (size: (b: Buffer) => number) => Math.round(files.reduce((n, f) => n + size(readFileSync(f)), 0) / files.length);
  return { bytes: mean((b) => b.length), gzip: mean((b) => gzipSync(b).length) };
}

/** Lighthouse (its own CLI) on the built site at `dir`, served with the production headers. */
async function lighthouse(dir: string, paths: string[]) {
  const chrome = findChromium();
  if (!chrome) throw new Error('--lighthouse needs a Chromium (set CHROMIUM_PATH)');
  const port = 4590;
  const server = spawn(process.execPath, [join(project, 'scripts/serve.ts'), '--port', String(port), '--dir', join(dir, 'dist')], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 1500));
  try {
    return ['desktop', 'mobile'].flatMap((preset) =>
      paths.map((path) => {
        const args = [`http://127.0.0.1:${port}${path}`, '--output=json', '--output-path=stdout', '--quiet', `--chrome-path=${chrome}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
        const run = spawnSync(join(project, 'node_modules/.bin/lighthouse'), preset === 'desktop' ? [...args, '--preset=desktop'] : args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const categories = (JSON.parse(run.stdout) as { categories: Record<string, { score: number | null }> }).categories;
        const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]));
        log(`Lighthouse ${preset} ${path}: ${JSON.stringify(scores)}`);
        return { path, preset, scores };
      }),
    );
  } finally {
    server.kill();
  }
}

try {
  const date = new Date();
  const kind = values.runbooks ? 'runbooks' : 'pages';
  const folder = values.runbooks ? 'runbooks' : 'bench';
  log(`${count} generated ${kind}, ${runs} build(s) of each site, in ${work} (${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)})`);

  // This site, with the generated pages behind one sidebar link (as runbooks are), or its runbooks replaced.
  const ours = join(work, 'site');
  mkdirSync(ours);
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);
  for (const entry of readdirSync(project)) if (!skip.has(entry)) cpSync(join(project, entry), join(ours, entry), { recursive: true });
  linkNodeModules(ours);
  const generated = Array.from({ length: count }, (_, i) => (values.runbooks ? benchRunbook(i, count) : benchPage(i, count)));
  if (values.runbooks) {
    for (const file of readdirSync(join(ours, 'content/runbooks'))) if (!file.startsWith('_')) rmSync(join(ours, 'content/runbooks', file));
    write(join(ours, 'content/runbooks'), generated.map((p) => ({ path: `${p.slug}.md`, source: p.source })));
  } else {
    write(join(ours, 'content/docs/bench'), [...generated.map((p) => ({ path: `${p.slug}.mdx`, source: p.source })), { path: 'index.mdx', source: benchIndexPage(generated) }]);
    const config = readFileSync(join(ours, 'astro.config.mjs'), 'utf8');
    if (config.split('sidebar: [').length !== 2) throw new Error('astro.config.mjs: expected one "sidebar: [" to add the generated pages to');
    writeFileSync(join(ours, 'astro.config.mjs'), config.replace('sidebar: [', "sidebar: [\n        { label: 'Generated pages', items: [{ slug: 'bench' }] },"));
  }
  const builds: Record<'ours' | 'bare', Array<ReturnType<typeof build>>> = { ours: [build(ours)], bare: [] };
  const oursFiles = htmlFiles(ours).length;

  // Bare Starlight as it comes (default sidebar, listing every page), writing as many HTML files:
  // its home page, its 404 page and oursFiles - 2 generated pages of the same kind.
  const bare = join(work, 'bare-starlight');
  const barePages = Array.from({ length: oursFiles - 2 }, (_, i) => (values.runbooks ? benchRunbook(i, oursFiles - 2) : benchPage(i, oursFiles - 2)));
  const deps = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies as Record<string, string>;
  write(bare, [
    { path: 'package.json', source: JSON.stringify({ name: 'bare-starlight', type: 'module', private: true, dependencies: { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] } }) },
    {
      path: 'astro.config.mjs',
      source: `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://bare.example.gov.uk', trailingSlash: 'always', integrations: [starlight({ title: 'Bare Starlight' })] });\n`,
    },
    {
      path: 'src/content.config.ts',
      source: `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
    },
    { path: 'src/content/docs/index.md', source: '---\ntitle: Bare Starlight\n---\n\nHome.\n' },
    ...barePages.map((p) => ({
      path: `src/content/docs/${folder}/${p.slug}.${values.runbooks ? 'md' : 'mdx'}`,
      source: `---\ntitle: ${JSON.stringify(p.title)}\ndescription: ${JSON.stringify(p.description)}\n---\n\n${p.body}`,
    })),
  ]);
  linkNodeModules(bare);

  // Alternate which goes first, so a machine getting busier or quieter favours neither.
  for (let run = 1; builds.bare.length < runs; run++) {
    for (const site of run % 2 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
      if (builds[site].length >= runs) continue;
      const time = build(site === 'ours' ? ours : bare);
      builds[site].push(time);
      log(`${site === 'ours' ? 'this site' : 'bare Starlight'}: ${time.wall.toFixed(1)} s (${time.cpu.toFixed(1)} s of CPU)`);
    }
  }
  const pagesOf = (dir: string, list: typeof generated) => list.map((p) => join(dir, 'dist', folder, p.slug, 'index.html'));
  const best = (times: typeof builds.ours) => ({ cpu: Math.min(...times.map((t) => t.cpu)), wall: Math.min(...times.map((t) => t.wall)) });
  const result = {
    date: date.toISOString(),
    quick: runs < 3,
    machine: { cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(1)), node: process.version },
    versions: { astro: version('astro'), starlight: version('@astrojs/starlight') },
    runs,
    comparisons: [{
      kind,
      generated: count,
      ours: { htmlFiles: oursFiles, ...best(builds.ours), builds: builds.ours, pageHtml: pageHtml(pagesOf(ours, generated)) },
      bare: { htmlFiles: htmlFiles(bare).length, generated: barePages.length, ...best(builds.bare), builds: builds.bare, pageHtml: pageHtml(pagesOf(bare, barePages)) },
    }],
    lighthouse: values.lighthouse ? await lighthouse(ours, ['/', '/handbook/first-line-support/', '/runbooks/site-unreachable/', '/tools/sla-calculator/', '/rota/']) : [],
  };
  const { ours: o, bare: b } = result.comparisons[0]!;
  log(`like for like (${o.htmlFiles} and ${b.htmlFiles} HTML files): ${(o.cpu / b.cpu).toFixed(2)}x bare Starlight's CPU time`);
  const out = values.out ?? join(project, 'content/benchmarks', `site-${kind}-${result.date.slice(0, 10)}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${out}`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
