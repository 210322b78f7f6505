import { describe, expect, it } from 'vitest';
import { turnAt, turnsBetween } from '../../../../src/lib/rota/turns.ts';
import type { Rotation } from '../../../../src/lib/rota/model.ts';
import { at } from '../../../support/calendar.ts';
import { london, testRota } from '../../../support/rota.ts';

describe('turns', () => {
  const rota = testRota();
  const onCall = rota.rotation('on-call')!;

  it('a turn runs from one Wednesday 10:00 to the next, across a clock change', () => {
    const turn = turnAt(onCall, at('2026-03-29T12:00:00+01:00'), rota.timeZone)!;
    expect([turn.person, london(turn.start), london(turn.end)]).toEqual(['cai', '2026-03-25T10:00:00+00:00', '2026-04-01T10:00:00+01:00']);
  });

  it('just before the handoff it is still the outgoing person’s turn', () => {
    expect(turnAt(onCall, at('2026-12-23T09:59:59Z'), rota.timeZone)!.person).toBe('ana');
    expect(turnAt(onCall, at('2026-12-23T10:00:00Z'), rota.timeZone)!.person).toBe('eve');
  });

  it('has no turn before the start date', () => {
    expect(turnAt(onCall, at('2025-12-31T09:59:00Z'), rota.timeZone)).toBeUndefined();
    expect(turnAt(onCall, at('2025-12-31T10:00:00Z'), rota.timeZone)!.person).toBe('cai');
  });

  it('follows a change of order from its date, starting with the first person listed', () => {
    const changed: Rotation = {
      ...rota.rotation('dev')!,
      id: 'changed',
      changes: [{ from: '2026-07-01', members: ['eve', 'ana'] }],
    };
    const r = testRota([], [changed]).rotation('changed')!;
    const people = turnsBetween(r, at('2026-06-17T12:00:00+01:00'), at('2026-07-09T12:00:00+01:00'), 'Europe/London').map((t) => [
      t.start,
      t.person,
    ]);
    expect(people.map(([start, person]) => [london(start as number).slice(0, 10), person])).toEqual([
      ['2026-06-17', 'ana'],
      ['2026-06-24', 'ben'],
      ['2026-07-01', 'eve'],
      ['2026-07-08', 'ana'],
    ]);
  });

  it('two-week turns hand off every other Wednesday', () => {
    const fortnightly: Rotation = { ...rota.rotation('ops')!, id: 'fortnightly', turnWeeks: 2 };
    const r = testRota([], [fortnightly]).rotation('fortnightly')!;
    const turn = turnAt(r, at('2026-01-20T12:00:00Z'), 'Europe/London')!;
    expect([turn.person, london(turn.start), london(turn.end)]).toEqual(['cai', '2026-01-14T10:00:00+00:00', '2026-01-28T10:00:00+00:00']);
  });
});
