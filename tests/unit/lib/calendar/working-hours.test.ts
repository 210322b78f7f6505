import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../../../src/lib/calendar/bank-holidays.ts';
import { createWorkingCalendar } from '../../../../src/lib/calendar/working-hours.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { at, calendar, englandAndWales } from '../../../support/calendar.ts';

const iso = (ms: number) => formatIsoWithOffset(ms, 'Europe/London');

describe('the working calendar (10:00-18:00 Mon-Fri, Europe/London, England and Wales holidays)', () => {
  it('a summer weekday runs 10:00-18:00 BST', () => {
    const p = calendar.periodOn('2026-07-01')!;
    expect([iso(p.start), iso(p.end)]).toEqual(['2026-07-01T10:00:00+01:00', '2026-07-01T18:00:00+01:00']);
  });

  it('the Monday after the clocks go back runs 10:00-18:00 GMT', () => {
    const p = calendar.periodOn('2026-10-26')!;
    expect([iso(p.start), iso(p.end)]).toEqual(['2026-10-26T10:00:00+00:00', '2026-10-26T18:00:00+00:00']);
  });

  it('says why a day is off: a weekend, or a bank holiday by name', () => {
    expect(calendar.dayOff('2026-12-26')).toEqual({ kind: 'weekend' });
    expect(calendar.dayOff('2026-12-28')).toMatchObject({ kind: 'bank-holiday', holiday: { title: 'Boxing Day (substitute day)' } });
    expect(calendar.dayOff('2026-12-29')).toBeUndefined();
  });

  it('after 18:00 on Christmas Eve 2026, the next working time is Tuesday 29 December', () => {
    expect(iso(calendar.periodAtOrAfter(at('2026-12-24T18:00:00+00:00')).start)).toBe('2026-12-29T10:00:00+00:00');
  });

  it("an instant inside working hours is in that day's period", () => {
    expect(calendar.periodAtOrAfter(at('2026-12-24T17:59:00+00:00')).date).toBe('2026-12-24');
  });

  it('lists the working periods of the Easter 2027 fortnight without Good Friday or Easter Monday', () => {
    const dates = calendar.periodsBetween(at('2027-03-22T00:00:00+00:00'), at('2027-04-03T00:00:00+01:00')).map((p) => p.date);
    expect(dates).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02']);
  });

  it('refuses working hours that end before they start, and a week with no working days', () => {
    const holidays = createHolidayCalendar(englandAndWales);
    expect(() => createWorkingCalendar({ timeZone: 'Europe/London', start: '18:00', end: '10:00', weekdays: [1] }, holidays)).toThrow(
      /end after/,
    );
    expect(() => createWorkingCalendar({ timeZone: 'Europe/London', start: '10:00', end: '18:00', weekdays: [] }, holidays)).toThrow(
      /weekday/,
    );
  });
});

describe('looking back for a working period', () => {
  it('from a Sunday, finds the Friday before; from inside a period, finds that period', () => {
    expect(calendar.periodAtOrBefore(at('2026-12-27T12:00:00+00:00')).date).toBe('2026-12-24');
    expect(calendar.periodAtOrBefore(at('2026-12-29T10:00:00+00:00')).date).toBe('2026-12-29');
    expect(calendar.periodAtOrBefore(at('2026-12-29T09:59:00+00:00')).date).toBe('2026-12-24');
  });
});
