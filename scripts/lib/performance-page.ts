// Turns a whole-site benchmark result (scripts/bench.ts) into the site's Performance page
// (content/docs/about/performance.mdx) and the README's "Whole site vs bare Starlight" section.
// Pure functions of the result, so the wording can be tested without building anything.
import type { BuildTime, SizeStats } from './bench-sites.ts';
import { CATEGORIES, type Category, type MedianScores, type Preset } from './lighthouse.ts';
import { kb, type Bytes } from './page-js.ts';
import { median } from './timing.ts';

/** The real pages Lighthouse scores. */
export const LIGHTHOUSE_PAGES = [
  { path: '/', name: 'Home' },
  { path: '/handbook/first-line-support/', name: 'Handbook page' },
  { path: '/runbooks/site-unreachable/', name: 'Runbook' },
  { path: '/tools/sla-calculator/', name: 'SLA calculator' },
  { path: '/rota/', name: 'Rota' },
] as const;

/** Each island and the page it is weighed on. */
export const TOOL_PAGES = [
  { name: 'SLA calculator and batch triage', path: '/tools/sla-calculator/' },
  { name: 'Rota viewer', path: '/rota/' },
  { name: 'On support now panel (also on the home page)', path: '/rota/now/' },
  { name: 'Runbook finder', path: '/runbooks/' },
] as const;

/** The targets from the hardening issue. */
export const MAX_BUILD_RATIO = 1.2;

export interface PageWeight {
  /** Script files loaded at start-up, inside dist/. */
  files: string[];
  /** Files and inline scripts together. */
  startup: Bytes;
  startupFiles: Bytes;
  inline: Bytes;
  /** Fetched later by fixed-name dynamic imports (Starlight's search UI, when the browser is idle). */
  lazy: Bytes;
}

export interface SizeResult {
  pages: number;
  builds: { ours: BuildTime[]; bare: BuildTime[] };
  html: { ours: SizeStats; bare: SizeStats };
  /** A generated page's JavaScript in each site. */
  js: { ours: PageWeight; bare: PageWeight };
  htmlFiles: { ours: number; bare: number };
  /**
   * At the first size only: bare Starlight given as many generated pages as it takes to write as
   * many HTML files as this site does, built in turn with the other two. Older results lack it.
   */
  sameCount?: { pages: number; builds: BuildTime[]; htmlFiles: number };
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; loadAverage: number; node: string };
  versions: { astro: string; starlight: string; lighthouse: string };
  runs: number;
  realSite: { build: BuildTime; contentPage: PageWeight };
  sizes: SizeResult[];
  islands: Array<{ name: string; path: string; files: string[]; js: Bytes; props: Bytes }>;
  lighthouse: {
    /** Why Lighthouse did not run, when it did not. */
    skipped?: string;
    presets: Preset[];
    runs: number;
    results: Array<MedianScores & { site: string }>;
  };
}

const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};
const PRESET_NAMES: Record<Preset, string> = { desktop: 'Desktop', mobile: 'Mobile' };

