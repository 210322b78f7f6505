import { absencesOverlapping } from './absences.ts';
import { assessCover, type CoverCandidate, type Ineligible } from './cover.ts';
import { formatDay, formatSpan } from './format.ts';
import type { Override, OverrideReason, RotaData, Shift } from './model.ts';
import { createRota, type Rota } from './rota.ts';
import { shiftsBetween } from './shifts.ts';
import { weekContaining } from './weeks.ts';
import { formatClockTime, toZoned } from '../time/zoned-time.ts';

/**
 * The swap and cover builder's logic: from a chosen stretch of someone's shifts to the overrides
 * that hand it to someone else, refusing anything in the past or anyone not eligible. The page
 * only shows choices and the result; src/lib/rota/change-check.ts checks the result as the build does.
 */

const DAY = 86_400_000;
/** How far from the chosen stretch a swap partner's own turn is looked for. */
const SWAP_SEARCH_WEEKS = 26;

/** A stretch of one rotation one person holds: a single shift, or their run of shifts in a week. */
export interface ShiftChoice {
  rotation: string;
  person: string;
  start: number;
  end: number;
  /** The number of shifts in it. */
  shifts: number;
}

export type NewOverride = Omit<Override, 'entry'>;

export interface ChangePlan {
  kind: 'cover' | 'swap';
  overrides: NewOverride[];
  /** What happens, in a sentence or two. */
  summary: string[];
  /** A commit message for the change. */
  message: string;
}

export type PlanResult = { ok: true; plan: ChangePlan } | { ok: false; problems: string[] };

/** Someone's shifts from `now` on, each alone and, where a week has several, as the week's run. */
export function choicesFor(rota: Rota, personId: string, now: number, weeks = 13): ShiftChoice[] {
  const shifts = shiftsBetween(rota, now, now + weeks * 7 * DAY, { person: personId }).filter((s) => s.start >= now);
  const choices: ShiftChoice[] = [];
  for (const run of runsOf(rota, shifts)) {
    if (run.shifts > 1) choices.push(run);
    for (const s of shifts) if (s.rotation === run.rotation && s.start >= run.start && s.end <= run.end) choices.push(single(s));
  }
  return choices;
}

/** The run of the person's shifts on the rotation in the week containing `instant`. */
export function weekRunAt(rota: Rota, rotation: string, personId: string, instant: number): ShiftChoice | undefined {
  const week = weekContaining(rota, instant);
  const shifts = shiftsBetween(rota, instant - 8 * DAY, instant + 8 * DAY, { rotations: [rotation], person: personId }).filter(
    (s) => weekContaining(rota, s.start) === week,
  );
  return runsOf(rota, shifts)[0];
}

function single(shift: Shift): ShiftChoice {
  return { rotation: shift.rotation, person: shift.person, start: shift.start, end: shift.end, shifts: 1 };
}

/** Shifts grouped by rotation and week, in order of start. */
function runsOf(rota: Rota, shifts: readonly Shift[]): ShiftChoice[] {
  const runs = new Map<string, ShiftChoice>();
  for (const s of shifts) {
    const key = `${s.rotation} ${weekContaining(rota, s.start)}`;
    const run = runs.get(key);
    if (run) {
      run.end = Math.max(run.end, s.end);
      run.shifts += 1;
    } else runs.set(key, single(s));
  }
  return [...runs.values()].sort((a, b) => a.start - b.start);
}

/** Why the choice cannot be changed now, if it cannot. */
function timeProblem(rota: Rota, choice: ShiftChoice, now: number): string | undefined {
  const when = formatSpan(choice.start, choice.end, rota.timeZone);
  if (choice.end <= now) return `That shift (${when}) is over. Only shifts still to come can be covered or swapped.`;
  if (choice.start <= now)
    return `That shift (${when}) has already started, and an override cannot change what has already happened. Choose one of the shifts still to come.`;
  return undefined;
}

function reasonsText(rota: Rota, personId: string, reasons: readonly Ineligible[], what: string): string {
  const name = rota.nameOf(personId);
  return `${name} cannot ${what}, as ${name} ${reasons.map((r) => r.reason).join(', and ')}. Nothing was produced.`;
}

/** Who could take the choice, least loaded first, and why the others cannot. */
export function coverOptions(rota: Rota, choice: ShiftChoice) {
  return assessCover(rota, { rotation: choice.rotation, start: choice.start, end: choice.end, instead: choice.person });
}

