import { addDays, daysBetween } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import type { RotaRotation } from './rota.ts';

/** One person's turn on a rotation by its order alone, before overrides: [start, end). */
export interface Turn {
  rotation: string;
  person: string;
  start: number;
  end: number;
}

/** The turn in progress at `instant`, or undefined before the rotation starts or after it ends. */
export function turnAt(rotation: RotaRotation, instant: number, timeZone: string): Turn | undefined {
  if (instant >= rotation.endsAt) return undefined;
  const { segments } = rotation;
  let index = segments.length - 1;
  while (index >= 0 && segments[index]!.start > instant) index--;
  if (index < 0) return undefined;
  const segment = segments[index]!;
  const nextSegmentStart = segments[index + 1]?.start ?? Infinity;
  const { turnDays } = rotation;
  // Count whole turns from the segment's first handoff by local date, then correct for an
  // instant on a handoff day but before the handoff time.
  let turn = Math.floor(daysBetween(segment.date, toZoned(instant, timeZone).date) / turnDays);
  let start = rotation.handoffOn(addDays(segment.date, turn * turnDays));
  if (start > instant) {
    turn -= 1;
    start = rotation.handoffOn(addDays(segment.date, turn * turnDays));
  }
  const end = Math.min(rotation.handoffOn(addDays(segment.date, (turn + 1) * turnDays)), nextSegmentStart, rotation.endsAt);
  return { rotation: rotation.id, person: segment.members[turn % segment.members.length]!, start, end };
}

/** Turns overlapping [from, to), in order, whole (not clipped to the range). */
export function turnsBetween(rotation: RotaRotation, from: number, to: number, timeZone: string): Turn[] {
  const turns: Turn[] = [];
  const first = rotation.segments[0];
  if (!first) return turns;
  let turn = turnAt(rotation, Math.max(from, first.start), timeZone);
  while (turn && turn.start < to) {
    turns.push(turn);
    turn = turnAt(rotation, turn.end, timeZone);
  }
  return turns;
}
