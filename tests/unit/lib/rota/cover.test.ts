import { describe, expect, it } from 'vitest';
import { assessCover, type CoverRequest } from '../../../../src/lib/rota/cover.ts';
import type { LoadMeasure } from '../../../../src/lib/rota/cover-load.ts';
import { recentShiftLoad } from '../../../../src/lib/rota/cover-load.ts';
import type { Absence } from '../../../../src/lib/rota/absences.ts';
import type { Override, Person } from '../../../../src/lib/rota/model.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { at, calendar } from '../../../support/calendar.ts';
import { people, rotations } from '../../../support/rota.ts';

// tests/support/rota.ts's team. In the week from Wednesday 2 December 2026: dev ana, ops fay,
// on call cai. The week before: dev eve, ops dee, on call eve. The week after: dev ben, ops cai, on call dee.
const extra: Person[] = [
  { id: 'gus', name: 'Gus', role: 'ops-engineer', onCall: true },
  { id: 'hal', name: 'Hal', role: 'ops-engineer', onCall: true },
  { id: 'ivy', name: 'Ivy', role: 'developer', onCall: true },
];
const absences: Absence[] = [{ entry: 1, person: 'hal', from: '2026-12-05', to: '2026-12-05', type: 'holiday' }];
// Ivy has covered a week of on call this year, so she ranks after Gus, who has none.
const overrides: Override[] = [
  { entry: 1, rotation: 'on-call', from: '2026-06-03T10:00', to: '2026-06-10T10:00', cover: 'ivy', reason: 'swap' },
];
const rota = createRota({ people: [...people, ...extra], rotations, overrides, absences }, calendar);

const onCallWeek: CoverRequest = {
  rotation: 'on-call',
  start: at('2026-12-02T10:00:00Z'),
  end: at('2026-12-09T10:00:00Z'),
  instead: 'cai',
};

function reasonsOf(request: CoverRequest, id: string) {
  return (
    assessCover(rota, request)
      .ineligible.find((i) => i.person.id === id)
      ?.reasons.map((r) => r.code) ?? []
  );
}

describe('assessCover: each eligibility rule', () => {
  it('leaves out the person being covered', () => {
    expect(reasonsOf(onCallWeek, 'cai')).toContain('covered');
  });

  it('needs the rotation’s role', () => {
    const devDay: CoverRequest = { rotation: 'dev', start: at('2026-12-03T10:00:00Z'), end: at('2026-12-03T18:00:00Z'), instead: 'ana' };
    expect(reasonsOf(devDay, 'gus')).toEqual(['role']);
    const { reason } = assessCover(rota, devDay).ineligible.find((i) => i.person.id === 'gus')!.reasons[0]!;
    expect(reason).toBe('is an ops engineer; First-line developer is for developers');
  });

  it('needs an opt-in for on call', () => {
    expect(reasonsOf(onCallWeek, 'ben')).toEqual(['not-opted-in']);
  });

  it('leaves out anyone away at any time in the stretch', () => {
    expect(reasonsOf(onCallWeek, 'hal')).toEqual(['absent']);
    // The same person, for a night before their day away, is free.
    const night: CoverRequest = { ...onCallWeek, start: at('2026-12-02T18:00:00Z'), end: at('2026-12-03T10:00:00Z') };
    expect(reasonsOf(night, 'hal')).toEqual([]);
  });

  it('leaves out anyone holding another rotation then, a turn counting as well as its shifts', () => {
    // Ana is on first line that week: her days do not overlap on call's nights, but her turn does.
    expect(reasonsOf(onCallWeek, 'ana')).toEqual(['other-rotation']);
    expect(assessCover(rota, onCallWeek).ineligible.find((i) => i.person.id === 'ana')!.reasons[0]!.reason).toBe(
      'is on First-line developer then',
    );
  });

  it('leaves out anyone already on the same rotation then', () => {
    const devDay: CoverRequest = { rotation: 'dev', start: at('2026-12-03T10:00:00Z'), end: at('2026-12-03T18:00:00Z') };
    expect(reasonsOf(devDay, 'ana')).toEqual(['already-on']);
  });

  it('leaves out anyone on the same rotation the week before or the week after', () => {
    expect(reasonsOf(onCallWeek, 'eve')).toEqual(['adjacent-turn']); // the week before
    expect(reasonsOf(onCallWeek, 'dee')).toEqual(['adjacent-turn']); // the week after
  });

  it('ranks the eligible by recent load, least first, with the figure in words', () => {
    const { eligible } = assessCover(rota, onCallWeek);
    expect(eligible.map((c) => c.person.id)).toEqual(['gus', 'ivy']);
    expect(eligible.map((c) => c.load.text)).toEqual([
      '0 on-call shifts in the last 12 months',
      `${eligible[1]!.load.value} on-call shifts in the last 12 months`,
    ]);
    expect(eligible[1]!.load.value).toBeGreaterThan(0);
  });

  it('takes its load figure from one replaceable function', () => {
    const reversed: LoadMeasure = (r, id, rotation, when) => {
      const { value } = recentShiftLoad(r, id, rotation, when);
      return { value: -value, text: `${-value}` };
    };
    expect(assessCover(rota, onCallWeek, { load: reversed }).eligible.map((c) => c.person.id)).toEqual(['ivy', 'gus']);
  });

  it('counts load of the same kind of duty only, over the 12 months before', () => {
    const rotation = rota.rotation('on-call')!;
    // Ivy's week on call in June: its on-call shifts (a block each night, one over the weekend).
    expect(recentShiftLoad(rota, 'ivy', rotation, at('2026-12-01T00:00:00Z')).value).toBe(5);
    expect(recentShiftLoad(rota, 'ivy', rotation, at('2027-07-01T00:00:00Z')).value).toBe(0);
    expect(recentShiftLoad(rota, 'ivy', rota.rotation('dev')!, at('2026-12-01T00:00:00Z')).value).toBe(0);
  });
});
