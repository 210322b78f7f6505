/**
 * How Pagefind ranks results, shared by the site search in the header (Starlight passes it to
 * Pagefind's UI, astro.config.mjs) and the runbook finder (pagefind-client.ts), so the same words
 * put the same runbook first in both. Without it the two disagreed: Starlight's own defaults
 * (term frequency and page length almost ignored) ranked "Database saturated" above "Site
 * unreachable" for "site down", while the finder, on Pagefind's defaults, had them the other way.
 *
 * Pagefind's defaults for the body text, plus boosts for matches in the metadata fields a runbook
 * page sets (src/components/runbooks/RunbookSummary.astro):
 * - `aka`, the phrases a runbook is also known as ("site down", "hacked"): what people type when
 *   they do not know the alert's name. In the body these phrases soon saturate, so a runbook that
 *   merely uses the same words a few times could outrank the one that names the symptom.
 * - `alerts`, the alert names.
 * Fields that only exist for the finder's display (severity, platforms, review dates) get no boost.
 */
export const SEARCH_RANKING = {
  pageLength: 0.75,
  termFrequency: 1,
  termSaturation: 1.4,
  termSimilarity: 1,
  diacriticSimilarity: 0.8,
  metaWeights: {
    title: 5,
    aka: 6,
    alerts: 6,
    description: 1,
    severity: 0,
    platforms: 0,
    lastReviewed: 0,
    reviewIntervalMonths: 0,
  },
} as const;
