import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandRotation, shiftsBetween } from '../../../../src/lib/rota/shifts.ts';
import { turnAt } from '../../../../src/lib/rota/turns.ts';
import type { Rotation } from '../../../../src/lib/rota/model.ts';
import { at } from '../../../support/calendar.ts';
import { london, readable, testRota } from '../../../support/rota.ts';

const HOUR = 3_600_000;
const onCall = (rota = testRota(), from: string, to: string) => readable(shiftsBetween(rota, at(from), at(to), { rotations: ['on-call'] }));

describe('on-call blocks across the 2026 clock changes', () => {
  it('the weekend the clocks go forward is one 63-hour block, Friday 18:00 GMT to Monday 10:00 BST', () => {
    const shifts = shiftsBetween(testRota(), at('2026-03-28T12:00:00Z'), at('2026-03-28T13:00:00Z'), { rotations: ['on-call'] });
    expect(readable(shifts)).toEqual([['on-call', 'cai', '2026-03-27T18:00:00+00:00', '2026-03-30T10:00:00+01:00']]);
    expect((shifts[0]!.end - shifts[0]!.start) / HOUR).toBe(63);
  });

  it('the weekend the clocks go back is one 65-hour block, Friday 18:00 BST to Monday 10:00 GMT', () => {
    const shifts = shiftsBetween(testRota(), at('2026-10-25T01:30:00+01:00'), at('2026-10-25T01:30:00+00:00'), { rotations: ['on-call'] });
    expect(readable(shifts)).toEqual([['on-call', 'ana', '2026-10-23T18:00:00+01:00', '2026-10-26T10:00:00+00:00']]);
    expect((shifts[0]!.end - shifts[0]!.start) / HOUR).toBe(65);
  });

  it('first line on the Monday after each change still runs 10:00-18:00 local time', () => {
    const monday = (date: string) =>
      readable(shiftsBetween(testRota(), at(`${date}T12:00:00Z`), at(`${date}T12:00:01Z`), { rotations: ['dev'] }))[0]!.slice(2);
    expect(monday('2026-03-30')).toEqual(['2026-03-30T10:00:00+01:00', '2026-03-30T18:00:00+01:00']);
    expect(monday('2026-10-26')).toEqual(['2026-10-26T10:00:00+00:00', '2026-10-26T18:00:00+00:00']);
  });
});

describe('bank holidays and Christmas', () => {
  it('the Spring bank holiday weekend is one block, Friday 18:00 to Tuesday 10:00', () => {
    expect(onCall(undefined, '2026-05-25T12:00:00+01:00', '2026-05-25T12:01:00+01:00')).toEqual([
      ['on-call', 'cai', '2026-05-22T18:00:00+01:00', '2026-05-26T10:00:00+01:00'],
    ]);
  });

  it('Easter 2026 is one block from Maundy Thursday 18:00 to the Tuesday after Easter Monday', () => {
    expect(onCall(undefined, '2026-04-04T12:00:00+01:00', '2026-04-04T12:01:00+01:00')).toEqual([
      ['on-call', 'dee', '2026-04-02T18:00:00+01:00', '2026-04-07T10:00:00+01:00'],
    ]);
  });

  it('Christmas 2026 is one on-call block from Thursday 24 December 18:00 to Tuesday 29 December 10:00', () => {
    expect(onCall(undefined, '2026-12-23T10:00:00Z', '2026-12-30T10:00:00Z')).toEqual([
      ['on-call', 'eve', '2026-12-23T18:00:00+00:00', '2026-12-24T10:00:00+00:00'],
      ['on-call', 'eve', '2026-12-24T18:00:00+00:00', '2026-12-29T10:00:00+00:00'],
      ['on-call', 'eve', '2026-12-29T18:00:00+00:00', '2026-12-30T10:00:00+00:00'],
    ]);
  });

  it('first line has shifts on 23, 24 and 29 December 2026 and none on the holidays', () => {
    const days = shiftsBetween(testRota(), at('2026-12-23T10:00:00Z'), at('2026-12-30T10:00:00Z'), { rotations: ['dev'] }).map((s) =>
      london(s.start).slice(0, 10),
    );
    expect(days).toEqual(['2026-12-23', '2026-12-24', '2026-12-29']);
  });

  it('returns a block whole when the range only touches part of it', () => {
    const shifts = onCall(undefined, '2026-12-26T00:00:00Z', '2026-12-26T00:00:01Z');
    expect(shifts).toEqual([['on-call', 'eve', '2026-12-24T18:00:00+00:00', '2026-12-29T10:00:00+00:00']]);
  });
});

