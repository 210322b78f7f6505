import { outOfHoursBetween } from '../rota/cover-hours.ts';
import { holdingsBetween } from '../rota/assignments.ts';
import type { Span } from '../rota/model.ts';
import { wallInstant, type Rota } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';
import { addDays, civilDate, civilParts, isoWeekday, type CivilDate } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import { onCallPieces, type Line } from '../on-call/hours.ts';

/**
 * How much of the rota each person carries over a window of time: on-call weeks (first and
 * second line), weekend days, bank-holiday days and nights on call, first-line weeks, swaps and
 * cover given and taken, and their share of the out-of-hours time. Hours only, never money: this
 * is published on the site. Everything comes from the rota engine after overrides, so a swap
 * moves the load to whoever actually covered.
 */
export interface PersonLoad {
  person: string;
  name: string;
  /** Rota weeks (from one handoff to the next) with any on-call time, on either line. */
  onCallWeeks: number;
  onCallWeeksByLine: Record<Line, number>;
  /** UK days on a weekend, and on a bank holiday, with any on-call time. */
  weekendDays: number;
  bankHolidayDays: number;
  /** Nights on call: mornings with on-call time between midnight and 08:00. */
  nights: number;
  /** Rota weeks with any first-line time. */
  firstLineWeeks: number;
  /** Overrides with reason "swap" where this person was covered (given) or covered (taken). */
  swapsGiven: number;
  swapsTaken: number;
  /** Leave and illness cover: times others covered for them, and times they covered. */
  coverGiven: number;
  coverTaken: number;
  onCallMinutes: number;
  /** Their on-call minutes over the window's out-of-hours minutes (0-1; both lines count). */
  share: number;
}

export interface LoadWindow {
  from: number;
  to: number;
}

const MINUTE = 60_000;
/** Windows are taken to whole minutes, as the on-call pieces are. */
const wholeMinutes = (w: LoadWindow): LoadWindow => ({
  from: Math.floor(w.from / MINUTE) * MINUTE,
  to: Math.floor(w.to / MINUTE) * MINUTE,
});

/** The rota week an instant is in: the local date of the handoff that began it. */
export function rotaWeekOf(rota: Rota, rotationId: string, instant: number): CivilDate {
  const rotation = rota.rotation(rotationId)!;
  const { date } = toZoned(instant, rota.timeZone);
  let start = addDays(date, -((isoWeekday(date) - rotation.handoffWeekday + 7) % 7));
  if (wallInstant({ date: start, minutes: rotation.handoffMinutes }, rota.timeZone) > instant) start = addDays(start, -7);
  return start;
}

/** Out-of-hours minutes in the window: what one on-call line covers. */
export function outOfHoursMinutes(rota: Rota, range: LoadWindow): number {
  const window = wholeMinutes(range);
  return outOfHoursBetween(rota.calendar, window.from, window.to).reduce(
    (t, b: Span) => t + (Math.min(b.end, window.to) - Math.max(b.start, window.from)) / MINUTE,
    0,
  );
}

/**
 * Each person's load over [from, to), in the order of people.yaml: everyone in a rotation or with
 * any time in the window. For ranking who should cover next, lower is lighter.
 */
