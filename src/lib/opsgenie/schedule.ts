import type { WorkingCalendar } from '../calendar/working-hours.ts';
import type { RotationKind } from '../rota/model.ts';
import { isoWeekday } from '../time/civil-date.ts';
import { parseClockTime, toZoned } from '../time/zoned-time.ts';
import type { ImportedOverride, ImportedRotation, Line } from './import.ts';
import type { OpsgenieInput, ScheduleRotation, TimeRestriction } from './input.ts';
import { baseRotationName, belongsTo, slug } from './naming.ts';
import type { UserResolver } from './periods.ts';
import type { Era } from './reconstruct.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEK = 7 * 24 * 60;

/**
 * Rotations from schedules exported with expand=rotation: the definition itself (participants in
 * order, turn length, handoff, time restriction), used for lines no timeline describes. An
 * overrides list is applied to them; with a timeline, the timeline already shows its overrides.
 */
export function importSchedules(input: OpsgenieInput, calendar: WorkingCalendar, resolveUser: UserResolver, haveTimelines: boolean) {
  const zone = calendar.hours.timeZone;
  const lines: Line[] = [];
  const report: string[] = [];
  const warnings: string[] = [];
  const names = new Map<string, string>();
  for (const schedule of input.schedules) {
    report.push(`${schedule.file}: schedule "${schedule.name}" with ${schedule.rotations.length} rotation(s)`);
    if (schedule.timezone !== zone)
      warnings.push(
        `${schedule.file}: schedule "${schedule.name}" is in ${schedule.timezone}; the site's rota is in ${zone}, and handoffs are read as instants`,
      );
    schedule.rotations.forEach((rotation, order) => {
      names.set(rotation.id, rotation.name);
      const where = `${schedule.file}, rotation "${rotation.name}" (${rotation.path})`;
      const era = eraFromDefinition(rotation, calendar, resolveUser, schedule.file, (w) => warnings.push(`${where}: ${w}`));
      if (era) lines.push({ base: baseRotationName(rotation.name), order, eras: [era] });
    });
  }
  for (const note of input.ignored) warnings.push(note.includes('a page at a time') ? note : `${note}; not imported`);

  const overrides = (rotations: readonly ImportedRotation[]): ImportedOverride[] => {
    if (input.overrides.length === 0) return [];
    if (haveTimelines) {
      report.push(
        `${input.overrides.length} override(s) in the overrides list not used: the timeline already shows the overrides that apply`,
      );
      return [];
    }
    const out: ImportedOverride[] = [];
    for (const o of input.overrides) {
      const refs = o.rotations.length ? o.rotations.map((r) => r.name ?? names.get(r.id ?? '') ?? '') : [...names.values()];
      const targets = rotations.filter((r) => refs.some((name) => name && belongsTo(r.id, slug(baseRotationName(name)))));
      if (o.user.type !== 'user') {
        warnings.push(
          `${o.file}, ${o.path}: override "${o.alias}" is for a ${o.user.type}; the site's overrides are for people; not imported`,
        );
        continue;
      }
      if (targets.length === 0) {
        warnings.push(
          `${o.file}, ${o.path}: override "${o.alias}" is for rotations not imported (${refs.join(', ') || 'none named'}); not imported`,
        );
        continue;
      }
      const email = resolveUser({ type: 'user', id: o.user.id, name: o.user.username ?? o.user.name }, o.file, `${o.path}.user`);
      for (const r of targets)
        out.push({
          rotation: r.id,
          from: wall(o.start, zone),
          to: wall(o.end, zone),
          cover: email,
          reason: 'swap',
          note: `Opsgenie override ${o.alias}`,
        });
    }
    return out;
  };
  return { lines, report, warnings, overrides };
}

