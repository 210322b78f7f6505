import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { addDays, type CivilDate } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import { shiftId } from '../rota/api.ts';
import type { Shift, ShiftOverride, Tier } from '../rota/model.ts';
import { wallInstant, type Rota } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';

/**
 * On-call time, minute-exact, from the rota engine after overrides: each on-call shift clipped to
 * a range and cut at local midnights, so every piece lies in one UK day and has one kind of day.
 * A minute's kind is the kind of the local day it falls in: a bank holiday (by name), a weekend
 * day, or otherwise a weekday (its evening and early morning: a weekday night).
 */

export const DAY_KINDS = ['weekday-night', 'weekend', 'bank-holiday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];
export const DAY_KIND_LABELS: Record<DayKind, string> = {
  'weekday-night': 'weekday nights',
  weekend: 'weekends',
  'bank-holiday': 'bank holidays',
};

/** First line is the primary on-call rotation; second line the secondary one. */
export const LINES = ['first', 'second'] as const;
export type Line = (typeof LINES)[number];
export const LINE_LABELS: Record<Line, string> = { first: 'first line', second: 'second line' };
export const lineOfTier = (tier: Tier): Line => (tier === 'secondary' ? 'second' : 'first');

export interface OnCallPiece {
  person: string;
  rotation: string;
  line: Line;
  /** Local date the piece falls in. */
  date: CivilDate;
  kind: DayKind;
  /** The bank holiday's name, for kind "bank-holiday". */
  holiday?: string | undefined;
  start: number;
  end: number;
  minutes: number;
  /** The whole shift it comes from, as the rota API names it. */
  shift: { id: string; start: number; end: number };
  /** The override that put this person on, if one did. */
  override?: ShiftOverride | undefined;
}

export function dayKindOf(calendar: WorkingCalendar, date: CivilDate): { kind: DayKind; holiday?: string } {
  const off = calendar.dayOff(date);
  if (off?.kind === 'bank-holiday') return { kind: 'bank-holiday', holiday: off.holiday.title };
  if (off?.kind === 'weekend') return { kind: 'weekend' };
  return { kind: 'weekday-night' };
}

const MINUTE = 60_000;

/** On-call shifts overlapping [from, to), whole, optionally for one person. */
export function onCallShifts(rota: Rota, from: number, to: number, person?: string): Shift[] {
  const rotations = rota.rotations.filter((r) => r.kind === 'on-call').map((r) => r.id);
  return shiftsBetween(rota, from, to, { rotations, person });
}

/**
 * Every on-call piece in [from, to), for one person or for everyone, in time order. The range is
 * taken to whole minutes (rounded down), so pieces are always whole minutes and add up exactly.
 */
export function onCallPieces(rota: Rota, rangeFrom: number, rangeTo: number, person?: string): OnCallPiece[] {
  const from = Math.floor(rangeFrom / MINUTE) * MINUTE;
  const to = Math.floor(rangeTo / MINUTE) * MINUTE;
  const pieces: OnCallPiece[] = [];
  const zone = rota.timeZone;
  const midnight = (date: CivilDate) => wallInstant({ date, minutes: 0 }, zone);
  for (const shift of onCallShifts(rota, from, to, person)) {
    const rotation = rota.rotation(shift.rotation)!;
    const start = Math.max(shift.start, from);
    const end = Math.min(shift.end, to);
    let cursor = start;
    let date = toZoned(cursor, zone).date;
    while (cursor < end) {
      const next = Math.min(end, midnight(addDays(date, 1)));
      const { kind, holiday } = dayKindOf(rota.calendar, date);
      const piece: OnCallPiece = {
        person: shift.person,
        rotation: shift.rotation,
        line: lineOfTier(rotation.tier),
        date,
        kind,
        start: cursor,
        end: next,
        minutes: Math.round((next - cursor) / MINUTE),
        shift: { id: shiftId(shift), start: shift.start, end: shift.end },
      };
      if (holiday) piece.holiday = holiday;
      if (shift.override) piece.override = shift.override;
      pieces.push(piece);
      cursor = next;
      date = addDays(date, 1);
    }
  }
  return pieces;
}

export interface HoursSummary {
  minutes: number;
  byLine: Record<Line, { minutes: number; byKind: Record<DayKind, number> }>;
  /** Bank-holiday minutes by holiday name and date, e.g. "2026-12-25 Christmas Day". */
  holidays: Array<{ date: CivilDate; name: string; line: Line; minutes: number }>;
}

export function summariseHours(pieces: readonly OnCallPiece[]): HoursSummary {
  const empty = () => ({ minutes: 0, byKind: { 'weekday-night': 0, weekend: 0, 'bank-holiday': 0 } });
  const summary: HoursSummary = { minutes: 0, byLine: { first: empty(), second: empty() }, holidays: [] };
  for (const p of pieces) {
    summary.minutes += p.minutes;
    const line = summary.byLine[p.line];
    line.minutes += p.minutes;
    line.byKind[p.kind] += p.minutes;
    if (p.kind === 'bank-holiday') {
      const found = summary.holidays.find((h) => h.date === p.date && h.line === p.line);
      if (found) found.minutes += p.minutes;
      else summary.holidays.push({ date: p.date, name: p.holiday ?? 'Bank holiday', line: p.line, minutes: p.minutes });
    }
  }
  return summary;
}

/** Minutes as hours for people: 1,920 minutes is "32", 1,950 is "32.5", 1,955 is "32:35". */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return String(h);
  if (m === 30) return `${h}.5`;
  return `${h}:${String(m).padStart(2, '0')}`;
}
