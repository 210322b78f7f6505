import { describe, expect, it } from 'vitest';
import type { Result } from 'lighthouse';
import { medianRun, summarise, type PageScores } from '../../../scripts/lib/lighthouse.ts';

// Just the parts of a Lighthouse result that summarise() reads.
function lhr(performance: number | null): Result {
  const audit = (score: number | null, mode = 'numeric', extra = {}) => ({ score, scoreDisplayMode: mode, title: 'T', ...extra });
  return {
    categories: {
      performance: { score: performance, auditRefs: [{ id: 'cumulative-layout-shift', weight: 25 }, { id: 'unused-javascript', weight: 0 }, { id: 'largest-contentful-paint', weight: 25 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.92, auditRefs: [{ id: 'meta-description', weight: 1 }, { id: 'structured-data', weight: 0 }] },
    },
    audits: {
      'cumulative-layout-shift': audit(0.23, 'numeric', { title: 'Cumulative Layout Shift', displayValue: '0.42', numericValue: 0.42, details: { type: 'debugdata', items: [{ x: 1 }] } }),
      'unused-javascript': audit(0.5, 'metricSavings', { details: { type: 'opportunity', items: [{ url: 'http://x/_astro/ui-core.js' }] } }),
      'largest-contentful-paint': performance === null ? audit(null, 'error', { errorMessage: 'NO_LCP' }) : audit(1),
      'color-contrast': audit(1, 'binary'),
      'meta-description': audit(0, 'binary', { title: 'Document has a meta description', details: { type: 'table', items: [{ node: { snippet: '<head>' } }] } }),
      'structured-data': audit(null, 'manual'),
    },
    runWarnings: [],
    environment: { benchmarkIndex: 1200 },
  } as unknown as Result;
}

describe('summarise', () => {
  const page = summarise(lhr(0.81), '/x/', 'desktop');

  it('turns category scores into 0-100', () => {
    expect(page.scores).toEqual({ performance: 81, accessibility: 100, 'best-practices': 100, seo: 92 });
  });

  it('keeps every audit below 1 with its weight and a few of its items, and leaves out manual checks', () => {
    expect(page.shortfalls.map((s) => [s.id, s.weight])).toEqual([
      ['cumulative-layout-shift', 25],
      ['unused-javascript', 0],
      ['meta-description', 1],
    ]);
    expect(page.shortfalls.find((s) => s.id === 'meta-description')!.items).toEqual(['<head>']);
    expect(page.shortfalls.find((s) => s.id === 'unused-javascript')!.items).toEqual(['http://x/_astro/ui-core.js']);
  });

  it('says why a category could not be scored', () => {
    const broken = summarise(lhr(null), '/x/', 'mobile');
    expect(broken.scores.performance).toBeNull();
    expect(broken.errors).toEqual(['performance: largest-contentful-paint: NO_LCP']);
  });
});

describe('medianRun', () => {
  const run = (performance: number | null) => ({ ...summarise(lhr(0.5), '/', 'mobile'), scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 } }) as PageScores;

  it('keeps the middle run by performance score, ignoring runs that could not be scored', () => {
    expect(medianRun([run(90), run(60), run(100)]).scores.performance).toBe(90);
    expect(medianRun([run(null), run(75), run(88)]).scores.performance).toBe(75);
    expect(medianRun([run(null)]).scores.performance).toBeNull();
  });
});
