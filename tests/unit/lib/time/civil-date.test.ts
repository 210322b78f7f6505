import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCivilDate, isoWeekday, onOrBeforeWeekday, weekdayName } from '../../../../src/lib/time/civil-date.ts';

describe('civil dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('names weekdays (Christmas Day 2026 is a Friday)', () => {
    expect(weekdayName('2026-12-25')).toBe('Friday');
    expect(isoWeekday('2026-12-27')).toBe(7);
  });

  it('finds the Wednesday a support week started on', () => {
    expect(onOrBeforeWeekday('2026-12-01', 3)).toBe('2026-11-25');
    expect(onOrBeforeWeekday('2026-12-02', 3)).toBe('2026-12-02');
  });

  it('accepts only real ISO dates', () => {
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2026-1-5')).toBe(false);
    expect(isCivilDate('2026-13-01')).toBe(false);
  });

  it('counts whole days across clock changes, either way round', () => {
    // Across the UK and US spring-forward weekends: 30, not 29.958.
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-11-05', '2026-10-20')).toBe(-16);
  });
});
