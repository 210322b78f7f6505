import { describe, expect, it } from 'vitest';
import { overrideRows, pagerShifts } from '../../../../src/lib/pager/shift-rows.ts';
import { pagerCalendar } from '../../../../src/lib/pager/pager-ics.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { shiftsBetween } from '../../../../src/lib/rota/shifts.ts';
import { calendar, at } from '../../../support/calendar.ts';
import { people, rotations } from '../../../support/rota.ts';
import { parseFeed } from '../../../support/ical.ts';

const rota = createRota(
  {
    people: people.map((p) => (p.id === 'ben' ? p : { ...p, email: `${p.id}@example.gov.uk` })),
    rotations,
    overrides: [{ entry: 1, rotation: 'on-call', from: '2026-12-05T12:00', to: '2026-12-06T12:00', cover: 'dee', reason: 'swap' }],
  },
  calendar,
);
const from = at('2026-12-02T10:00:00+00:00');
const to = at('2026-12-16T10:00:00+00:00');

describe('shifts for a pager', () => {
  it('are the rota engine’s shifts, one each, with the person’s e-mail', () => {
    const shifts = pagerShifts(rota, from, to);
    expect(shifts).toHaveLength(shiftsBetween(rota, from, to).length);
    expect(shifts[0]).toMatchObject({ rotation: 'dev', personId: 'ana', name: 'Ana', email: 'ana@example.gov.uk', kind: 'first-line' });
    expect(shifts.find((s) => s.personId === 'ben')?.email).toBeUndefined();
  });

  it('become override rows: rotation, ISO start and end with the UK offset, e-mail', () => {
    const rows = overrideRows(rota, pagerShifts(rota, from, to, ['on-call']));
    expect(rows.slice(0, 2)).toEqual([
      { rotation: 'on-call', start: '2026-12-02T18:00:00+00:00', end: '2026-12-03T10:00:00+00:00', email: 'cai@example.gov.uk' },
      { rotation: 'on-call', start: '2026-12-03T18:00:00+00:00', end: '2026-12-04T10:00:00+00:00', email: 'cai@example.gov.uk' },
    ]);
    // The weekend, split by the override.
    expect(rows.filter((r) => r.start >= '2026-12-04T18' && r.start < '2026-12-07').map((r) => [r.start, r.end, r.email])).toEqual([
      ['2026-12-04T18:00:00+00:00', '2026-12-05T12:00:00+00:00', 'cai@example.gov.uk'],
      ['2026-12-05T12:00:00+00:00', '2026-12-06T12:00:00+00:00', 'dee@example.gov.uk'],
      ['2026-12-06T12:00:00+00:00', '2026-12-07T10:00:00+00:00', 'cai@example.gov.uk'],
    ]);
  });
});

describe('the pager calendar', () => {
  it('has one timed event per shift, titled with the e-mail, the person as attendee', () => {
    const shifts = pagerShifts(rota, from, to, ['on-call']);
    const text = pagerCalendar(
      shifts,
      {
        name: 'Pager: On call',
        feedUrl: 'https://h.example/pager/on-call.ics',
        pageUrl: 'https://h.example/rota/',
        timeZone: 'Europe/London',
      },
      from,
    );
    const feed = parseFeed(text);
    expect(feed.events).toHaveLength(shifts.length);
    expect(feed.events[0]).toMatchObject({
      allDay: false,
      summary: 'cai@example.gov.uk',
      start: at('2026-12-02T18:00:00+00:00'),
      end: at('2026-12-03T10:00:00+00:00'),
    });
    expect(feed.events[0]!.uid).toBe('pager/on-call/2026-12-02T18:00:00Z@h.example');
    expect(text).toMatch(/ATTENDEE;ROLE=REQ-PARTICIPANT;CN="?Cai"?:MAILTO:cai@example\.gov\.uk/i);
    expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);
  });
});