export function loadByPerson(rota: Rota, range: LoadWindow): PersonLoad[] {
  const window = wholeMinutes(range);
  const total = outOfHoursMinutes(rota, window);
  const loads = new Map<string, PersonLoad>();
  const sets = new Map<
    string,
    {
      weeks: Set<string>;
      first: Set<string>;
      second: Set<string>;
      weekend: Set<string>;
      holiday: Set<string>;
      nights: Set<string>;
      firstLine: Set<string>;
    }
  >();
  const of = (id: string) => {
    let load = loads.get(id);
    if (!load) {
      load = {
        person: id,
        name: rota.nameOf(id),
        onCallWeeks: 0,
        onCallWeeksByLine: { first: 0, second: 0 },
        weekendDays: 0,
        bankHolidayDays: 0,
        nights: 0,
        firstLineWeeks: 0,
        swapsGiven: 0,
        swapsTaken: 0,
        coverGiven: 0,
        coverTaken: 0,
        onCallMinutes: 0,
        share: 0,
      };
      loads.set(id, load);
      sets.set(id, {
        weeks: new Set(),
        first: new Set(),
        second: new Set(),
        weekend: new Set(),
        holiday: new Set(),
        nights: new Set(),
        firstLine: new Set(),
      });
    }
    return { load, sets: sets.get(id)! };
  };
  // Everyone on a rotation appears, with zeros if need be.
  for (const person of rota.data.people) {
    if (rota.rotations.some((r) => r.members.includes(person.id) || r.changes.some((c) => c.members.includes(person.id)))) of(person.id);
  }

  for (const piece of onCallPieces(rota, window.from, window.to)) {
    const { load, sets: s } = of(piece.person);
    load.onCallMinutes += piece.minutes;
    const week = rotaWeekOf(rota, piece.rotation, piece.start);
    s.weeks.add(week);
    (piece.line === 'first' ? s.first : s.second).add(week);
    if (piece.kind === 'weekend') s.weekend.add(piece.date);
    if (piece.kind === 'bank-holiday') s.holiday.add(piece.date);
    // A piece starting before 08:00 covers part of the night that ends that morning.
    if (toZoned(piece.start, rota.timeZone).minutes < 8 * 60) s.nights.add(piece.date);
  }
  const firstLine = rota.rotations.filter((r) => r.kind === 'first-line').map((r) => r.id);
  for (const shift of shiftsBetween(rota, window.from, window.to, { rotations: firstLine })) {
    of(shift.person).sets.firstLine.add(rotaWeekOf(rota, shift.rotation, Math.max(shift.start, window.from)));
  }

  // Overrides, once each, by who covered and who would have been on.
  const seen = new Set<string>();
  for (const rotation of rota.rotations) {
    for (const h of holdingsBetween(rotation, window.from, window.to, rota.timeZone)) {
      if (!h.override) continue;
      const key = `${h.override.entry} ${h.override.instead ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const swap = h.override.reason === 'swap';
      const taker = of(h.person).load;
      if (swap) taker.swapsTaken += 1;
      else taker.coverTaken += 1;
      if (h.override.instead) {
        const giver = of(h.override.instead).load;
        if (swap) giver.swapsGiven += 1;
        else giver.coverGiven += 1;
      }
    }
  }

  for (const [id, load] of loads) {
    const s = sets.get(id)!;
    load.onCallWeeks = s.weeks.size;
    load.onCallWeeksByLine = { first: s.first.size, second: s.second.size };
    load.weekendDays = s.weekend.size;
    load.bankHolidayDays = s.holiday.size;
    load.nights = s.nights.size;
    load.firstLineWeeks = s.firstLine.size;
    load.share = total > 0 ? load.onCallMinutes / total : 0;
  }
  const order = new Map(rota.data.people.map((p, i) => [p.id, i]));
  return [...loads.values()].sort((a, b) => (order.get(a.person) ?? Infinity) - (order.get(b.person) ?? Infinity));
}

/** The 12 months before `now` (from the same UK date and time a year earlier) and the planned weeks after it. */
export function fairnessWindows(rota: Rota, now: number, plannedWeeks: number): { past: LoadWindow; planned: LoadWindow } {
  const { date, minutes } = toZoned(now, rota.timeZone);
  const { year, month, day } = civilParts(date);
  // 29 February a year back is 1 March.
  const yearAgo = civilDate(year - 1, month, day);
  return {
    past: { from: wallInstant({ date: yearAgo, minutes }, rota.timeZone), to: now },
    planned: { from: now, to: wallInstant({ date: addDays(date, 7 * plannedWeeks), minutes }, rota.timeZone) },
  };
}
