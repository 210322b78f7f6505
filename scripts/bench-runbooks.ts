// Builds this site with N generated runbooks, and a bare Starlight site with the same N pages in
// its default sidebar, and compares build time and HTML size per page.
//   npm run bench:runbooks                  1,000 runbooks, one build of each site
//   npm run bench:runbooks -- --count 200 --runs 2 --keep
// Both sites are built under /tmp (node_modules hard-linked, so nothing is downloaded) and removed
// afterwards unless --keep is given. Results go to bench-results/ (not committed).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchRunbook, type BenchRunbook } from './lib/bench-content.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: bench:runbooks [--count N] [--runs N] [--keep]');
  process.exit(2);
}

const project = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'runbooks-bench-'));
const log = (message: string) => console.log(`[bench] ${message}`);

/** node_modules for a copy: hard links (instant, no extra space); symlinks would confuse Vite. */
function linkNodeModules(dir: string) {
  const result = spawnSync('cp', ['-al', join(project, 'node_modules'), join(dir, 'node_modules')]);
  if (result.status !== 0) {
    log('hard links not possible here; copying node_modules instead (slower)');
    cpSync(join(project, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
  }
  // Caches belong to each site; removing the copy's links leaves the project's own caches alone.
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
}

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);

function makeOurSite(runbooks: BenchRunbook[]): string {
  const dir = join(work, 'runbooks-site');
  mkdirSync(dir);
  for (const entry of readdirSync(project)) {
    if (!SKIP.has(entry)) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  const content = join(dir, 'content/runbooks');
  for (const file of readdirSync(content)) if (!file.startsWith('_')) rmSync(join(content, file));
  for (const r of runbooks) writeFileSync(join(content, `${r.slug}.md`), r.source);
  linkNodeModules(dir);
  return dir;
}

function makeBareSite(runbooks: BenchRunbook[]): string {
  const dir = join(work, 'bare-starlight');
  mkdirSync(join(dir, 'src/content/docs/runbooks'), { recursive: true });
  // Astro reads the dependency list to decide what to bundle, so name the same versions we use.
  const deps = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies as Record<string, string>;
  const dependencies = { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', type: 'module', private: true, dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Starlight as it comes: no sidebar configured, so it lists every page.
export default defineConfig({
  site: 'https://bare.example.gov.uk',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'Bare Starlight' })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Bare Starlight\n---\n\nHome.\n');
  for (const r of runbooks) {
    writeFileSync(
      join(dir, `src/content/docs/runbooks/${r.slug}.md`),
      `---\ntitle: ${JSON.stringify(r.title)}\ndescription: ${JSON.stringify(r.description)}\n---\n\n${r.body}`,
    );
  }
  linkNodeModules(dir);
  return dir;
}

function build(dir: string): number {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`Build failed in ${dir}`);
  }
  return seconds;
}

interface SizeStats {
  pages: number;
  meanBytes: number;
  medianBytes: number;
  maxBytes: number;
  meanGzipBytes: number;
}

function sizes(files: string[]): SizeStats {
  const bytes = files.map((f) => readFileSync(f));
  const raw = bytes.map((b) => b.length).sort((a, b) => a - b);
  const gz = bytes.map((b) => gzipSync(b).length);
  const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
  return { pages: raw.length, meanBytes: mean(raw), medianBytes: raw[Math.floor(raw.length / 2)]!, maxBytes: raw.at(-1)!, meanGzipBytes: mean(gz) };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const runbooks = Array.from({ length: count }, (_, i) => benchRunbook(i, count));
  log(`${count} runbooks, ${runs} build(s) of each site, in ${work} (${cpus().length} CPUs)`);
  const ours = makeOurSite(runbooks);
  const bare = makeBareSite(runbooks);

  const times = { ours: [] as number[], bare: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    // Alternate which goes first so a busy machine does not favour one side.
    const order = run % 2 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
    for (const which of order) {
      const seconds = build(which === 'ours' ? ours : bare);
      times[which].push(seconds);
      log(`run ${run}: ${which === 'ours' ? 'this site' : 'bare Starlight'} built in ${seconds.toFixed(1)} s`);
    }
  }

  const runbookPages = (dir: string) => runbooks.map((r) => join(dir, 'dist/runbooks', r.slug, 'index.html'));
  const oursPages = sizes(runbookPages(ours));
  const barePages = sizes(runbookPages(bare));
  const finder = statSync(join(ours, 'dist/runbooks/index.html')).size;
  const alertIndex = statSync(join(ours, 'dist/runbooks/alerts/index.html')).size;
  const handbookPage = statSync(join(ours, 'dist/handbook/index.html')).size;
  const result = {
    date: new Date().toISOString(),
    count,
    runs,
    cpus: cpus().length,
    node: process.version,
    buildSeconds: { ours: times.ours, bare: times.bare, oursMedian: median(times.ours), bareMedian: median(times.bare) },
    runbookPageHtml: { ours: oursPages, bare: barePages },
    otherPagesBytes: { finder, alertIndex, handbookPage },
    htmlFiles: { ours: htmlFiles(join(ours, 'dist')).length, bare: htmlFiles(join(bare, 'dist')).length },
  };

  mkdirSync(join(project, 'bench-results'), { recursive: true });
  const out = join(project, 'bench-results', `runbooks-${count}-${result.date.slice(0, 10)}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

  console.log(`
| ${count} runbook pages | This site | Bare Starlight |
| --- | --- | --- |
| Build time, seconds (median of ${runs}) | ${result.buildSeconds.oursMedian.toFixed(1)} | ${result.buildSeconds.bareMedian.toFixed(1)} |
| Runbook page HTML, mean | ${kb(oursPages.meanBytes)} | ${kb(barePages.meanBytes)} |
| Runbook page HTML, largest | ${kb(oursPages.maxBytes)} | ${kb(barePages.maxBytes)} |
| Runbook page HTML, mean gzipped | ${kb(oursPages.meanGzipBytes)} | ${kb(barePages.meanGzipBytes)} |
| HTML files written | ${result.htmlFiles.ours} | ${result.htmlFiles.bare} |

This site, other pages: finder ${kb(finder)}, alert index ${kb(alertIndex)}, handbook overview ${kb(handbookPage)}.
Written to ${out}`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
