import { formatDay } from '../rota/format.ts';
import type { DataProblem } from '../data-files/problems.ts';
import type { RotaFileNames } from '../rota/problems.ts';
import type { Rota } from '../rota/rota.ts';
import { overrideEntry } from '../rota/validate.ts';
import { addDays } from '../time/civil-date.ts';
import { onCallPieces } from '../on-call/hours.ts';
import type { FairnessSettings } from './settings.ts';
import { fairnessWindows, loadByPerson, rotaWeekOf, type PersonLoad } from './load.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The order in force at `now` (or the first, if the rotation has not started). */
const membersAt = (rotation: Rota['rotations'][number], now: number): ReadonlySet<string> =>
  new Set(([...rotation.segments].reverse().find((s) => s.start <= now) ?? rotation.segments[0])?.members ?? []);

/**
 * The weeks a person's share is judged over: the planning horizon, rounded up to whole cycles of
 * each on-call rotation they are on (members times turn length), so that a fair rotation never
 * looks over the limit just because one member's extra turn falls inside the horizon (four people
 * over 13 weeks: someone has 4 turns of 13, 31%; over 16 weeks everyone has 4, 25%).
 */
export function judgingWeeks(rota: Rota, person: string, now: number, horizonWeeks: number): number {
  let weeks = horizonWeeks;
  for (const rotation of rota.rotations) {
    const members = membersAt(rotation, now);
    if (rotation.kind !== 'on-call' || !members.has(person)) continue;
    const cycle = members.size * rotation.turnWeeks;
    weeks = Math.max(weeks, Math.ceil(horizonWeeks / cycle) * cycle);
  }
  return Math.min(weeks, MAX_JUDGING_WEEKS);
}
const MAX_JUDGING_WEEKS = 104;

/** Everyone whose share of the out-of-hours time is over the limit, each judged over their own whole cycles. */
export function sharesOverLimit(rota: Rota, now: number, settings: FairnessSettings): Array<{ load: PersonLoad; weeks: number }> {
  const byWeeks = new Map<number, Map<string, PersonLoad>>();
  const loadsOver = (weeks: number) => {
    if (!byWeeks.has(weeks))
      byWeeks.set(weeks, new Map(loadByPerson(rota, fairnessWindows(rota, now, weeks).planned).map((l) => [l.person, l])));
    return byWeeks.get(weeks)!;
  };
  const over: Array<{ load: PersonLoad; weeks: number }> = [];
  for (const person of loadsOver(settings.planningHorizonWeeks).keys()) {
    const weeks = judgingWeeks(rota, person, now, settings.planningHorizonWeeks);
    const load = loadsOver(weeks).get(person);
    if (load && load.share > settings.onCallShareLimit) over.push({ load, weeks });
  }
  return over;
}

/**
 * Fairness over the planned weeks from `now`: anyone on call for more than the share limit of the
 * out-of-hours time, anyone on call two rota weeks in a row, and any on-call rotation with too
 * few members for anyone to stay under the limit. Warnings, or errors with strictness: error;
 * each names the file and entry to change.
 */
export function checkFairness(rota: Rota, now: number, settings: FairnessSettings, files: RotaFileNames): DataProblem[] {
  const severity = settings.strictness === 'error' ? 'error' : 'warning';
  const limit = settings.onCallShareLimit;
  const weeks = settings.planningHorizonWeeks;
  const { planned } = fairnessWindows(rota, now, weeks);
  const problems: DataProblem[] = [];
  const setting = `onCallShareLimit in ${files.settings}`;

  for (const rotation of rota.rotations) {
    if (rotation.kind !== 'on-call') continue;
    const members = membersAt(rotation, now).size;
    if (members > 0 && 1 / members > limit) {
      problems.push({
        severity,
        file: files.rotations,
        where: `rotation "${rotation.id}"`,
        reason: `it has ${members} member${members === 1 ? '' : 's'}, so each is on call ${percent(1 / members)} of the time, above the ${percent(limit)} limit (${setting}); it needs at least ${Math.ceil(1 / limit - 1e-9)} members`,
      });
    }
  }

  for (const judged of sharesOverLimit(rota, now, settings)) {
    const { load, weeks: over } = judged;
    const on = rota.rotations
      .filter((r) => r.kind === 'on-call' && r.segments.some((s) => s.members.includes(load.person)))
      .map((r) => `"${r.id}"`);
    const span =
      over === weeks
        ? `the next ${weeks} weeks`
        : `the next ${over} weeks (the ${weeks}-week horizon rounded up to whole turns of their rotation)`;
    problems.push({
      severity,
      file: files.rotations,
      where: `person "${load.person}"${on.length ? ` (on ${on.join(' and ')})` : ''}`,
      reason: `${load.name} is on call for ${percent(load.share)} of the out-of-hours time in ${span}, above the ${percent(limit)} limit (${setting})`,
    });
  }

  // Two weeks in a row: by the rota week each on-call piece starts in.
  const byPerson = new Map<string, Map<string, { rotation: string; override?: number | undefined }>>();
  for (const piece of onCallPieces(rota, planned.from, planned.to)) {
    const date = rotaWeekOf(rota, piece.rotation, piece.start);
    const weeksOf = byPerson.get(piece.person) ?? new Map();
    if (!weeksOf.has(date) || (piece.override && !weeksOf.get(date)!.override))
      weeksOf.set(date, { rotation: piece.rotation, override: piece.override?.entry });
    byPerson.set(piece.person, weeksOf);
  }
  for (const [person, weeksOf] of byPerson) {
    const dates = [...weeksOf.keys()].sort();
    for (const date of dates) {
      const next = weeksOf.get(addDays(date, 7));
      if (!next) continue;
      const first = weeksOf.get(date)!;
      const override = [next.override, first.override].find((e) => e !== undefined);
      const entry = override === undefined ? undefined : rota.data.overrides.find((o) => o.entry === override);
      // Each week says whose turn it was or which override put them there (with its reason and
      // note), so a deliberate swap can be told from a mistake at a glance.
      const label = (w: { rotation: string; override?: number | undefined }, d: string) => {
        const o = w.override === undefined ? undefined : rota.data.overrides.find((x) => x.entry === w.override);
        const why = o ? ` (override ${o.entry}, ${o.reason}${o.note ? `: ${o.note}` : ''})` : ' (their turn)';
        return `"${w.rotation}" in the week from ${formatDay(d)}${why}`;
      };
      problems.push({
        severity,
        file: entry ? files.overrides : files.rotations,
        where: entry ? overrideEntry(entry) : `rotation "${next.rotation}"`,
        reason: `"${person}" (${rota.nameOf(person)}) is on call two weeks in a row: ${label(first, date)}, then ${label(next, addDays(date, 7))}`,
        hint: !entry
          ? 'change the order in rotations.yaml so their turns on the on-call rotations are not in neighbouring weeks'
          : entry.reason === 'swap'
            ? 'if both people agreed to this swap it can stay; otherwise swap with someone whose turn is not next to theirs'
            : 'give the cover to someone who is not on call the week before or after',
      });
    }
  }
  return problems;
}
