/**
 * The date helpers runbook reviews need beyond src/lib/time/civil-date.ts, on the same "YYYY-MM-DD"
 * civil dates. Review dates have no time of day, and carrying them as strings (not Date objects)
 * stops them shifting by a day in time zones west of UTC.
 */
import { civilDate, civilParts, type CivilDate } from '../time/civil-date.ts';

/**
 * The calendar date a YAML date became. YAML parsers read `2026-03-14` as midnight UTC; anything
 * else (a timestamp with a time) is not a plain date, so return undefined.
 */
export function calendarDateFromUtcMidnight(value: Date): CivilDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
    return undefined;
  }
  return civilDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** The date on the wall calendar where `now` is read, in the runtime's own time zone. */
export function localCalendarDate(now: Date = new Date()): CivilDate {
  return civilDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** "14 March 2026": spelt out, so nobody has to guess whether 03/04 is March or April. */
export function formatCalendarDate(date: CivilDate, month: 'long' | 'short' = 'long'): string {
  const parts = civilParts(date);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(parts.year, parts.month - 1, parts.day)),
  );
}
