import { describe, expect, it } from 'vitest';
import {
  addMonths,
  mergeDays,
  outOfHoursRota,
  periodRows,
  supportRota,
  UNKNOWN_USER,
  type LegacyPerson,
} from '../../../../src/lib/legacy/rota-app.ts';
import { legacyOutOfHoursCalendar, legacySupportCalendar } from '../../../../src/lib/legacy/rota-app-ics.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import type { RotaData } from '../../../../src/lib/rota/model.ts';
import { calendar } from '../../../support/calendar.ts';
import { people, rotations } from '../../../support/rota.ts';
import { parseFeed } from '../../../support/ical.ts';

// The test team with work e-mails (Ben has none), and a second line of on call from 9 December.
const data: RotaData = {
  people: people.map((p) => (p.id === 'ben' ? p : { ...p, email: `${p.id}@example.gov.uk` })),
  rotations: [
    ...rotations,
    {
      id: 'second',
      name: 'Second line',
      kind: 'on-call',
      tier: 'secondary',
      start: '2026-12-09',
      turnWeeks: 1,
      handoff: { day: 'Wednesday', time: '10:00' },
      members: ['dee'],
      changes: [],
    },
  ],
  overrides: [{ entry: 1, rotation: 'dev', from: '2026-12-03T14:00', to: '2026-12-03T18:00', cover: 'eve', reason: 'swap' }],
};
const rota = createRota(data, calendar);
const TODAY = '2026-12-02'; // a Wednesday, a handoff day
const ana: LegacyPerson = { name: 'Ana', email: 'ana@example.gov.uk' };
const fay: LegacyPerson = { name: 'Fay', email: 'fay@example.gov.uk' };
const ben: LegacyPerson = { name: 'Ben', email: null };
const cai: LegacyPerson = { name: 'Cai', email: 'cai@example.gov.uk' };
const dee: LegacyPerson = { name: 'Dee', email: 'dee@example.gov.uk' };

describe('/support/rota.json', () => {
  const rows = supportRota(rota, TODAY);

  it('has the old shape: start_date, end_date (inclusive), developer and ops as {name, email}', () => {
    expect(rows[0]).toEqual({ start_date: '2026-12-02', end_date: '2026-12-04', developer: ana, ops: fay });
    expect(Object.keys(rows[0]!)).toEqual(['start_date', 'end_date', 'developer', 'ops']);
  });

  it('comes out as two entries per Wednesday-to-Tuesday week: Wednesday to Friday, Monday to Tuesday', () => {
    expect(rows.slice(0, 4)).toEqual([
      { start_date: '2026-12-02', end_date: '2026-12-04', developer: ana, ops: fay },
      { start_date: '2026-12-07', end_date: '2026-12-08', developer: ana, ops: fay },
      { start_date: '2026-12-09', end_date: '2026-12-11', developer: ben, ops: cai },
      { start_date: '2026-12-14', end_date: '2026-12-15', developer: ben, ops: cai },
    ]);
  });

  it('leaves out bank holidays, which split a run', () => {
    // Christmas week 2026: 25 and 28 December are bank holidays.
    expect(rows.filter((r) => r.start_date >= '2026-12-23' && r.start_date <= '2026-12-31').map((r) => [r.start_date, r.end_date])).toEqual(
      [
        ['2026-12-23', '2026-12-24'],
        ['2026-12-29', '2026-12-29'],
        ['2026-12-30', '2026-12-31'],
      ],
    );
  });

  it('covers nine months from the day of the build', () => {
    expect(rows.at(-1)!.end_date < addMonths(TODAY, 9)).toBe(true);
    expect(rows.at(-1)!.end_date >= '2027-08-25').toBe(true);
  });
});

describe('/out-of-hours/rota.json', () => {
  const rows = outOfHoursRota(rota, TODAY);

  it('has first_line and second_line, with the Unknown User placeholder (never null) for nobody', () => {
    expect(rows[0]).toEqual({ start_date: '2026-12-02', end_date: '2026-12-04', first_line: cai, second_line: UNKNOWN_USER });
    expect(UNKNOWN_USER).toEqual({ name: 'Unknown User', email: 'unknown.user@dxw.com' });
    expect(rows[1]).toEqual({ start_date: '2026-12-07', end_date: '2026-12-08', first_line: cai, second_line: UNKNOWN_USER });
    expect(rows[2]).toEqual({ start_date: '2026-12-09', end_date: '2026-12-11', first_line: dee, second_line: dee });
  });

  it('dates each night or weekend by the day it starts, so a weekend is its Friday', () => {
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.start_date) && r.end_date >= r.start_date)).toBe(true);
    expect(rows.some((r) => r.start_date === '2026-12-05' || r.end_date === '2026-12-06')).toBe(false);
  });
});

