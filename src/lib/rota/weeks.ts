import { addDays, isoWeekday, type CivilDate } from '../time/civil-date.ts';
import { fromZoned, toZoned } from '../time/zoned-time.ts';
import { absencesOverlapping } from './absences.ts';
import type { Shift, ShiftOverride, Span } from './model.ts';
import type { Rota } from './rota.ts';
import { shiftsBetween } from './shifts.ts';
import { turnsBetween } from './turns.ts';

/**
 * Rows for showing the rota a week at a time. A week runs from one handoff to the next (Wednesday
 * 10:00 to Wednesday 10:00 by default), so each row reads "Wednesday to Tuesday". The handoff of the
 * first rotation in rotations.yaml sets the week.
 */

export interface WeekCover {
  person: string;
  start: number;
  end: number;
  override: ShiftOverride;
}

/** What a table of weeks shows in one cell: no shifts, so the build can hand it to the browser ready-made. */
export interface WeekCellSummary {
  rotation: string;
  /** Whom the rotation's order puts on during the week (usually one person). */
  scheduled: string[];
  /** Of the scheduled people, those with at least one shift left after overrides. */
  working: string[];
  /** Overrides in the week, each a run of consecutive shifts one person covers for one reason. */
  covers: WeekCover[];
  /** Everyone with at least one shift in the cell, scheduled or covering. */
  people: string[];
  /** Shifts held by someone while they are away (absences.yaml), as runs: these need cover. Absent when none. */
  away?: WeekAway[];
}

export interface WeekAway extends Span {
  person: string;
}

export interface WeekCell extends WeekCellSummary {
  shifts: Shift[];
}

/** A week as a table shows it. */
export interface WeekSummary {
  /** First day (the handoff day) and last day of the week. */
  start: CivilDate;
  end: CivilDate;
  cells: WeekCellSummary[];
}

export interface WeekRow extends WeekSummary {
  from: number;
  to: number;
  cells: WeekCell[];
}

export interface WeekBoundary {
  weekday: number;
  minutes: number;
}

export function weekBoundary(rota: Rota): WeekBoundary {
  const first = rota.rotations[0];
  return first ? { weekday: first.handoffWeekday, minutes: first.handoffMinutes } : { weekday: 3, minutes: 600 };
}

/** The first day of the week containing `instant`. */
export function weekContaining(rota: Rota, instant: number): CivilDate {
  const { weekday, minutes } = weekBoundary(rota);
  const local = toZoned(instant, rota.timeZone);
  let start = addDays(local.date, -((isoWeekday(local.date) - weekday + 7) % 7));
  if (start === local.date && local.minutes < minutes) start = addDays(start, -7);
  return start;
}

/** The first day of the week containing the local date `date` (the date's handoff day counts as its week's start). */
export function weekOfDate(rota: Rota, date: CivilDate): CivilDate {
  const { weekday } = weekBoundary(rota);
  return addDays(date, -((isoWeekday(date) - weekday + 7) % 7));
}

export function weekRows(rota: Rota, firstWeek: CivilDate, count: number): WeekRow[] {
  const { minutes } = weekBoundary(rota);
  const starts = Array.from({ length: count + 1 }, (_, i) => addDays(firstWeek, 7 * i));
  const instants = starts.map((date) => fromZoned({ date, minutes }, rota.timeZone));
  if (count <= 0) return [];
  // Shifts come sorted by start: hand each to its week and rotation in one pass.
  const byWeek = starts.slice(0, count).map(() => new Map<string, Shift[]>());
  let week = 0;
  for (const shift of shiftsBetween(rota, instants[0]!, instants[count]!)) {
    if (shift.start < instants[0]!) continue;
    while (week < count && shift.start >= instants[week + 1]!) week++;
    if (week >= count) break;
    const cells = byWeek[week]!;
    const list = cells.get(shift.rotation);
    if (list) list.push(shift);
    else cells.set(shift.rotation, [shift]);
  }
  return byWeek.map((cellShifts, i) => {
    const start = starts[i]!;
    const from = instants[i]!;
    const to = instants[i + 1]!;
    const cells = rota.rotations.map((rotation): WeekCell => {
      const shifts = cellShifts.get(rotation.id) ?? [];
      const scheduled = unique(turnsBetween(rotation, from, to, rota.timeZone).map((t) => t.person));
      const working = scheduled.filter((p) => shifts.some((s) => s.person === p && !s.override));
      const cell: WeekCell = {
        rotation: rotation.id,
        scheduled,
        working,
        covers: coversIn(shifts),
        people: unique(shifts.map((s) => s.person)),
        shifts,
      };
      const away = awayIn(rota, shifts);
      if (away.length) cell.away = away;
      return cell;
    });
    return { start, end: addDays(start, 6), from, to, cells };
  });
}

/** Whether the cell concerns the person: they hold a shift in it, are due on it, or are covered in it. */
export function cellInvolves(cell: WeekCellSummary, personId: string): boolean {
  return cell.people.includes(personId) || cell.scheduled.includes(personId) || cell.covers.some((c) => c.override.instead === personId);
}

/**
 * The rows without their shifts, as plain data (no undefined fields): what the rota page's built
 * HTML shows, handed to the browser so that coming alive in the build's week works nothing out again.
 */
export function summariseWeeks(rows: readonly WeekRow[]): WeekSummary[] {
  return rows.map(({ start, end, cells }) => ({
    start,
    end,
    cells: cells.map(({ rotation, scheduled, working, covers, people, away }) => ({
      rotation,
      scheduled,
      working,
      people,
      ...(away ? { away: away.map(({ person, start, end }) => ({ person, start, end })) } : {}),
      covers: covers.map(({ person, start, end, override: { entry, reason, note, instead } }) => ({
        person,
        start,
        end,
        override: { entry, reason, ...(note === undefined ? {} : { note }), ...(instead === undefined ? {} : { instead }) },
      })),
    })),
  }));
}

/** Runs of consecutive shifts whose holder is away during them. */
function awayIn(rota: Rota, shifts: readonly Shift[]): WeekAway[] {
  if (!rota.data.absences?.length) return [];
  const runs: WeekAway[] = [];
  let last: WeekAway | undefined;
  for (const shift of shifts) {
    if (absencesOverlapping(rota, shift.person, shift.start, shift.end).length === 0) {
      last = undefined;
    } else if (last && last.person === shift.person) {
      last.end = shift.end;
    } else {
      last = { person: shift.person, start: shift.start, end: shift.end };
      runs.push(last);
    }
  }
  return runs;
}

function coversIn(shifts: readonly Shift[]): WeekCover[] {
  const covers: WeekCover[] = [];
  let last: WeekCover | undefined;
  for (const shift of shifts) {
    const o = shift.override;
    if (o && last && last.person === shift.person && last.override.entry === o.entry && last.override.instead === o.instead) {
      last.end = shift.end;
    } else if (o) {
      last = { person: shift.person, start: shift.start, end: shift.end, override: o };
      covers.push(last);
    } else {
      last = undefined;
    }
  }
  return covers;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
