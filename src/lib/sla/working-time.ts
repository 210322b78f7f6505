import { addDays, type CivilDate } from '../time/civil-date.ts';
import type { BankHoliday } from '../calendar/bank-holidays.ts';
import type { WorkingCalendar } from '../calendar/working-hours.ts';

/** Why the working clock was not running between two instants. */
export type PauseReason =
  /** After the end of working hours on a working day. */
  | { kind: 'evening'; date: CivilDate }
  /** Before the start of working hours on a working day. */
  | { kind: 'morning'; date: CivilDate }
  /** One or more days in a row that are not working weekdays. */
  | { kind: 'weekend'; from: CivilDate; to: CivilDate }
  | { kind: 'bank-holiday'; date: CivilDate; title: string; estimated: boolean };

export type WorkingTimeStep =
  /** The clock had not started yet: the instant was outside working time. */
  | { kind: 'waited'; from: number; to: number; reasons: PauseReason[] }
  /** Working time counted, with the running total in minutes. */
  | { kind: 'counted'; from: number; to: number; minutes: number; total: number }
  /** The clock stopped at the end of a working day and restarted at the next one. */
  | { kind: 'paused'; from: number; to: number; reasons: PauseReason[] };

export interface WorkingTimeSum {
  from: number;
  /** When counting began: `from` itself inside working hours, else the next start of working hours. */
  clockStart: number;
  end: number;
  minutes: number;
  steps: WorkingTimeStep[];
  /** Bank holidays skipped that come from the rules rather than the published list. */
  estimatedHolidays: BankHoliday[];
}

const MINUTE_MS = 60_000;

/**
 * The instant `minutes` working minutes after `from`. Works a day at a time, so the cost grows
 * with the days spanned, not the minutes. Ending exactly at the close of a working day is allowed
 * (a deadline of 18:00 is that day's last moment); zero minutes returns `from` unchanged, which
 * keeps "add a, then b" equal to "add a + b".
 */
export function addWorkingMinutes(calendar: WorkingCalendar, from: number, minutes: number): WorkingTimeSum {
  if (!Number.isFinite(from)) throw new RangeError('The start must be a valid instant');
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Cannot add ${minutes} working minutes`);
  const steps: WorkingTimeStep[] = [];
  const estimated = new Map<CivilDate, BankHoliday>();
  const noteEstimates = (reasons: PauseReason[]) => {
    for (const r of reasons)
      if (r.kind === 'bank-holiday' && r.estimated) estimated.set(r.date, { date: r.date, title: r.title, estimated: true });
  };
  if (minutes === 0) return { from, clockStart: from, end: from, minutes, steps, estimatedHolidays: [] };

  let remaining = Math.round(minutes * MINUTE_MS);
  let period = calendar.periodAtOrAfter(from);
  let cursor = Math.max(from, period.start);
  if (cursor > from) {
    const reasons = pauseReasons(calendar, from, cursor);
    noteEstimates(reasons);
    steps.push({ kind: 'waited', from, to: cursor, reasons });
  }
  const clockStart = cursor;
  let total = 0;
  let end: number;
  for (;;) {
    const take = Math.min(remaining, period.end - cursor);
    total += take;
    steps.push({ kind: 'counted', from: cursor, to: cursor + take, minutes: take / MINUTE_MS, total: total / MINUTE_MS });
    remaining -= take;
    if (remaining === 0) {
      end = cursor + take;
      break;
    }
    const next = calendar.periodAtOrAfter(period.end);
    const reasons = pauseReasons(calendar, period.end, next.start);
    noteEstimates(reasons);
    steps.push({ kind: 'paused', from: period.end, to: next.start, reasons });
    period = next;
    cursor = next.start;
  }
  return { from, clockStart, end, minutes, steps, estimatedHolidays: [...estimated.values()] };
}

/**
 * Working minutes in [from, to); zero when `to` is not after `from`. With `limit`, stops counting
 * once the total passes it (the answer is then just over `limit`), which keeps "is it due within
 * the hour?" cheap for deadlines far ahead.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, from: number, to: number, limit = Infinity): number {
  if (!(to > from)) return 0;
  const limitMs = limit * MINUTE_MS;
  let ms = 0;
  const last = calendar.localDate(to);
  for (let date = calendar.localDate(from); date <= last && ms <= limitMs; date = addDays(date, 1)) {
    const p = calendar.periodOn(date);
    if (p && p.end > from && p.start < to) ms += Math.min(p.end, to) - Math.max(p.start, from);
  }
  return ms / MINUTE_MS;
}

/** Why no working time passes between `from` and `to`, day by day, weekends grouped. */
export function pauseReasons(calendar: WorkingCalendar, from: number, to: number): PauseReason[] {
  const reasons: PauseReason[] = [];
  const first = calendar.localDate(from);
  const last = calendar.localDate(to);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const off = calendar.dayOff(date);
    if (off?.kind === 'bank-holiday') {
      reasons.push({ kind: 'bank-holiday', date, title: off.holiday.title, estimated: off.holiday.estimated });
    } else if (off) {
      const previous = reasons[reasons.length - 1];
      if (previous?.kind === 'weekend' && addDays(previous.to, 1) === date) previous.to = date;
      else reasons.push({ kind: 'weekend', from: date, to: date });
    } else {
      const period = calendar.periodOn(date)!;
      if (date === first && from >= period.end) reasons.push({ kind: 'evening', date });
      if (date === last && to <= period.start && from < period.start) reasons.push({ kind: 'morning', date });
    }
  }
  return reasons;
}
