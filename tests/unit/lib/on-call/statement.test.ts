import { describe, expect, it } from 'vitest';
import { payMonth } from '../../../../src/lib/on-call/pay-month.ts';
import { monthStatements, StatementError, type Statement } from '../../../../src/lib/on-call/statement.ts';
import type { RateRule } from '../../../../src/lib/on-call/rates.ts';
import { sampleRota, H } from '../../../support/on-call.ts';
import { london } from '../../../support/rota.ts';

const flat: RateRule[] = [{ id: 'flat', entry: 1, multiplier: 1 }];
const zone = 'Europe/London';
const statementOf = (
  month: string,
  person: string,
  rules = flat,
  pay?: { ratePerHour: number; currency: string; source: string },
): Statement => monthStatements(sampleRota(), payMonth(month, zone), rules, { pay, people: [person] })[0]!;

/** Hours by line and kind of day, the way the figures were worked out by hand. */
const hours = (s: Statement) => ({
  first: [
    s.hours.byLine.first.byKind['weekday-night'] / H,
    s.hours.byLine.first.byKind.weekend / H,
    s.hours.byLine.first.byKind['bank-holiday'] / H,
  ],
  second: [
    s.hours.byLine.second.byKind['weekday-night'] / H,
    s.hours.byLine.second.byKind.weekend / H,
    s.hours.byLine.second.byKind['bank-holiday'] / H,
  ],
  total: s.hours.minutes / H,
});

describe('sample team, hand-worked', () => {
  // December 2026 runs Wed 2 Dec 10:00 to Wed 6 Jan 10:00. Aoife has her own week (16-23 Dec:
  // five weekday nights of 16 hours less the first evening's and last morning's halves, 80 hours, and a
  // 48-hour weekend) and, by swap, Tomasz's Christmas week (23-30 Dec: 25 and 28 December are
  // bank holidays, 48 weekday-night, 48 weekend and 48 bank-holiday hours).
  it('December 2026 (Christmas): Aoife 272 hours, first line, 128 weekday nights, 96 weekend, 48 bank holiday', () => {
    const s = statementOf('2026-12', 'aoife-brennan');
    expect(hours(s)).toEqual({ first: [128, 96, 48], second: [0, 0, 0], total: 272 });
    expect(s.hours.holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', line: 'first', minutes: 24 * H },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)', line: 'first', minutes: 24 * H },
    ]);
  });

  it('December 2026: every line of the Christmas week traces to its shift and to the swap', () => {
    const s = statementOf('2026-12', 'aoife-brennan');
    const christmas = s.lines.filter((l) => l.date >= '2026-12-23' && l.start >= Date.parse('2026-12-23T10:00:00Z'));
    expect(christmas.every((l) => l.override?.entry === 3 && l.override.reason === 'swap' && l.override.instead === 'tomasz-wojcik')).toBe(
      true,
    );
    const block = christmas.filter((l) => l.shift.id === 'on-call/2026-12-24T18:00:00Z');
    expect(block.map((l) => [l.date, l.kind, l.minutes / H])).toEqual([
      ['2026-12-24', 'weekday-night', 6],
      ['2026-12-25', 'bank-holiday', 24],
      ['2026-12-26', 'weekend', 24],
      ['2026-12-27', 'weekend', 24],
      ['2026-12-28', 'bank-holiday', 24],
      ['2026-12-29', 'weekday-night', 10],
    ]);
    expect(london(block[0]!.shift.end)).toBe('2026-12-29T10:00:00+00:00');
    // Her own week has no override.
    expect(s.lines.filter((l) => l.start < Date.parse('2026-12-23T10:00:00Z')).every((l) => l.override === undefined)).toBe(true);
  });

  it('December 2026: Kwame is first line 2-9 Dec and 30 Dec-6 Jan (New Year) and second line over Christmas', () => {
    const s = statementOf('2026-12', 'kwame-mensah');
    // 128 + 136 first line (1 January a bank holiday), 144 second line.
    expect(hours(s)).toEqual({ first: [80 + 64, 48 + 48, 24], second: [48, 48, 48], total: 128 + 136 + 144 });
    expect(s.hours.holidays.map((h) => `${h.date} ${h.name} ${h.line}`)).toEqual([
      '2026-12-25 Christmas Day second',
      '2026-12-28 Boxing Day (substitute day) second',
      '2027-01-01 New Year’s Day first',
    ]);
  });

  it('December 2026: Tomasz, who swapped Christmas away, has no on call that month', () => {
    expect(monthStatements(sampleRota(), payMonth('2026-12', zone), flat).map((s) => s.person.id)).not.toContain('tomasz-wojcik');
  });

  // March 2027 (Wed 3 Mar to Wed 7 Apr). Kwame is second line 17-24 March and first line 24-31
  // March: Good Friday 26th, clocks forward Sunday 28th (a 23-hour day), Easter Monday 29th.
  it('March 2027 (Easter, clocks forward): Kwame first line 143 hours with a 23-hour Sunday', () => {
    const s = statementOf('2027-03', 'kwame-mensah');
    expect(hours(s)).toEqual({ first: [48, 47, 48], second: [80, 48, 0], total: 143 + 128 });
    const sunday = s.lines.filter((l) => l.date === '2027-03-28');
    expect(sunday.map((l) => [l.kind, l.minutes / H])).toEqual([['weekend', 23]]);
    expect(s.hours.holidays.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });

  // October 2026 (Wed 7 Oct to Wed 4 Nov): Aoife's week of 21-28 October has the clocks going back
  // on Sunday 25th, a 25-hour day, so 129 hours instead of 128.
  it('October 2026 (clocks back): Aoife 129 hours, with a 25-hour Sunday', () => {
    const s = statementOf('2026-10', 'aoife-brennan');
    const week = s.lines.filter((l) => l.date >= '2026-10-21' && l.date <= '2026-10-28');
    expect(week.reduce((t, l) => t + l.minutes, 0) / H).toBe(129);
    expect(week.filter((l) => l.date === '2026-10-25').map((l) => l.minutes / H)).toEqual([25]);
  });

  it('March 2026 (clocks forward): Kwame’s week of 25 March is 127 hours', () => {
    const s = statementOf('2026-03', 'kwame-mensah');
    const week = s.lines.filter((l) => l.start >= Date.parse('2026-03-25T10:00:00Z'));
    expect(week.reduce((t, l) => t + l.minutes, 0) / H).toBe(127);
  });

  it('November 2026: the night Kwame covered for Ingrid is his, traced to override 1, and not hers', () => {
    const kwame = statementOf('2026-11', 'kwame-mensah');
    const cover = kwame.lines.filter((l) => l.override?.entry === 1);
    expect(cover.map((l) => [london(l.start), london(l.end), l.override?.instead])).toEqual([
      ['2026-11-17T18:00:00+00:00', '2026-11-18T00:00:00+00:00', 'ingrid-sorensen'],
      ['2026-11-18T00:00:00+00:00', '2026-11-18T10:00:00+00:00', 'ingrid-sorensen'],
    ]);
    const ingrid = statementOf('2026-11', 'ingrid-sorensen');
    expect(ingrid.lines.some((l) => l.start >= Date.parse('2026-11-17T18:00:00Z') && l.start < Date.parse('2026-11-18T10:00:00Z'))).toBe(
      false,
    );
  });
});

