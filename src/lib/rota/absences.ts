import type { WorkingHours } from '../calendar/working-hours.ts';
import { addDays, type CivilDate } from '../time/civil-date.ts';
import { parseClockTime, type WallTime } from '../time/zoned-time.ts';
import type { Span } from './model.ts';
import type { Rota } from './rota.ts';
import { wallInstant } from './rota.ts';

/**
 * Time away from content/rota/absences.yaml: holiday, sickness or anything else that keeps someone
 * off the rota. Whole days by default; the first day can start at midday and the last can end there.
 */

export const ABSENCE_TYPES = ['holiday', 'sickness', 'other'] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

/** `afternoon`: away only from midday on the first day. `morning`: back at midday on the last. */
export type FirstDay = 'whole' | 'afternoon';
export type LastDay = 'whole' | 'morning';

export interface Absence {
  /** Position in absences.yaml, from 1, so messages can point at it. */
  entry: number;
  person: string;
  /** First and last day away, local dates in the calendar's zone. */
  from: CivilDate;
  to: CivilDate;
  firstDay?: FirstDay | undefined;
  lastDay?: LastDay | undefined;
  /** Left out of what the browser gets: why someone is away is theirs to tell. */
  type?: AbsenceType | undefined;
  note?: string | undefined;
}

export interface AbsenceSpan extends Span {
  absence: Absence;
}

/**
 * Where a half day splits: halfway through the working day (14:00 for 10:00 to 18:00), so a
 * morning off covers the first half of the day's work and an afternoon off the second.
 */
export function middayMinutes(hours: Pick<WorkingHours, 'start' | 'end'>): number {
  return Math.round((parseClockTime(hours.start) + parseClockTime(hours.end)) / 2);
}

/** The local times an absence starts and ends at: midnight, or midday for a half day. */
export function absenceWallTimes(absence: Absence, hours: Pick<WorkingHours, 'start' | 'end'>): { from: WallTime; to: WallTime } {
  const midday = middayMinutes(hours);
  return {
    from: { date: absence.from, minutes: absence.firstDay === 'afternoon' ? midday : 0 },
    to: absence.lastDay === 'morning' ? { date: absence.to, minutes: midday } : { date: addDays(absence.to, 1), minutes: 0 },
  };
}

export function absenceSpan(absence: Absence, hours: WorkingHours): AbsenceSpan {
  const { from, to } = absenceWallTimes(absence, hours);
  return { absence, start: wallInstant(from, hours.timeZone), end: wallInstant(to, hours.timeZone) };
}

const spansByRota = new WeakMap<Rota, ReadonlyMap<string, readonly AbsenceSpan[]>>();

/** Each person's absences as instants, in order of start; worked out once per rota. */
export function absencesByPerson(rota: Rota): ReadonlyMap<string, readonly AbsenceSpan[]> {
  let byPerson = spansByRota.get(rota);
  if (!byPerson) {
    const map = new Map<string, AbsenceSpan[]>();
    for (const absence of rota.data.absences ?? []) {
      const span = absenceSpan(absence, rota.calendar.hours);
      if (!(span.end > span.start)) continue;
      const list = map.get(absence.person) ?? [];
      list.push(span);
      map.set(absence.person, list);
    }
    for (const list of map.values()) list.sort((a, b) => a.start - b.start);
    byPerson = map;
    spansByRota.set(rota, byPerson);
  }
  return byPerson;
}

/** The person's absences overlapping [start, end). */
export function absencesOverlapping(rota: Rota, personId: string, start: number, end: number): AbsenceSpan[] {
  return (absencesByPerson(rota).get(personId) ?? []).filter((a) => a.start < end && a.end > start);
}

/** "entry 2 (ingrid-sorensen, 2027-01-25 to 2027-01-26)", as messages name an absence. */
export function absenceEntry(absence: Absence): string {
  const from = absence.firstDay === 'afternoon' ? `${absence.from} afternoon` : absence.from;
  const to = absence.lastDay === 'morning' ? `${absence.to} morning` : absence.to;
  return `entry ${absence.entry} (${absence.person}, ${from === to ? from : `${from} to ${to}`})`;
}
