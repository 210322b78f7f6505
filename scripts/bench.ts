// The whole-site benchmark: builds this site and a bare Starlight site with the same generated
// pages side by side, compares build time, HTML and JavaScript per page, weighs the islands, and
// runs Lighthouse on the real site's key pages when a Chromium is available.
//   npm run bench                          200 and 1,000 pages, five builds each, Lighthouse
//   npm run bench -- --pages 200,1000 --runs 1 --no-lighthouse --keep
//   npm run bench -- --from bench-results/site-….json     rewrite the docs from saved results
// Both sites are built under /tmp (node_modules hard-linked, so nothing is downloaded) and removed
// afterwards unless --keep is given. Raw results go to bench-results/ (not committed); the figures
// are written to content/docs/about/performance.mdx and the README (unless --no-docs).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { benchIndexPage, benchPage } from './lib/bench-content.ts';
import { buildSite, copyProject, htmlFiles, log, makeBareStarlight, sizeStats, timeBuilds, workDir, writeFiles } from './lib/bench-sites.ts';
import { findChromium } from './lib/find-chromium.mjs';
import { PRESETS, runLighthouse, type Preset } from './lib/lighthouse.ts';
import { beyond, pageJavaScript, startupFiles, sumOf, type PageJavaScript } from './lib/page-js.ts';
import { LIGHTHOUSE_PAGES, TOOL_PAGES, buildRatio, sameCountRatio, renderPerformancePage, renderReadmeSection, replaceReadmeSection, type BenchResult, type PageWeight } from './lib/performance-page.ts';
import { startStaticServer } from './lib/static-server.ts';

const USAGE =
  'Usage: npm run bench -- [--pages 200,1000] [--runs 5] [--no-lighthouse] [--presets desktop,mobile] [--lighthouse-runs 3] [--keep] [--no-docs] | --from results.json';
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200,1000' },
    // Five: on this shared machine the same build's CPU time varies by a quarter from run to run,
    // and with three builds a slow few minutes could still catch every build of one site.
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
    presets: { type: 'string', default: PRESETS.join(',') },
    'lighthouse-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    from: { type: 'string' },
  },
});
const counts = values.pages.split(',').map(Number);
const runs = Number(values.runs);
const lighthouseRuns = Number(values['lighthouse-runs']);
const presets = values.presets.split(',') as Preset[];
const whole = (n: number) => Number.isInteger(n) && n >= 1;
if (!counts.every(whole) || !whole(runs) || !whole(lighthouseRuns) || !presets.every((p) => PRESETS.includes(p))) {
  console.error(USAGE);
  process.exit(2);
}

const project = process.cwd();

/** The Performance page and the README's section, from one result. */
function writeDocs(result: BenchResult) {
  writeFileSync(join(project, 'content/docs/about/performance.mdx'), renderPerformancePage(result));
  const readme = join(project, 'README.md');
  writeFileSync(readme, replaceReadmeSection(readFileSync(readme, 'utf8'), renderReadmeSection(result)));
  log('wrote content/docs/about/performance.mdx and the README section "Whole site vs bare Starlight"');
}

if (values.from) {
  writeDocs(JSON.parse(readFileSync(values.from, 'utf8')) as BenchResult);
  process.exit(0);
}

const work = workDir('site-bench-');
const version = (pkg: string) => JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

/** Start-up JavaScript of a page (files and inline scripts), and what it may fetch later. */
function weigh(js: PageJavaScript | undefined, page: string): PageWeight {
  if (!js) throw new Error(`${page} was not built`);
  const files = sumOf(startupFiles(js));
  return {
    files: startupFiles(js).map((f) => f.file),
    startup: { bytes: files.bytes + js.inline.bytes, gzip: files.gzip + js.inline.gzip },
    startupFiles: files,
    inline: js.inline,
    lazy: sumOf(js.lazy),
  };
}

