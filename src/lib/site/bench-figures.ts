/**
 * The benchmark results the Performance page shows, as `npm run bench` (scripts/bench.ts),
 * `npm run bench:engines` and `npm run bench:bundles` write them to content/benchmarks/.
 */
export interface BuildTime {
  cpu: number;
  /** Seconds on the clock; null where a transcribed run did not record it. */
  wall: number | null;
}

export interface SiteSide extends BuildTime {
  htmlFiles: number;
  builds: BuildTime[];
  pageHtml?: { bytes: number; gzip: number };
}

export interface Comparison {
  kind: 'pages' | 'runbooks';
  /** Generated pages (or runbooks) in this site. */
  generated: number;
  ours: SiteSide;
  bare: SiteSide & { generated: number };
}

export interface SiteRun {
  date: string;
  /** Fewer than three builds a side: shows the shape, not a figure to judge by. */
  quick: boolean;
  source?: string;
  machine: { cpus: number; loadAverage: number; node: string };
  versions: Record<string, string>;
  runs: number;
  comparisons: Comparison[];
  lighthouse: Array<{ path: string; preset: string; scores: Record<string, number | null> }>;
}

export interface EngineResult {
  group: string;
  name: string;
  meanMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** When this row was measured, where the bench files were run at different times. */
  date?: string;
  /** The most memory a measured child process held (the SLA command line). */
  peakMemoryMb?: number;
}

export interface EngineRun {
  /** The latest run of any bench file. */
  date: string;
  machine: { cpus: number; loadAverage: number; node: string };
  results: EngineResult[];
}

/** One entry of `size-limit --json`. */
export interface BundleBudget {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

/** The build target: at most 1.2 times bare Starlight's CPU time, like for like, at 1,000 pages or more. */
export const BUILD_TARGET = { ratio: 1.2, pages: 1000 } as const;

/** Same number of HTML files on both sides. */
export const isLikeForLike = (c: Comparison): boolean => c.ours.htmlFiles === c.bare.htmlFiles;

export const cpuRatio = (c: Comparison): number => c.ours.cpu / c.bare.cpu;

/**
 * The comparison the build target is judged on: the latest like-for-like one at the target's size
 * from a full run, else from a quick one (which the page says); undefined if there is none.
 */
export function targetComparison(runs: readonly SiteRun[]): { run: SiteRun; comparison: Comparison } | undefined {
  const candidates = [...runs]
    .sort((a, b) => Number(a.quick) - Number(b.quick) || b.date.localeCompare(a.date))
    .flatMap((run) =>
      run.comparisons.filter((c) => isLikeForLike(c) && c.generated >= BUILD_TARGET.pages).map((comparison) => ({ run, comparison })),
    );
  return candidates[0];
}

export const seconds = (s: number | null): string => (s === null ? 'not recorded' : `${s.toFixed(1)} s`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

/** "1.5 ms", "12 ms", "0.35 s": a duration in the fewest digits that still tell runs apart. */
export function duration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** "1 December 2026", from an ISO instant, in UK time. */
export const runDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(iso));
