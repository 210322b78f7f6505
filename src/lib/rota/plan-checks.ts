import { addDays, isoWeekday } from '../time/civil-date.ts';
import { formatClockTime, resolveWallTime, toZoned } from '../time/zoned-time.ts';
import { holdingsBetween, type Holding } from './assignments.ts';
import { formatDay } from './format.ts';
import type { RotaSettings, Span } from './model.ts';
import type { RotaFileNames, RotaProblem } from './problems.ts';
import type { Rota, RotaRotation } from './rota.ts';
import { expandRotation } from './shifts.ts';
import { overrideEntry } from './validate.ts';

const WEEK = 7 * 86_400_000;
/** Far enough ahead to meet both of a year's clock changes, wherever the zone's rules put them. */
const HANDOFF_CHECK_WEEKS = 53;

/**
 * Look-ahead checks over the planning horizon (13 weeks by default) from `now`: hours a rotation
 * should cover with nobody on it, anyone on two rotations at overlapping times (for example first
 * line and on call in the same week), and rotations planned to end within the horizon. These are
 * warnings unless the settings make them errors.
 */
export function checkPlan(rota: Rota, now: number, settings: RotaSettings, files: RotaFileNames): RotaProblem[] {
  const severity = settings.strictness === 'error' ? 'error' : 'warning';
  const weeks = settings.planningHorizonWeeks;
  const horizon = now + weeks * WEEK;
  const problems: RotaProblem[] = [];
  const when = (instant: number) => formatInstant(instant, rota.timeZone);

  for (const rotation of rota.rotations) {
    const entry = `rotation "${rotation.id}"`;
    if (rotation.endsAt < horizon) {
      problems.push({
        severity,
        file: files.rotations,
        entry,
        reason: `it is planned only until ${when(rotation.endsAt)} (until: ${rotation.until}), less than ${weeks} weeks ahead; move "until" later, or remove it so the rotation repeats`,
      });
    }
    for (const gap of mergedGaps(rota, rotation, now, Math.min(horizon, rotation.endsAt))) {
      problems.push({ severity, file: files.rotations, entry, reason: `nobody is on it from ${when(gap.start)} to ${when(gap.end)}` });
    }
  }

  for (const clash of clashes(rota, now, horizon)) {
    const override = clash.override === undefined ? undefined : rota.data.overrides.find((o) => o.entry === clash.override);
    problems.push({
      severity,
      file: override ? files.overrides : files.rotations,
      entry: override ? overrideEntry(override) : `rotation "${clash.second}"`,
      reason: `"${clash.person}" (${rota.nameOf(clash.person)}) is on "${clash.first}" and "${clash.second}" at overlapping times, ${when(clash.start)} to ${when(clash.end)}`,
    });
  }
  return problems;
}

/** Uncovered hours, with gaps separated only by hours the rotation does not cover joined into one. */
function mergedGaps(rota: Rota, rotation: RotaRotation, from: number, to: number): Span[] {
  if (!(to > from)) return [];
  const { shifts, gaps } = expandRotation(rota, rotation, from, to);
  const merged: Span[] = [];
  for (const gap of gaps) {
    const last = merged[merged.length - 1];
    if (last && !shifts.some((s) => s.start >= last.end && s.start < gap.start)) last.end = gap.end;
    else merged.push({ start: Math.max(gap.start, from), end: gap.end });
  }
  return merged;
}

interface Clash {
  person: string;
  /** The two rotations, in the order of rotations.yaml. */
  first: string;
  second: string;
  /** The override that put the person there, if one did. */
  override?: number | undefined;
  start: number;
  end: number;
}

/**
 * Times one person holds two rotations at once. Holding a rotation means having the turn, not
 * only being in a shift, so a first-line week and an on-call week that overlap count as a clash
 * even though their shifts never do.
 */
function clashes(rota: Rota, from: number, to: number): Clash[] {
  const order = new Map(rota.rotations.map((r, i) => [r.id, i]));
  const byPerson = new Map<string, Holding[]>();
  for (const rotation of rota.rotations) {
    for (const holding of holdingsBetween(rotation, from, to, rota.timeZone)) {
      const list = byPerson.get(holding.person) ?? [];
      list.push(holding);
      byPerson.set(holding.person, list);
    }
  }
  const found: Clash[] = [];
  for (const [person, holdings] of byPerson) {
    holdings.sort((x, y) => x.start - y.start);
    for (let i = 0; i < holdings.length; i++) {
      for (let j = i + 1; j < holdings.length && holdings[j]!.start < holdings[i]!.end; j++) {
        const [a, b] = [holdings[i]!, holdings[j]!].sort((x, y) => order.get(x.rotation)! - order.get(y.rotation)!) as [Holding, Holding];
        if (a.rotation === b.rotation) continue;
        const override = a.override?.entry ?? b.override?.entry;
        const start = Math.max(a.start, b.start);
        const end = Math.min(a.end, b.end);
        // Holdings are split at handoffs; one clash running on across them is reported once.
        const same = found.find(
          (c) => c.person === person && c.first === a.rotation && c.second === b.rotation && c.override === override && c.end >= start,
        );
        if (same) same.end = Math.max(same.end, end);
        else found.push({ person, first: a.rotation, second: b.rotation, override, start, end });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

function formatInstant(instant: number, timeZone: string): string {
  const { date, minutes } = toZoned(instant, timeZone);
  return `${formatDay(date, true)}, ${formatClockTime(minutes)}`;
}

/**
 * A weekly handoff at a local time the clocks skip or repeat on one of its days (say Sundays at
 * 01:30 in the UK) cannot say when that week's turn ends. Like an override at such a time, this
 * is an error, whatever the strictness: the rota would be wrong, not just thin. Checks each
 * rotation's handoffs for a year from `now`, and reports the first such day.
 */
export function checkHandoffTimes(rota: Rota, now: number, files: RotaFileNames): RotaProblem[] {
  const problems: RotaProblem[] = [];
  const today = toZoned(now, rota.timeZone).date;
  for (const rotation of rota.rotations) {
    // The first handoff day on or after today (and not before the rotation starts).
    const from = today > rotation.start ? addDays(today, (rotation.handoffWeekday - isoWeekday(today) + 7) % 7) : rotation.start;
    for (let week = 0; week < HANDOFF_CHECK_WEEKS; week++) {
      const date = addDays(from, week * 7);
      if (rotation.until !== undefined && date > rotation.until) break;
      const { kind } = resolveWallTime({ date, minutes: rotation.handoffMinutes }, rota.timeZone);
      if (kind === 'exact') continue;
      const at = `${rotation.handoff.day}s at ${rotation.handoff.time}`;
      problems.push({
        severity: 'error',
        file: files.rotations,
        entry: `rotation "${rotation.id}"`,
        reason:
          kind === 'skipped'
            ? `its handoff, ${at}, never happens on ${formatDay(date, true)} in ${rota.timeZone}: the clocks go forward over it that night; choose a handoff time outside that hour`
            : `its handoff, ${at}, happens twice on ${formatDay(date, true)} in ${rota.timeZone}: the clocks go back over it that night, so it could mean either; choose a handoff time outside that hour`,
      });
      break;
    }
  }
  return problems;
}