describe('/v2/<role>/rota.json', () => {
  it('has one row per shift, dated by its start, with the role word of the path', () => {
    const rows = periodRows(rota, 'dev', TODAY);
    expect(rows[0]).toEqual({ date: '2026-10-02', role: 'dev', person: expect.objectContaining({ name: expect.any(String) }) });
    const third = rows.filter((r) => r.date === '2026-12-03');
    // The afternoon override is a period of its own.
    expect(third).toEqual([
      { date: '2026-12-03', role: 'dev', person: ana },
      { date: '2026-12-03', role: 'dev', person: { name: 'Eve', email: 'eve@example.gov.uk' } },
    ]);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  });

  it('covers two months back to ten months ahead', () => {
    const rows = periodRows(rota, 'ops', TODAY);
    expect(rows[0]!.date >= '2026-10-02').toBe(true);
    expect(rows.at(-1)!.date < '2027-10-02').toBe(true);
    expect(rows.at(-1)!.date >= '2027-09-24').toBe(true);
  });

  it('gives on call one row per night or weekend, and a null person where a running rotation has nobody', () => {
    const ooh1 = periodRows(rota, 'ooh1', TODAY).filter((r) => r.date >= '2026-12-02' && r.date <= '2026-12-08');
    expect(ooh1.map((r) => r.date)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08']);
    expect(ooh1.every((r) => r.role === 'ooh1' && r.person?.name === 'Cai')).toBe(true);
    const ooh2 = periodRows(rota, 'ooh2', TODAY);
    expect(ooh2[0]).toEqual({ date: '2026-12-09', role: 'ooh2', person: dee });
    const gappy = createRota(
      { ...data, overrides: [], rotations: data.rotations.map((r) => (r.id === 'second' ? { ...r, until: '2026-12-16' } : r)) },
      calendar,
    );
    expect(
      periodRows(gappy, 'ooh2', TODAY)
        .map((r) => r.date)
        .at(-1),
    ).toBe('2026-12-15');
  });
});

describe('merging days', () => {
  const p = (name: string): LegacyPerson => ({ name, email: null });
  it('joins equal days at most one day apart, and no others', () => {
    const rows = [
      { date: '2026-12-03', a: p('A') },
      { date: '2026-12-04', a: p('A') },
      { date: '2026-12-07', a: p('A') },
      { date: '2026-12-08', a: p('B') },
    ];
    expect(mergeDays(rows, (r) => [r.a]).map((m) => [m.start_date, m.end_date])).toEqual([
      ['2026-12-03', '2026-12-04'],
      ['2026-12-07', '2026-12-07'],
      ['2026-12-08', '2026-12-08'],
    ]);
  });

  it('counts months as the calendar does', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-12-02', -2)).toBe('2026-10-02');
    expect(addMonths('2026-12-02', 9)).toBe('2027-09-02');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
});

describe('/support/rota.ics and /out-of-hours/rota.ics', () => {
  it('have one all-day event per merged entry, ending the day after the inclusive end date', () => {
    const text = legacySupportCalendar(
      supportRota(rota, TODAY),
      'https://handbook.example',
      'Europe/London',
      Date.parse('2026-12-02T06:00:00Z'),
    );
    const feed = parseFeed(text);
    expect(feed.events[0]).toMatchObject({ allDay: true, start: '2026-12-02', end: '2026-12-05', summary: 'Support: Ana and Fay' });
    expect(feed.events[0]!.description).toContain('Developer: Ana <ana@example.gov.uk>');
    expect(feed.events).toHaveLength(supportRota(rota, TODAY).length);
    const ooh = parseFeed(legacyOutOfHoursCalendar(outOfHoursRota(rota, TODAY), 'https://handbook.example', 'Europe/London', 0));
    expect(ooh.events[0]).toMatchObject({
      allDay: true,
      start: '2026-12-02',
      end: '2026-12-05',
      summary: 'Out of hours: Cai and Unknown User',
    });
  });
});
