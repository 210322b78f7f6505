import { describe, expect, it } from 'vitest';
import {
  createHolidayCalendar,
  easterSunday,
  englandAndWalesHolidaysByRule,
  trimPublished,
} from '../../../../src/lib/calendar/bank-holidays.ts';
import { englandAndWales } from '../../../support/calendar.ts';

describe('bank holidays', () => {
  it('dates Easter Sunday correctly', () => {
    expect(['2019', '2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it("the standing rules reproduce gov.uk's published England and Wales dates for every published year", () => {
    const years = new Set(englandAndWales.events.map((e) => Number(e.date.slice(0, 4))));
    for (const year of years) {
      const published = englandAndWales.events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date);
      expect(
        englandAndWalesHolidaysByRule(year).map((h) => h.date),
        String(year),
      ).toEqual(published);
    }
  });

  it('applies substitute days when Christmas falls at a weekend', () => {
    // 2027: Christmas on Saturday, Boxing Day on Sunday.
    expect(
      englandAndWalesHolidaysByRule(2027)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2027-12-27', '2027-12-28']);
    // 2022: Christmas on Sunday: Boxing Day Monday, Christmas substitute Tuesday.
    expect(
      englandAndWalesHolidaysByRule(2022)
        .slice(-2)
        .map((h) => [h.date, h.title]),
    ).toEqual([
      ['2022-12-26', 'Boxing Day'],
      ['2022-12-27', 'Christmas Day (substitute day)'],
    ]);
    // 2028: New Year's Day on Saturday moves to Monday 3 January.
    expect(englandAndWalesHolidaysByRule(2028)[0]?.date).toBe('2028-01-03');
  });

  it('uses published data where it reaches and marks rule-based days as estimated beyond it', () => {
    const holidays = createHolidayCalendar(englandAndWales);
    expect(holidays.publishedUntil).toBe('2027-12-31');
    expect(holidays.get('2026-12-28')).toEqual({ date: '2026-12-28', title: 'Boxing Day (substitute day)', estimated: false });
    expect(holidays.get('2028-04-14')).toEqual({ date: '2028-04-14', title: 'Good Friday', estimated: true });
    expect(holidays.get('2026-12-29')).toBeUndefined();
  });

  it('lists the holidays in a range', () => {
    const holidays = createHolidayCalendar(englandAndWales);
    expect(holidays.between('2026-12-20', '2027-01-05').map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });
});

describe('bank holidays outside the published years', () => {
  it('estimates years before the data by rule too, so a trimmed list still knows older holidays', () => {
    const holidays = createHolidayCalendar(trimPublished(englandAndWales, '2026-01-01'));
    expect(holidays.publishedFrom).toBe('2026-01-01');
    expect(holidays.get('2025-12-25')).toEqual({ date: '2025-12-25', title: 'Christmas Day', estimated: true });
    expect(holidays.get('2026-12-25')).toEqual({ date: '2026-12-25', title: 'Christmas Day', estimated: false });
  });

  it('trims to the fields the calendar reads, keeping substitute-day notes', () => {
    const trimmed = trimPublished(englandAndWales, '2026-01-01');
    expect(trimmed.events.every((e) => e.date >= '2026-01-01')).toBe(true);
    expect(trimmed.events.find((e) => e.date === '2026-12-28')).toEqual({
      date: '2026-12-28',
      title: 'Boxing Day',
      notes: 'Substitute day',
    });
  });
});
