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
  const at = locate(rotation, instant, timeZone);
  return at && nthTurn(rotation, at.segment, at.n);
}

/** Turns overlapping [from, to), in order, whole (not clipped to the range). */
export function turnsBetween(rotation: RotaRotation, from: number, to: number, timeZone: string): Turn[] {
  const turns: Turn[] = [];
  const first = rotation.segments[0];
  if (!first) return turns;
  const at = locate(rotation, Math.max(from, first.start), timeZone);
  if (!at) return turns;
  // Step from turn to turn rather than converting each instant back to a date.
  let { segment, n } = at;
  for (let turn = nthTurn(rotation, segment, n); turn.start < to; turn = nthTurn(rotation, segment, n)) {
    turns.push(turn);
    if (turn.end >= rotation.endsAt) break;
    const next = rotation.segments[segment + 1];
    if (next && turn.end >= next.start) {
      segment += 1;
      n = 0;
    } else {
      n += 1;
    }
  }
  return turns;
}

/** Which segment, and which turn of it (from 0), is in progress at `instant`. */
function locate(rotation: RotaRotation, instant: number, timeZone: string): { segment: number; n: number } | undefined {
  if (instant >= rotation.endsAt) return undefined;
  const { segments, turnDays } = rotation;
  let segment = segments.length - 1;
  while (segment >= 0 && segments[segment]!.start > instant) segment--;
  if (segment < 0) return undefined;
  const date = segments[segment]!.date;
  // Whole turns from the segment's first handoff by local date, less one for an instant on a
  // handoff day before the handoff time.
  let n = Math.floor(daysBetween(date, toZoned(instant, timeZone).date) / turnDays);
  if (rotation.handoffOn(addDays(date, n * turnDays)) > instant) n -= 1;
  return { segment, n };
}

/** Turn `n` of a segment, cut short by the next segment or the rotation's end. */
function nthTurn(rotation: RotaRotation, segment: number, n: number): Turn {
  const { date, members } = rotation.segments[segment]!;
  const days = rotation.turnDays;
  const start = rotation.handoffOn(addDays(date, n * days));
  const end = Math.min(
    rotation.handoffOn(addDays(date, (n + 1) * days)),
    rotation.segments[segment + 1]?.start ?? Infinity,
    rotation.endsAt,
  );
  return { rotation: rotation.id, person: members[n % members.length]!, start, end };
}
