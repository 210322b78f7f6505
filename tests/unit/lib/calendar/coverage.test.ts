import { describe, expect, it } from 'vitest';
import { holidayCoverageWarning } from '../../../../src/lib/calendar/coverage.ts';

describe('bank holiday coverage', () => {
  it('is quiet while the data reaches 12 months ahead', () => {
    expect(holidayCoverageWarning('2027-12-31', '2026-11-30')).toBeUndefined();
    expect(holidayCoverageWarning('2027-12-31', '2026-12-31')).toBeUndefined();
  });

  it('warns from the first day it reaches less far, naming the dates and the fix', () => {
    const warning = holidayCoverageWarning('2027-12-31', '2027-01-01');
    expect(warning).toContain('runs only to 2027-12-31');
    expect(warning).toContain('needs 2028-01-01');
    expect(warning).toContain('npm run update:bank-holidays');
  });
});
