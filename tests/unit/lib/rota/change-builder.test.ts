import { describe, expect, it } from 'vitest';
import { choicesFor, planCover, planSwap, swapOptions, weekRunAt } from '../../../../src/lib/rota/change-builder.ts';
import { checkChange } from '../../../../src/lib/rota/change-check.ts';
import type { Person } from '../../../../src/lib/rota/model.ts';
import { ROTA_FILES } from '../../../../src/lib/rota/problems.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { at, calendar } from '../../../support/calendar.ts';
import { london, people, rotations } from '../../../support/rota.ts';

// tests/support/rota.ts's team; on call by turns cai, dee, ana, eve from Wednesday 31 December 2025.
// The week from Wednesday 2 December 2026: dev ana, on call cai. From 9 December: on call dee; 16th: ana; 23rd: eve.
const gus: Person = { id: 'gus', name: 'Gus Hart', role: 'ops-engineer', onCall: true };
const data = {
  people: [...people, gus],
  rotations,
  overrides: [],
  absences: [{ entry: 1, person: 'ana', from: '2026-12-07', to: '2026-12-08', type: 'holiday' as const }],
};
const rota = createRota(data, calendar);
const now = at('2026-11-30T12:00:00Z');
const settings = { strictness: 'warn', planningHorizonWeeks: 13 } as const;

describe('choicesFor and weekRunAt', () => {
  it('offer each shift to come, and the week’s run where a week has several', () => {
    const choices = choicesFor(rota, 'ana', now, 2).filter((c) => c.rotation === 'dev');
    expect(choices[0]).toMatchObject({ rotation: 'dev', person: 'ana', shifts: 5 });
    expect([london(choices[0]!.start), london(choices[0]!.end)]).toEqual(['2026-12-02T10:00:00+00:00', '2026-12-08T18:00:00+00:00']);
    expect(choices.slice(1).every((c) => c.shifts === 1)).toBe(true);
    expect(choices).toHaveLength(6);
    const run = weekRunAt(rota, 'on-call', 'cai', at('2026-12-04T12:00:00Z'))!;
    expect([london(run.start), london(run.end), run.shifts]).toEqual(['2026-12-02T18:00:00+00:00', '2026-12-09T10:00:00+00:00', 5]);
  });
});

describe('planCover', () => {
  const anasDays = { rotation: 'dev', person: 'ana', start: at('2026-12-07T10:00:00Z'), end: at('2026-12-08T18:00:00Z'), shifts: 2 };

  it('writes the override and says what it does', () => {
    const result = planCover(
      rota,
      { ...anasDays, rotation: 'on-call', person: 'cai', start: at('2026-12-02T18:00:00Z'), end: at('2026-12-09T10:00:00Z'), shifts: 5 },
      'gus',
      { now, reason: 'leave', note: 'Cai away' },
    );
    expect(result).toEqual({
      ok: true,
      plan: {
        kind: 'cover',
        overrides: [
          { rotation: 'on-call', from: '2026-12-02T18:00', to: '2026-12-09T10:00', cover: 'gus', reason: 'leave', note: 'Cai away' },
        ],
        summary: ['Gus Hart covers Cai on On call, Wed 2 Dec, 18:00 to Wed 9 Dec, 10:00 (5 shifts).'],
        message: 'Rota: Gus Hart covers Cai on On call, Wed 2 Dec to Wed 9 Dec 2026',
      },
    });
  });

  it('refuses a shift that is over or has started, and produces nothing', () => {
    expect(planCover(rota, anasDays, 'gus', { now: at('2026-12-09T00:00:00Z'), reason: 'leave' })).toEqual({
      ok: false,
      problems: ['That shift (Mon 7 Dec, 10:00 to Tue 8 Dec, 18:00) is over. Only shifts still to come can be covered or swapped.'],
    });
    const started = planCover(rota, anasDays, 'gus', { now: at('2026-12-07T12:00:00Z'), reason: 'leave' });
    expect(started.ok).toBe(false);
    expect(!started.ok && started.problems[0]).toMatch(/has already started/);
  });

  it('refuses someone not eligible, saying why, and someone not on the rota', () => {
    expect(planCover(rota, anasDays, 'gus', { now, reason: 'leave' })).toEqual({
      ok: false,
      problems: [
        'Gus Hart cannot cover First-line developer then, as Gus Hart is an ops engineer; First-line developer is for developers. Nothing was produced.',
      ],
    });
    expect(planCover(rota, anasDays, 'nobody', { now, reason: 'leave' })).toEqual({
      ok: false,
      problems: ['“nobody” is not on the rota.'],
    });
  });
});

