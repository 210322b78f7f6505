import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fairnessWindows, loadByPerson, outOfHoursMinutes } from '../../../../src/lib/fairness/load.ts';
import { checkFairness, judgingWeeks } from '../../../../src/lib/fairness/checks.ts';
import { loadDocument } from '../../../../src/lib/fairness/api.ts';
import { formatDataProblem as formatProblem } from '../../../../src/lib/data-files/problems.ts';
import { ROTA_FILES } from '../../../../src/lib/rota/problems.ts';
import { sampleRota } from '../../../support/on-call.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const settings = { strictness: 'warn' as const, planningHorizonWeeks: 13, onCallShareLimit: 0.3 };
const byId = (window: { from: number; to: number }) => new Map(loadByPerson(sampleRota(), window).map((l) => [l.person, l]));

describe('load by person', () => {
  it('December 2026 to January 2027 (Christmas): the swap moves the weeks, days and bank holidays to Aoife', () => {
    // Wed 16 Dec 10:00 to Wed 20 Jan 10:00: five rota weeks.
    const loads = byId({ from: Date.parse('2026-12-16T10:00:00Z'), to: Date.parse('2027-01-20T10:00:00Z') });
    const aoife = loads.get('aoife-brennan')!;
    expect(aoife).toMatchObject({
      onCallWeeks: 2,
      onCallWeeksByLine: { first: 2, second: 0 },
      weekendDays: 4,
      bankHolidayDays: 2,
      nights: 14,
      swapsTaken: 1,
      swapsGiven: 1,
    });
    const tomasz = loads.get('tomasz-wojcik')!;
    // His Christmas week went to Aoife; he took her week of 13 January.
    expect(tomasz).toMatchObject({ onCallWeeks: 1, bankHolidayDays: 0, swapsGiven: 1, swapsTaken: 1 });
    // Kwame: second line over Christmas, first line over New Year.
    expect(loads.get('kwame-mensah')).toMatchObject({ onCallWeeks: 2, onCallWeeksByLine: { first: 1, second: 1 }, bankHolidayDays: 3 });
    // People not on call still appear, with their first-line weeks.
    expect(loads.get('priya-raman')).toMatchObject({ onCallWeeks: 0, share: 0, firstLineWeeks: 1 });
  });

  it('the shares of one line add up to one whenever someone is always on it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-07T10:00:00Z'), max: Date.parse('2027-06-01T00:00:00Z') }),
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        (from, minutes) => {
          const window = { from, to: from + minutes * 60_000 };
          if (outOfHoursMinutes(sampleRota(), window) === 0) return;
          const loads = loadByPerson(sampleRota(), window);
          const total = loads.reduce((t, l) => t + l.share, 0);
          // Two lines, each always held: the shares add up to two.
          expect(total).toBeCloseTo(2, 9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the last 12 months and the planned weeks meet at the build', () => {
    const { past, planned } = fairnessWindows(sampleRota(), NOW, 13);
    expect(past.to).toBe(NOW);
    expect(planned.from).toBe(NOW);
    expect(new Date(past.from).toISOString()).toBe('2025-12-01T12:00:00.000Z');
    expect(new Date(planned.to).toISOString()).toBe('2027-03-02T12:00:00.000Z');
  });
});

describe('fairness checks', () => {
  it('the sample team: Kwame over the limit and on call two weeks in a row; the Christmas swap puts Aoife on two weeks running', () => {
    const problems = checkFairness(sampleRota(), NOW, settings, ROTA_FILES).map(formatProblem);
    expect(problems).toContain(
      'content/rota/rotations.yaml, person "kwame-mensah" (on "on-call" and "on-call-second-line"): Kwame Mensah is on call for 51% of the out-of-hours time in the next 16 weeks (the 13-week horizon rounded up to whole turns of their rotation), above the 30% limit (onCallShareLimit in content/rota/settings.yaml)',
    );
    expect(problems).toContain(
      'content/rota/overrides.yaml, entry 3 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00): "aoife-brennan" (Aoife Brennan) is on call two weeks in a row: "on-call" in the week from Wed 16 Dec (their turn), then "on-call" in the week from Wed 23 Dec (override 3, swap: Christmas swap with Tomasz) (if both people agreed to this swap it can stay; otherwise swap with someone whose turn is not next to theirs)',
    );
    expect(problems).toContain(
      'content/rota/rotations.yaml, rotation "on-call": "kwame-mensah" (Kwame Mensah) is on call two weeks in a row: "on-call-second-line" in the week from Wed 23 Dec (their turn), then "on-call" in the week from Wed 30 Dec (their turn) (change the order in rotations.yaml so their turns on the on-call rotations are not in neighbouring weeks)',
    );
    expect(problems.filter((p) => p.includes('members'))).toEqual([]);
  });

  it('judges each share over whole turns of the rotation: four people weekly over a 13-week horizon, 16 weeks', () => {
    const rota = sampleRota();
    expect(judgingWeeks(rota, 'aoife-brennan', NOW, 13)).toBe(16);
    expect(judgingWeeks(rota, 'aoife-brennan', NOW, 16)).toBe(16);
    expect(judgingWeeks(rota, 'aoife-brennan', NOW, 17)).toBe(20);
    // Not on an on-call rotation: the horizon as it is.
    expect(judgingWeeks(rota, 'nobody-on-call', NOW, 13)).toBe(13);
  });

  it('a rotation too small to stay under the limit', () => {
    const problems = checkFairness(sampleRota(), NOW, { ...settings, onCallShareLimit: 0.2 }, ROTA_FILES).map(formatProblem);
    expect(problems).toContain(
      'content/rota/rotations.yaml, rotation "on-call": it has 4 members, so each is on call 25% of the time, above the 20% limit (onCallShareLimit in content/rota/settings.yaml); it needs at least 5 members',
    );
  });

  it('strictness: error makes them errors', () => {
    expect(checkFairness(sampleRota(), NOW, { ...settings, strictness: 'error' }, ROTA_FILES).every((p) => p.severity === 'error')).toBe(
      true,
    );
  });

  it('the API document has hours and counts, never money', () => {
    const doc = loadDocument(sampleRota(), NOW, settings);
    expect(doc.onCallShareLimit).toBe(0.3);
    const kwame = doc.people.find((p) => p.id === 'kwame-mensah')!;
    expect(kwame.planned).toMatchObject({ onCallWeeks: 8, firstLineOnCallWeeks: 4, secondLineOnCallWeeks: 4, overLimit: true });
    expect(JSON.stringify(doc)).not.toMatch(/£|"(amount|rate|baseRate|pay|currency|total)"/i);
  });
});
