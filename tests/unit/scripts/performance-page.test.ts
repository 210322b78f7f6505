import { describe, expect, it } from 'vitest';
import type { MedianScores } from '../../../scripts/lib/lighthouse.ts';
import {
  LIGHTHOUSE_PAGES,
  buildExplanation,
  javaScriptExplanation,
  renderPerformancePage,
  renderReadmeSection,
  replaceReadmeSection,
  runRatios,
  sameCountExplanation,
  sameCountRatio,
  targets,
  type BenchResult,
  type PageWeight,
} from '../../../scripts/lib/performance-page.ts';

const weight = (gzip: number): PageWeight => ({
  files: ['_astro/a.js'],
  startup: { bytes: gzip * 2, gzip },
  startupFiles: { bytes: gzip, gzip: gzip / 2 },
  inline: { bytes: gzip, gzip: gzip / 2 },
  lazy: { bytes: 90_000, gzip: 26_000 },
});
// CPU time a little over twice the time on the clock, as on two busy cores.
const builds = (cpu: number[]) => cpu.map((c) => ({ cpu: c, wall: c / 2 + 1 }));
const stats = (mean: number) => ({ pages: 200, meanBytes: mean, medianBytes: mean, maxBytes: mean + 10, meanGzipBytes: mean / 4 });
const scores = (path: string, preset: 'desktop' | 'mobile', performance: number | null, site = 'this site'): MedianScores & { site: string } => ({
  site,
  path,
  preset,
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: {},
  shortfalls:
    performance === 100
      ? []
      : [{ id: 'total-blocking-time', category: 'performance', title: 'Total Blocking Time', score: 0.5, weight: 30, displayValue: '400 ms', items: [] }],
  runWarnings: [],
  errors: performance === null ? ['performance: largest-contentful-paint: NO_LCP'] : [],
  benchmarkIndex: 900,
  performanceRuns: [performance],
});

function result(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    date: '2026-11-30T08:00:00.000Z',
    machine: { cpus: 2, loadAverage: 3.5, node: 'v24.21.0' },
    versions: { astro: '7.3.5', starlight: '0.42.4', lighthouse: '13.5.0' },
    runs: 2,
    realSite: { build: { wall: 20, cpu: 30 }, contentPage: weight(6000) },
    sizes: [
      { pages: 200, builds: { ours: builds([30, 28]), bare: builds([25, 26]) }, html: { ours: stats(40_000), bare: stats(60_000) }, js: { ours: weight(7000), bare: weight(7000) }, htmlFiles: { ours: 300, bare: 202 } },
      { pages: 1000, builds: { ours: builds([50, 55]), bare: builds([90, 80]) }, html: { ours: stats(40_000), bare: stats(190_000) }, js: { ours: weight(7000), bare: weight(7100) }, htmlFiles: { ours: 1100, bare: 1002 } },
    ],
    islands: [{ name: 'Rota viewer', path: '/rota/', files: ['_astro/RotaViewer.js'], js: { bytes: 30_000, gzip: 15_000 }, props: { bytes: 10_000, gzip: 1300 } }],
    lighthouse: {
      presets: ['desktop', 'mobile'],
      runs: 3,
      results: LIGHTHOUSE_PAGES.flatMap((p) => [scores(p.path, 'desktop', 100), scores(p.path, 'mobile', p.path === '/rota/' ? 88 : 100)]),
    },
    ...overrides,
  };
}

