// Builds this site with N generated runbooks, and a bare Starlight site with the same N pages in
// its default sidebar, and compares build time and HTML size per page.
//   npm run bench:runbooks                  1,000 runbooks, one build of each site
//   npm run bench:runbooks -- --count 200 --runs 2 --keep
// Both sites are built under /tmp (node_modules hard-linked, so nothing is downloaded) and removed
// afterwards unless --keep is given. Results go to bench-results/ (not committed).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRunbook, type BenchRunbook } from './lib/bench-content.ts';
import { copyProject, htmlFiles, log, makeBareStarlight, sizeStats, timeBuilds, workDir, writeFiles } from './lib/bench-sites.ts';
import { median } from './lib/timing.ts';
import { kb } from './lib/page-js.ts';

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
const work = workDir('runbooks-bench-');

function makeOurSite(runbooks: BenchRunbook[]): string {
  const dir = copyProject(project, join(work, 'runbooks-site'));
  const content = join(dir, 'content/runbooks');
  for (const file of readdirSync(content)) if (!file.startsWith('_')) rmSync(join(content, file));
  writeFiles(content, runbooks.map((r) => ({ path: `${r.slug}.md`, source: r.source })));
  return dir;
}

function makeBareSite(runbooks: BenchRunbook[]): string {
  const dir = makeBareStarlight(project, join(work, 'bare-starlight'));
  writeFiles(
    join(dir, 'src/content/docs/runbooks'),
    runbooks.map((r) => ({ path: `${r.slug}.md`, source: `---\ntitle: ${JSON.stringify(r.title)}\ndescription: ${JSON.stringify(r.description)}\n---\n\n${r.body}` })),
  );
  return dir;
}

try {
  const runbooks = Array.from({ length: count }, (_, i) => benchRunbook(i, count));
  log(`${count} runbooks, ${runs} build(s) of each site, in ${work} (${cpus().length} CPUs)`);
  const ours = makeOurSite(runbooks);
  const bare = makeBareSite(runbooks);

  const times = timeBuilds({ ours: { dir: ours, label: 'this site' }, bare: { dir: bare, label: 'bare Starlight' } }, runs);

  const runbookPages = (dir: string) => runbooks.map((r) => join(dir, 'dist/runbooks', r.slug, 'index.html'));
  const oursPages = sizeStats(runbookPages(ours));
  const barePages = sizeStats(runbookPages(bare));
  const finder = statSync(join(ours, 'dist/runbooks/index.html')).size;
  const alertIndex = statSync(join(ours, 'dist/runbooks/alerts/index.html')).size;
  const handbookPage = statSync(join(ours, 'dist/handbook/index.html')).size;
  const result = {
    date: new Date().toISOString(),
    count,
    runs,
    cpus: cpus().length,
    node: process.version,
    buildSeconds: {
      ours: times.ours.map((t) => t.wall),
      bare: times.bare.map((t) => t.wall),
      oursMedian: median(times.ours.map((t) => t.wall)),
      bareMedian: median(times.bare.map((t) => t.wall)),
    },
    buildCpuSeconds: { ours: times.ours.map((t) => t.cpu), bare: times.bare.map((t) => t.cpu) },
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
