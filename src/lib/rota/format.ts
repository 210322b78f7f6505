import { civilParts, isoWeekday, type CivilDate } from '../time/civil-date.ts';
import { formatClockTime as clock, toZoned } from '../time/zoned-time.ts';
import type { OverrideReason } from './model.ts';

/** Words for showing rota times to people, always in the rota's zone whatever the reader's device says. */

// Fixed English names rather than Intl, so build output and browser show exactly the same text.
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wed 23 Dec", or "Wed 23 Dec 2026" with the year. */
export function formatDay(date: CivilDate, withYear = false): string {
  const { year, month, day } = civilParts(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day} ${MONTHS[month - 1]}${withYear ? ` ${year}` : ''}`;
}

/** "Wed 23 Dec, 10:00" for an instant, in `timeZone`. */
export function formatWhen(instant: number, timeZone: string): string {
  const { date, minutes } = toZoned(instant, timeZone);
  return `${formatDay(date)}, ${clock(minutes)}`;
}

/** "18:00" for an instant, in `timeZone`. */
export function formatTime(instant: number, timeZone: string): string {
  return clock(toZoned(instant, timeZone).minutes);
}

/** "Thu 24 Dec, 18:00 to Tue 29 Dec, 10:00", or "Mon 30 Nov, 10:00 to 18:00" within a day. */
export function formatSpan(start: number, end: number, timeZone: string): string {
  const a = toZoned(start, timeZone);
  const b = toZoned(end, timeZone);
  return a.date === b.date
    ? `${formatWhen(start, timeZone)} to ${clock(b.minutes)}`
    : `${formatWhen(start, timeZone)} to ${formatWhen(end, timeZone)}`;
}

export const REASON_LABELS: Record<OverrideReason, string> = { swap: 'swap', leave: 'leave cover', illness: 'illness cover' };
