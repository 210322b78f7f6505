import { describe, expect, it } from 'vitest';
import {
  cpuRatio,
  duration,
  isLikeForLike,
  kb,
  runDate,
  targetComparison,
  type Comparison,
  type SiteRun,
} from '../../../../src/lib/site/bench-figures.ts';

const side = (htmlFiles: number, cpu: number) => ({ htmlFiles, cpu, wall: null, builds: [{ cpu, wall: null }] });
const comparison = (generated: number, ours: [number, number], bare: [number, number]): Comparison => ({
  kind: 'pages',
  generated,
  ours: side(...ours),
  bare: { ...side(...bare), generated: bare[0] - 2 },
});
const run = (date: string, quick: boolean, comparisons: Comparison[]): SiteRun => ({
  date,
  quick,
  machine: { cpus: 2, loadAverage: 1, node: 'v24' },
  versions: {},
  runs: quick ? 1 : 5,
  comparisons,
  lighthouse: [],
});

describe('benchmark figures for the Performance page', () => {
  it('counts a comparison as like for like only when both sides wrote the same number of HTML files', () => {
    expect(isLikeForLike(comparison(1000, [1088, 35], [1088, 50]))).toBe(true);
    expect(isLikeForLike(comparison(1000, [1088, 35], [1002, 50]))).toBe(false);
    expect(cpuRatio(comparison(1000, [1088, 35], [1088, 50]))).toBeCloseTo(0.7);
  });

  it('judges the build target on the latest full like-for-like run at 1,000 pages, else a quick one', () => {
    const small = run('2026-12-03T00:00:00Z', false, [comparison(200, [288, 12], [288, 14])]);
    const unequal = run('2026-12-04T00:00:00Z', false, [comparison(1000, [1088, 35], [1002, 50])]);
    const quick = run('2026-12-07T00:00:00Z', true, [comparison(1000, [1088, 40], [1088, 55])]);
    const full = run('2026-12-05T00:00:00Z', false, [comparison(1000, [1088, 36], [1088, 52])]);
    expect(targetComparison([small, unequal])).toBeUndefined();
    expect(targetComparison([small, unequal, quick])?.run).toBe(quick);
    expect(targetComparison([quick, full, small])?.run).toBe(full);
  });

  it('writes sizes, durations and dates as the page shows them', () => {
    expect(kb(9216)).toBe('9.0 KB');
    expect([duration(0.42), duration(14.1), duration(398.8), duration(1520)]).toEqual(['0.4 ms', '14 ms', '399 ms', '1.52 s']);
    expect(runDate('2026-12-01T23:30:00Z')).toBe('1 December 2026');
  });
});
