import { describe, expect, it } from 'vitest';
import { childCpuSeconds, sizeStats } from '../../../scripts/lib/bench-sites.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the side-by-side build machinery', () => {
  it("reads the children's user and system time from bash's `times`", () => {
    expect(childCpuSeconds('0m0.002s 0m0.001s\n1m2.500s 0m3.250s\n')).toBeCloseTo(65.75);
    expect(() => childCpuSeconds('nothing')).toThrow(/CPU time/);
  });

  it('gives the mean, median, largest and mean gzip size of a set of pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
    const files = [100, 300, 200].map((n, i) => {
      writeFileSync(join(dir, `${i}.html`), 'a'.repeat(n));
      return join(dir, `${i}.html`);
    });
    expect(sizeStats(files)).toMatchObject({ pages: 3, meanBytes: 200, medianBytes: 200, maxBytes: 300 });
  });
});
