import { isoWeekday, weekdayName, weekdayNumber } from '../time/civil-date.ts';
import { parseWallTime, resolveWallTime } from '../time/zoned-time.ts';
import { ROLE_LABELS, type Override, type Person, type RotaData, type Rotation } from './model.ts';
import type { RotaFileNames, RotaProblem } from './problems.ts';
import { wallInstant } from './rota.ts';

/**
 * Checks that need more than one entry or file: references between people, rotations and
 * overrides, roles, on-call opt-in, dates that fit the handoff day, and overrides that are the
 * wrong way round or overlap. Every problem here is an error: the rota would be wrong.
 */
export function checkRotaData(data: RotaData, files: RotaFileNames, timeZone: string): RotaProblem[] {
  const problems: RotaProblem[] = [];
  const people = new Map<string, Person>();
  for (const person of data.people) {
    if (people.has(person.id))
      problems.push(error(files.people, `person "${person.id}"`, 'the id is used twice; each person needs their own id'));
    people.set(person.id, person);
  }

  const rotations = new Map<string, Rotation>();
  for (const rotation of data.rotations) {
    const entry = `rotation "${rotation.id}"`;
    const add = (reason: string, where = entry) => problems.push(error(files.rotations, where, reason));
    if (rotations.has(rotation.id)) add('the id is used twice; each rotation needs its own id');
    rotations.set(rotation.id, rotation);

    const day = rotation.handoff.day;
    const onHandoffDay = (date: string) => isoWeekday(date) === weekdayNumber(day);
    if (!onHandoffDay(rotation.start))
      add(`start ${rotation.start} is a ${weekdayName(rotation.start)}, but the rotation hands off on ${day}s; start it on a ${day}`);
    if (rotation.until !== undefined) {
      if (rotation.until <= rotation.start) add(`until ${rotation.until} is not after start ${rotation.start}`);
      else if (!onHandoffDay(rotation.until))
        add(`until ${rotation.until} is a ${weekdayName(rotation.until)}, but the rotation hands off on ${day}s; end it on a ${day}`);
    }
    for (const member of rotation.members) {
      const reason = membershipProblem(member, rotation, people, files.people);
      if (reason) add(reason);
    }
    let previous = rotation.start;
    for (const change of rotation.changes) {
      const where = `${entry}, change from ${change.from}`;
      if (change.from <= previous)
        add(`changes must come after the start and after each other, in date order (this one is not after ${previous})`, where);
      else if (!onHandoffDay(change.from))
        add(`${change.from} is a ${weekdayName(change.from)}, but the rotation hands off on ${day}s`, where);
      previous = change.from > previous ? change.from : previous;
      for (const member of change.members) {
        const reason = membershipProblem(member, rotation, people, files.people);
        if (reason) add(reason, where);
      }
    }
  }

  const spans: Array<{ override: Override; start: number; end: number; rotation: string }> = [];
  for (const override of data.overrides) {
    const entry = overrideEntry(override);
    const add = (reason: string) => problems.push(error(files.overrides, entry, reason));
    const rotation = rotations.get(override.rotation);
    if (!rotation) add(`rotation "${override.rotation}" is not in ${files.rotations}`);
    else {
      const reason = membershipProblem(override.cover, rotation, people, files.people, 'the cover');
      if (reason) add(reason);
    }
    for (const [field, value] of [
      ['from', override.from],
      ['to', override.to],
    ] as const) {
      const reason = clockChangeProblem(field, value, timeZone);
      if (reason) add(reason);
    }
    const start = wallInstant(parseWallTime(override.from), timeZone);
    const end = wallInstant(parseWallTime(override.to), timeZone);
    if (end <= start)
      add(`it ends (${override.to}) ${end === start ? 'when' : 'before'} it starts (${override.from}); "to" must be later than "from"`);
    else spans.push({ override, start, end, rotation: override.rotation });
  }
  spans.sort((a, b) => (a.rotation < b.rotation ? -1 : a.rotation > b.rotation ? 1 : a.start - b.start));
  for (let i = 1; i < spans.length; i++) {
    const later = spans[i]!;
    // Compare with every earlier one still running, not just the previous: a long override can cover several.
    for (let j = i - 1; j >= 0 && spans[j]!.rotation === later.rotation; j--) {
      const earlier = spans[j]!;
      if (earlier.end > later.start) {
        const [first, second] = earlier.override.entry < later.override.entry ? [earlier, later] : [later, earlier];
        problems.push(
          error(
            files.overrides,
            overrideEntry(second.override),
            `it overlaps ${overrideEntry(first.override)}; only one override can apply to a rotation at a time`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * A local time in the hour the clocks skip never happens, and one in the hour they repeat happens
 * twice: either way the data cannot say when the override starts or ends, so ask for another time.
 */
function clockChangeProblem(field: 'from' | 'to', value: string, timeZone: string): string | undefined {
  const resolved = resolveWallTime(parseWallTime(value), timeZone);
  if (resolved.kind === 'skipped') {
    return `"${field}" ${value} never happens in ${timeZone}: the clocks go forward over it that night; use a time outside the skipped hour`;
  }
  if (resolved.kind === 'ambiguous') {
    return `"${field}" ${value} happens twice in ${timeZone}: the clocks go back over it that night, so it could mean either; use a time outside the repeated hour`;
  }
  return undefined;
}

/** Why `personId` may not be on `rotation`, or undefined if they may. */
function membershipProblem(
  personId: string,
  rotation: Rotation,
  people: ReadonlyMap<string, Person>,
  peopleFile: string,
  who = 'member',
): string | undefined {
  const person = people.get(personId);
  if (!person) return `${who} "${personId}" is not in ${peopleFile}`;
  if (rotation.role && person.role !== rotation.role) {
    return `${who} "${personId}" (${person.name}) is ${article(ROLE_LABELS[person.role])}, but "${rotation.id}" is for ${ROLE_LABELS[rotation.role]}s only`;
  }
  if (rotation.kind === 'on-call' && !person.onCall) {
    return `${who} "${personId}" (${person.name}) has not opted in to on call; only people with onCall: true in ${peopleFile} can be on "${rotation.id}"`;
  }
  return undefined;
}

export function overrideEntry(override: Override): string {
  return `entry ${override.entry} (${override.rotation}, ${override.from} to ${override.to})`;
}

function error(file: string, entry: string, reason: string): RotaProblem {
  return { severity: 'error', file, entry, reason };
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
