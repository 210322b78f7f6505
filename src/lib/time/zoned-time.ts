import { tzOffset } from '@date-fns/tz';
import { civilDate, isCivilDate, type CivilDate } from './civil-date.ts';
import { CLOCK_TIME } from './clock-time.ts';

/**
 * Conversions between instants and wall-clock time in a named IANA zone (e.g. Europe/London).
 * Uses the runtime's own zone data through Intl, so the answers never depend on the zone of the
 * machine or browser running the code.
 */

export interface WallTime {
  date: CivilDate;
  /** Minutes after local midnight, 0-1439. */
  minutes: number;
}

export interface ZonedParts extends WallTime {
  /** Offset from UTC in minutes at that instant (60 in BST, 0 in GMT). */
  offsetMinutes: number;
}

// Intl lookups dominate the cost of working-time arithmetic, so offsets are remembered per six
// hours. A block is cached only when its first and last millisecond agree; the few blocks with a
// clock change inside are always asked of Intl, so answers stay exact.
const BLOCK_MS = 6 * 3_600_000;
const OFFSET_CACHE_LIMIT = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * A zone's offsets over a period, worked out where Intl is cheap (the build) for code that runs
 * where its first use is not: a browser spends tens of milliseconds loading time zone data the
 * first time it is asked about a zone, on the page's main thread. `changes` lists each offset and
 * the instant it starts, the first at `from`; `to` is exclusive.
 */
export interface ZoneOffsets {
  timeZone: string;
  from: number;
  to: number;
  changes: Array<[instant: number, offsetMinutes: number]>;
}

const known = new Map<string, ZoneOffsets>();

/**
 * The offsets of `timeZone` from `from` to `to`, exact to the millisecond.
 *
 * @date-fns/tz's tzScan would do this, but it steps in whole hours from `from`, so it puts Lord
 * Howe's half-hour changes (and any change when `from` is not on the hour) up to an hour late
 * (tests/unit/lib/time/zoned-time.test.ts shows it). Each six-hour block is checked at its
 * ends and a change inside is found by bisection between an instant known to have the old offset
 * and one known to have the new, so a change exactly at a block's start is found where it is.
 */
export function zoneOffsets(timeZone: string, from: number, to: number): ZoneOffsets {
  const changes: Array<[number, number]> = [[from, offsetAt(timeZone, from)]];
  // The latest instant known to have the current offset.
  let known = from;
  for (let t = from; t < to; t += BLOCK_MS) {
    const last = Math.min(t + BLOCK_MS, to) - 1;
    const current = changes[changes.length - 1]![1];
    if (offsetAt(timeZone, last) === current) {
      known = last;
      continue;
    }
    // At most one change in a six-hour block, as offsetAt assumes.
    let before = known;
    let after = last;
    while (after - before > 1) {
      const mid = Math.floor((before + after) / 2);
      if (offsetAt(timeZone, mid) === current) before = mid;
      else after = mid;
    }
    changes.push([after, offsetAt(timeZone, after)]);
    known = last;
  }
  return { timeZone, from, to, changes };
}

/**
 * The offsets for a year either side of `instant`: what the build hands an island (built daily,
 * a page is viewed well inside that year; outside it, offsetAt asks Intl as usual).
 */
export function zoneOffsetsAround(timeZone: string, instant: number): ZoneOffsets {
  const year = 366 * 86_400_000;
  return zoneOffsets(timeZone, instant - year, instant + year);
}

/** Lets offsetAt answer from `offsets` inside their period, without asking Intl. */
export function rememberZoneOffsets(offsets: ZoneOffsets): void {
  known.set(offsets.timeZone, offsets);
}

function knownOffset(timeZone: string, instant: number): number | undefined {
  const offsets = known.get(timeZone);
  if (!offsets || instant < offsets.from || instant >= offsets.to) return undefined;
  const { changes } = offsets;
  let lo = 0;
  let hi = changes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (changes[mid]![0] <= instant) lo = mid;
    else hi = mid - 1;
  }
  return changes[lo]![1];
}

