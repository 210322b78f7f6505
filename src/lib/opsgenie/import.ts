import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { ROLES, type Role, type RotationKind } from '../rota/model.ts';
import { addDays, type CivilDate, type WeekdayName } from '../time/civil-date.ts';
import { formatClockTime, toZoned } from '../time/zoned-time.ts';
import { OpsgenieInputError, type OpsgenieInput, type Recipient, type Timeline } from './input.ts';
import { baseRotationName, nameFromEmail, personIdFromEmail, slug, SPLIT_SUFFIX } from './naming.ts';
import { calendarWithoutHolidays, coverage, rotationPieces, type Piece, type UserResolver } from './periods.ts';
import { reconstructEras, type Era } from './reconstruct.ts';
import { importSchedules } from './schedule.ts';

/** The rota files' entries as the importer writes them (the shapes of src/schemas/rota.ts). */
export interface ImportedPerson {
  id: string;
  name: string;
  role: Role;
  onCall: boolean;
  email: string;
}

export interface ImportedRotation {
  id: string;
  name: string;
  kind: RotationKind;
  role?: Role | undefined;
  /** On call only: "OOH 2", "Second line" and the like are the secondary line. */
  tier: 'primary' | 'secondary';
  start: CivilDate;
  until?: CivilDate | undefined;
  turnWeeks: number;
  handoff: { day: WeekdayName; time: string };
  /** E-mail addresses until people get ids. */
  members: string[];
  changes: Array<{ from: CivilDate; members: string[] }>;
}

export interface ImportedOverride {
  rotation: string;
  from: string;
  to: string;
  cover: string;
  reason: 'swap';
  note: string;
}

export interface ImportOptions {
  /** The site's working calendar (content/sla.yaml and the bank holidays). */
  calendar: WorkingCalendar;
  /** --role e-mail=role: a person's role, overriding what rotations suggest. */
  personRoles?: ReadonlyMap<string, Role>;
  /** --rotation-role name=role: the role an Opsgenie rotation (by name, without dates) is for. */
  rotationRoles?: ReadonlyMap<string, Role>;
  /** Role for people nothing else decides; each use is reported. */
  defaultRole?: Role;
}

export interface ImportResult {
  people: ImportedPerson[];
  rotations: ImportedRotation[];
  overrides: ImportedOverride[];
  /** What was imported, and everything that could not be mapped faithfully. */
  report: string[];
  /** The part of the report that needs a person's attention. */
  warnings: string[];
}

