import { createWorkingCalendar, type WorkingCalendar, type WorkingHours } from '../calendar/working-hours.ts';
import { coverHoursBetween } from '../rota/cover-hours.ts';
import type { RotationKind, Span } from '../rota/model.ts';
import { resolveWallTime, toZoned, formatClockTime } from '../time/zoned-time.ts';
import { OpsgenieInputError, type Period, type TimelineRotation } from './input.ts';

/** Who holds a stretch of a rotation: a user by e-mail, or (not mappable) a team, escalation or nobody. */
export interface Piece extends Span {
  /** The user's e-mail, or a label like `team "Platform"` for other recipients. */
  who: string;
  user: boolean;
  /** Opsgenie marked it as an override. */
  override: boolean;
  /** Opsgenie marked it historical (in the past), which hides whether it was an override. */
  historical: boolean;
  path: string;
}

/**
 * Opsgenie's time restrictions repeat every week and know nothing of bank holidays, so the
 * importer reads its periods against the same working hours without them; the differences the
 * site's bank holidays make are reported, not hidden.
 */
export function calendarWithoutHolidays(hours: WorkingHours): WorkingCalendar {
  return createWorkingCalendar(hours, {
    get: () => undefined,
    publishedFrom: '9999-01-01',
    publishedUntil: '0000-12-31',
    between: () => [],
  });
}

/** Resolves a user recipient to an e-mail address, or throws naming the JSON path. */
export type UserResolver = (recipient: Period['recipient'], file: string, path: string) => string;

/**
 * A rotation's periods as pieces: checked (no overlaps, whole minutes, not in a repeated hour),
 * clipped to the timeline's window, and with neighbours for the same recipient joined, which
 * undoes Opsgenie's split of a period at the moment of the request.
 */
export function rotationPieces(
  rotation: TimelineRotation,
  window: Span,
  file: string,
  timeZone: string,
  resolveUser: UserResolver,
): { pieces: Piece[]; outside: number } {
  const periods = [...rotation.periods].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < periods.length; i++) {
    const a = periods[i - 1]!;
    const b = periods[i]!;
    if (b.start < a.end) {
      throw new OpsgenieInputError(
        file,
        b.path,
        `this period (${iso(b.start)} to ${iso(b.end)}) overlaps ${a.path} (${iso(a.start)} to ${iso(a.end)}) in rotation "${rotation.name}"; a rotation has one person at a time`,
      );
    }
  }
  let outside = 0;
  const pieces: Piece[] = [];
  for (const p of periods) {
    const start = Math.max(p.start, window.start);
    const end = Math.min(p.end, window.end);
    if (end <= start) {
      outside++;
      continue;
    }
    const user = p.recipient.type === 'user';
    const who = user
      ? resolveUser(p.recipient, file, `${p.path}.recipient`)
      : `${p.recipient.type} "${p.recipient.name ?? p.recipient.id ?? '?'}"`;
    const piece: Piece = { start, end, who, user, override: p.type === 'override', historical: p.type === 'historical', path: p.path };
    const last = pieces.at(-1);
    // A past period is "historical" whatever it was, so across the request instant an override
    // continues as a historical period followed by an override one.
    if (last && last.end === start && last.who === who && (last.override === piece.override || last.historical || piece.historical)) {
      last.end = end;
      if (last.historical) last.override = piece.override;
      last.historical &&= piece.historical;
    } else pieces.push(piece);
  }
  for (const piece of pieces) {
    for (const [field, instant] of [
      ['startDate', piece.start],
      ['endDate', piece.end],
    ] as const) {
      if (instant === window.start || instant === window.end) continue;
      if (instant % 60_000 !== 0) {
        throw new OpsgenieInputError(
          file,
          `${piece.path}.${field}`,
          `${iso(instant)} is not on a whole minute; the site's rota works in minutes`,
        );
      }
      const wall = toZoned(instant, timeZone);
      if (resolveWallTime(wall, timeZone).kind !== 'exact') {
        throw new OpsgenieInputError(
          file,
          `${piece.path}.${field}`,
          `${iso(instant)} is ${wall.date} ${formatClockTime(wall.minutes)} in ${timeZone}, inside the hour the clocks go back, which happens twice; the site writes rota times as local times, so this one would be ambiguous. Move the period's edge out of that hour in Opsgenie and export again`,
        );
      }
    }
  }
  return { pieces, outside };
}

