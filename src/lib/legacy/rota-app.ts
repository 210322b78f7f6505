import { coverHoursBetween } from '../rota/cover-hours.ts';
import type { Shift, Span } from '../rota/model.ts';
import type { Rota, RotaRotation } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';
import { civilDate, civilParts, daysBetween, type CivilDate } from '../time/civil-date.ts';
import { fromZoned, toZoned } from '../time/zoned-time.ts';

/**
 * The JSON the old rota app served (a small app re-serving Opsgenie), made from this rota, so a
 * dashboard or a booking sync reading it keeps working with only its host changed. Field names,
 * date formats and row rules are theirs, not this site's: dates are UK local YYYY-MM-DD, end dates
 * are inclusive, and days are merged only when at most one day apart (so a support week comes out
 * as Wednesday to Friday and Monday to Tuesday).
 */

export interface LegacyPerson {
  name: string;
  /** The person's work e-mail; null for someone people.yaml has no address for. */
  email: string | null;
}

export interface SupportRow {
  start_date: CivilDate;
  end_date: CivilDate;
  developer: LegacyPerson | null;
  ops: LegacyPerson | null;
}

export interface OutOfHoursRow {
  start_date: CivilDate;
  end_date: CivilDate;
  first_line: LegacyPerson;
  second_line: LegacyPerson;
}

export const LEGACY_ROLES = ['dev', 'ops', 'ooh1', 'ooh2'] as const;
export type LegacyRole = (typeof LEGACY_ROLES)[number];

export interface PeriodRow {
  date: CivilDate;
  role: LegacyRole;
  person: LegacyPerson | null;
}

/** Who the old app showed when an out-of-hours day had nobody. */
export const UNKNOWN_USER: LegacyPerson = { name: 'Unknown User', email: 'unknown.user@dxw.com' };

/** The old app's windows, in calendar months from the day of the build. */
export const MERGED_MONTHS_AHEAD = 9;
export const PERIOD_MONTHS_BACK = 2;
export const PERIOD_MONTHS_AHEAD = 10;

/** The site rotations behind each of the old app's roles. */
export function rotationsFor(rota: Rota, role: LegacyRole): RotaRotation[] {
  return rota.rotations.filter((r) => {
    if (role === 'dev') return r.kind === 'first-line' && r.role === 'developer';
    if (role === 'ops') return r.kind === 'first-line' && r.role === 'ops-engineer';
    return r.kind === 'on-call' && r.tier === (role === 'ooh1' ? 'primary' : 'secondary');
  });
}

/** `/support/rota.json`: each working day's developer and ops engineer, days merged. */
export function supportRota(rota: Rota, today: CivilDate): SupportRow[] {
  const { from, to } = window(rota, today, 0, MERGED_MONTHS_AHEAD);
  const dev = byStartDate(rota, shiftsBetween(rota, from, to, { rotations: ids(rotationsFor(rota, 'dev')) }));
  const ops = byStartDate(rota, shiftsBetween(rota, from, to, { rotations: ids(rotationsFor(rota, 'ops')) }));
  const days = [...new Set([...dev.keys(), ...ops.keys()])].filter((d) => d >= today).sort();
  const rows = days.map((date) => ({ date, developer: person(rota, dev.get(date)), ops: person(rota, ops.get(date)) }));
  return mergeDays(rows, (r) => [r.developer, r.ops]).map(({ start_date, end_date, row }) => ({
    start_date,
    end_date,
    developer: row.developer,
    ops: row.ops,
  }));
}

/** `/out-of-hours/rota.json`: each out-of-hours block's first and second line, by the day it starts, merged. */
export function outOfHoursRota(rota: Rota, today: CivilDate): OutOfHoursRow[] {
  const { from, to } = window(rota, today, 0, MERGED_MONTHS_AHEAD);
  const first = shiftsBetween(rota, from, to, { rotations: ids(rotationsFor(rota, 'ooh1')) });
  const second = shiftsBetween(rota, from, to, { rotations: ids(rotationsFor(rota, 'ooh2')) });
  const rows = coverHoursBetween('on-call', rota.calendar, from, to)
    .map((block) => ({ date: toZoned(block.start, rota.timeZone).date, block }))
    .filter((b) => b.date >= today)
    .map(({ date, block }) => ({
      date,
      first_line: person(rota, holderAt(first, block.start)) ?? UNKNOWN_USER,
      second_line: person(rota, holderAt(second, block.start)) ?? UNKNOWN_USER,
    }));
  return mergeDays(rows, (r) => [r.first_line, r.second_line]).map(({ start_date, end_date, row }) => ({
    start_date,
    end_date,
    first_line: row.first_line,
    second_line: row.second_line,
  }));
}

