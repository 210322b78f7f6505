import type { SiteRun } from '../../lib/site/bench-figures.ts';

/** Every content/benchmarks/site-*.json that `npm run bench` wrote, newest first. */
export const siteRuns: SiteRun[] = Object.values(
  import.meta.glob<SiteRun>('/content/benchmarks/site-*.json', { eager: true, import: 'default' }),
).sort((a, b) => b.date.localeCompare(a.date));