export function planCover(
  rota: Rota,
  choice: ShiftChoice,
  coverId: string,
  options: { now: number; reason: OverrideReason; note?: string | undefined },
): PlanResult {
  const time = timeProblem(rota, choice, options.now);
  if (time) return { ok: false, problems: [time] };
  const rotation = rota.rotation(choice.rotation);
  if (!rotation || !rota.people.has(coverId)) return { ok: false, problems: [`“${coverId}” is not on the rota.`] };
  const { ineligible } = coverOptions(rota, choice);
  const refused = ineligible.find((i) => i.person.id === coverId);
  if (refused) return { ok: false, problems: [reasonsText(rota, coverId, refused.reasons, `cover ${rotation.name} then`)] };
  const override = overrideFor(rota, choice, coverId, options.reason, options.note);
  const span = formatSpan(choice.start, choice.end, rota.timeZone);
  return {
    ok: true,
    plan: {
      kind: 'cover',
      overrides: [override],
      summary: [`${rota.nameOf(coverId)} covers ${rota.nameOf(choice.person)} on ${rotation.name}, ${span} (${shiftCount(choice)}).`],
      message: `Rota: ${rota.nameOf(coverId)} covers ${rota.nameOf(choice.person)} on ${rotation.name}, ${dayRange(rota, choice)}`,
    },
  };
}

export interface SwapOption {
  candidate: CoverCandidate;
  /** The partner's own stretch the chosen person takes in return. */
  theirs: ShiftChoice;
}

/**
 * Who could swap: each person eligible to take the choice once their own stretch (a later week of
 * theirs on the rotation, or else an earlier one still to come) is handed the other way, with the
 * chosen person eligible for that stretch too.
 */
export function swapOptions(rota: Rota, choice: ShiftChoice, now: number): SwapOption[] {
  const options: SwapOption[] = [];
  const from = Math.max(now, choice.start - SWAP_SEARCH_WEEKS * 7 * DAY);
  const to = choice.end + SWAP_SEARCH_WEEKS * 7 * DAY;
  const holdersRuns = new Map<string, ShiftChoice[]>();
  for (const run of runsOf(
    rota,
    shiftsBetween(rota, from, to, { rotations: [choice.rotation] }).filter((s) => s.start > now && !s.override),
  )) {
    const list = holdersRuns.get(run.person) ?? [];
    list.push(run);
    holdersRuns.set(run.person, list);
  }
  for (const [partner, runs] of holdersRuns) {
    if (partner === choice.person) continue;
    const ordered = [...runs.filter((r) => r.start >= choice.end), ...runs.filter((r) => r.end <= choice.start).reverse()];
    for (const theirs of ordered) {
      const check = swapCheck(rota, choice, partner, theirs);
      if (check.ok) {
        options.push({ candidate: check.candidate, theirs });
        break;
      }
    }
  }
  return options.sort(
    (a, b) => a.candidate.load.value - b.candidate.load.value || a.candidate.person.name.localeCompare(b.candidate.person.name, 'en-GB'),
  );
}

function swapCheck(
  rota: Rota,
  choice: ShiftChoice,
  partner: string,
  theirs: ShiftChoice,
): { ok: true; candidate: CoverCandidate } | { ok: false; problems: string[] } {
  const rotation = rota.rotation(choice.rotation)!;
  // Each side is judged with the other half of the swap in place, so neither counts the turn they give away.
  const withTheirs = withOverrides(rota, [overrideFor(rota, theirs, choice.person, 'swap')]);
  const partnerCheck = assessCover(
    withTheirs,
    { rotation: choice.rotation, start: choice.start, end: choice.end, instead: choice.person },
    { loadAt: choice.start },
  );
  const withMine = withOverrides(rota, [overrideFor(rota, choice, partner, 'swap')]);
  const mineCheck = assessCover(
    withMine,
    { rotation: theirs.rotation, start: theirs.start, end: theirs.end, instead: partner },
    { loadAt: choice.start },
  );
  const problems: string[] = [];
  const partnerRefused = partnerCheck.ineligible.find((i) => i.person.id === partner);
  if (partnerRefused)
    problems.push(reasonsText(rota, partner, partnerRefused.reasons, `take ${rota.nameOf(choice.person)}’s ${rotation.name} shifts`));
  const mineRefused = mineCheck.ineligible.find((i) => i.person.id === choice.person);
  if (mineRefused)
    problems.push(
      reasonsText(
        rota,
        choice.person,
        mineRefused.reasons,
        `take ${rota.nameOf(partner)}’s shifts of ${formatSpan(theirs.start, theirs.end, rota.timeZone)}`,
      ),
    );
  const candidate = partnerCheck.eligible.find((c) => c.person.id === partner);
  return problems.length || !candidate
    ? { ok: false, problems: problems.length ? problems : [`${rota.nameOf(partner)} cannot swap.`] }
    : { ok: true, candidate };
}