/**
 * `/v2/<role>/rota.json`: one row per shift (what Opsgenie called a period) from two months back
 * to ten ahead, sorted by start; hours a running rotation should cover with nobody on it give a
 * row with a null person.
 */
export function periodRows(rota: Rota, role: LegacyRole, today: CivilDate): PeriodRow[] {
  const { from, to } = window(rota, today, -PERIOD_MONTHS_BACK, PERIOD_MONTHS_AHEAD);
  const rotations = rotationsFor(rota, role);
  if (rotations.length === 0) return [];
  const kind = rotations[0]!.kind;
  const shifts = shiftsBetween(rota, from, to, { rotations: ids(rotations) });
  const running = rotations.map((r) => ({ start: r.segments[0]?.start ?? Infinity, end: r.endsAt }));
  const pieces: Array<{ start: number; person: string | undefined }> = shifts.map((s) => ({ start: s.start, person: s.person }));
  for (const gap of uncovered(coverHoursBetween(kind, rota.calendar, from, to), shifts)) {
    if (running.some((r) => gap.start >= r.start && gap.start < r.end)) pieces.push({ start: gap.start, person: undefined });
  }
  return pieces
    .filter((p) => p.start >= from && p.start < to)
    .sort((a, b) => a.start - b.start)
    .map((p) => ({ date: toZoned(p.start, rota.timeZone).date, role, person: p.person === undefined ? null : person(rota, p.person) }));
}

/** Days in date order with who was on, as runs of equal days no more than one day apart (end inclusive). */
export function mergeDays<R extends { date: CivilDate }>(
  rows: readonly R[],
  key: (row: R) => ReadonlyArray<LegacyPerson | null>,
): Array<{ start_date: CivilDate; end_date: CivilDate; row: R }> {
  const out: Array<{ start_date: CivilDate; end_date: CivilDate; row: R; key: string }> = [];
  for (const row of rows) {
    const k = JSON.stringify(key(row));
    const last = out.at(-1);
    if (last && last.key === k && daysBetween(last.end_date, row.date) <= 1) last.end_date = row.date;
    else out.push({ start_date: row.date, end_date: row.date, row, key: k });
  }
  return out.map(({ start_date, end_date, row }) => ({ start_date, end_date, row }));
}

/** `date` plus `months` calendar months, on the same day or the month's last. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = civilParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const daysInMonth = daysBetween(civilDate(y, m, 1), m === 12 ? civilDate(y + 1, 1, 1) : civilDate(y, m + 1, 1));
  return civilDate(y, m, Math.min(day, daysInMonth));
}

function window(rota: Rota, today: CivilDate, monthsBack: number, monthsAhead: number): { from: number; to: number } {
  return {
    from: fromZoned({ date: addMonths(today, monthsBack), minutes: 0 }, rota.timeZone),
    to: fromZoned({ date: addMonths(today, monthsAhead), minutes: 0 }, rota.timeZone),
  };
}

function ids(rotations: readonly RotaRotation[]): string[] {
  return rotations.map((r) => r.id);
}

/** The first shift starting on each local date (a day's later override does not change its row). */
function byStartDate(rota: Rota, shifts: readonly Shift[]): Map<CivilDate, string> {
  const map = new Map<CivilDate, string>();
  for (const s of shifts) {
    const date = toZoned(s.start, rota.timeZone).date;
    if (!map.has(date)) map.set(date, s.person);
  }
  return map;
}

function holderAt(shifts: readonly Shift[], instant: number): string | undefined {
  return shifts.find((s) => s.start <= instant && instant < s.end)?.person;
}

function person(rota: Rota, id: string | undefined): LegacyPerson | null {
  if (id === undefined) return null;
  const p = rota.people.get(id);
  return { name: p?.name ?? id, email: p?.email ?? null };
}

function uncovered(blocks: readonly Span[], shifts: readonly Shift[]): Span[] {
  const out: Span[] = [];
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  for (const block of blocks) {
    let cursor = block.start;
    for (const s of sorted) {
      if (s.end <= cursor || s.start >= block.end) continue;
      if (s.start > cursor) out.push({ start: cursor, end: s.start });
      cursor = Math.max(cursor, s.end);
    }
    if (cursor < block.end) out.push({ start: cursor, end: block.end });
  }
  return out;
}