describe('pricing', () => {
  const pay = { ratePerHour: 1000, currency: 'GBP', source: 'test' };

  it('the default flat rule reproduces one flat rate: hours times the rate', () => {
    const s = statementOf('2026-12', 'aoife-brennan', flat, pay);
    expect(s.total).toBe(272 * 1000);
    expect(s.byRule).toEqual([{ rule: 'flat', name: 'flat', multiplier: 1, minutes: 272 * H, amount: 272_000 }]);
  });

  it('one-off rules for named days win, then kinds of day, then the rest', () => {
    const rules: RateRule[] = [
      { id: 'christmas-day', entry: 1, days: ['2026-12-25'], multiplier: 3 },
      { id: 'bank-holidays', entry: 2, dayKind: 'bank-holiday', multiplier: 2 },
      { id: 'weekends', entry: 3, dayKind: 'weekend', multiplier: 1.5 },
      { id: 'nights', entry: 4, hours: { from: '23:00', to: '08:00' }, dayKind: 'weekday-night', multiplier: 1.25 },
      { id: 'flat', entry: 5, multiplier: 1 },
    ];
    const s = statementOf('2026-12', 'aoife-brennan', rules, pay);
    const minutes = Object.fromEntries(s.byRule.map((r) => [r.rule, r.minutes / H]));
    // Weekday nights: 11 nights from 23:00 to 08:00 with 9 hours each, less the parts outside
    // the pieces: every weekday-night piece between 23:00 and 08:00 is 1 hour (23-24) or 8 hours (0-8).
    expect(minutes).toEqual({
      'christmas-day': 24,
      'bank-holidays': 24,
      weekends: 96,
      nights: expect.any(Number),
      flat: expect.any(Number),
    });
    expect(minutes['nights']! + minutes['flat']!).toBe(128);
    expect(s.total).toBe(Math.round(24 * 3000 + 24 * 2000 + 96 * 1500 + minutes['nights']! * 1250 + minutes['flat']! * 1000));
  });

  it('night hours: a weekday night from 18:00 to 10:00 is 9 hours between 23:00 and 08:00', () => {
    const rules: RateRule[] = [
      { id: 'asleep', entry: 1, hours: { from: '23:00', to: '08:00' }, multiplier: 2 },
      { id: 'flat', entry: 2, multiplier: 1 },
    ];
    // Aoife's week of 16-23 December 2026: 5 weekday nights and a weekend with 3 nights.
    const s = statementOf('2026-12', 'aoife-brennan', rules);
    const week = s.lines.filter((l) => l.start >= Date.parse('2026-12-16T10:00:00Z') && l.end <= Date.parse('2026-12-23T10:00:00Z'));
    expect(week.filter((l) => l.rule.id === 'asleep').reduce((t, l) => t + l.minutes, 0) / H).toBe(7 * 9);
  });

  it('refuses a month before the rota starts', () => {
    expect(() => monthStatements(sampleRota(), payMonth('2025-11', zone), flat)).toThrow(StatementError);
    expect(() => monthStatements(sampleRota(), payMonth('2025-11', zone), flat)).toThrow(
      /before the rota starts: on call begins on 2025-12-31 at 10:00/,
    );
    // December 2025 holds the first week's start, so it is a statement.
    expect(monthStatements(sampleRota(), payMonth('2025-12', zone), flat).map((s) => s.person.id)).toEqual(['wei-li', 'kwame-mensah']);
  });
});