const WEEKDAYS: WeekdayName[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** What one Opsgenie rotation line (its name without dates) turned into. */
export interface Line {
  base: string;
  order: number;
  eras: Era[];
}

/**
 * Turns Opsgenie's timelines (and schedules, overrides and users) into the site's rota: people,
 * rotations and overrides, plus a report of everything that could not be carried over as it was.
 */
export function importOpsgenie(input: OpsgenieInput, options: ImportOptions): ImportResult {
  const zone = options.calendar.hours.timeZone;
  const bare = calendarWithoutHolidays(options.calendar.hours);
  const report: string[] = [];
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(line);
  const resolveUser = userResolver(input, warn);
  const lines = new Map<string, Line>();
  const addEras = (base: string, order: number, eras: Era[]) => {
    const key = slug(base);
    const line = lines.get(key) ?? { base, order, eras: [] };
    line.eras.push(...eras);
    lines.set(key, line);
  };

  for (const timeline of input.timelines) {
    report.push(
      `${timeline.file}: timeline of "${timeline.schedule.name}" from ${local(timeline.start, zone)} to ${local(timeline.end, zone)}`,
    );
    for (const rotation of timeline.final) {
      const where = `${timeline.file}, rotation "${rotation.name}"`;
      const window = { start: timeline.start, end: timeline.end };
      const { pieces, outside } = rotationPieces(rotation, window, timeline.file, zone, resolveUser);
      if (outside) warn(`${where}: ${outside} period(s) lie outside the timeline's window and were left out`);
      if (pieces.length === 0) {
        report.push(`${where}: no periods in the window; nothing to import`);
        continue;
      }
      for (const p of pieces.filter((x) => !x.user)) {
        warn(
          `${where}: ${p.who} holds ${local(p.start, zone)} to ${local(p.end, zone)}; the site's rota has people only, so nobody is on the rotation then (${p.path})`,
        );
      }
      const cover = coverage(pieces, bare, window, zone);
      if ('unsupported' in cover) {
        warn(`${where}: not imported: ${cover.unsupported}`);
        continue;
      }
      const basis = basisPieces(timeline, rotation.id, pieces, window, zone, resolveUser);
      const eras = reconstructEras(pieces, basis, cover.kinds, bare, window);
      for (const era of eras) {
        for (const gap of era.gaps) {
          warn(
            `${where}: Opsgenie has ${gap.who ?? 'nobody'} from ${local(gap.start, zone)} to ${local(gap.end, zone)}; the site gives that time to the turn's holder`,
          );
        }
      }
      reportBankHolidays(pieces, cover.kinds, options.calendar, where, warn);
      const base = baseRotationName(rotation.name);
      if (base !== rotation.name) report.push(`${where}: read as part of "${base}" (dates in the name)`);
      addEras(base, rotation.order, eras);
    }
  }

  const fromSchedules = importSchedules(input, options.calendar, resolveUser, lines.size > 0);
  for (const entry of fromSchedules.lines) if (!lines.has(slug(entry.base))) addEras(entry.base, entry.order, entry.eras);
  report.push(...fromSchedules.report);
  warnings.push(...fromSchedules.warnings);

  const rotations: ImportedRotation[] = [];
  const overrides: ImportedOverride[] = [];
  for (const line of [...lines.values()].sort((a, b) => a.order - b.order)) {
    buildLine(line, zone, rotations, overrides, report, options);
  }
  for (const extra of fromSchedules.overrides(rotations)) overrides.push(extra);
  overrides.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.rotation < b.rotation ? -1 : 1));

  const people = assignPeople(input, rotations, overrides, options, report, warn);
  const ids = new Map(people.map((p) => [p.email, p.id]));
  const byId = (email: string) => ids.get(email)!;
  for (const rotation of rotations) {
    rotation.members = rotation.members.map(byId);
    for (const change of rotation.changes) change.members = change.members.map(byId);
  }
  for (const override of overrides) override.cover = byId(override.cover);
  report.push(`${people.length} people, ${rotations.length} rotations, ${overrides.length} overrides`);
  return { people, rotations, overrides, report, warnings };
}

/** The base timeline's pieces for one rotation when the export has them; otherwise the final one less overrides. */
function basisPieces(
  timeline: Timeline,
  id: string,
  final: Piece[],
  window: { start: number; end: number },
  zone: string,
  resolveUser: UserResolver,
): Piece[] {
  const base = timeline.base?.find((r) => r.id === id);
  if (base) return rotationPieces(base, window, timeline.file, zone, resolveUser).pieces.filter((p) => !p.override);
  return final.filter((p) => !p.override);
}