describe('swaps', () => {
  const caisWeek = { rotation: 'on-call', person: 'cai', start: at('2026-12-02T18:00:00Z'), end: at('2026-12-09T10:00:00Z'), shifts: 5 };

  it('offer nobody when every partner would do two weeks running or two rotations at once', () => {
    // With four on call, Eve (the week before) and Dee (after) are next to it; Ana is on first line that week.
    expect(swapOptions(rota, caisWeek, now)).toEqual([]);
  });

  // Cai's week from 30 December: Eve is on call the week before, Dee the week after; Ana's next week is from 13 January.
  const caisNewYear = weekRunAt(rota, 'on-call', 'cai', at('2026-12-31T12:00:00Z'))!;

  it('offer partners who could take the stretch with the other half of the swap in place', () => {
    const options = swapOptions(rota, caisNewYear, now);
    expect(options.map((o) => [o.candidate.person.id, london(o.theirs.start), london(o.theirs.end)])).toEqual([
      ['ana', '2027-01-13T18:00:00+00:00', '2027-01-20T10:00:00+00:00'],
    ]);
  });

  it('write both overrides, in date order, with a note each way', () => {
    const result = planSwap(rota, caisNewYear, 'ana', { now });
    expect(result.ok && result.plan.overrides).toEqual([
      { rotation: 'on-call', from: '2026-12-30T18:00', to: '2027-01-06T10:00', cover: 'ana', reason: 'swap', note: 'Swap with Cai' },
      { rotation: 'on-call', from: '2027-01-13T18:00', to: '2027-01-20T10:00', cover: 'cai', reason: 'swap', note: 'Swap with Ana' },
    ]);
    expect(result.ok && result.plan.summary).toEqual([
      `Ana takes Cai’s On call shifts, Wed 30 Dec, 18:00 to Wed 6 Jan, 10:00 (${caisNewYear.shifts} shifts).`,
      'In return, Cai takes Ana’s, Wed 13 Jan, 18:00 to Wed 20 Jan, 10:00 (5 shifts).',
    ]);
    expect(result.ok && result.plan.message).toBe(
      'Rota: Cai and Ana swap On call, Wed 30 Dec to Wed 6 Jan 2027 for Wed 13 Jan to Wed 20 Jan 2027',
    );
  });

  it('refuse a partner who would do two weeks running', () => {
    expect(planSwap(rota, caisNewYear, 'dee', { now })).toEqual({
      ok: false,
      problems: ['Dee cannot take Cai’s On call shifts, as Dee is on On call the week before or after. Nothing was produced.'],
    });
  });

  it('refuse a partner who is not eligible, saying why', () => {
    const result = planSwap(rota, caisWeek, 'ben', { now });
    expect(result).toEqual({
      ok: false,
      problems: ['Ben cannot take Cai’s On call shifts, as Ben has not opted in to on call. Nothing was produced.'],
    });
  });
});

describe('checkChange', () => {
  const context = { calendar, settings, now, files: ROTA_FILES };

  it('gives the YAML for overrides.yaml and what the change clears', () => {
    const ivy: Person = { id: 'ivy', name: 'Ivy', role: 'developer', onCall: false };
    const withIvy = { ...data, people: [...data.people, ivy] };
    const check = checkChange(
      withIvy,
      [{ rotation: 'dev', from: '2026-12-07T10:00', to: '2026-12-08T18:00', cover: 'ivy', reason: 'leave', note: 'Ana: away' }],
      context,
    );
    expect(check.yaml).toBe(
      '- rotation: dev\n  from: 2026-12-07T10:00\n  to: 2026-12-08T18:00\n  cover: ivy\n  reason: leave\n  note: "Ana: away"\n',
    );
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.cleared).toHaveLength(1);
    expect(check.cleared[0]).toMatch(/^content\/rota\/absences\.yaml, entry 1 \(ana, 2026-12-07 to 2026-12-08\): "ana" \(Ana\) is away/);
  });

  it('reports what the build would refuse, as the build says it', () => {
    const check = checkChange(
      data,
      [{ rotation: 'on-call', from: '2026-12-02T18:00', to: '2026-12-09T10:00', cover: 'ben', reason: 'swap' }],
      context,
    );
    expect(check.errors).toEqual([
      'content/rota/overrides.yaml, entry 1 (on-call, 2026-12-02T18:00 to 2026-12-09T10:00): the cover "ben" (Ben) has not opted in to on call; only people with onCall: true in content/rota/people.yaml can be on "on-call"',
    ]);
    expect(
      checkChange(data, [{ rotation: 'on-call', from: '2026-12-02T18:00', to: '2026-02-30T10:00', cover: 'dee', reason: 'swap' }], context)
        .errors,
    ).toEqual(['content/rota/overrides.yaml, new entry, 0.to: must be a UK local date and time like 2026-12-23T10:00']);
  });
});