export type Coverage = { kinds: RotationKind[] } | { unsupported: string };

/**
 * What the pieces cover, against the working hours without bank holidays: whole working periods
 * (first line), whole out-of-hours blocks (on call), or both back to back (a 24-hour rotation,
 * which becomes one rotation of each kind). Anything else is a time restriction the site cannot
 * express.
 */
export function coverage(pieces: readonly Piece[], calendar: WorkingCalendar, window: Span, timeZone: string): Coverage {
  // Joined stretches, remembering whether an override makes each edge (an override may cover part of a block).
  // A past ("historical") period may have been an override too: Opsgenie does not say.
  const union: Array<Span & { overrideStart: boolean; overrideEnd: boolean; pastStart: boolean; pastEnd: boolean }> = [];
  for (const p of pieces) {
    const last = union.at(-1);
    if (last && last.end >= p.start) {
      last.end = Math.max(last.end, p.end);
      last.overrideEnd = p.override;
      last.pastEnd = p.historical;
    } else
      union.push({
        start: p.start,
        end: p.end,
        overrideStart: p.override,
        overrideEnd: p.override,
        pastStart: p.historical,
        pastEnd: p.historical,
      });
  }
  // A few past stretches that stop inside a block read as old overrides; many mean a different restriction.
  const pastAllowance = Math.max(2, Math.floor(union.length / 5));
  if (union.length === 0) return { kinds: [] };
  const blocks = (kind: RotationKind) => clip(coverHoursBetween(kind, calendar, window.start, window.end), window);
  const work = blocks('first-line');
  const ooh = blocks('on-call');
  // Whole blocks, except that a rotation may start or stop at a handoff inside one.
  const own = pieces.filter((p) => !p.override);
  const ownStart = own[0]?.start ?? union[0]!.start;
  const ownEnd = own.at(-1)?.end ?? union.at(-1)!.end;
  const fits = (spans: Span[]) => {
    const starts = new Set(spans.map((b) => b.start));
    const ends = new Set(spans.map((b) => b.end));
    const inside = (t: number) => spans.some((b) => b.start <= t && t <= b.end);
    let past = 0;
    return union.every((u) => {
      const block = spans.find((b) => b.start <= u.start && u.end <= b.end);
      if (!block) return false;
      let startOk = starts.has(u.start) || u.overrideStart || (u.start === ownStart && inside(u.start));
      let endOk = ends.has(u.end) || u.overrideEnd || (u.end === ownEnd && inside(u.end));
      if (!startOk && u.pastStart && past++ < pastAllowance) startOk = true;
      if (!endOk && u.pastEnd && past++ < pastAllowance) endOk = true;
      return startOk && endOk;
    });
  };
  if (fits(work)) return { kinds: ['first-line'] };
  if (fits(ooh)) return { kinds: ['on-call'] };
  const edges = new Set([window.start, window.end, ...work.flatMap((b) => [b.start, b.end])]);
  if (union.every((u) => edges.has(u.start) && edges.has(u.end))) return { kinds: ['first-line', 'on-call'] };
  const odd = union.find((u) => !edges.has(u.start) || !edges.has(u.end)) ?? union[0]!;
  const local = (t: number) => {
    const z = toZoned(t, timeZone);
    return `${z.date} ${formatClockTime(z.minutes)}`;
  };
  return {
    unsupported: `its time restriction is neither the working hours (${calendar.hours.start}-${calendar.hours.end} on working days) nor the time between them: for example it covers ${local(odd.start)} to ${local(odd.end)} (${timeZone})`,
  };
}

export function clip(spans: readonly Span[], window: Span): Span[] {
  return spans.map((s) => ({ start: Math.max(s.start, window.start), end: Math.min(s.end, window.end) })).filter((s) => s.end > s.start);
}

export function iso(instant: number): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