describe('targets', () => {
  it('compares the best build times, start-up JavaScript and real pages’ Lighthouse scores', () => {
    const [build, js, lighthouse] = targets(result());
    expect(build).toMatchObject({
      met: true,
      detail:
        '1.12 times the CPU time at 200 pages (1.11 times on the clock; build by build, 1.08 to 1.20 times, median 1.20), ' +
        '0.63 times the CPU time at 1,000 pages (0.63 times on the clock; build by build, 0.56 to 0.69 times, median 0.69)',
    });
    expect(js!.met).toBe(true);
    expect(lighthouse!.met).toBe(false);
    expect(lighthouse!.detail).toContain('9 of 10');
    expect(lighthouse!.detail).toContain('/rota/ mobile (performance 88)');
  });

  it('gives each run’s pair of builds its own ratio, to show how far one run moves', () => {
    const size = result().sizes[0]!;
    size.builds = { ours: builds([12, 11, 13, 12.5, 11.5]), bare: builds([10, 10, 10, 10, 10]) };
    expect(runRatios(size)).toEqual({ low: 1.1, median: 1.2, high: 1.3 });
    size.builds.ours = builds([12]);
    expect(runRatios(size)).toBeUndefined();
  });

  it('fails the build target above 1.2 times, and says when Lighthouse did not run', () => {
    const slow = result({ lighthouse: { skipped: 'no Chromium found', presets: ['desktop'], runs: 1, results: [] } });
    slow.sizes[0]!.builds.ours = builds([31]);
    const [build, , lighthouse] = targets(slow);
    expect(build!.met).toBe(false);
    expect(lighthouse).toMatchObject({ met: undefined, detail: 'not measured: no Chromium found' });
  });
});

describe('bare Starlight writing as many pages as this site', () => {
  // This site's best 200-page build is 28 s of CPU.
  const withSameCount = (cpu: number[]) => {
    const r = result();
    r.sizes[0]!.sameCount = { pages: 298, builds: builds(cpu), htmlFiles: 300 };
    return r;
  };

  it('compares best with best, and adds the figure to the build target without changing its verdict', () => {
    const r = withSameCount([29.5, 30]);
    expect(sameCountRatio(r.sizes[0]!)).toBeCloseTo(28 / 29.5, 10);
    expect(sameCountRatio(r.sizes[1]!)).toBeUndefined();
    r.sizes[0]!.builds.ours = builds([31, 31]); // 1.24 times bare Starlight with the same generated pages
    const [build] = targets(r);
    expect(build!.met).toBe(false);
    expect(build!.detail).toContain('; against bare Starlight writing as many pages as this site (300), 1.05 times)');
  });

  it('says what the headline ratio is made of, in three cases', () => {
    const cheaper = sameCountExplanation(withSameCount([29.5, 30]));
    expect(cheaper).toContain('this site writes 300 HTML files and bare Starlight 202');
    expect(cheaper).toContain('Given 298 generated pages instead, bare Starlight writes 300, and built in 29.5 s of CPU at best (29.5 s, 30.0 s), against this site\'s 28.0 s: 0.95 times.');
    expect(cheaper).toContain('measures how many more pages this site has');
    expect(sameCountExplanation(withSameCount([25, 26]))).toContain('this site is within 1.2 times');
    expect(sameCountExplanation(withSameCount([20, 22]))).toContain('Even with as many pages to write, this site takes more than 1.2 times');
    expect(sameCountExplanation(result())).toBe('');
    expect(renderPerformancePage(withSameCount([29.5, 30]))).toContain('**Like for like.**');
  });
});

describe('renderPerformancePage', () => {
  const page = renderPerformancePage(result());
  const prose = page.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');

  it('is MDX that needs no escaping: no tags, and braces only in the opening comment', () => {
    expect(prose).not.toMatch(/</);
    expect(prose.replace(/\{\/\*[\s\S]*?\*\/\}/, '')).not.toMatch(/[{}]/);
  });

  it('links inside the site with absolute, trailing-slash addresses', () => {
    const links = [...page.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/([\w-]+\/)*$/);
  });

  it('shows the figures, every build time, the failing audit and a score that could not be worked out', () => {
    expect(page).toContain('| Build CPU time (best of 2 builds) | 28.0 s | 25.0 s | 50.0 s | 80.0 s |');
    expect(page).toContain('| Every build, clock (CPU) | 16.0 s (30.0 s), 15.0 s (28.0 s) | 13.5 s (25.0 s), 14.0 s (26.0 s) |');
    expect(page).toContain('Total Blocking Time 400 ms (audit score 0.50)');
    const broken = result();
    broken.lighthouse.results[0] = scores('/', 'desktop', null);
    expect(renderPerformancePage(broken)).toContain('not scored: performance: largest-contentful-paint: NO_LCP');
  });
});

