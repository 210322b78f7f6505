import { describe, expect, it } from 'vitest';
import { peopleDocument, shiftId, shiftsDocument } from '../../../../src/lib/rota/api.ts';
import { bundleRota, rotaFromBundle } from '../../../../src/lib/rota/bundle.ts';
import { shiftsBetween } from '../../../../src/lib/rota/shifts.ts';
import { at, calendar, englandAndWales } from '../../../support/calendar.ts';
import { testRota } from '../../../support/rota.ts';

describe('the JSON API documents', () => {
  const rota = testRota([
    { rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'cai', reason: 'swap', note: 'Christmas' },
  ]);

  it('shifts carry UK-offset times, a stable id and any override', () => {
    const doc = shiftsDocument(rota, at('2026-12-24T12:00:00Z'), at('2026-12-25T00:00:00Z'), at('2026-11-30T06:00:00Z'));
    expect(doc).toMatchObject({
      version: 1,
      generatedAt: '2026-11-30T06:00:00.000Z',
      timeZone: 'Europe/London',
      from: '2026-12-24T12:00:00+00:00',
    });
    expect(doc.shifts).toEqual([
      {
        id: 'dev/2026-12-24T10:00:00Z',
        rotation: 'dev',
        kind: 'first-line',
        person: 'ana',
        start: '2026-12-24T10:00:00+00:00',
        end: '2026-12-24T18:00:00+00:00',
        override: null,
      },
      {
        id: 'ops/2026-12-24T10:00:00Z',
        rotation: 'ops',
        kind: 'first-line',
        person: 'fay',
        start: '2026-12-24T10:00:00+00:00',
        end: '2026-12-24T18:00:00+00:00',
        override: null,
      },
      {
        id: 'on-call/2026-12-24T18:00:00Z',
        rotation: 'on-call',
        kind: 'on-call',
        person: 'cai',
        start: '2026-12-24T18:00:00+00:00',
        end: '2026-12-29T10:00:00+00:00',
        override: { reason: 'swap', note: 'Christmas', instead: 'eve' },
      },
    ]);
    expect(doc.rotations[2]).toEqual({
      id: 'on-call',
      name: 'On call',
      kind: 'on-call',
      tier: 'primary',
      role: null,
      turnWeeks: 1,
      handoff: { day: 'Wednesday', time: '10:00' },
    });
  });

  it('summer shifts have the +01:00 offset and ids in UTC', () => {
    const [shift] = shiftsBetween(rota, at('2026-07-01T12:00:00+01:00'), at('2026-07-01T12:00:01+01:00'), { rotations: ['dev'] });
    expect(shiftId(shift!)).toBe('dev/2026-07-01T09:00:00Z');
  });

  it('people keep their names exactly and give null for a missing email', () => {
    const doc = peopleDocument(rota, 0);
    expect(doc.people[0]).toEqual({ id: 'ana', name: 'Ana', role: 'developer', onCall: true, email: null });
  });
});

describe('the browser bundle', () => {
  it('drops email addresses and rebuilds a rota that gives the same shifts', () => {
    const data = {
      ...testRota().data,
      people: [
        { id: 'zoe', name: "Zoë O'Neill", role: 'developer' as const, onCall: true, email: 'zoe@example.gov.uk' },
        ...testRota().data.people,
      ],
    };
    const bundle = bundleRota(data, calendar.hours, englandAndWales);
    expect(JSON.stringify(bundle)).not.toContain('@');
    const again = rotaFromBundle(JSON.parse(JSON.stringify(bundle)));
    const range = [at('2026-12-20T00:00:00Z'), at('2027-01-10T00:00:00Z')] as const;
    expect(shiftsBetween(again, ...range)).toEqual(shiftsBetween(testRota(), ...range));
    expect(again.nameOf('zoe')).toBe("Zoë O'Neill");
  });

  it("carries the zone's offsets for a year either side of the build, so the browser need not load zone data", () => {
    const now = at('2026-12-01T12:00:00Z');
    const { offsets } = bundleRota(testRota().data, calendar.hours, englandAndWales, now);
    expect(offsets).toMatchObject({ timeZone: 'Europe/London', from: now - 366 * 86_400_000, to: now + 366 * 86_400_000 });
    expect(offsets!.changes.map(([instant, offset]) => [new Date(instant).toISOString(), offset])).toEqual([
      [new Date(now - 366 * 86_400_000).toISOString(), 0],
      ['2026-03-29T01:00:00.000Z', 60],
      ['2026-10-25T01:00:00.000Z', 0],
      ['2027-03-28T01:00:00.000Z', 60],
      ['2027-10-31T01:00:00.000Z', 0],
    ]);
  });
});
