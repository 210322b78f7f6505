import { describe, expect, it } from 'vitest';
import { readRunbooks } from '../../../src/lib/runbooks/read-runbooks.ts';
import { PLATFORMS, SEVERITIES } from '../../../src/lib/runbooks/vocabulary.ts';

// The same checks the build makes, run early and cheaply, plus what the handbook promises readers.
describe('the runbooks in content/runbooks', () => {
  const { runbooks, problems } = readRunbooks('content/runbooks');

  it('are all valid', () => {
    expect(problems).toEqual([]);
  });

  it('cover every platform and severity, with at least 15 runbooks', () => {
    expect(runbooks.length).toBeGreaterThanOrEqual(15);
    for (const p of PLATFORMS)
      expect(
        runbooks.some((r) => r.data.platforms.includes(p.id)),
        p.id,
      ).toBe(true);
    for (const s of SEVERITIES)
      expect(
        runbooks.some((r) => r.data.severity === s.id),
        s.id,
      ).toBe(true);
  });

  it('make suspected compromise an Urgent ticket', () => {
    expect(runbooks.find((r) => r.id === 'suspected-compromise')?.data.slaPriority).toBe('urgent');
  });
});
