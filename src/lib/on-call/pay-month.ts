import { addDays, civilDate, isoWeekday, weekdayNumber, type CivilDate, type WeekdayName } from '../time/civil-date.ts';
import { fromZoned, parseClockTime } from '../time/zoned-time.ts';

/**
 * A pay month: from the first given weekday of a calendar month at a local time (by default the
 * first Wednesday at 10:00, the on-call handoff) to the same point of the next month. Hours go to
 * the month in which their on-call week started, because a week never straddles two handoffs.
 */
export interface PayMonth {
  /** "2026-12". */
  id: string;
  /** Local date of the first day, e.g. "2026-12-02". */
  startDate: CivilDate;
  /** Local date the next pay month starts on. */
  endDate: CivilDate;
  start: number;
  end: number;
}

export interface PayMonthRule {
  day: WeekdayName;
  /** "HH:mm" local time. */
  time: string;
}

export const DEFAULT_PAY_MONTH_RULE: PayMonthRule = { day: 'Wednesday', time: '10:00' };

const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;

export class PayMonthError extends Error {
  override name = 'PayMonthError';
}

/** The month id, checked: "2026-12". Throws PayMonthError naming what is wrong. */
export function parsePayMonthId(value: string): { year: number; month: number } {
  const match = MONTH_ID.exec(value.trim());
  if (!match) throw new PayMonthError(`"${value}" is not a month; write it as year and month, like 2026-12`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The first `weekday` (ISO 1-7) on or after the 1st of the month. */
function firstWeekdayOf(year: number, month: number, weekday: number): CivilDate {
  const first = civilDate(year, month, 1);
  return addDays(first, (weekday - isoWeekday(first) + 7) % 7);
}

export function payMonth(id: string, timeZone: string, rule: PayMonthRule = DEFAULT_PAY_MONTH_RULE): PayMonth {
  const { year, month } = parsePayMonthId(id);
  const weekday = weekdayNumber(rule.day);
  const minutes = parseClockTime(rule.time);
  const startDate = firstWeekdayOf(year, month, weekday);
  const endDate = firstWeekdayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, weekday);
  return {
    id: `${year}-${String(month).padStart(2, '0')}`,
    startDate,
    endDate,
    start: fromZoned({ date: startDate, minutes }, timeZone),
    end: fromZoned({ date: endDate, minutes }, timeZone),
  };
}

/** The pay month an instant falls in. */
export function payMonthAt(instant: number, timeZone: string, rule: PayMonthRule = DEFAULT_PAY_MONTH_RULE): PayMonth {
  const d = new Date(instant);
  let year = d.getUTCFullYear();
  let month = d.getUTCMonth() + 1;
  // The instant is in this calendar month's pay month, or the one before (before its first Wednesday).
  for (let i = 0; i < 3; i++) {
    const candidate = payMonth(`${year}-${String(month).padStart(2, '0')}`, timeZone, rule);
    if (candidate.start <= instant && instant < candidate.end) return candidate;
    if (candidate.start > instant) {
      month -= 1;
      if (month === 0) [year, month] = [year - 1, 12];
    } else {
      month += 1;
      if (month === 13) [year, month] = [year + 1, 1];
    }
  }
  throw new PayMonthError(`no pay month found for ${new Date(instant).toISOString()}`);
}

/** Consecutive pay months from `first`, `count` of them. */
export function payMonthsFrom(first: string, count: number, timeZone: string, rule: PayMonthRule = DEFAULT_PAY_MONTH_RULE): PayMonth[] {
  let { year, month } = parsePayMonthId(first);
  const months: PayMonth[] = [];
  for (let i = 0; i < count; i++) {
    months.push(payMonth(`${year}-${String(month).padStart(2, '0')}`, timeZone, rule));
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return months;
}