/** Eras of one line become one site rotation (with changes of order) or several, one per kind. */
function buildLine(
  line: Line,
  zone: string,
  rotations: ImportedRotation[],
  overrides: ImportedOverride[],
  report: string[],
  options: ImportOptions,
): void {
  const eras = [...line.eras].sort((a, b) => (a.start < b.start ? -1 : 1));
  const groups: Era[][] = [];
  for (const era of eras) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    const joins =
      previous &&
      previous.until === era.start &&
      previous.turnWeeks === era.turnWeeks &&
      previous.handoff.weekday === era.handoff.weekday &&
      previous.handoff.minutes === era.handoff.minutes &&
      previous.kinds.join() === era.kinds.join();
    if (group && joins) group.push(era);
    else groups.push([era]);
  }
  const base = slug(line.base);
  groups.forEach((group, n) => {
    const first = group[0]!;
    const lastEra = group.at(-1)!;
    const split = first.kinds.length > 1;
    for (const kind of first.kinds) {
      const id = [base, ...(split ? [SPLIT_SUFFIX[kind]] : []), ...(n > 0 ? [String(n + 1)] : [])].join('-');
      const name = [
        line.base,
        ...(split ? [kind === 'first-line' ? '(working hours)' : '(out of hours)'] : []),
        ...(n > 0 ? [`(from ${first.start})`] : []),
      ].join(' ');
      const role = options.rotationRoles?.get(line.base) ?? (kind === 'first-line' ? roleFromName(line.base) : undefined);
      rotations.push({
        id,
        name,
        kind,
        role,
        tier: kind === 'on-call' && tierFromName(line.base) === 'secondary' ? 'secondary' : 'primary',
        start: first.start,
        until: lastEra.until,
        turnWeeks: first.turnWeeks,
        handoff: { day: WEEKDAYS[first.handoff.weekday - 1]!, time: formatClockTime(first.handoff.minutes) },
        members: first.members,
        changes: group.slice(1).map((e) => ({ from: e.start, members: e.members })),
      });
      for (const era of group) {
        for (const d of era.deviations) {
          overrides.push({
            rotation: id,
            from: wall(d.start, zone),
            to: wall(d.end, zone),
            cover: d.cover,
            reason: 'swap',
            // The site has no reason for "Opsgenie said so": swap is the neutral one (someone else
            // took the time); the note says where it came from.
            note: d.opsgenieOverride ? 'Opsgenie override' : 'Opsgenie: out of turn',
          });
        }
      }
      report.push(
        `rotation "${id}": ${kind}, ${first.turnWeeks}-week turns handing off ${WEEKDAYS[first.handoff.weekday - 1]} ${formatClockTime(first.handoff.minutes)}, from ${first.start}${lastEra.until ? ` until ${lastEra.until}` : ''}, ${first.members.length} members${group.length > 1 ? `, ${group.length - 1} change(s) of order` : ''}`,
      );
    }
  });
}

/** "Dev", "Developers" → developer; "Ops" → ops engineer; otherwise no role. */
export function roleFromName(name: string): Role | undefined {
  if (/\bdev/i.test(name)) return 'developer';
  if (/\bops\b|\boperations\b/i.test(name)) return 'ops-engineer';
  return undefined;
}

/** "OOH 2", "Second line", "Secondary", "Backup" → the second line of on call. */
export function tierFromName(name: string): 'primary' | 'secondary' {
  return /second|\b2\b|ooh2|backup|escalat/i.test(name) ? 'secondary' : 'primary';
}

function assignPeople(
  input: OpsgenieInput,
  rotations: ImportedRotation[],
  overrides: ImportedOverride[],
  options: ImportOptions,
  report: string[],
  warn: (l: string) => void,
): ImportedPerson[] {
  const emails = new Set<string>();
  for (const r of rotations) for (const m of [...r.members, ...r.changes.flatMap((c) => c.members)]) emails.add(m);
  for (const o of overrides) emails.add(o.cover);
  const byName = new Map(input.users.map((u) => [u.username.toLowerCase(), u]));
  const roles = new Map<string, Set<Role>>();
  const onCall = new Set<string>();
  const rotationOf = new Map(rotations.map((r) => [r.id, r]));
  const note = (email: string, rotation: ImportedRotation) => {
    if (rotation.kind === 'on-call') onCall.add(email);
    if (rotation.role) roles.set(email, (roles.get(email) ?? new Set()).add(rotation.role));
  };
  for (const r of rotations) for (const m of [...r.members, ...r.changes.flatMap((c) => c.members)]) note(m, r);
  for (const o of overrides) note(o.cover, rotationOf.get(o.rotation)!);

  const used = new Set<string>();
  const people: ImportedPerson[] = [];
  for (const email of [...emails].sort()) {
    let id = personIdFromEmail(email);
    if (used.has(id)) id = slug(email);
    for (let n = 2; used.has(id); n++) id = `${personIdFromEmail(email)}-${n}`;
    used.add(id);
    const user = byName.get(email.toLowerCase());
    const name = user?.fullName?.trim() || nameFromEmail(email);
    if (!user?.fullName) report.push(`person "${id}": no full name in a users list; named "${name}" from the e-mail`);
    const given = options.personRoles?.get(email.toLowerCase());
    const suggested = [...(roles.get(email) ?? [])];
    let role: Role;
    if (given) role = given;
    else if (suggested.length === 1) role = suggested[0]!;
    else {
      role = options.defaultRole ?? 'developer';
      warn(
        suggested.length > 1
          ? `person "${id}" (${email}) is on rotations for both roles; given ${role}: set the right one with --role ${email}=developer|ops-engineer`
          : `person "${id}" (${email}) has no role from any rotation; given ${role}: set it with --role ${email}=developer|ops-engineer or in people.yaml`,
      );
    }
    people.push({ id, name, role, onCall: onCall.has(email), email });
  }
  // A rotation keeps its role only if everyone on it (and covering it) has that role.
  const roleOf = new Map(people.map((p) => [p.email, p.role]));
  for (const r of rotations) {
    if (!r.role) continue;
    const everyone = [
      ...r.members,
      ...r.changes.flatMap((c) => c.members),
      ...overrides.filter((o) => o.rotation === r.id).map((o) => o.cover),
    ];
    const odd = everyone.filter((e) => roleOf.get(e) !== r.role);
    if (odd.length) {
      warn(
        `rotation "${r.id}" would be for ${r.role}s only, but ${[...new Set(odd)].join(', ')} ${odd.length === 1 ? 'is' : 'are'} not; imported without a role`,
      );
      r.role = undefined;
    }
  }
  return people;
}