/** Serves `dist` (with its _headers, if any) while Lighthouse runs on `paths`. */
async function lighthouseOn(chromePath: string, dist: string, paths: string[], site: string) {
  let server: Server | undefined;
  try {
    const started = await startStaticServer({ dir: dist });
    server = started.server;
    log(`Lighthouse (${presets.join(', ')}, median of ${lighthouseRuns}) on ${site}: ${paths.join(' ')}`);
    return await runLighthouse({
      chromePath,
      origin: started.origin,
      paths,
      presets,
      runs: lighthouseRuns,
      onResult: (r) => log(`  ${r.preset} ${r.path}: ${Object.entries(r.scores).map(([c, s]) => `${c} ${s ?? '-'}`).join(', ')} (performance runs ${r.performanceRuns.join('/')})`),
    });
  } finally {
    server?.close();
  }
}

try {
  const started = new Date();
  const chromePath = values['no-lighthouse'] ? undefined : findChromium();
  const skipLighthouse = values['no-lighthouse'] ? 'not asked for (--no-lighthouse)' : chromePath ? undefined : 'no Chromium found (set CHROMIUM_PATH, or install chromium)';
  log(`${counts.join(' and ')} pages, ${runs} build(s) of each site per size, in ${work} (${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)})`);
  if (skipLighthouse) log(`Lighthouse skipped: ${skipLighthouse}`);

  const ours = copyProject(project, join(work, 'site'));
  const bare = makeBareStarlight(project, join(work, 'bare-starlight'));
  // Like for like: bare Starlight writing as many pages as this site (at the first size only).
  const bareSameCount = makeBareStarlight(project, join(work, 'bare-starlight-same-count'));

  // 1. The real site as it is: its build time, its islands, and Lighthouse on its key pages.
  const realBuild = buildSite(ours);
  log(`this site as it is built in ${realBuild.wall.toFixed(1)} s (${realBuild.cpu.toFixed(1)} s of CPU)`);
  const ownHtmlFiles = htmlFiles(join(ours, 'dist')).length;
  const page = (path: string) => join(ours, 'dist', path, 'index.html');
  const contentPage = pageJavaScript(page('/handbook/first-line-support/'), join(ours, 'dist'));
  if (!contentPage) throw new Error('No handbook page was built');
  const islands = TOOL_PAGES.map(({ name, path }) => {
    const js = pageJavaScript(page(path), join(ours, 'dist'));
    if (!js) throw new Error(`${path} was not built`);
    const files = beyond(js, contentPage);
    return { name, path, files: files.map((f) => f.file), js: sumOf(files), props: js.props };
  });
  const realLighthouse = chromePath ? await lighthouseOn(chromePath, join(ours, 'dist'), LIGHTHOUSE_PAGES.map((p) => p.path), 'this site') : [];

  // 2. The same generated pages in both. Here they get one sidebar link to a page listing them all,
  // as the runbooks do; bare Starlight lists every page in its default sidebar.
  const configFile = join(ours, 'astro.config.mjs');
  const config = readFileSync(configFile, 'utf8');
  if (config.split('sidebar: [').length !== 2) throw new Error('astro.config.mjs: expected one "sidebar: [" to add the generated pages to');
  writeFileSync(configFile, config.replace('sidebar: [', "sidebar: [\n        { label: 'Generated pages', items: [{ slug: 'bench' }] },"));

  const sizes: BenchResult['sizes'] = [];
  const referenceLighthouse: BenchResult['lighthouse']['results'] = [];
  for (const count of counts) {
    const pages = Array.from({ length: count }, (_, i) => benchPage(i, count));
    for (const [dir, folder] of [[ours, 'content/docs/bench'], [bare, 'src/content/docs/bench']] as const) {
      rmSync(join(dir, folder), { recursive: true, force: true });
      writeFiles(join(dir, folder), pages.map((p) => ({ path: `${p.slug}.mdx`, source: p.source })));
    }
    writeFiles(join(ours, 'content/docs/bench'), [{ path: 'index.mdx', source: benchIndexPage(pages) }]);
    log(`${count} generated pages:`);
    // This site writes its own pages and the generated pages' index page besides; bare Starlight
    // writes its home page and 404 page besides.
    const sameCountPages = count === counts[0] ? count + ownHtmlFiles + 1 - 2 : undefined;
    if (sameCountPages) {
      const folder = join(bareSameCount, 'src/content/docs/bench');
      rmSync(folder, { recursive: true, force: true });
      writeFiles(folder, Array.from({ length: sameCountPages }, (_, i) => benchPage(i, sameCountPages)).map((p) => ({ path: `${p.slug}.mdx`, source: p.source })));
    }
    const times = timeBuilds(
      {
        ours: { dir: ours, label: 'this site' },
        bare: { dir: bare, label: 'bare Starlight' },
        sameCount: sameCountPages ? { dir: bareSameCount, label: `bare Starlight with ${sameCountPages} pages` } : undefined,
      },
      runs,
    );
    const generated = (dir: string) => pages.map((p) => join(dir, 'dist/bench', p.slug, 'index.html'));
    const first = (dir: string) => join(dir, 'dist/bench', pages[0]!.slug, 'index.html');
    sizes.push({
      pages: count,
      builds: { ours: times.ours, bare: times.bare },
      html: { ours: sizeStats(generated(ours)), bare: sizeStats(generated(bare)) },
      js: {
        ours: weigh(pageJavaScript(first(ours), join(ours, 'dist')), 'this site'),
        bare: weigh(pageJavaScript(first(bare), join(bare, 'dist')), 'bare Starlight'),
      },
      htmlFiles: { ours: htmlFiles(join(ours, 'dist')).length, bare: htmlFiles(join(bare, 'dist')).length },
      ...(sameCountPages ? { sameCount: { pages: sameCountPages, builds: times.sameCount, htmlFiles: htmlFiles(join(bareSameCount, 'dist')).length } } : {}),
    });
    const size = sizes[sizes.length - 1]!;
    log(`  best of ${runs}: ${buildRatio(size).toFixed(2)}x bare Starlight's CPU time, ${buildRatio(size, 'wall').toFixed(2)}x its time on the clock`);
    const same = sameCountRatio(size);
    if (same !== undefined) log(`  ${same.toFixed(2)}x the CPU time of bare Starlight writing as many pages (${size.sameCount!.htmlFiles} HTML files, this site ${size.htmlFiles.ours})`);
    // A generated page in each site, as a reference for the real pages' scores (once, at the first size).
    if (chromePath && count === counts[0]) {
      const path = `/bench/${pages[0]!.slug}/`;
      for (const [dir, site] of [[ours, 'this site'], [bare, 'bare Starlight']] as const) {
        const results = await lighthouseOn(chromePath, join(dir, 'dist'), [path], `${site} (${count} pages)`);
        referenceLighthouse.push(...results.map((r) => ({ ...r, site })));
      }
    }
  }

  const result: BenchResult = {
    date: started.toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg()[0]!, node: process.version },
    versions: { astro: version('astro'), starlight: version('@astrojs/starlight'), lighthouse: version('lighthouse') },
    runs,
    realSite: { build: realBuild, contentPage: weigh(contentPage, 'handbook page') },
    sizes,
    islands,
    lighthouse: {
      ...(skipLighthouse ? { skipped: skipLighthouse } : {}),
      presets,
      runs: lighthouseRuns,
      results: [...realLighthouse.map((r) => ({ ...r, site: 'this site' })), ...referenceLighthouse],
    },
  };

  mkdirSync(join(project, 'bench-results'), { recursive: true });
  const out = join(project, 'bench-results', `site-${result.date.slice(0, 19).replace(/:/g, '')}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${renderReadmeSection(result)}\nRaw results: ${out}`);
  if (!values['no-docs']) writeDocs(result);
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