const count = (n: number) => n.toLocaleString('en-GB');
const seconds = (s: number) => `${s.toFixed(1)} s`;
const withGzip = (b: Bytes) => `${kb(b.bytes)} (${kb(b.gzip)} gzip)`;
const best = (xs: readonly number[]) => Math.min(...xs);
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Lighthouse's own words, made safe to put in MDX prose (no tags, expressions or table breaks). */
export const text = (words: string): string =>
  words.replace(/[<>{}|`\\]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s+/g, ' ').trim();

const bestOf = (runs: number) => (runs === 1 ? 'one build' : `best of ${runs} builds`);
const medianOf = (runs: number) => (runs === 1 ? 'one run' : `median of ${runs} runs`);

/** The best (lowest) of a site's builds, on the clock or in CPU time. */
const bestBuild = (size: SizeResult, side: 'ours' | 'bare', measure: keyof BuildTime) => best(size.builds[side].map((b) => b[measure]));

/** This site's build time over bare Starlight's, best against best; `cpu` by default (see the page for why). */
export const buildRatio = (size: SizeResult, measure: keyof BuildTime = 'cpu'): number => bestBuild(size, 'ours', measure) / bestBuild(size, 'bare', measure);

/** The best CPU time of bare Starlight writing as many pages as this site, when it was built. */
const bestSameCountBuild = (size: SizeResult): number | undefined => size.sameCount && best(size.sameCount.builds.map((b) => b.cpu));

/**
 * This site's best CPU time over that of bare Starlight writing as many pages: the cost of what
 * this site does per page and beyond, without the difference in page count.
 */
export const sameCountRatio = (size: SizeResult): number | undefined => {
  const bare = bestSameCountBuild(size);
  return bare === undefined ? undefined : bestBuild(size, 'ours', 'cpu') / bare;
};

/**
 * The CPU-time ratio of each run's pair of builds (built one after the other, in alternating
 * order), lowest, median and highest: how far one run's figure can move on a shared machine.
 */
export function runRatios(size: SizeResult): { low: number; median: number; high: number } | undefined {
  const pairs = Math.min(size.builds.ours.length, size.builds.bare.length);
  if (pairs < 2) return undefined;
  const ratios = Array.from({ length: pairs }, (_, i) => size.builds.ours[i]!.cpu / size.builds.bare[i]!.cpu).sort((a, b) => a - b);
  return { low: ratios[0]!, median: median(ratios), high: ratios[pairs - 1]! };
}

const isReal = (r: { site: string; path: string }) => r.site === 'this site' && LIGHTHOUSE_PAGES.some((p) => p.path === r.path);
const pageName = (r: { site: string; path: string }) =>
  LIGHTHOUSE_PAGES.find((p) => p.path === r.path && r.site === 'this site')?.name ?? `Generated page (${r.site})`;
const allHundred = (r: MedianScores) => CATEGORIES.every((c) => r.scores[c] === 100);

/** One line per target: what it asks, whether it was met, and the figures that say so. */
export function targets(result: BenchResult): Array<{ target: string; met: boolean | undefined; detail: string }> {
  const ratios = result.sizes.map((s) => ({ pages: s.pages, ratio: buildRatio(s) }));
  const js = result.sizes.map((s) => ({ pages: s.pages, ours: s.js.ours.startup.gzip, bare: s.js.bare.startup.gzip }));
  const real = result.lighthouse.results.filter(isReal);
  const short = real.filter((r) => !allHundred(r));
  return [
    {
      target: `Build within ${MAX_BUILD_RATIO} times the time bare Starlight takes`,
      met: ratios.every((r) => r.ratio <= MAX_BUILD_RATIO),
      detail: result.sizes
        .map((size) => {
          const spread = runRatios(size);
          const byRun = spread ? `; build by build, ${spread.low.toFixed(2)} to ${spread.high.toFixed(2)} times, median ${spread.median.toFixed(2)}` : '';
          const same = sameCountRatio(size);
          const like = same === undefined ? '' : `; against bare Starlight writing as many pages as this site (${count(size.sameCount!.htmlFiles)}), ${same.toFixed(2)} times`;
          return `${buildRatio(size).toFixed(2)} times the CPU time at ${count(size.pages)} pages (${buildRatio(size, 'wall').toFixed(2)} times on the clock${byRun}${like})`;
        })
        .join(', '),
    },
    {
      target: 'Content pages ship no more JavaScript than bare Starlight',
      met: js.every((j) => j.ours <= j.bare),
      detail: js.map((j) => `${kb(j.ours)} against ${kb(j.bare)} gzip at ${count(j.pages)} pages`).join(', '),
    },
    {
      target: 'Lighthouse 100 in all four categories on the five pages',
      met: real.length ? short.length === 0 : undefined,
      detail: real.length
        ? short.length === 0
          ? `every page, ${result.lighthouse.presets.map((p) => PRESET_NAMES[p].toLowerCase()).join(' and ')}`
          : `${real.length - short.length} of ${real.length} page and preset pairs; below 100: ${short
              .map((r) => `${r.path} ${r.preset} (${CATEGORIES.filter((c) => r.scores[c] !== 100).map((c) => `${CATEGORY_NAMES[c].toLowerCase()} ${r.scores[c] ?? 'not scored'}`).join(', ')})`)
              .join('; ')}`
        : `not measured: ${result.lighthouse.skipped ?? 'no results'}`,
    },
  ];
}

const verdict = (met: boolean | undefined) => (met === undefined ? 'Not measured' : met ? 'Met' : 'Not met');

function sizeTable(result: BenchResult): string {
  const head = result.sizes.flatMap((s) => [`${count(s.pages)} pages: this site`, `${count(s.pages)} pages: bare Starlight`]);
  const row = (label: string, cell: (s: SizeResult, side: 'ours' | 'bare') => string) =>
    `| ${label} | ${result.sizes.flatMap((s) => [cell(s, 'ours'), cell(s, 'bare')]).join(' | ')} |`;
  return [
    `| | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---').join(' | ')} |`,
    row(`Build CPU time (${bestOf(result.runs)})`, (s, side) => seconds(bestBuild(s, side, 'cpu'))),
    row(`Build time on the clock (${bestOf(result.runs)})`, (s, side) => seconds(bestBuild(s, side, 'wall'))),
    row('Every build, clock (CPU)', (s, side) => s.builds[side].map((b) => `${seconds(b.wall)} (${seconds(b.cpu)})`).join(', ')),
    row('Against bare Starlight, CPU (clock)', (s, side) => (side === 'ours' ? `${buildRatio(s).toFixed(2)} (${buildRatio(s, 'wall').toFixed(2)}) times` : '1')),
    row('HTML of a generated page, mean', (s, side) => `${kb(s.html[side].meanBytes)} (${kb(s.html[side].meanGzipBytes)} gzip)`),
    row('HTML of a generated page, largest', (s, side) => kb(s.html[side].maxBytes)),
    row('JavaScript a generated page loads at start-up', (s, side) => withGzip(s.js[side].startup)),
    row('of which inline scripts', (s, side) => withGzip(s.js[side].inline)),
    row('JavaScript fetched later (search)', (s, side) => withGzip(s.js[side].lazy)),
    row('HTML files written', (s, side) => count(s.htmlFiles[side])),
  ].join('\n');
}

