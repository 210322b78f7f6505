import { isCivilDate } from './civil-date.ts';
import { formatClockTime, resolveWallTime, toZoned } from './zoned-time.ts';

/**
 * Reading a date and time that a person typed, pasted or put in a link, as local time in one zone.
 *
 * Around the clock changes a local time can be missing or doubled. The rule here, used by the
 * calculator, the batch and the command line alike:
 * - a time that never happened (the hour skipped when clocks go forward) is read with the offset
 *   in force just before the change, so 01:30 on the spring-forward day becomes 02:30 BST;
 * - a time that happened twice (the hour repeated when clocks go back) is read as the earlier
 *   one, which can only bring a deadline forward, never let it slip.
 * Either way the result carries a note saying so.
 *
 * Besides the link format it reads what helpdesk exports write: "2026-12-24 17:45:00 +0000",
 * "24/12/2026 17:45" (day first unless told otherwise), "12/24/2026 5:45 PM" when told month
 * first, and Jira's "24/Dec/26 5:45 PM".
 */
export type WallTimeInput = { ok: true; instant: number; note?: WallTimeNote } | { ok: false; error: string };

export type WallTimeNote =
  { kind: 'skipped'; typed: string; readAs: number } | { kind: 'ambiguous'; typed: string; readAs: number; other: number };

/** Which part of a numeric date like 03/04/2026 is the day. */
export type DateOrder = 'day-first' | 'month-first';

export interface WallTimeOptions {
  /** For numeric dates with slashes; day first (the UK way) unless said. */
  order?: DateOrder;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?`;
/** 24/12/2026 17:45, 12/24/26 5:45 PM, 24.12.2026 17:45: which number is the day depends on the order. */
export const NUMERIC_DATE = new RegExp(String.raw`^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})[ ,T]+${TIME}$`);
/** 24/Dec/26 5:45 PM (Jira), 24 December 2026 17:45. */
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[/ -]([A-Za-z]{3,9})[/ -](\d{4}|\d{2})[ ,T]+${TIME}$`);
/** Dec 24, 2026 5:45 PM */
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})[ ,T]+${TIME}$`);
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|[+-]\d{2}:?\d{2})$/;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const WALL_TIME_EXAMPLE = '2026-12-24T17:45';

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((m) => key === m || (key.length > 3 && m === key.slice(0, 3) && fullMonth(m).startsWith(key)));
  return index < 0 ? undefined : index + 1;
}

function fullMonth(short: string): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][
    MONTH_NAMES.indexOf(short)
  ]!;
}

/** Hours on a 24-hour clock from "5" and "PM"; NaN when the pair makes no sense (13 PM, 0 AM). */
function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return NaN;
  const pm = meridiem[0]!.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

function fullYear(text: string): number {
  // Two-digit years (Jira's dd/MMM/yy) are this century's.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

export function parseWallTimeInput(text: string, timeZone: string, options: WallTimeOptions = {}): WallTimeInput {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'is empty' };
  const offset = WITH_OFFSET.exec(value);
  if (offset) {
    const [, date, time, zone] = offset as unknown as [string, string, string, string];
    const iso = `${date}T${time}${zone === 'Z' || zone === 'UTC' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`;
    const instant = Date.parse(iso);
    return Number.isNaN(instant) || !isCivilDate(date)
      ? { ok: false, error: `“${value}” is not a real date and time` }
      : { ok: true, instant };
  }
  // [year, month, day, hour, minute, second]
  let parts: number[] | undefined;
  const local = LOCAL.exec(value);
  if (local) parts = [1, 2, 3, 4, 5, 6].map((i) => Number(local[i] ?? 0));
  const numeric = parts ? null : NUMERIC_DATE.exec(value);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const [day, month] = options.order === 'month-first' ? [second, first] : [first, second];
    parts = [fullYear(numeric[3]!), month, day, hour24(Number(numeric[4]), numeric[7]), Number(numeric[5]), Number(numeric[6] ?? 0)];
  }
  const named = parts ? null : DAY_MONTH_NAME.exec(value);
  if (named) {
    const month = monthNumber(named[2]!);
    if (month)
      parts = [fullYear(named[3]!), month, Number(named[1]), hour24(Number(named[4]), named[7]), Number(named[5]), Number(named[6] ?? 0)];
  }
  const us = parts ? null : MONTH_NAME_DAY.exec(value);
  if (us) {
    const month = monthNumber(us[1]!);
    if (month) parts = [Number(us[3]), month, Number(us[2]), hour24(Number(us[4]), us[7]), Number(us[5]), Number(us[6] ?? 0)];
  }
  if (!parts) return { ok: false, error: `“${value}” is not a date and time like ${WALL_TIME_EXAMPLE} or 24/12/2026 17:45` };

  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!isCivilDate(date)) return { ok: false, error: `“${value}” is not a real date` };
  if (!(hour <= 23) || minute > 59 || second > 59) return { ok: false, error: `“${value}” is not a real time of day` };

  const resolved = resolveWallTime({ date, minutes: hour * 60 + minute }, timeZone);
  const instant = resolved.instant + second * 1000;
  const typed = `${date} ${formatClockTime(hour * 60 + minute)}`;
  if (resolved.kind === 'skipped') return { ok: true, instant, note: { kind: 'skipped', typed, readAs: instant } };
  if (resolved.kind === 'ambiguous')
    return { ok: true, instant, note: { kind: 'ambiguous', typed, readAs: instant, other: resolved.later + second * 1000 } };
  return { ok: true, instant };
}

/** "2026-12-24T17:45": local time in `timeZone`, the format of datetime-local inputs and links. */
export function formatWallTimeInput(instant: number, timeZone: string): string {
  const { date, minutes } = toZoned(instant, timeZone);
  return `${date}T${formatClockTime(minutes)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