describe('handoffs split blocks and days', () => {
  const weekly = { turnWeeks: 1, changes: [], tier: 'primary' } as const;

  it('Christmas Day 2024 fell on the Wednesday handoff: the holiday block is split at 10:00 that morning', () => {
    const old: Rotation = {
      ...weekly,
      id: 'old',
      name: 'Old',
      kind: 'on-call',
      start: '2024-12-04',
      handoff: { day: 'Wednesday', time: '10:00' },
      members: ['cai', 'dee'],
    };
    const rota = testRota([], [old]);
    expect(readable(shiftsBetween(rota, at('2024-12-24T20:00:00Z'), at('2024-12-26T20:00:00Z'), { rotations: ['old'] }))).toEqual([
      ['old', 'cai', '2024-12-24T18:00:00+00:00', '2024-12-25T10:00:00+00:00'],
      ['old', 'dee', '2024-12-25T10:00:00+00:00', '2024-12-27T10:00:00+00:00'],
    ]);
  });

  it('a Monday 09:00 handoff splits the weekend block an hour before first line starts', () => {
    const monday: Rotation = {
      ...weekly,
      id: 'mon',
      name: 'Monday',
      kind: 'on-call',
      start: '2026-01-05',
      handoff: { day: 'Monday', time: '09:00' },
      members: ['cai', 'dee'],
    };
    const rota = testRota([], [monday]);
    expect(readable(shiftsBetween(rota, at('2026-06-06T12:00:00Z'), at('2026-06-08T09:30:00+01:00'), { rotations: ['mon'] }))).toEqual([
      ['mon', 'dee', '2026-06-05T18:00:00+01:00', '2026-06-08T09:00:00+01:00'],
      ['mon', 'cai', '2026-06-08T09:00:00+01:00', '2026-06-08T10:00:00+01:00'],
    ]);
  });

  it('a 14:00 handoff splits the first-line working day in two', () => {
    const afternoon: Rotation = {
      ...weekly,
      id: 'pm',
      name: 'Afternoon',
      kind: 'first-line',
      role: 'developer',
      start: '2025-12-31',
      handoff: { day: 'Wednesday', time: '14:00' },
      members: ['ana', 'ben'],
    };
    const rota = testRota([], [afternoon]);
    expect(readable(shiftsBetween(rota, at('2026-06-10T11:00:00+01:00'), at('2026-06-10T15:00:00+01:00'), { rotations: ['pm'] }))).toEqual([
      ['pm', 'ana', '2026-06-10T10:00:00+01:00', '2026-06-10T14:00:00+01:00'],
      ['pm', 'ben', '2026-06-10T14:00:00+01:00', '2026-06-10T18:00:00+01:00'],
    ]);
  });
});

describe('overrides', () => {
  it('a whole-week swap replaces every on-call shift of the week and says whom it replaces', () => {
    const rota = testRota([
      { rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'cai', reason: 'swap', note: 'Christmas' },
    ]);
    const shifts = shiftsBetween(rota, at('2026-12-23T10:00:00Z'), at('2026-12-30T10:00:00Z'), { rotations: ['on-call'] });
    expect(readable(shifts)).toEqual([
      ['on-call', 'cai', '2026-12-23T18:00:00+00:00', '2026-12-24T10:00:00+00:00', 'swap'],
      ['on-call', 'cai', '2026-12-24T18:00:00+00:00', '2026-12-29T10:00:00+00:00', 'swap'],
      ['on-call', 'cai', '2026-12-29T18:00:00+00:00', '2026-12-30T10:00:00+00:00', 'swap'],
    ]);
    expect(shifts[0]!.override).toEqual({ entry: 1, reason: 'swap', note: 'Christmas', instead: 'eve' });
  });

  it('a one-night override replaces that night only', () => {
    const rota = testRota([{ rotation: 'on-call', from: '2026-06-08T18:00', to: '2026-06-09T10:00', cover: 'dee', reason: 'illness' }]);
    expect(onCall(rota, '2026-06-07T12:00:00+01:00', '2026-06-10T09:00:00+01:00')).toEqual([
      ['on-call', 'ana', '2026-06-05T18:00:00+01:00', '2026-06-08T10:00:00+01:00'],
      ['on-call', 'dee', '2026-06-08T18:00:00+01:00', '2026-06-09T10:00:00+01:00', 'illness'],
      ['on-call', 'ana', '2026-06-09T18:00:00+01:00', '2026-06-10T10:00:00+01:00'],
    ]);
  });

  it('an override across a handoff covers for a different person on each side of it', () => {
    const rota = testRota([{ rotation: 'on-call', from: '2026-06-09T18:00', to: '2026-06-11T10:00', cover: 'cai', reason: 'leave' }]);
    const shifts = shiftsBetween(rota, at('2026-06-09T12:00:00+01:00'), at('2026-06-12T09:00:00+01:00'), { rotations: ['on-call'] });
    expect(shifts.map((s) => [london(s.start), s.person, s.override?.instead])).toEqual([
      ['2026-06-09T18:00:00+01:00', 'cai', 'ana'],
      ['2026-06-10T18:00:00+01:00', 'cai', 'eve'],
      ['2026-06-11T18:00:00+01:00', 'eve', undefined],
    ]);
  });

  it('an override starting and ending inside a weekend splits the block in three', () => {
    const rota = testRota([{ rotation: 'on-call', from: '2026-06-13T12:00', to: '2026-06-14T12:00', cover: 'dee', reason: 'swap' }]);
    expect(onCall(rota, '2026-06-13T00:00:00+01:00', '2026-06-15T00:00:00+01:00')).toEqual([
      ['on-call', 'eve', '2026-06-12T18:00:00+01:00', '2026-06-13T12:00:00+01:00'],
      ['on-call', 'dee', '2026-06-13T12:00:00+01:00', '2026-06-14T12:00:00+01:00', 'swap'],
      ['on-call', 'eve', '2026-06-14T12:00:00+01:00', '2026-06-15T10:00:00+01:00'],
    ]);
  });

  it('a first-line override only touches working hours, even if written as whole days', () => {
    const rota = testRota([{ rotation: 'dev', from: '2026-06-08T00:00', to: '2026-06-09T00:00', cover: 'eve', reason: 'leave' }]);
    const shifts = shiftsBetween(rota, at('2026-06-08T00:00:00+01:00'), at('2026-06-10T00:00:00+01:00'), { rotations: ['dev'] });
    expect(readable(shifts)).toEqual([
      ['dev', 'eve', '2026-06-08T10:00:00+01:00', '2026-06-08T18:00:00+01:00', 'leave'],
      ['dev', 'ben', '2026-06-09T10:00:00+01:00', '2026-06-09T18:00:00+01:00'],
    ]);
  });
});