function eraFromDefinition(
  rotation: ScheduleRotation,
  calendar: WorkingCalendar,
  resolveUser: UserResolver,
  file: string,
  warn: (w: string) => void,
): Era | undefined {
  const zone = calendar.hours.timeZone;
  const kinds = kindsOf(rotation.timeRestriction, calendar);
  if (!kinds) {
    warn('not imported: its time restriction is neither the working hours nor the time between them');
    return undefined;
  }
  const days = rotation.type === 'weekly' ? rotation.length * 7 : rotation.type === 'daily' ? rotation.length : Number.NaN;
  if (!(days > 0 && days % 7 === 0 && days / 7 <= 12)) {
    warn(
      `not imported: turns of ${rotation.length} ${rotation.type === 'hourly' ? 'hour' : rotation.type === 'daily' ? 'day' : rotation.type}(s); the site's turns are whole weeks, 1 to 12`,
    );
    return undefined;
  }
  const members: string[] = [];
  rotation.participants.forEach((p, i) => {
    if (p.type === 'user')
      members.push(resolveUser({ type: 'user', id: p.id, name: p.username ?? p.name }, file, `${rotation.path}.participants[${i}]`));
    else
      warn(
        `participant ${i + 1} is ${p.type === 'none' ? 'nobody (type none)' : `a ${p.type} (${p.name ?? p.id ?? '?'})`}; the site's members are people, so that turn is left out of the order`,
      );
  });
  if (members.length === 0) {
    warn('not imported: no participant is a user');
    return undefined;
  }
  const start = toZoned(rotation.start, zone);
  const era: Era = {
    kinds,
    handoff: { weekday: isoWeekday(start.date), minutes: start.minutes },
    turnWeeks: days / 7,
    start: start.date,
    members,
    deviations: [],
    gaps: [],
  };
  if (rotation.end !== undefined) {
    const end = toZoned(rotation.end, zone);
    era.until = end.date;
    if (isoWeekday(end.date) !== era.handoff.weekday || end.minutes !== era.handoff.minutes) {
      warn(`not imported: it ends ${end.date} at a time that is not its handoff; the site ends rotations at a handoff`);
      return undefined;
    }
  }
  return era;
}

/** Which of the site's kinds a restriction is: the working week, its complement, or none (24 hours). */
export function kindsOf(restriction: TimeRestriction | undefined, calendar: WorkingCalendar): RotationKind[] | undefined {
  if (!restriction) return ['first-line', 'on-call'];
  const covered = new Array<boolean>(WEEK / 30).fill(false);
  const mark = (from: number, to: number) => {
    for (let m = from; m !== to; m = (m + 30) % WEEK) covered[m / 30] = true;
  };
  if (restriction.type === 'time-of-day') {
    for (let d = 0; d < 7; d++) {
      const to = restriction.endMinutes > restriction.startMinutes ? restriction.endMinutes : restriction.endMinutes + 24 * 60;
      mark(d * 1440 + restriction.startMinutes, (d * 1440 + to) % WEEK);
    }
  } else {
    for (const r of restriction.restrictions) {
      mark(DAYS.indexOf(r.startDay) * 1440 + r.startMinutes, (DAYS.indexOf(r.endDay) * 1440 + r.endMinutes) % WEEK);
    }
  }
  const work = new Array<boolean>(WEEK / 30).fill(false);
  const from = parseClockTime(calendar.hours.start);
  const to = parseClockTime(calendar.hours.end);
  for (const day of calendar.hours.weekdays) for (let m = from; m < to; m += 30) work[((day - 1) * 1440 + m) / 30] = true;
  if (covered.every((c, i) => c === work[i])) return ['first-line'];
  if (covered.every((c, i) => c === !work[i])) return ['on-call'];
  if (covered.every(Boolean)) return ['first-line', 'on-call'];
  return undefined;
}

function wall(instant: number, zone: string): string {
  const z = toZoned(instant, zone);
  return `${z.date}T${String(Math.floor(z.minutes / 60)).padStart(2, '0')}:${String(z.minutes % 60).padStart(2, '0')}`;
}