function islandTable(result: BenchResult): string {
  return [
    '| Island | Weighed on | JavaScript beyond a content page | Island props in the HTML |',
    '| --- | --- | --- | --- |',
    ...result.islands.map((i) => `| ${i.name} | [${i.path}](${i.path}) | ${kb(i.js.gzip)} gzip (${kb(i.js.bytes)} minified) | ${kb(i.props.gzip)} gzip |`),
  ].join('\n');
}

const scoreCells = (r: MedianScores | undefined) => (r ? CATEGORIES.map((c) => String(r.scores[c] ?? 'not scored')) : CATEGORIES.map(() => 'not run'));

/**
 * One row a page, one column a preset, each cell "performance / accessibility / best practices / SEO"
 * (narrow enough for the page without scrolling); with `runs`, every run's performance score too.
 */
function lighthouseTable(result: BenchResult, { runs }: { runs: boolean }): string {
  const { presets, results } = result.lighthouse;
  const pages = [...new Map(results.map((r) => [`${r.site} ${r.path}`, r])).values()];
  const cell = (r: MedianScores | undefined) =>
    `${scoreCells(r).join(' / ')}${runs && r && r.performanceRuns.length > 1 ? ` (runs ${r.performanceRuns.map((s) => s ?? 'unscored').join(', ')})` : ''}`;
  return [
    `| Page | ${presets.map((p) => PRESET_NAMES[p]).join(' | ')} |`,
    `| --- | ${presets.map(() => '---').join(' | ')} |`,
    ...pages.map((page) => {
      // The path as text, not a link: bench:runbooks builds this page with other runbooks than ours.
      const name = isReal(page) ? `${pageName(page)}, ${page.path}` : pageName(page);
      return `| ${name} | ${presets.map((preset) => cell(results.find((x) => x.site === page.site && x.path === page.path && x.preset === preset))).join(' | ')} |`;
    }),
  ].join('\n');
}

