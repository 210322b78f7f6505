import { describe, expect, it } from 'vitest';
import { rotaFeeds } from '../../../../src/lib/feeds/feed-events.ts';
import { feedWindow } from '../../../../src/lib/feeds/feed-window.ts';
import type { Rotation } from '../../../../src/lib/rota/model.ts';
import { createRota, type Rota } from '../../../../src/lib/rota/rota.ts';
import { at, calendar } from '../../../support/calendar.ts';
import { people, rotations, testRota } from '../../../support/rota.ts';

// The small test team (tests/support/rota.ts): in the week of Wednesday 9 December 2026 Ben is the
// first-line developer and Cai the ops engineer; in the week before, Cai is on call.
const NOW = at('2026-11-30T05:15:00Z');
const feeds = (rota: Rota) => rotaFeeds(rota, feedWindow(rota, NOW), 'https://support.example');
const personFeed = (rota: Rota, id: string) => feeds(rota).people.find((p) => p.path === `feeds/people/${id}.ics`)!;
const withRotations = (list: Rotation[]) => createRota({ people, rotations: list, overrides: [] }, calendar);

describe('events from the rota', () => {
  it('a cover for part of a day: both people get that day, each told their hours', () => {
    const rota = testRota([
      { rotation: 'dev', from: '2026-12-10T14:00', to: '2026-12-10T18:00', cover: 'eve', reason: 'swap', note: 'Ben at the dentist' },
    ]);
    const ben = personFeed(rota, 'ben').events.filter((e) => e.time.allDay && e.time.start >= '2026-12-09' && e.time.start < '2026-12-16');
    expect(ben.map((e) => [e.uid, e.time])).toEqual([
      ['ben/dev/2026-12-09@support.example', { allDay: true, start: '2026-12-09', end: '2026-12-11' }],
      ['ben/dev/2026-12-11@support.example', { allDay: true, start: '2026-12-11', end: '2026-12-16' }],
    ]);
    expect(ben[0]!.description).toContain('Part day: Thu 10 Dec, 10:00 to 14:00 only.');
    const eve = personFeed(rota, 'eve').events.find((e) => e.uid === 'eve/dev/2026-12-10@support.example')!;
    expect(eve.time).toEqual({ allDay: true, start: '2026-12-10', end: '2026-12-11' });
    expect(eve.summary).toBe('First line (developer), with Cai');
    expect(eve.description).toContain('Part day: Thu 10 Dec, 14:00 to 18:00 only.');
    expect(eve.description).toContain('Covering for Ben, Thu 10 Dec, 14:00 to 18:00; swap (Ben at the dentist).');
    expect(eve.overrides).toBe(1);
  });

  it('a week with nobody on a rotation says so', () => {
    const rota = withRotations(rotations.map((r) => (r.id === 'dev' ? { ...r, until: '2027-01-06' } : r)));
    const week = feeds(rota).support.events.find((e) => e.uid === 'support-week/2027-01-13@support.example')!;
    expect(week.summary).toMatch(/^First line: no developer and \S+ \(ops engineer\)$/);
    expect(week.description).toContain('Developer: nobody on the rota.');
  });

  it('two rotations with the same role are told apart by name', () => {
    const rota = withRotations([
      ...rotations,
      { ...rotations[2]!, id: 'on-call-b', name: 'On call for client B', members: ['dee', 'cai'] },
    ]);
    const night = feeds(rota).onCall.events.filter((e) => !e.time.allDay && e.time.start === at('2026-12-03T18:00:00Z'));
    expect(night.map((e) => e.summary)).toEqual(['On call: Cai', 'On call for client B: Dee']);
    expect(night[0]!.description).toContain('On call for client B: Dee.');
  });

  it('everyone in people.yaml has a feed, even with no shifts', () => {
    const rota = testRota();
    expect(feeds(rota).people.map((p) => p.path)).toEqual(people.map((p) => `feeds/people/${p.id}.ics`));
  });
});