export function planSwap(
  rota: Rota,
  choice: ShiftChoice,
  partnerId: string,
  options: { now: number; note?: string | undefined },
): PlanResult {
  const time = timeProblem(rota, choice, options.now);
  if (time) return { ok: false, problems: [time] };
  const rotation = rota.rotation(choice.rotation);
  if (!rotation || !rota.people.has(partnerId)) return { ok: false, problems: [`“${partnerId}” is not on the rota.`] };
  const option = swapOptions(rota, choice, options.now).find((o) => o.candidate.person.id === partnerId);
  if (!option) {
    const { ineligible } = coverOptions(rota, choice);
    const refused = ineligible.find((i) => i.person.id === partnerId);
    const why = refused
      ? reasonsText(rota, partnerId, refused.reasons, `take ${rota.nameOf(choice.person)}’s ${rotation.name} shifts`)
      : `${rota.nameOf(partnerId)} has no ${rotation.name} shifts of their own in the ${SWAP_SEARCH_WEEKS} weeks either side that ${rota.nameOf(choice.person)} could take in return.`;
    return { ok: false, problems: [why] };
  }
  const { theirs } = option;
  const mine = formatSpan(choice.start, choice.end, rota.timeZone);
  const their = formatSpan(theirs.start, theirs.end, rota.timeZone);
  const note = (who: string) => options.note ?? `Swap with ${firstName(rota.nameOf(who))}`;
  return {
    ok: true,
    plan: {
      kind: 'swap',
      overrides: [
        overrideFor(rota, choice, partnerId, 'swap', note(choice.person)),
        overrideFor(rota, theirs, choice.person, 'swap', note(partnerId)),
      ].sort((a, b) => (a.from < b.from ? -1 : 1)),
      summary: [
        `${rota.nameOf(partnerId)} takes ${rota.nameOf(choice.person)}’s ${rotation.name} shifts, ${mine} (${shiftCount(choice)}).`,
        `In return, ${rota.nameOf(choice.person)} takes ${rota.nameOf(partnerId)}’s, ${their} (${shiftCount(theirs)}).`,
      ],
      message: `Rota: ${rota.nameOf(choice.person)} and ${rota.nameOf(partnerId)} swap ${rotation.name}, ${dayRange(rota, choice)} for ${dayRange(rota, theirs)}`,
    },
  };
}

function overrideFor(rota: Rota, choice: ShiftChoice, cover: string, reason: OverrideReason, note?: string): NewOverride {
  return {
    rotation: choice.rotation,
    from: localTime(rota, choice.start),
    to: localTime(rota, choice.end),
    cover,
    reason,
    ...(note ? { note } : {}),
  };
}

function withOverrides(rota: Rota, added: readonly NewOverride[]): Rota {
  const data: RotaData = {
    ...rota.data,
    overrides: [...rota.data.overrides, ...added.map((o, i) => ({ ...o, entry: rota.data.overrides.length + i + 1 }))],
  };
  return createRota(data, rota.calendar);
}

/** "2027-02-15T10:00": an instant as overrides.yaml writes it, in the rota's zone. */
export function localTime(rota: Rota, instant: number): string {
  const { date, minutes } = toZoned(instant, rota.timeZone);
  return `${date}T${formatClockTime(minutes)}`;
}

function dayRange(rota: Rota, choice: ShiftChoice): string {
  const a = toZoned(choice.start, rota.timeZone).date;
  const b = toZoned(choice.end - 1, rota.timeZone).date;
  return a === b ? formatDay(a, true) : `${formatDay(a)} to ${formatDay(b, true)}`;
}

function shiftCount(choice: ShiftChoice): string {
  return choice.shifts === 1 ? 'one shift' : `${choice.shifts} shifts`;
}

function firstName(name: string): string {
  const bracket = /\(([^)]+)\)/.exec(name);
  return (bracket?.[1] ?? name).split(' ')[0] ?? name;
}

/** Whether the person is away during any of the choice, for saying so beside it. */
export function awayDuring(rota: Rota, choice: ShiftChoice): boolean {
  return absencesOverlapping(rota, choice.person, choice.start, choice.end).length > 0;
}

/** The person's shifts on the rotation within [start, end) as one choice, or undefined if they have none there. */
export function choiceBetween(rota: Rota, rotation: string, personId: string, start: number, end: number): ShiftChoice | undefined {
  const shifts = shiftsBetween(rota, start, end, { rotations: [rotation], person: personId }).filter(
    (s) => s.start >= start && s.end <= end,
  );
  if (shifts.length === 0) return undefined;
  return { rotation, person: personId, start: shifts[0]!.start, end: shifts[shifts.length - 1]!.end, shifts: shifts.length };
}