/** Every audit that kept a real page's category below 100 in its median run. */
function shortfallList(result: BenchResult): string {
  const lines: string[] = [];
  for (const r of result.lighthouse.results.filter((x) => !allHundred(x))) {
    const weighted = r.shortfalls.filter((s) => s.weight > 0);
    const what = weighted.map((s) => `${text(s.title)}${s.displayValue ? ` ${text(s.displayValue)}` : ''} (audit score ${s.score.toFixed(2)})`);
    if (CATEGORIES.some((c) => r.scores[c] === null)) what.push(`not scored: ${text(r.errors.join('; ')) || 'Lighthouse gave no reason'}`);
    lines.push(`- ${pageName(r)} \`${r.path}\`, ${PRESET_NAMES[r.preset].toLowerCase()}: ${what.join('; ') || 'no single audit below 1 (rounding)'}.`);
  }
  return lines.join('\n');
}

function benchmarkIndexRange(result: BenchResult): string {
  const values = result.lighthouse.results.map((r) => r.benchmarkIndex).filter((n) => Number.isFinite(n));
  return values.length ? `${Math.round(Math.min(...values))} to ${Math.round(Math.max(...values))}` : 'not recorded';
}

const BLOCKING_NOTE =
  "Total Blocking Time is the page's own JavaScript starting up: on the rota and the home page, Preact bringing the island to life over the HTML the build wrote (for the rota, its week table); on other pages, Starlight's scripts. It is a few tens of milliseconds of work at desktop speed, which the mobile preset multiplies by four. The islands already avoid the largest start-up cost they had, loading the browser's time zone data, by carrying the UK's clock changes in their data. The rota page also gets its table's weeks from the build ready-made and has its controls in the HTML, hidden until the page runs: opened in the week it was built, it works none of the table out again and creates no date field (the first one on a page is slow to make on a phone). With the CPU slowed four times in Chromium (median of ten cold loads of each build, alternated), that took the island's coming alive from 142 to 128 ms of main-thread time and its later renders from 96 to 64 ms; `npm run bench:rota` measures them.";

function lighthouseSection(result: BenchResult): string {
  const { lighthouse } = result;
  if (lighthouse.skipped || lighthouse.results.length === 0) {
    return `Lighthouse did not run this time: ${lighthouse.skipped ?? 'no results'}. Run \`npm run bench\` on a machine with Chromium for the scores.`;
  }
  const shortfalls = shortfallList(result);
  const blocking = result.lighthouse.results.some((r) => r.shortfalls.some((s) => s.id === 'total-blocking-time' && s.weight > 0));
  return `Lighthouse ${result.versions.lighthouse}, run ${lighthouse.runs === 1 ? 'once' : `${lighthouse.runs} times`} on each page with each preset; the table shows ${lighthouse.runs === 1 ? 'that run' : 'the median run (by performance score)'}. Each cell gives performance / accessibility / best practices / SEO, out of 100, and every run's performance score.

${lighthouseTable(result, { runs: true })}

The two generated-page rows are a reference: the same generated page in this site and in bare Starlight, from the ${count(result.sizes[0]?.pages ?? 0)}-page builds, measured the same way.

${shortfalls ? `What kept a score below 100 in the runs shown (the audits that count towards the score):\n\n${shortfalls}\n\n` : ''}${blocking ? `${BLOCKING_NOTE}\n\n` : ''}Accessibility, best practices and SEO do not depend on the machine. Performance does: Lighthouse simulates a slower network and, for mobile, a CPU four times slower, from a trace recorded on this machine. On a busy shared machine the main-thread work it records (and so Total Blocking Time) can vary by several times between runs; Lighthouse's own measure of the machine's speed (its benchmark index) ranged from ${benchmarkIndexRange(result)} during these runs, where a quiet desktop scores well over 1,000. Treat performance scores below 100 here as a reason to look, and compare them with the bare Starlight reference row, rather than as a verdict.`;
}

