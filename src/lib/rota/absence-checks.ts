import type { WorkingHours } from '../calendar/working-hours.ts';
import { resolveWallTime, type WallTime } from '../time/zoned-time.ts';
import { absenceEntry, absenceSpan, absenceWallTimes, absencesOverlapping, type Absence } from './absences.ts';
import { assessCover, type CoverAssessment } from './cover.ts';
import { formatSpan } from './format.ts';
import type { RotaData, RotaSettings, Shift } from './model.ts';
import type { RotaFileNames, RotaProblem } from './problems.ts';
import type { Rota } from './rota.ts';
import { shiftsBetween } from './shifts.ts';

const WEEK = 7 * 86_400_000;

/**
 * Mistakes in absences.yaml, all errors: someone not in people.yaml, an absence that ends before it
 * starts (or, with both half days on one day, leaves no time away), a start or end the clocks skip
 * or repeat, and two absences of one person that overlap.
 */
export function checkAbsenceData(data: RotaData, files: RotaFileNames, hours: WorkingHours): RotaProblem[] {
  const problems: RotaProblem[] = [];
  const people = new Set(data.people.map((p) => p.id));
  const spans: Array<{ absence: Absence; start: number; end: number }> = [];
  for (const absence of data.absences ?? []) {
    const add = (reason: string) => problems.push({ severity: 'error', file: files.absences, entry: absenceEntry(absence), reason });
    if (!people.has(absence.person)) add(`person "${absence.person}" is not in ${files.people}`);
    const walls = absenceWallTimes(absence, hours);
    const skipped = [clockChange('from', walls.from, hours.timeZone), clockChange('to', walls.to, hours.timeZone)].filter(
      (r) => r !== undefined,
    );
    skipped.forEach(add);
    if (absence.to < absence.from) {
      add(`it ends (to: ${absence.to}) before it starts (from: ${absence.from}); "to" is the last day away`);
      continue;
    }
    const span = absenceSpan(absence, hours);
    if (!(span.end > span.start)) {
      add('firstDay: afternoon and lastDay: morning on the same day leave no time away; for half a day, keep only one of them');
      continue;
    }
    if (skipped.length === 0) spans.push(span);
  }
  spans.sort((a, b) => (a.absence.person < b.absence.person ? -1 : a.absence.person > b.absence.person ? 1 : a.start - b.start));
  for (let i = 1; i < spans.length; i++) {
    const later = spans[i]!;
    for (let j = i - 1; j >= 0 && spans[j]!.absence.person === later.absence.person; j--) {
      const earlier = spans[j]!;
      if (earlier.end <= later.start) continue;
      const [first, second] = earlier.absence.entry < later.absence.entry ? [earlier, later] : [later, earlier];
      problems.push({
        severity: 'error',
        file: files.absences,
        entry: absenceEntry(second.absence),
        reason: `it overlaps ${absenceEntry(first.absence)} for the same person; join them into one absence, or change the dates`,
      });
    }
  }
  return problems;
}

/** Midnight, or midday for a half day, can fall in a clock change where the clocks change at those hours. */
function clockChange(field: 'from' | 'to', wall: WallTime, timeZone: string): string | undefined {
  const { kind } = resolveWallTime(wall, timeZone);
  const when = `${wall.date} ${String(Math.floor(wall.minutes / 60)).padStart(2, '0')}:${String(wall.minutes % 60).padStart(2, '0')}`;
  if (kind === 'skipped')
    return `"${field}" begins or ends at ${when}, which never happens in ${timeZone}: the clocks go forward over it; move the day, or use a whole day`;
  if (kind === 'ambiguous')
    return `"${field}" begins or ends at ${when}, which happens twice in ${timeZone}: the clocks go back over it; move the day, or use a whole day`;
  return undefined;
}

/** Someone holding shifts on a rotation while they are away: one run of consecutive shifts per absence and rotation. */
export interface LeaveClash {
  absence: Absence;
  person: string;
  rotation: string;
  /** From the first clashing shift's start to the last one's end: the stretch an override should cover. */
  start: number;
  end: number;
  shifts: Shift[];
}

/** Every shift in [from, to) whose holder is away during it, grouped into runs. */
export function leaveClashes(rota: Rota, from: number, to: number): LeaveClash[] {
  if (!rota.data.absences?.length) return [];
  const clashes: LeaveClash[] = [];
  const open = new Map<string, LeaveClash>();
  for (const shift of shiftsBetween(rota, from, to)) {
    const away = absencesOverlapping(rota, shift.person, shift.start, shift.end)[0];
    if (!away) continue;
    const key = `${away.absence.entry} ${shift.rotation}`;
    const run = open.get(key);
    if (run) {
      run.end = Math.max(run.end, shift.end);
      run.shifts.push(shift);
    } else {
      const clash = {
        absence: away.absence,
        person: shift.person,
        rotation: shift.rotation,
        start: shift.start,
        end: shift.end,
        shifts: [shift],
      };
      open.set(key, clash);
      clashes.push(clash);
    }
  }
  return clashes;
}

/**
 * The cover suggestions for a clash: everyone who could take that stretch, least loaded first,
 * load counted over the 12 months up to the clash (planned shifts included), so the build's
 * message and the rota page agree whenever they are worked out.
 */
export function clashCover(rota: Rota, clash: Pick<LeaveClash, 'rotation' | 'start' | 'end' | 'person'>): CoverAssessment {
  return assessCover(rota, { rotation: clash.rotation, start: clash.start, end: clash.end, instead: clash.person });
}

/**
 * The build's leave check over the planning horizon: a warning (an error with strictness: error)
 * for each clash, naming the absence, the rotation and the shifts, with who could cover.
 */
export function checkLeave(rota: Rota, now: number, settings: RotaSettings, files: RotaFileNames): RotaProblem[] {
  const severity = settings.strictness === 'error' ? 'error' : 'warning';
  return leaveClashes(rota, now, now + settings.planningHorizonWeeks * WEEK).map((clash) => {
    const rotation = rota.rotation(clash.rotation)!;
    const { eligible } = clashCover(rota, clash);
    const count = clash.shifts.length;
    const shifts = `${count === 1 ? 'a shift' : `${count} shifts`}, ${formatSpan(clash.start, clash.end, rota.timeZone)}`;
    const suggest = eligible.length
      ? `Could cover, least loaded first: ${eligible
          .slice(0, 3)
          .map((c) => `${c.person.name} (${c.load.text})`)
          .join('; ')}`
      : 'Nobody else is free to cover it';
    return {
      severity,
      file: files.absences,
      entry: absenceEntry(clash.absence),
      reason: `"${clash.person}" (${rota.nameOf(clash.person)}) is away${clash.absence.type ? ` (${clash.absence.type})` : ''} but holds "${rotation.id}" (${rotation.name}), ${shifts}; add an override in ${files.overrides}. ${suggest}`,
    };
  });
}
