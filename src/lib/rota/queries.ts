import { holderAt, type Holding } from './assignments.ts';
import type { Shift } from './model.ts';
import type { Rota, RotaRotation } from './rota.ts';
import { shiftsBetween } from './shifts.ts';
import { turnAt } from './turns.ts';

const DAY = 86_400_000;
/** How far ahead a "next shift" is looked for before giving up. */
const SEARCH_DAYS = 400;

export interface RotationStatus {
  rotation: RotaRotation;
  /** The shift in progress at the instant, if any: on call has none in working hours, first line none outside them. */
  current?: Shift | undefined;
  /** The first shift starting after the instant. */
  next?: Shift | undefined;
}

/** Who is on each rotation at `instant`, and who is next. */
export function statusAt(rota: Rota, instant: number, rotationIds?: readonly string[]): RotationStatus[] {
  return rota.rotations
    .filter((r) => !rotationIds || rotationIds.includes(r.id))
    .map((rotation) => {
      const current = shiftsBetween(rota, instant, instant + 1, { rotations: [rotation.id] })[0];
      const next = firstShift(rota, instant, (s) => s.start > instant, { rotations: [rotation.id] });
      return { rotation, current, next };
    });
}

export interface HandoffChange {
  rotation: RotaRotation;
  /** Who holds the rotation just before and just after, overrides included. */
  from?: Holding | undefined;
  to?: Holding | undefined;
}

/** The first handoff after `instant` on any rotation, and every rotation that hands off then. */
export function nextHandoff(rota: Rota, instant: number): { at: number; changes: HandoffChange[] } | undefined {
  const boundaries = rota.rotations.map((rotation) => {
    const turn = turnAt(rotation, instant, rota.timeZone);
    if (turn) return turn.end;
    const first = rotation.segments[0];
    return first && first.start > instant ? first.start : Infinity;
  });
  const at = Math.min(...boundaries);
  if (!Number.isFinite(at)) return undefined;
  const changes = rota.rotations
    .filter((_, i) => boundaries[i] === at)
    .map((rotation) => ({ rotation, from: holderAt(rotation, at - 1, rota.timeZone), to: holderAt(rotation, at, rota.timeZone) }));
  return { at, changes };
}

/** A person's shifts from `instant` on (including one in progress), at most `limit` of them. */
export function nextShiftsOf(rota: Rota, personId: string, instant: number, limit = 10): Shift[] {
  const found: Shift[] = [];
  for (let from = instant; from < instant + SEARCH_DAYS * DAY && found.length < limit; from += 28 * DAY) {
    for (const shift of shiftsBetween(rota, from, from + 28 * DAY, { person: personId })) {
      // A shift overlapping two chunks comes back twice: keep it from the chunk it starts in.
      if (shift.end > instant && (shift.start >= from || from === instant)) found.push(shift);
    }
  }
  return found.slice(0, limit);
}

function firstShift(rota: Rota, instant: number, accept: (s: Shift) => boolean, filter: { rotations: string[] }): Shift | undefined {
  for (let from = instant, span = 14 * DAY; from < instant + SEARCH_DAYS * DAY; from += span, span = 56 * DAY) {
    const hit = shiftsBetween(rota, from, from + span, filter).find(accept);
    if (hit) return hit;
  }
  return undefined;
}
