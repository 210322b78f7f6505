import { describe, expect, it } from 'vitest';
import { nextHandoff, nextShiftsOf, statusAt } from '../../../../src/lib/rota/queries.ts';
import { at } from '../../../support/calendar.ts';
import { london, testRota } from '../../../support/rota.ts';

const summary = (instant: number, rota = testRota()) =>
  Object.fromEntries(
    statusAt(rota, instant).map(({ rotation, current, next }) => [
      rotation.id,
      { now: current?.person ?? null, next: next ? `${next.person} ${london(next.start)}` : null },
    ]),
  );

describe('who is on at an instant', () => {
  it('on a weekday afternoon: first line is on, on call starts at 18:00', () => {
    expect(summary(at('2026-12-03T15:00:00Z'))).toEqual({
      dev: { now: 'ana', next: 'ana 2026-12-04T10:00:00+00:00' },
      ops: { now: 'fay', next: 'fay 2026-12-04T10:00:00+00:00' },
      'on-call': { now: null, next: 'cai 2026-12-03T18:00:00+00:00' },
    });
  });

  it('on a weeknight: on call is on, first line is back at 10:00', () => {
    expect(summary(at('2026-12-03T22:00:00Z'))).toMatchObject({
      dev: { now: null, next: 'ana 2026-12-04T10:00:00+00:00' },
      'on-call': { now: 'cai' },
    });
  });

  it('at a weekend: on call until Monday 10:00', () => {
    expect(summary(at('2026-12-05T12:00:00Z'))['on-call']).toEqual({ now: 'cai', next: 'cai 2026-12-07T18:00:00+00:00' });
  });

  it('on Christmas Day 2026: the person covering the Christmas swap, with first line back on 29 December', () => {
    const rota = testRota([{ rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'dee', reason: 'swap' }]);
    const [, , onCall] = statusAt(rota, at('2026-12-25T12:00:00Z'));
    expect(onCall!.current).toMatchObject({ person: 'dee', override: { reason: 'swap', instead: 'eve' } });
    expect(summary(at('2026-12-25T12:00:00Z'), rota).dev).toEqual({ now: null, next: 'ana 2026-12-29T10:00:00+00:00' });
  });
});

describe('the next handoff', () => {
  it('is the coming Wednesday 10:00, with who hands over to whom on each rotation', () => {
    const handoff = nextHandoff(testRota(), at('2026-12-03T15:00:00Z'))!;
    expect(london(handoff.at)).toBe('2026-12-09T10:00:00+00:00');
    expect(handoff.changes.map((c) => [c.rotation.id, c.from?.person, c.to?.person])).toEqual([
      ['dev', 'ana', 'ben'],
      ['ops', 'fay', 'cai'],
      ['on-call', 'cai', 'dee'],
    ]);
  });

  it('at the handoff instant itself, points at the following week', () => {
    expect(london(nextHandoff(testRota(), at('2026-12-09T10:00:00Z'))!.at)).toBe('2026-12-16T10:00:00+00:00');
  });

  it('shows an override that starts at the handoff as the incoming person', () => {
    const rota = testRota([{ rotation: 'on-call', from: '2026-12-09T10:00', to: '2026-12-16T10:00', cover: 'eve', reason: 'leave' }]);
    const change = nextHandoff(rota, at('2026-12-03T15:00:00Z'))!.changes.find((c) => c.rotation.id === 'on-call')!;
    expect(change.to).toMatchObject({ person: 'eve', override: { reason: 'leave', instead: 'dee' } });
  });
});

describe('a person’s next shifts', () => {
  it('lists the shift in progress, then the following ones across rotations, in order', () => {
    const shifts = nextShiftsOf(testRota(), 'ana', at('2026-12-03T15:00:00Z'), 6);
    expect(shifts.map((s) => [s.rotation, london(s.start)])).toEqual([
      ['dev', '2026-12-03T10:00:00+00:00'],
      ['dev', '2026-12-04T10:00:00+00:00'],
      ['dev', '2026-12-07T10:00:00+00:00'],
      ['dev', '2026-12-08T10:00:00+00:00'],
      ['on-call', '2026-12-16T18:00:00+00:00'],
      ['on-call', '2026-12-17T18:00:00+00:00'],
    ]);
  });

  it('finds shifts months away, each once', () => {
    const shifts = nextShiftsOf(testRota(), 'ben', at('2026-12-03T15:00:00Z'), 40);
    expect(shifts).toHaveLength(40);
    expect(new Set(shifts.map((s) => s.start)).size).toBe(40);
  });
});
