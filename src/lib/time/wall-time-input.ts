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
 */
export type WallTimeInput = { ok: true; instant: number; note?: WallTimeNote } | { ok: false; error: string };

export type WallTimeNote =
  { kind: 'skipped'; typed: string; readAs: number } | { kind: 'ambiguous'; typed: string; readAs: number; other: number };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const UK_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const WALL_TIME_EXAMPLE = '2026-12-24T17:45';

export function parseWallTimeInput(text: string, timeZone: string): WallTimeInput {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'is empty' };
  if (WITH_OFFSET.test(value)) {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? { ok: false, error: `“${value}” is not a real date and time` } : { ok: true, instant };
  }
  let parts: number[] | undefined;
  const local = LOCAL.exec(value);
  if (local) parts = [1, 2, 3, 4, 5, 6].map((i) => Number(local[i] ?? 0));
  const uk = local ? null : UK_STYLE.exec(value);
  if (uk) parts = [3, 2, 1, 4, 5, 6].map((i) => Number(uk[i] ?? 0));
  if (!parts) return { ok: false, error: `“${value}” is not a date and time like ${WALL_TIME_EXAMPLE} or 24/12/2026 17:45` };

  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!isCivilDate(date)) return { ok: false, error: `“${value}” is not a real date` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, error: `“${value}” is not a real time of day` };

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
