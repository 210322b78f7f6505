/**
 * Calendar dates with no time or zone ("2026-12-25"), as ISO strings. Arithmetic goes through UTC
 * so it never depends on the machine's time zone.
 */
export type CivilDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCivilDate(value: string): value is CivilDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// These run once per day counted by the working-time engine, so they avoid Date.toISOString and
// string splitting, which showed up as its main cost.

/** Normalises out-of-range months and days as Date.UTC does (month 13 is next January). */
export function civilDate(year: number, month: number, day: number): CivilDate {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

export function civilParts(date: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function toUtcMs(date: CivilDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): CivilDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(date: CivilDate): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export function weekdayName(date: CivilDate): WeekdayName {
  return WEEKDAY_NAMES[isoWeekday(date) - 1]!;
}

export function weekdayNumber(name: WeekdayName): number {
  return WEEKDAY_NAMES.indexOf(name) + 1;
}

/**
 * `months` calendar months after `date` (before it when negative). A day that does not exist in
 * the target month falls back to that month's last day (31 January + 1 month = 28 or 29
 * February), as people count months and as date-fns's addMonths does.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = civilParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = civilParts(civilDate(targetYear, targetMonth + 1, 0)).day;
  return civilDate(targetYear, targetMonth, Math.min(day, lastDay));
}

/** The most recent date on or before `date` that falls on ISO weekday `weekday` (the Opsgenie importer's handoff days). */
export function onOrBeforeWeekday(date: CivilDate, weekday: number): CivilDate {
  return addDays(date, -((isoWeekday(date) - weekday + 7) % 7));
}
