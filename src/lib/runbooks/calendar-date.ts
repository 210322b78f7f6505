/**
 * Calendar dates as "YYYY-MM-DD" strings. Review dates have no time of day, and carrying them as
 * strings (not Date objects) stops them shifting by a day in time zones west of UTC.
 */

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(date: CalendarDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real date such as 2024-02-29; false for 2023-02-29 or 2026-13-01. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The calendar date a YAML date became. YAML parsers read `2026-03-14` as midnight UTC; anything
 * else (a timestamp with a time) is not a plain date, so return undefined.
 */
export function calendarDateFromUtcMidnight(value: Date): CalendarDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
    return undefined;
  }
  return fromUtc(value.getTime());
}

/** The date on the wall calendar where `now` is read, in the runtime's own time zone. */
export function localCalendarDate(now: Date = new Date()): CalendarDate {
  return fromUtc(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/**
 * `months` calendar months after `date`. A day that does not exist in the target month falls back
 * to that month's last day (31 January + 1 month = 28 or 29 February), as people count it.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const ty = Math.floor(monthIndex / 12);
  const tm = monthIndex - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(ty, tm, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** "14 March 2026": spelt out, so nobody has to guess whether 03/04 is March or April. */
export function formatCalendarDate(date: CalendarDate): string {
  const [y, m, d] = parts(date);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