/** What the build times say: this site's fixed cost against its cost per page. */
export function buildExplanation(result: BenchResult): string {
  const sizes = [...result.sizes].sort((a, b) => a.pages - b.pages);
  const start = `This site on its own, without generated pages, built in ${seconds(result.realSite.build.wall)} (${seconds(result.realSite.build.cpu)} of CPU).`;
  if (sizes.length < 2) return start;
  const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
  const perPage = (side: 'ours' | 'bare') =>
    ((bestBuild(large, side, 'cpu') - bestBuild(small, side, 'cpu')) / (large.pages - small.pages)) * 1000;
  return `${start} Between ${count(small.pages)} and ${count(large.pages)} generated pages, each further page added ${perPage('ours').toFixed(0)} ms of CPU time to this site's build and ${perPage('bare').toFixed(0)} ms to bare Starlight's, whose every page lists every other in its sidebar. So this site's build time is mostly the fixed cost of what it has beyond the generated pages (its own pages, runbooks, islands, feeds and checks), which weighs most when there are few pages. ${FIXED_COST_NOTE(small.htmlFiles.ours - small.htmlFiles.bare)}`;
}

/**
 * The like-for-like figure: bare Starlight writing as many pages as this site. Says what the
 * headline ratio is made of; the target itself stays judged on the same generated pages.
 */
export function sameCountExplanation(result: BenchResult): string {
  const size = result.sizes.find((s) => s.sameCount);
  const ratio = size && sameCountRatio(size);
  if (!size || ratio === undefined) return '';
  const same = size.sameCount!;
  const ours = bestBuild(size, 'ours', 'cpu');
  const bare = bestSameCountBuild(size)!;
  const reading =
    ratio <= 1
      ? `With as many pages to write, this site builds in no more CPU time than bare Starlight, its tools, feeds and checks included (bare Starlight's sidebar also grows with the extra pages, which is part of its cost). So the ratio at ${count(size.pages)} pages measures how many more pages this site has, not what its additions cost.`
      : ratio <= MAX_BUILD_RATIO
        ? `With as many pages to write, this site is within ${MAX_BUILD_RATIO} times bare Starlight's CPU time, so most of the ratio at ${count(size.pages)} pages is the number of pages this site has beyond the generated ones.`
        : `Even with as many pages to write, this site takes more than ${MAX_BUILD_RATIO} times bare Starlight's CPU time, so its tools and checks, not only its pages, are behind the ratio at ${count(size.pages)} pages.`;
  return `**Like for like.** At ${count(size.pages)} generated pages this site writes ${count(size.htmlFiles.ours)} HTML files and bare Starlight ${count(size.htmlFiles.bare)}: the difference is this site's own pages (handbook, runbooks, tools and alert links). Given ${count(same.pages)} generated pages instead, bare Starlight writes ${count(same.htmlFiles)}, and built in ${seconds(bare)} of CPU at best (${same.builds.map((b) => seconds(b.cpu)).join(', ')}), against this site's ${seconds(ours)}: ${ratio.toFixed(2)} times. ${reading} The target above is still judged against the same generated pages, as the benchmark was asked to compare.`;
}

/**
 * Where the fixed cost goes. From profiling builds on 30 November 2026 (node --cpu-prof, and a
 * throwaway integration logging the process's CPU time, in total and per thread, at each Astro
 * hook, three to five builds of each site at 200 pages); rerun that way after changing the build,
 * and update this text.
 */
const FIXED_COST_NOTE = (extraFiles: number) =>
  `Timing the CPU used between Astro's build steps at 200 generated pages puts this site's extra cost at about 0.25 s before content is synced (loading the configuration, checking the data files), about 0.6 s syncing the content collections (a quarter of it highlighting the code examples in the runbooks, which the generated pages do not have), about 1.1 s bundling and rendering (the islands, and the ${count(extraFiles)} more HTML files this site writes: its own pages and the alert links), and about 0.6 s after rendering (the calendar feeds 0.25 s, the link check 0.2 s, the security headers 0.05 s). By thread, about 1.4 s of it runs on the main thread, 0.6 to 0.9 s on V8's background threads (compiling the extra code and collecting garbage), and 0.15 s in the bundler's threads. Building the islands for the browser and writing the alert links each cost less than the run-to-run noise of four alternated builds with and without them. Three costs are already gone. Builds do not load Preact's Vite preset, which brings Babel, Prefresh and an HTML parser for \`astro dev\` only, nor let it run Babel over every TypeScript file (see \`src/integrations/preact-islands.ts\`): loading the configuration now takes 0.16 to 0.23 s of CPU instead of 0.35 to 0.44 s. And links are checked in the built HTML instead of by starlight-links-validator, whose TypeScript made Astro load the whole configuration through Vite; the new check also covers links from components and runbook pages. Earlier runs, with five builds of each site, gave 200-page ratios of 1.27, 1.27, 1.37 and 1.20 times (full runs on 30 November 2026), 1.39 and 1.26 times (full runs on 1 December) and 1.29, 1.31 and 1.35 times (\`npm run bench -- --pages 200 --no-lighthouse --no-docs\`, 30 November and 1 December), and single pairs of builds on 1 December gave 1.16, 1.13 and 1.04. The best builds moved from run to run, this site's between 11.8 and 13.6 s and bare Starlight's between 9.8 and 10.8 s on 30 November, and bare Starlight's between 7.0 and 9.2 s within one run on 1 December. So the ratio moves by about a tenth between runs on this shared machine, and more between single pairs of builds (the build-by-build figures in the targets above). Whether a run meets the target says as much about the machine as about the site: in a typical run this site needs from a few tenths of a second to about two seconds more CPU than the target allows. What is left is mostly this site's own content and tools, which is why the ratio falls below 1 as pages are added.`;