/**
 * Maps a user recipient to its e-mail: by id or username from the users list, or from the
 * recipient's own username when it is an e-mail address (reported if a users list was given but
 * does not have them). A user with neither is unknown, and stops the import.
 */
export function userResolver(input: OpsgenieInput, warn: (l: string) => void) {
  const byId = new Map(input.users.map((u) => [u.id, u]));
  const byName = new Map(input.users.map((u) => [u.username.toLowerCase(), u]));
  const missing = new Set<string>();
  return (recipient: Recipient, file: string, path: string): string => {
    const user = (recipient.name && byName.get(recipient.name.toLowerCase())) || (recipient.id && byId.get(recipient.id));
    if (user) return user.username.toLowerCase();
    const name = recipient.name ?? '';
    if (/^[^@\s]+@[^@\s]+$/.test(name)) {
      if (input.users.length && !missing.has(name)) {
        missing.add(name);
        warn(`user ${name} is not in the users list (${file}, ${path}); imported by e-mail, named from it`);
      }
      return name.toLowerCase();
    }
    throw new OpsgenieInputError(
      file,
      path,
      `unknown user ${JSON.stringify(name || recipient.id || '?')}: ${input.users.length ? 'not in the users list given' : 'no users list was given'} and the recipient has no e-mail username; import with a users list that has them`,
    );
  };
}

function reportBankHolidays(
  pieces: Piece[],
  kinds: RotationKind[],
  calendar: WorkingCalendar,
  where: string,
  warn: (l: string) => void,
): void {
  const seen = new Set<string>();
  const zone = calendar.hours.timeZone;
  for (const p of pieces) {
    for (let d = toZoned(p.start, zone).date; d <= toZoned(p.end - 1, zone).date; d = addDays(d, 1)) {
      const off = calendar.dayOff(d);
      if (off?.kind !== 'bank-holiday' || seen.has(d)) continue;
      seen.add(d);
      if (kinds.includes('first-line') && !kinds.includes('on-call')) {
        warn(
          `${where}: ${d} is a bank holiday (${off.holiday.title}); Opsgenie has ${p.who} on in working hours, but the site's first line stands down and on call covers the day`,
        );
      } else if (kinds.includes('on-call') && !kinds.includes('first-line')) {
        warn(
          `${where}: ${d} is a bank holiday (${off.holiday.title}); the site's on call covers the working hours too, which Opsgenie left to the working-hours rotation`,
        );
      }
    }
  }
}

export function wall(instant: number, zone: string): string {
  const z = toZoned(instant, zone);
  return `${z.date}T${formatClockTime(z.minutes)}`;
}

export function local(instant: number, zone: string): string {
  const z = toZoned(instant, zone);
  return `${z.date} ${formatClockTime(z.minutes)}`;
}

export function parseRole(value: string): Role | undefined {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : undefined;
}
