import { describe, expect, it } from 'vitest';
import { calendarDateFromUtcMidnight, formatCalendarDate, localCalendarDate } from '../../../../src/lib/runbooks/calendar-date.ts';

describe('calendar dates', () => {
  it('reads the reader’s local date, not the UTC date', () => {
    // 02:00 UTC on 1 March is still 28 February in New York, and 1 March in London.
    const expected = process.env.TZ === 'America/New_York' ? '2026-02-28' : '2026-03-01';
    expect(localCalendarDate(new Date('2026-03-01T02:00:00Z'))).toBe(expected);
  });

  it('accepts only midnight-UTC Dates as plain dates', () => {
    expect(calendarDateFromUtcMidnight(new Date('2026-03-14T00:00:00Z'))).toBe('2026-03-14');
    expect(calendarDateFromUtcMidnight(new Date('2026-03-14T10:00:00Z'))).toBeUndefined();
    expect(calendarDateFromUtcMidnight(new Date('nonsense'))).toBeUndefined();
  });

  it('spells dates out in British English in any time zone', () => {
    expect(formatCalendarDate('2026-03-01')).toBe('1 March 2026');
  });
});
