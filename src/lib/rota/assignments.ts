import type { Shift } from './model.ts';
import type { RotaRotation } from './rota.ts';
import { turnsBetween } from './turns.ts';

/**
 * Who holds a rotation over time, with overrides applied: the rotation's order, replaced by the
 * covering person wherever an override applies. Pieces are split at every handoff and at every
 * override boundary, and clipped to the range asked for. Times no one holds are simply absent.
 */
export type Holding = Shift;

export function holdingsBetween(rotation: RotaRotation, from: number, to: number, timeZone: string): Holding[] {
  const turns = turnsBetween(rotation, from, to, timeZone);
  const overrides = rotation.overrides.filter((o) => o.start < to && o.end > from && o.end > o.start);
  const cuts = new Set<number>([from, to]);
  for (const t of turns) cuts.add(Math.max(from, t.start)).add(Math.min(to, t.end));
  for (const o of overrides) cuts.add(Math.max(from, o.start)).add(Math.min(to, o.end));
  const points = [...cuts].sort((a, b) => a - b);

  const holdings: Holding[] = [];
  let ti = 0;
  let oi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (ti < turns.length && turns[ti]!.end <= start) ti++;
    while (oi < overrides.length && overrides[oi]!.end <= start) oi++;
    const turn = turns[ti] && turns[ti]!.start <= start ? turns[ti] : undefined;
    // Overlapping overrides are a validation error; should they get through, the earliest wins.
    const override = overrides.slice(oi).find((o) => o.start <= start && o.end > start);
    if (override) {
      holdings.push({
        rotation: rotation.id,
        person: override.cover,
        start,
        end,
        override: { entry: override.entry, reason: override.reason, note: override.note, instead: turn?.person },
      });
    } else if (turn) {
      holdings.push({ rotation: rotation.id, person: turn.person, start, end });
    }
  }
  return holdings;
}

/** The holding at `instant`, if anyone holds the rotation then. */
export function holderAt(rotation: RotaRotation, instant: number, timeZone: string): Holding | undefined {
  return holdingsBetween(rotation, instant, instant + 1, timeZone)[0];
}