const stem = (file: string) => file.replace(/^_astro\//, '').replace(/\.[\w-]+\.js$/, '');

/** Where a generated page's start-up JavaScript differs between the two sites, file by file. */
export function javaScriptExplanation(result: BenchResult): string {
  const size = result.sizes[0];
  if (!size) return '';
  const { ours, bare } = size.js;
  const only = (a: PageWeight, b: PageWeight) => a.files.filter((f) => !b.files.some((g) => stem(g) === stem(f))).map(stem);
  const [oursOnly, bareOnly] = [only(ours, bare), only(bare, ours)];
  const sameInline = ours.inline.bytes === bare.inline.bytes;
  const bytes = `${signed(ours.startup.bytes - bare.startup.bytes)} bytes (${signed(ours.startup.gzip - bare.startup.gzip)} gzip)`;
  if (oursOnly.length === 0 && bareOnly.length === 0 && sameInline) {
    return `A generated page loads the same script files as the same page in bare Starlight, and the same inline scripts; the files differ by ${bytes}. Vite's small helper for dynamic imports lives in Starlight's search script in both sites; this site's copy also exports it to the islands, which share it rather than each page fetching it as a file of its own (see \`src/integrations/vite-build-tuning.ts\`).`;
  }
  const parts = [
    oursOnly.length ? `script files only this site's page loads: ${oursOnly.join(', ')}` : '',
    bareOnly.length ? `only bare Starlight's: ${bareOnly.join(', ')}` : '',
    sameInline ? 'the same inline scripts' : `inline scripts ${signed(ours.inline.bytes - bare.inline.bytes)} bytes`,
  ].filter(Boolean);
  const helper = oursOnly.some((f) => f.startsWith('preload-helper'))
    ? " `preload-helper` is Vite's small helper for dynamic imports: bare Starlight bundles it into its search script, while this site has it as a file of its own, shared by the search script and the islands; `src/integrations/vite-build-tuning.ts` is meant to keep it in the search script."
    : '';
  return `A generated page's JavaScript at start-up differs by ${bytes}: ${parts.join('; ')}.${helper}`;
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${count(Math.abs(n))}`;

/** The whole Performance page, as MDX. */
export function renderPerformancePage(result: BenchResult): string {
  const sizes = result.sizes.map((s) => count(s.pages)).join(' and ');
  return `---
title: Performance
description: How fast the site builds and how light its pages are, measured against a bare Starlight site with the same pages, with Lighthouse scores for the key pages.
---

{/* Written by \`npm run bench\` (scripts/bench.ts; the wording is in scripts/lib/performance-page.ts). Run it again rather than editing the figures. */}

This site is built with Starlight, the documentation theme, plus our own pages, tools and checks. This page measures what those additions cost, against a bare Starlight site built from the same ${sizes} generated pages, and gives the Lighthouse scores of the pages people use most.

Measured on ${day(result.date)} with Node ${result.machine.node.replace(/^v/, '')}, Astro ${result.versions.astro} and Starlight ${result.versions.starlight}, on a ${result.machine.cpus}-CPU machine shared with other work (load average ${result.machine.loadAverage.toFixed(1)} at the end of the run). Each site was built ${result.runs === 1 ? 'once' : `${result.runs === 2 ? 'twice' : `${result.runs} times`}, alternating which went first,`} for each size, and the best time is the one compared. On a shared machine the time on the clock says as much about the other work as about the build (the same build can take two or three times as long from one run to the next), so the build target is judged on CPU time: the seconds of processor time the build and every process it starts use, which other work changes much less (by up to a third between runs here, where the clock can double). Both are shown.

## Targets

| Target | Result | Figures |
| --- | --- | --- |
${targets(result)
  .map((t) => `| ${t.target} | ${verdict(t.met)} | ${t.detail} |`)
  .join('\n')}

${[buildExplanation(result), sameCountExplanation(result), javaScriptExplanation(result)].filter(Boolean).join('\n\n')}

## This site against bare Starlight

${sizeTable(result)}

A content page such as [First-line support](/handbook/first-line-support/) loads ${withGzip(result.realSite.contentPage.startup)} of JavaScript at start-up, all of it Starlight's: search, the table of contents, link prefetching and the theme picker (a page with a code block adds the copy button's script).

Both sites build the same generated pages, but this site also builds everything else it has: the handbook, the runbooks and their alert links, the rota's JSON and calendar feeds, the sitemap and security headers, and it checks every internal link. Bare Starlight lists every page in the sidebar of every page, so its pages, and the time to render them, grow with the number of pages. This site adds many pages the way it adds runbooks: one sidebar link to a page that lists them all.

## Islands

What each tool page loads at start-up beyond what a plain content page loads: the island, the code it shares with the build (the SLA and rota engines) and the Preact runtime (about 6 KB gzip, downloaded once and shared by every island). Island props are the data the island needs, written into the page.

${islandTable(result)}

## Lighthouse

${lighthouseSection(result)}

## How it is measured

- **The generated pages** are ordinary MDX docs pages of about 360 words, each with headings, paragraphs, a bulleted and a numbered list, a table, an aside, a code block and links to its neighbours. The same files go into both sites.
- **The sidebar.** Bare Starlight uses its default sidebar, which lists every page. This site keeps its own sidebar and adds one link, to a page listing the generated pages, as it does for runbooks. A collapsed sidebar group would still write every link into every page.
- **The same number of pages.** At the first size a third site is built in turn with the other two: bare Starlight given as many more generated pages (of the same kind) as this site has pages of its own, so that both write the same number of HTML files.
- **Bare Starlight** is a new site with the same Astro and Starlight, set up with a title and nothing else. Neither site downloads anything: both use this project's installed packages.
- **Build time** is measured on the clock and as CPU time: user and system time from bash's \`times\`, which includes the processes the build starts (Vite's, Pagefind's). Each build starts clean, without Astro's caches.
- **Sizes** are of the built files; gzip is at the default level, as most hosts send it. JavaScript at start-up is every script file a page names and everything those files import, plus its inline scripts. Fetched later is what those files load by name afterwards, such as Starlight's search interface, loaded when the browser is idle.
- **Lighthouse** runs in headless Chromium against the built site served by \`scripts/serve.ts\`, which sends the production headers from \`dist/_headers\` and compresses text as hosts do. Desktop and mobile are Lighthouse's own presets.

## Run it yourself

\`\`\`sh
npm run bench                                          # ${sizes} pages, ${result.runs} builds each, Lighthouse: about 15 minutes here
npm run bench -- --pages 200 --runs 1 --no-lighthouse   # a quick look
\`\`\`

| Option | What it does |
| --- | --- |
| \`--pages 200,1000\` | How many generated pages to build, one size after another. |
| \`--runs 5\` | Builds of each site per size. The best time is compared. |
| \`--no-lighthouse\` | Skip Lighthouse. It is skipped anyway, with a note, when there is no Chromium. |
| \`--presets desktop,mobile\`, \`--lighthouse-runs 3\` | Lighthouse presets, and runs per page (the median run is kept). |
| \`--keep\` | Keep both built sites in the temporary folder to look at. |
| \`--no-docs\` | Do not rewrite this page and the README's figures. |
| \`--from bench-results/site-….json\` | Only rewrite this page and the README's figures from saved results. |

Raw results, including every Lighthouse shortfall and the script files each page loads, are written to \`bench-results/\`.
`;
}