describe('gaps and the start and end of a rotation', () => {
  it('reports the hours before a rotation starts as a gap, and has no shifts there', () => {
    const late: Rotation = {
      turnWeeks: 1,
      changes: [],
      tier: 'secondary',
      id: 'late',
      name: 'Late',
      kind: 'on-call',
      start: '2026-06-10',
      handoff: { day: 'Wednesday', time: '10:00' },
      members: ['dee'],
    };
    const rota = testRota([], [late]);
    const { shifts, gaps } = expandRotation(rota, rota.rotation('late')!, at('2026-06-08T12:00:00+01:00'), at('2026-06-11T12:00:00+01:00'));
    expect(readable(shifts)).toEqual([['late', 'dee', '2026-06-10T18:00:00+01:00', '2026-06-11T10:00:00+01:00']]);
    expect(gaps.map((g) => [london(g.start), london(g.end)])).toEqual([
      ['2026-06-08T18:00:00+01:00', '2026-06-09T10:00:00+01:00'],
      ['2026-06-09T18:00:00+01:00', '2026-06-10T10:00:00+01:00'],
    ]);
  });

  it('stops at the handoff on its `until` day', () => {
    const ending: Rotation = {
      turnWeeks: 1,
      changes: [],
      tier: 'primary',
      id: 'ending',
      name: 'Ending',
      kind: 'first-line',
      start: '2026-01-07',
      until: '2026-02-04',
      handoff: { day: 'Wednesday', time: '10:00' },
      members: ['ana'],
    };
    const rota = testRota([], [ending]);
    const days = shiftsBetween(rota, at('2026-02-02T00:00:00Z'), at('2026-02-06T00:00:00Z'), { rotations: ['ending'] }).map((s) =>
      london(s.start).slice(0, 10),
    );
    expect(days).toEqual(['2026-02-02', '2026-02-03']);
  });
});

describe('properties over 2026 and 2027', () => {
  const rota = testRota([{ rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'cai', reason: 'swap' }]);
  const range = fc.tuple(
    fc.integer({ min: Date.parse('2026-01-05T00:00:00Z'), max: Date.parse('2027-12-01T00:00:00Z') }),
    fc.integer({ min: 1, max: 40 * 86_400_000 }),
  );

  it('first line and on call together cover every moment exactly once, back to back', () => {
    fc.assert(
      fc.property(range, ([from, length]) => {
        const shifts = shiftsBetween(rota, from, from + length, { rotations: ['dev', 'on-call'] });
        for (let i = 1; i < shifts.length; i++) expect(shifts[i]!.start).toBe(shifts[i - 1]!.end);
        expect(shifts[0]!.start).toBeLessThanOrEqual(from);
        expect(shifts.at(-1)!.end).toBeGreaterThanOrEqual(from + length);
      }),
      { numRuns: 60 },
    );
  });

  it('no shift crosses a turn boundary: each lies within one turn of its rotation', () => {
    fc.assert(
      fc.property(range, ([from, length]) => {
        for (const s of shiftsBetween(rota, from, from + length)) {
          const turn = turnAt(rota.rotation(s.rotation)!, s.start, rota.timeZone)!;
          expect(s.end).toBeLessThanOrEqual(turn.end);
        }
      }),
      { numRuns: 30 },
    );
  });
});