/** Offset from UTC, in minutes, that `timeZone` has at `instant`. */
export function offsetAt(timeZone: string, instant: number): number {
  const given = knownOffset(timeZone, instant);
  if (given !== undefined) return given;
  const bucket = Math.floor(instant / BLOCK_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const cached = zone.get(bucket);
  if (cached !== undefined) return cached;
  const start = tzOffset(timeZone, new Date(bucket * BLOCK_MS));
  const end = tzOffset(timeZone, new Date((bucket + 1) * BLOCK_MS - 1));
  if (start !== end) return tzOffset(timeZone, new Date(instant));
  if (zone.size >= OFFSET_CACHE_LIMIT) zone.clear();
  zone.set(bucket, start);
  return start;
}

/** The wall-clock date and time in `timeZone` at `instant` (ms since the epoch). */
export function toZoned(instant: number, timeZone: string): ZonedParts {
  const offsetMinutes = offsetAt(timeZone, instant);
  const shifted = new Date(instant + offsetMinutes * 60_000);
  return {
    date: civilDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    offsetMinutes,
  };
}

export type WallTimeResolution =
  | { kind: 'exact'; instant: number }
  /** The wall time happens twice (clocks going back); `instant` is the first, `later` the second. */
  | { kind: 'ambiguous'; instant: number; later: number }
  /** The wall time never happens (clocks going forward); `instant` is where the clock jumps to. */
  | { kind: 'skipped'; instant: number };

/** Every instant at which the clock in `timeZone` shows `wall`. */
export function resolveWallTime(wall: WallTime, timeZone: string): WallTimeResolution {
  const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, 0, wall.minutes);
  // The true instant is asUtc - offset, for whichever offset is in force then. Offsets within a
  // day of the target cover both sides of any transition.
  const candidates = new Set<number>();
  for (const probe of [asUtc - 86_400_000, asUtc, asUtc + 86_400_000]) {
    const instant = asUtc - offsetAt(timeZone, probe) * 60_000;
    if (offsetAt(timeZone, instant) * 60_000 === asUtc - instant) candidates.add(instant);
  }
  const matches = [...candidates].sort((a, b) => a - b);
  if (matches.length === 1) return { kind: 'exact', instant: matches[0]! };
  if (matches.length >= 2) return { kind: 'ambiguous', instant: matches[0]!, later: matches[matches.length - 1]! };
  // In a gap: move forward by the size of the jump, as clocks do.
  const before = offsetAt(timeZone, asUtc - 86_400_000);
  return { kind: 'skipped', instant: asUtc - before * 60_000 };
}

/** The instant for a wall time, taking the first one when clocks go back and the jumped-to one when they go forward. */
export function fromZoned(wall: WallTime, timeZone: string): number {
  return resolveWallTime(wall, timeZone).instant;
}

/** ISO 8601 with the zone's offset, e.g. "2026-12-24T17:45:00+00:00". */
export function formatIsoWithOffset(instant: number, timeZone: string): string {
  const { date, minutes, offsetMinutes } = toZoned(instant, timeZone);
  const seconds = Math.floor((((instant % 60_000) + 60_000) % 60_000) / 1000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "HH:mm" to minutes after midnight; throws on anything else. */
export function parseClockTime(value: string): number {
  const match = CLOCK_TIME.exec(value);
  if (!match) throw new Error(`"${value}" is not a 24-hour time like 09:30`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A local date and time without zone, "2026-12-23T10:00", as a wall time; throws on anything else. */
export function parseWallTime(value: string): WallTime {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match || !isCivilDate(match[1]!)) throw new Error(`"${value}" is not a local date and time like 2026-12-23T10:00`);
  return { date: match[1]!, minutes: parseClockTime(match[2]!) };
}
