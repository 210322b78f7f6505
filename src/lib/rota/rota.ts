import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { weekdayNumber, type CivilDate } from '../time/civil-date.ts';
import { fromZoned, parseClockTime, parseWallTime, type WallTime } from '../time/zoned-time.ts';
import type { Override, Person, RotaData, Rotation } from './model.ts';

/** A run of turns in one order: the rotation's start, or one of its changes. */
export interface Segment {
  date: CivilDate;
  start: number;
  members: readonly string[];
}

export interface OverrideSpan extends Override {
  start: number;
  end: number;
}

/** A rotation with its times worked out once, so expanding it is cheap. */
export interface RotaRotation extends Rotation {
  readonly segments: readonly Segment[];
  /** Instant the rotation stops (the handoff on `until`), or Infinity. */
  readonly endsAt: number;
  readonly turnDays: number;
  readonly handoffWeekday: number;
  readonly handoffMinutes: number;
  /** This rotation's overrides, in order of start. */
  readonly overrides: readonly OverrideSpan[];
  /** The handoff instant on `date`. */
  handoffOn(date: CivilDate): number;
}

/** The rota, ready for the engine: rotations in file order, people by id. */
export interface Rota {
  readonly data: RotaData;
  readonly calendar: WorkingCalendar;
  readonly timeZone: string;
  readonly rotations: readonly RotaRotation[];
  readonly people: ReadonlyMap<string, Person>;
  rotation(id: string): RotaRotation | undefined;
  /** The person's name, or the id itself for an unknown id (validation reports those). */
  nameOf(personId: string): string;
}

/**
 * Prepares validated rota data for expansion. Time zone and working hours come from the calendar,
 * so the rota and the SLA always agree on when working time is.
 */
export function createRota(data: RotaData, calendar: WorkingCalendar): Rota {
  const timeZone = calendar.hours.timeZone;
  const people = new Map(data.people.map((p) => [p.id, p]));
  const overridesByRotation = new Map<string, OverrideSpan[]>();
  for (const override of data.overrides) {
    const span = overrideSpan(override, timeZone);
    const list = overridesByRotation.get(override.rotation) ?? [];
    list.push(span);
    overridesByRotation.set(override.rotation, list);
  }
  const rotations = data.rotations.map((r) =>
    compileRotation(
      r,
      timeZone,
      (overridesByRotation.get(r.id) ?? []).sort((a, b) => a.start - b.start || a.entry - b.entry),
    ),
  );
  const byId = new Map(rotations.map((r) => [r.id, r]));
  return {
    data,
    calendar,
    timeZone,
    rotations,
    people,
    rotation: (id) => byId.get(id),
    nameOf: (id) => people.get(id)?.name ?? id,
  };
}

export function overrideSpan(override: Override, timeZone: string): OverrideSpan {
  return {
    ...override,
    start: wallInstant(parseWallTime(override.from), timeZone),
    end: wallInstant(parseWallTime(override.to), timeZone),
  };
}

// Handoffs fall on the same few hundred local times however often a rota is rebuilt (each check,
// page and benchmark run), and each conversion asks Intl several times; remember them.
const instants = new Map<string, number>();
export function wallInstant(wall: WallTime, timeZone: string): number {
  const key = `${timeZone} ${wall.date} ${wall.minutes}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= 50_000) instants.clear();
    instant = fromZoned(wall, timeZone);
    instants.set(key, instant);
  }
  return instant;
}

function compileRotation(rotation: Rotation, timeZone: string, overrides: OverrideSpan[]): RotaRotation {
  const handoffMinutes = parseClockTime(rotation.handoff.time);
  const handoffOn = (date: CivilDate): number => wallInstant({ date, minutes: handoffMinutes }, timeZone);
  const segments = [{ from: rotation.start, members: rotation.members }, ...rotation.changes]
    .map((s) => ({ date: s.from, start: handoffOn(s.from), members: s.members }))
    .sort((a, b) => a.start - b.start);
  return {
    ...rotation,
    segments,
    endsAt: rotation.until ? handoffOn(rotation.until) : Infinity,
    turnDays: 7 * rotation.turnWeeks,
    handoffWeekday: weekdayNumber(rotation.handoff.day),
    handoffMinutes,
    overrides,
    handoffOn,
  };
}