describe('the README section', () => {
  const readme = '# Site\n\n## Performance\n\n### SLA engine\n\nText.\n';

  it('is added first under "## Performance", then replaced in place', () => {
    const once = replaceReadmeSection(readme, renderReadmeSection(result()));
    expect(once.indexOf('### Whole site vs bare Starlight')).toBeLessThan(once.indexOf('### SLA engine'));
    const twice = replaceReadmeSection(once, renderReadmeSection(result({ date: '2026-12-01T08:00:00.000Z' })));
    expect(twice.match(/### Whole site vs bare Starlight/g)).toHaveLength(1);
    expect(twice).toContain('Measured on 1 December 2026');
    expect(twice).toContain('### SLA engine');
  });

  it('gives each real page its four scores per preset', () => {
    expect(renderReadmeSection(result())).toContain('| Rota, /rota/ | 100 / 100 / 100 / 100 | 88 / 100 / 100 / 100 |');
    expect(renderPerformancePage(result())).toContain('| Rota, /rota/ | 100 / 100 / 100 / 100 | 88 / 100 / 100 / 100 |');
  });
});

describe('text from Lighthouse', () => {
  it('cannot open a tag, an expression or a table cell in MDX', () => {
    const broken = result();
    broken.lighthouse.results[0]!.scores.performance = 50;
    broken.lighthouse.results[0]!.shortfalls = [
      { id: 'x', category: 'performance', title: 'Uses `<meta name="viewport">` {a|b}', score: 0, weight: 1, items: [] },
    ];
    const page = renderPerformancePage(broken);
    expect(page).toContain('Uses &#96;&#60;meta name="viewport"&#62;&#96; &#123;a&#124;b&#125;');
  });
});

describe('the explanations under the targets', () => {
  it("split the build time into this site's fixed cost and its cost per page", () => {
    expect(buildExplanation(result())).toContain('each further page added 28 ms of CPU time to this site\'s build and 69 ms to bare Starlight\'s');
  });

  it('name the script files only one site loads, and the difference in inline scripts', () => {
    const r = result();
    r.sizes[0]!.js.ours = { ...weight(7200), files: ['_astro/page.abc.js', '_astro/preload-helper.Dy1.js'] };
    r.sizes[0]!.js.bare = { ...weight(7000), files: ['_astro/page.xyz.js'] };
    const text = javaScriptExplanation(r);
    expect(text).toContain("script files only this site's page loads: preload-helper");
    expect(text).toContain('inline scripts +200 bytes');
    expect(text).toContain('`preload-helper` is Vite');
    expect(text).toContain('differs by +400 bytes (+200 gzip)');
  });

  it('say so plainly when a page loads the same files and inline scripts as bare Starlight', () => {
    const r = result();
    r.sizes[0]!.js.ours = { ...weight(7002), inline: weight(7000).inline, files: ['_astro/page.abc.js', '_astro/Search.astro_astro_type_script_index_0_lang.Q1.js'] };
    r.sizes[0]!.js.bare = { ...weight(7000), files: ['_astro/page.xyz.js', '_astro/Search.astro_astro_type_script_index_0_lang.B2.js'] };
    const text = javaScriptExplanation(r);
    expect(text).toContain('loads the same script files as the same page in bare Starlight, and the same inline scripts');
    expect(text).toContain('differ by +4 bytes (+2 gzip)');
    expect(text).not.toContain('only this site');
  });
});