const README_START = '<!-- bench:whole-site:start -->';
const README_END = '<!-- bench:whole-site:end -->';

/** The README's "Whole site vs bare Starlight" subsection. */
export function renderReadmeSection(result: BenchResult): string {
  const head = result.sizes.map((s) => `${count(s.pages)} pages`);
  const row = (label: string, cell: (s: SizeResult) => string) => `| ${label} | ${result.sizes.map(cell).join(' | ')} |`;
  const real = result.lighthouse.results.filter(isReal);
  const lighthouse = real.length
    ? [
        '',
        `Lighthouse ${result.versions.lighthouse} (${medianOf(result.lighthouse.runs)}; performance / accessibility / best practices / SEO):`,
        '',
        lighthouseTable({ ...result, lighthouse: { ...result.lighthouse, results: real } }, { runs: false }),
      ]
    : ['', `Lighthouse did not run: ${result.lighthouse.skipped ?? 'no results'}.`];
  return `${README_START}
### Whole site vs bare Starlight

\`npm run bench\` builds this site and a bare Starlight site (same Astro and Starlight, default
sidebar) with the same generated MDX pages, ${result.sizes.map((s) => count(s.pages)).join(' and ')}, side by side, weighs each page's HTML and
JavaScript and the islands, and runs Lighthouse on five key pages. It writes the figures to the
site's Performance page (\`content/docs/about/performance.mdx\`, which explains how they are
measured) and to this section. Measured on ${day(result.date)}, on ${result.machine.cpus} CPUs shared with other
work (${bestOf(result.runs)}; time on the clock varies by 2-3x here, CPU time by up to a third):

| | ${head.join(' | ')} |
| --- | ${head.map(() => '---').join(' | ')} |
${row('Build CPU time, this site / bare Starlight', (s) => `${seconds(bestBuild(s, 'ours', 'cpu'))} / ${seconds(bestBuild(s, 'bare', 'cpu'))} (${buildRatio(s).toFixed(2)}x)`)}
${row('Build time on the clock', (s) => `${seconds(bestBuild(s, 'ours', 'wall'))} / ${seconds(bestBuild(s, 'bare', 'wall'))} (${buildRatio(s, 'wall').toFixed(2)}x)`)}
${row('HTML of a generated page, mean gzip (raw)', (s) => `${kb(s.html.ours.meanGzipBytes)} (${kb(s.html.ours.meanBytes)}) / ${kb(s.html.bare.meanGzipBytes)} (${kb(s.html.bare.meanBytes)})`)}
${row('JavaScript a generated page loads, gzip', (s) => `${kb(s.js.ours.startup.gzip)} / ${kb(s.js.bare.startup.gzip)}`)}

Targets (the Performance page explains the gaps):

${targets(result)
  .map((t) => `- ${t.target}: **${verdict(t.met).toLowerCase()}**, ${t.detail}.`)
  .join('\n')}

Islands, JavaScript beyond a content page (gzip): ${result.islands.map((i) => `${i.name.replace(/ \(.*\)$/, '')} ${kb(i.js.gzip)}`).join('; ')}.
${lighthouse.join('\n')}

\`\`\`sh
npm run bench                                          # the figures above (about 15 minutes here)
npm run bench -- --pages 200 --runs 1 --no-lighthouse   # a quick look; --keep, --no-docs
\`\`\`
${README_END}
`;
}

/** The README with its "Whole site vs bare Starlight" section replaced (or added first under "## Performance"). */
export function replaceReadmeSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start) return readme.slice(0, start) + section.trimEnd() + readme.slice(end + README_END.length);
  const heading = readme.indexOf('\n## Performance\n');
  if (heading < 0) throw new Error('README.md has no "## Performance" section to add the benchmark figures to');
  const at = heading + '\n## Performance\n'.length;
  return `${readme.slice(0, at)}\n${section}${readme.slice(at)}`;
}
