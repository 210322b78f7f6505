import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, civilParts, daysBetween, isCivilDate, isoWeekday, weekdayName } from '../../../../src/lib/time/civil-date.ts';

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

  it('adds months the way people count them, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30');
    expect(addMonths('2026-03-14', 12)).toBe('2027-03-14');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-14', 0)).toBe('2026-03-14');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('keeps the day of the month when it exists, else gives the last day, and lands in the right month', () => {
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), (start, months) => {
        const from = civilParts(start);
        const to = civilParts(addMonths(start, months));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        const lastDay = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
        expect(to.day).toBe(Math.min(from.day, lastDay));
      }),
    );
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
