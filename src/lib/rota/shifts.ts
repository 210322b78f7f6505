import { holdingsBetween } from './assignments.ts';
import { coverHoursBetween } from './cover-hours.ts';
import type { Shift, Span } from './model.ts';
import type { Rota, RotaRotation } from './rota.ts';

export interface ShiftFilter {
  /** Only these rotations (ids); all when absent. */
  rotations?: readonly string[] | undefined;
  /** Only this person's shifts. */
  person?: string | undefined;
}

/**
 * Every shift overlapping [from, to), whole, sorted by start and then by the rotation's place in
 * rotations.yaml. A first-line shift is one working day's hours; an on-call shift is one
 * out-of-hours block. Either is split where a handoff or an override boundary falls inside it.
 */
export function shiftsBetween(rota: Rota, from: number, to: number, filter: ShiftFilter = {}): Shift[] {
  const order = new Map(rota.rotations.map((r, i) => [r.id, i]));
  const shifts: Shift[] = [];
  for (const rotation of rota.rotations) {
    if (filter.rotations && !filter.rotations.includes(rotation.id)) continue;
    for (const shift of expandRotation(rota, rotation, from, to).shifts) {
      if (!filter.person || shift.person === filter.person) shifts.push(shift);
    }
  }
  return shifts.sort((a, b) => a.start - b.start || order.get(a.rotation)! - order.get(b.rotation)!);
}

/** One rotation's shifts overlapping [from, to), and the hours it should cover but nobody holds. */
export function expandRotation(rota: Rota, rotation: RotaRotation, from: number, to: number): { shifts: Shift[]; gaps: Span[] } {
  const hours = coverHoursBetween(rotation.kind, rota.calendar, from, to);
  const shifts: Shift[] = [];
  const gaps: Span[] = [];
  if (hours.length === 0) return { shifts, gaps };
  // Holdings over the whole of the first and last blocks, so blocks come back unclipped.
  const holdings = holdingsBetween(rotation, hours[0]!.start, hours[hours.length - 1]!.end, rota.timeZone);
  let h = 0;
  for (const block of hours) {
    let cursor = block.start;
    while (h < holdings.length && holdings[h]!.end <= block.start) h++;
    for (let i = h; i < holdings.length && holdings[i]!.start < block.end; i++) {
      const holding = holdings[i]!;
      const start = Math.max(block.start, holding.start);
      const end = Math.min(block.end, holding.end);
      if (start > cursor) gaps.push({ start: cursor, end: start });
      const piece: Shift = { rotation: rotation.id, person: holding.person, start, end };
      if (holding.override) piece.override = holding.override;
      shifts.push(piece);
      cursor = end;
    }
    if (cursor < block.end) gaps.push({ start: cursor, end: block.end });
  }
  const overlaps = (s: Span) => s.start < to && s.end > from;
  return { shifts: shifts.filter(overlaps), gaps: gaps.filter(overlaps) };
}
