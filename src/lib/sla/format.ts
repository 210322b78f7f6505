import { civilParts, weekdayName, type CivilDate } from '../time/civil-date.ts';
import { formatClockTime, toZoned } from '../time/zoned-time.ts';
import type { ClockKind, Duration } from './terms.ts';

/**
 * Words for times and durations. Written out rather than left to Intl so the wording is the same
 * in every browser, in Node and in the tests.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "GMT" or "BST" for London; other zones get their offset ("UTC+02:00"). */
export function zoneName(offsetMinutes: number, timeZone: string): string {
  if (timeZone === 'Europe/London') return offsetMinutes === 0 ? 'GMT' : 'BST';
  if (timeZone === 'UTC') return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `UTC${sign}${formatClockTime(Math.abs(offsetMinutes))}`;
}

/** "Thursday 24 December 2026", or without the year. */
export function formatDate(date: CivilDate, withYear = true): string {
  const { year, month, day } = civilParts(date);
  return `${weekdayName(date)} ${day} ${MONTHS[month - 1]}${withYear ? ` ${year}` : ''}`;
}

/** "17:45 GMT" */
export function formatTime(instant: number, timeZone: string): string {
  const { minutes, offsetMinutes } = toZoned(instant, timeZone);
  return `${formatClockTime(minutes)} ${zoneName(offsetMinutes, timeZone)}`;
}

/** "Thursday 24 December 2026 at 17:45 GMT" */
export function formatInstant(instant: number, timeZone: string, withYear = true): string {
  const { date } = toZoned(instant, timeZone);
  return `${formatDate(date, withYear)} at ${formatTime(instant, timeZone)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A target as people say it: "1 working hour", "5 working days", "30 minutes, around the clock". */
export function formatTarget(duration: Duration, clock: ClockKind): string {
  const unit = duration.unit.slice(0, -1);
  return clock === 'working' ? plural(duration.value, `working ${unit}`) : `${plural(duration.value, unit)}, around the clock`;
}

/** Minutes as "2 hours 5 minutes"; whole days only when asked, since a working day is not 24 hours. */
export function formatMinutes(totalMinutes: number, options: { days?: boolean } = {}): string {
  const whole = Math.floor(totalMinutes + 1e-9);
  if (whole < 1) return 'less than a minute';
  const days = options.days ? Math.floor(whole / 1440) : 0;
  const hours = Math.floor((whole - days * 1440) / 60);
  const minutes = whole % 60;
  const parts: string[] = [];
  if (days) parts.push(plural(days, 'day'));
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes) parts.push(plural(minutes, 'minute'));
  return parts.join(' ');
}

/** A stretch of real time, e.g. "3 days 2 hours 5 minutes". */
export function formatElapsed(ms: number): string {
  return formatMinutes(Math.abs(ms) / 60_000, { days: true });
}

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Monday to Friday" for a run of days, else a list ("Monday, Wednesday and Friday"). */
export function formatWeekdays(days: readonly string[]): string {
  const sorted = [...days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const consecutive = sorted.every((d, i) => i === 0 || WEEK.indexOf(d) === WEEK.indexOf(sorted[i - 1]!) + 1);
  if (sorted.length > 2 && consecutive) return `${sorted[0]} to ${sorted[sorted.length - 1]}`;
  return sorted.length <= 1 ? sorted.join('') : `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}

const DIVISIONS: Record<string, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** gov.uk's division key as words: "england-and-wales" is "England and Wales". */
export function divisionName(division: string): string {
  return DIVISIONS[division] ?? division;
}

/** How people name the zone: "UK time" for London, else its IANA name. */
export function zoneLabel(timeZone: string): string {
  return timeZone === 'Europe/London' ? 'UK time' : timeZone;
}

/** "Wed 23 Dec 2026, 09:00 GMT": for tables, where space is short. */
export function formatShortInstant(instant: number, timeZone: string): string {
  const { date } = toZoned(instant, timeZone);
  const { year, month, day } = civilParts(date);
  return `${weekdayName(date).slice(0, 3)} ${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}, ${formatTime(instant, timeZone)}`;
}

/** A share as a percentage, rounded down so 99.96% never shows as 100%; "none decided yet" without one. */
export function formatRate(rate: number | undefined): string {
  if (rate === undefined) return 'none decided yet';
  const percent = Math.floor(rate * 1000 + 1e-9) / 10;
  return `${percent % 1 === 0 ? percent.toFixed(0) : percent.toFixed(1)}%`;
}
