import type { Rota, RotaRotation } from './rota.ts';
import { shiftsBetween } from './shifts.ts';

const YEAR = 365 * 86_400_000;

/** How much of a kind of duty someone has had lately: ranks who is asked to cover first. */
export interface CoverLoad {
  value: number;
  /** The figure in words, e.g. "12 on-call shifts in the last 12 months". */
  text: string;
}

/**
 * The one place cover suggestions get their load figure. Today: shifts of the same kind as the
 * rotation (on call, or first line) in the 12 months before `at`. A fairer measure (hours, nights,
 * weekends) can replace this function without touching the ranking.
 */
export type LoadMeasure = (rota: Rota, personId: string, rotation: RotaRotation, at: number) => CoverLoad;

const counts = new WeakMap<Rota, Map<string, Map<string, number>>>();

export const recentShiftLoad: LoadMeasure = (rota, personId, rotation, at) => {
  let byKey = counts.get(rota);
  if (!byKey) counts.set(rota, (byKey = new Map()));
  const key = `${rotation.kind} ${at}`;
  let byPerson = byKey.get(key);
  if (!byPerson) {
    byPerson = new Map();
    const ids = rota.rotations.filter((r) => r.kind === rotation.kind).map((r) => r.id);
    for (const shift of shiftsBetween(rota, at - YEAR, at, { rotations: ids })) {
      if (shift.start >= at - YEAR) byPerson.set(shift.person, (byPerson.get(shift.person) ?? 0) + 1);
    }
    byKey.set(key, byPerson);
  }
  const value = byPerson.get(personId) ?? 0;
  const what = rotation.kind === 'on-call' ? 'on-call shift' : 'first-line day';
  return { value, text: `${value} ${what}${value === 1 ? '' : 's'} in the last 12 months` };
};
