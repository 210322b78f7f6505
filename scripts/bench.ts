// The whole-site benchmark, like for like: this site with N generated pages (or runbooks) against
// bare Starlight (tests/fixtures/bare-starlight) writing the same number of HTML files. Builds
// alternate which site goes first; the best CPU time counts.
//   npm run bench -- [--pages 1000] [--runs 3] [--runbooks] [--lighthouse] [--keep] [--out file.json]
// Both sites are copies under /tmp (node_modules hard-linked). The results go, as JSON, to
// content/benchmarks/site-<kind>-<date>.json, which the Performance page reads (or to --out).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchIndexPage, benchPage, benchRunbook, type BenchFile } from './lib/bench-content.ts';
import { findChromium } from './lib/find-chromium.mjs';

const USAGE = 'Usage: npm run bench -- [--pages 1000] [--runs 3] [--runbooks] [--lighthouse] [--keep] [--out file.json]';
const flag = { type: 'boolean', default: false } as const;
const options = { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } } as const;
const { values } = parseArgs({ options: { ...options, runbooks: flag, lighthouse: flag, keep: flag } });
const [count, runs] = [Number(values.pages), Number(values.runs)];
if (![count, runs].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error(USAGE);
  process.exit(2);
}
const log = (message: string) => console.log(`[bench] ${message}`);
const project = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'site-bench-'));
const folder = values.runbooks ? 'runbooks' : 'bench';
const generate = (n: number) => Array.from({ length: n }, (_, i) => (values.runbooks ? benchRunbook(i, n) : benchPage(i, n)));

const extension = values.runbooks ? 'md' : 'mdx';
function writePages(dir: string, pages: BenchFile[], source: (p: BenchFile) => string) {
  mkdirSync(dir, { recursive: true });
  for (const p of pages) writeFileSync(join(dir, `${p.slug}.${extension}`), source(p));
}
const version = (pkg: string) => JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

/** A copy of `from` at `to`, without build output, its node_modules hard-linked (symlinks confuse Vite). */
function copySite(from: string, to: string) {
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);
  cpSync(from, to, { recursive: true, filter: (path) => !skip.has(path.slice(from.length + 1).split('/')[0]!) });
  if (spawnSync('cp', ['-al', join(project, 'node_modules'), join(to, 'node_modules')]).status !== 0) {
    cpSync(join(project, 'node_modules'), join(to, 'node_modules'), { recursive: true });
  }
  for (const cache of ['.astro', '.vite']) rmSync(join(to, 'node_modules', cache), { recursive: true, force: true });
  return to;
}

const htmlFiles = (dir: string) =>
  readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;

/** A clean build; its CPU time is the user + system time of the build and its children, from bash's `times`. */
function build(dir: string): { cpu: number; wall: number } {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = performance.now();
  const script = '"$@"; status=$?; echo "::cpu::" >&2; times >&2; exit $status';
  const astro = [process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = spawnSync('bash', ['-c', script, 'build', ...astro], { cwd: dir, encoding: 'utf8', maxBuffer: 2 ** 28, env });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${dir}:\n${result.stderr.slice(-3000)}`);
  const children = result.stderr.split('::cpu::').at(-1)!.trim().split('\n').at(-1)!;
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpu: user! + system!, wall };
}

/** How a side did: its best build, every build, and the mean size of its generated pages' HTML. */
function side(dir: string, times: Array<{ cpu: number; wall: number }>, pages: BenchFile[]) {
  const files = pages.map((p) => readFileSync(join(dir, 'dist', folder, p.slug, 'index.html')));
  const mean = (size: (b: Buffer) => number) => Math.round(files.reduce((n, f) => n + size(f), 0) / files.length);
  const best = { cpu: Math.min(...times.map((t) => t.cpu)), wall: Math.min(...times.map((t) => t.wall)) };
  return {
    htmlFiles: htmlFiles(dir),
    ...best,
    builds: times,
    pageHtml: { bytes: mean((b) => b.length), gzip: mean((b) => gzipSync(b).length) },
  };
}

/** Lighthouse's own CLI on the key pages of the built site at `dir`, served with the production headers. */
async function lighthouse(dir: string) {
  const chrome = findChromium();
  if (!chrome) throw new Error('--lighthouse needs a Chromium (set CHROMIUM_PATH)');
  const server = spawn(process.execPath, [join(project, 'scripts/serve.ts'), '--port', '4590', '--dir', join(dir, 'dist')]);
  await new Promise((done) => setTimeout(done, 1500));
  const report = join(work, 'lighthouse.json');
  const flags = ['--output=json', `--output-path=${report}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'];
  flags.push(`--chrome-path=${chrome}`, '--chrome-flags=--headless=new --no-sandbox');
  try {
    return ['desktop', 'mobile'].flatMap((preset) =>
      ['/', '/handbook/first-line-support/', '/runbooks/site-unreachable/', '/tools/sla-calculator/', '/rota/'].map((path) => {
        const args = [`http://127.0.0.1:4590${path}`, ...flags, ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
        // Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART): try once more.
        const lh = () => spawnSync(join(project, 'node_modules/.bin/lighthouse'), args, { encoding: 'utf8' });
        let run = lh();
        if (run.status !== 0) run = lh();
        if (run.status !== 0) throw new Error(`Lighthouse failed on ${preset} ${path}:\n${run.stderr.slice(-2000)}`);
        const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> };
        const score = (c: { score: number | null }) => (c.score === null ? null : Math.round(c.score * 100));
        const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, score(c)]));
        log(`Lighthouse ${preset} ${path}: ${JSON.stringify(scores)}`);
        return { path, preset, scores };
      }),
    );
  } finally {
    server.kill();
  }
}

