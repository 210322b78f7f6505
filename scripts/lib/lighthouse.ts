// Lighthouse run programmatically against pages of a served site, in a Chromium started by
// chrome-launcher (found by find-chromium.mjs, never downloaded). Scores are 0-100 per category;
// every audit that kept a category below 100 is kept with its details, so a score can be explained.
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { launch } from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const PRESETS = ['desktop', 'mobile'] as const;
export type Preset = (typeof PRESETS)[number];

/** Flags this sandboxed, offline machine needs; harmless elsewhere. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AuditShortfall {
  id: string;
  category: Category;
  title: string;
  /** 0-1, as Lighthouse gives it. */
  score: number;
  /** How much the audit counts in its category (0 for performance insights, which only advise). */
  weight: number;
  displayValue?: string;
  /** A few of the items Lighthouse lists (elements, URLs), shortened. */
  items: string[];
}

export interface PageScores {
  path: string;
  preset: Preset;
  /** 0-100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Metric values in milliseconds (CLS unitless). */
  metrics: Record<string, number | undefined>;
  shortfalls: AuditShortfall[];
  runWarnings: string[];
  /** Why a category could not be scored: the audits that failed to run, and any runtime error. */
  errors: string[];
  /** Lighthouse's measure of how fast the machine was during the run (higher is faster). */
  benchmarkIndex: number;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function itemsOf(audit: Result['audits'][string]): string[] {
  // Tables and opportunities hold rows in `items`; a list holds tables; other details hold none.
  const rows = (details: unknown): Array<Record<string, unknown>> => {
    const items = (details as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: Record<string, unknown>) => (item.type === 'table' ? rows(item) : [item]));
  };
  return rows(audit.details)
    .slice(0, 5)
    .map((item) => {
      const node = item.node as { snippet?: string; selector?: string } | undefined;
      const source = item.source as { url?: string } | undefined;
      const text = node?.snippet ?? node?.selector ?? item.url ?? source?.url ?? item.description ?? JSON.stringify(item);
      return String(text).slice(0, 200);
    });
}

export function summarise(lhr: Result, path: string, preset: Preset): PageScores {
  const scores = {} as Record<Category, number | null>;
  const shortfalls: AuditShortfall[] = [];
  const errors = lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [];
  for (const category of CATEGORIES) {
    const result = lhr.categories[category];
    scores[category] = result?.score == null ? null : Math.round(result.score * 100);
    for (const ref of result?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit?.scoreDisplayMode === 'error') errors.push(`${category}: ${ref.id}: ${audit.errorMessage ?? 'failed'}`);
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      shortfalls.push({
        id: ref.id,
        category,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: itemsOf(audit),
      });
    }
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue]));
  return { path, preset, scores, metrics, shortfalls, runWarnings: lhr.runWarnings, errors, benchmarkIndex: lhr.environment.benchmarkIndex };
}

/** A page's median run, with the performance score of every run. */
export type MedianScores = PageScores & { performanceRuns: Array<number | null> };

/** The run with the median performance score (the lower middle one for an even count). */
export function medianRun(runs: PageScores[]): PageScores {
  if (runs.length === 0) throw new Error('No Lighthouse runs to choose from');
  // A run Lighthouse could not score (it says why in runWarnings) is only kept if all were.
  const scored = runs.filter((r) => r.scores.performance !== null);
  const sorted = (scored.length ? scored : runs).sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Runs Lighthouse on each path under `origin`, `runs` times per preset, one page at a time (timings
 * are simulated from the trace, so parallel runs would only add noise), and keeps each page's
 * median run. `onResult` sees each kept result, with every run's performance score.
 */
export async function runLighthouse(options: {
  chromePath: string;
  origin: string;
  paths: string[];
  presets: readonly Preset[];
  runs?: number;
  onResult?: (result: MedianScores) => void;
}): Promise<MedianScores[]> {
  const chrome = await launch({ chromePath: options.chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results: MedianScores[] = [];
  try {
    for (const preset of options.presets) {
      const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
      for (const path of options.paths) {
        const runs: PageScores[] = [];
        for (let i = 0; i < (options.runs ?? 1); i++) {
          const run = await lighthouse(
            new URL(path, options.origin).href,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
            config,
          );
          if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
          runs.push(summarise(run.lhr, path, preset));
        }
        const result = { ...medianRun(runs), performanceRuns: runs.map((r) => r.scores.performance) };
        results.push(result);
        options.onResult?.(result);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