try {
  const date = new Date().toISOString();
  log(`${count} generated ${folder}, ${runs} build(s) of each site, in ${work} (${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)})`);

  // This site: generated runbooks beside the real ones (which the handbook links to), or generated
  // pages behind one sidebar link to their index page, as the runbooks are.
  const ours = copySite(project, join(work, 'site'));
  const generated = generate(count);
  writePages(join(ours, values.runbooks ? 'content/runbooks' : 'content/docs/bench'), generated, (p) => p.source);
  if (!values.runbooks) {
    writeFileSync(join(ours, 'content/docs/bench/index.mdx'), benchIndexPage(generated));
    const config = join(ours, 'astro.config.mjs');
    const [before, after, extra] = readFileSync(config, 'utf8').split('sidebar: [');
    if (after === undefined || extra !== undefined) throw new Error('astro.config.mjs: expected one "sidebar: [" to add a link to');
    writeFileSync(config, `${before}sidebar: [{ label: 'Generated', items: [{ slug: 'bench' }] },${after}`);
  }
  const builds = { ours: [build(ours)], bare: [] as Array<ReturnType<typeof build>> };

  // Bare Starlight writes its home page, its 404 page and as many generated pages as make up the rest.
  const bare = copySite(join(project, 'tests/fixtures/bare-starlight'), join(work, 'bare-starlight'));
  const barePages = generate(htmlFiles(ours) - 2);
  const frontMatter = (p: BenchFile) => `---\ntitle: ${JSON.stringify(p.title)}\ndescription: ${JSON.stringify(p.description)}\n---\n\n`;
  writePages(join(bare, 'src/content/docs', folder), barePages, (p) => frontMatter(p) + p.body);

  for (let run = 1; builds.bare.length < runs; run++) {
    for (const name of run % 2 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
      if (builds[name].length >= runs) continue;
      const time = build(name === 'ours' ? ours : bare);
      builds[name].push(time);
      log(`${name === 'ours' ? 'this site' : 'bare Starlight'}: ${time.wall.toFixed(1)} s (${time.cpu.toFixed(1)} s of CPU)`);
    }
  }
  const comparison = { kind: values.runbooks ? 'runbooks' : 'pages', generated: count, ours: side(ours, builds.ours, generated) };
  const result = {
    date,
    quick: runs < 3,
    machine: { cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(1)), node: process.version },
    versions: { astro: version('astro'), starlight: version('@astrojs/starlight'), lighthouse: version('lighthouse') },
    runs,
    comparisons: [{ ...comparison, bare: { generated: barePages.length, ...side(bare, builds.bare, barePages) } }],
    lighthouse: values.lighthouse ? await lighthouse(ours) : [],
  };
  const { ours: o, bare: b } = result.comparisons[0]!;
  log(`like for like (${o.htmlFiles} and ${b.htmlFiles} HTML files): ${(o.cpu / b.cpu).toFixed(2)}x bare Starlight's CPU time`);
  const out = values.out ?? join(project, 'content/benchmarks', `site-${comparison.kind}-${date.slice(0, 10)}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${out}`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
