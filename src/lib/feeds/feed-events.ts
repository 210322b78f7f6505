import { ROLE_LABELS, type Shift, type ShiftOverride } from '../rota/model.ts';
import { formatDay, formatSpan, formatTime, formatWhen, REASON_LABELS } from '../rota/format.ts';
import { wallInstant, type Rota, type RotaRotation } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';
import { weekContaining, weekRows, type WeekCell, type WeekRow } from '../rota/weeks.ts';
import { addDays, weekdayName, type CivilDate } from '../time/civil-date.ts';
import { formatClockTime, toZoned } from '../time/zoned-time.ts';
import type { FeedWindow } from './feed-window.ts';
import { absoluteUrl, feedNames, feedPaths, handbookPages, rotaPageUrl } from './links.ts';
import type { Feed, FeedEvent } from './model.ts';

/**
 * Shifts from the rota engine, turned into calendar events for each feed: the support weeks, the
 * on-call blocks and one feed per person. Only wording and grouping happen here; who is on when
 * comes from shiftsBetween and weekRows.
 *
 * UIDs name the rotation (or the support week) and the local start, never the person who holds
 * the shift, so an override that changes who is on keeps the UID. On-call UIDs carry the start
 * time so the two halves of a block split by a handoff or an override stay distinct. In a person's
 * feed, its own calendar, UIDs also name the feed's owner, so no UID is shared between calendars.
 */

export interface RotaFeeds {
  support: Feed;
  onCall: Feed;
  people: Feed[];
}

interface Context {
  rota: Rota;
  window: FeedWindow;
  site: string;
  host: string;
  zone: string;
  /** Each rotation's shifts in the window, in order of start. */
  shifts: Map<string, Shift[]>;
  rows: WeekRow[];
}

export function rotaFeeds(rota: Rota, window: FeedWindow, site: string): RotaFeeds {
  const all = shiftsBetween(rota, window.from, window.to);
  const shifts = new Map(rota.rotations.map((r) => [r.id, [] as Shift[]]));
  for (const shift of all) shifts.get(shift.rotation)!.push(shift);
  const ctx: Context = {
    rota,
    window,
    site,
    host: new URL(site).host,
    zone: zoneLabel(rota.timeZone),
    shifts,
    rows: weekRows(rota, window.firstWeek, window.weeks),
  };

  // Everyone in people.yaml gets a feed, even while they have no shifts.
  const byPerson = new Map(rota.data.people.map((p) => [p.id, [] as FeedEvent[]]));
  const personEvents = (id: string) => byPerson.get(id) ?? byPerson.set(id, []).get(id)!;
  for (const run of firstLineRuns(ctx)) personEvents(run.person).push(personFirstLineEvent(ctx, run));
  const onCall: FeedEvent[] = [];
  for (const shift of all) {
    if (ctx.rota.rotation(shift.rotation)!.kind !== 'on-call') continue;
    onCall.push(onCallEvent(ctx, shift));
    personEvents(shift.person).push(onCallEvent(ctx, shift, shift.person));
  }

  const rotaUrl = rotaPageUrl(site);
  const week = weekSpanWords(ctx);
  const firstLineRoles = listWords(firstLineRotations(ctx).map((r) => `the ${labelOf(ctx, r)}`));
  return {
    support: {
      path: feedPaths.support,
      name: feedNames.support,
      description: `First-line support weeks, ${week}, naming ${firstLineRoles || 'who is on'}. From the support rota at ${rotaUrl}, updated every day.`,
      events: uniqueUids(ctx.rows.flatMap((row) => supportWeekEvent(ctx, row) ?? [])),
    },
    onCall: {
      path: feedPaths.onCall,
      name: feedNames.onCall,
      description: `On-call shifts outside working hours, primary and second line, and who covers each. From the support rota at ${rotaUrl}, updated every day.`,
      events: uniqueUids(onCall),
    },
    people: [...byPerson].map(([id, events]) => {
      const name = rota.nameOf(id);
      return {
        path: feedPaths.person(id),
        name: feedNames.person(name),
        description: `${name}: first-line support days and on-call shifts, with who they are paired with. From the support rota at ${rotaPageUrl(site, { person: id })}, updated every day.`,
        events: uniqueUids(events.sort((a, b) => startOf(ctx, a) - startOf(ctx, b))),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// support.ics: one all-day event per week, Wednesday to the following Wednesday (exclusive).

function supportWeekEvent(ctx: Context, row: WeekRow): FeedEvent | undefined {
  const cells = row.cells.filter((c) => ctx.rota.rotation(c.rotation)!.kind === 'first-line');
  if (cells.every((c) => c.shifts.length === 0 && c.scheduled.length === 0)) return undefined;
  const parts = cells.map((cell) => {
    const rotation = ctx.rota.rotation(cell.rotation)!;
    return { cell, rotation, label: labelOf(ctx, rotation), people: weekPeople(cell) };
  });
  const covered = cells.some((c) => c.covers.length > 0);
  const summary =
    'First line: ' +
    listWords(parts.map((p) => (p.people.length ? `${names(ctx, p.people)} (${p.label})` : `no ${p.label}`))) +
    (covered ? ', with cover' : '');

  const lines = [`First-line support, ${formatDay(row.start)} to ${formatDay(row.end, true)}, ${workingHoursWords(ctx)}.`];
  for (const p of parts) lines.push(`${capitalise(p.label)}: ${p.people.length ? names(ctx, p.people) : 'nobody on the rota'}.`);
  for (const p of parts) {
    for (const cover of p.cell.covers) {
      const instead = cover.override.instead ? ` for ${ctx.rota.nameOf(cover.override.instead)}` : '';
      lines.push(
        `Cover (${p.label}): ${ctx.rota.nameOf(cover.person)}${instead}, ${formatSpan(cover.start, cover.end, ctx.rota.timeZone)}; ${reasonWords(cover.override)}.`,
      );
    }
  }
  const url = rotaPageUrl(ctx.site, { week: row.start });
  return {
    uid: uid(ctx, `support-week/${row.start}`),
    time: { allDay: true, start: row.start, end: addDays(row.start, 7) },
    summary,
    description: withLinks(ctx, lines, url, 'firstLine'),
    url,
    overrides: countOverrides(cells.flatMap((c) => c.shifts)),
  };
}

/** Whom to name for a rotation's week: the scheduled people who still work some of it, else whoever covers. */
function weekPeople(cell: WeekCell): string[] {
  return cell.working.length ? cell.working : cell.people;
}

// ---------------------------------------------------------------------------------------------
// on-call.ics and the on-call events of a person's feed: one timed event per block.

function onCallEvent(ctx: Context, shift: Shift, forPerson?: string): FeedEvent {
  const rotation = ctx.rota.rotation(shift.rotation)!;
  const name = ctx.rota.nameOf(shift.person);
  const title = onCallTitle(ctx, rotation);
  const pairs = pairsFor(ctx, rotation, [shift]);
  const summary = forPerson
    ? [title, ...pairs.map((p) => `${p.label}: ${names(ctx, unique(p.pieces.map((x) => x.person))) || 'nobody'}`)].join(', ')
    : `${title}: ${name}`;
  const lines = [
    `${name} is on call (${labelOf(ctx, rotation)}) from ${formatSpan(shift.start, shift.end, ctx.rota.timeZone)}, ${ctx.zone}.`,
    ...pairs.map((p) => `${capitalise(p.label)}: ${pairWords(ctx, p.pieces)}.`),
  ];
  if (shift.override) lines.push(`${coverWords(ctx, shift.override)}; ${reasonWords(shift.override)}.`);
  const { date, minutes } = toZoned(shift.start, ctx.rota.timeZone);
  const url = rotaPageUrl(ctx.site, { week: weekContaining(ctx.rota, shift.start), person: forPerson });
  return {
    uid: uid(ctx, `${forPerson ? `${forPerson}/` : ''}${rotation.id}/${date}T${formatClockTime(minutes).replace(':', '')}`),
    time: { allDay: false, start: shift.start, end: shift.end },
    summary,
    description: withLinks(ctx, lines, url, 'onCall'),
    url,
    overrides: countOverrides([shift, ...pairs.flatMap((p) => p.pieces.map((x) => x.shift))]),
  };
}

function onCallTitle(ctx: Context, rotation: RotaRotation): string {
  const label = labelOf(ctx, rotation);
  return label === rotation.name ? rotation.name : `On call (${label})`;
}

// ---------------------------------------------------------------------------------------------
// A person's first-line days: each run of consecutive shifts they hold in one rotation's week, as
// all-day events over the days they actually work.

interface Run {
  rotation: RotaRotation;
  person: string;
  week: CivilDate;
  shifts: Shift[];
}

function firstLineRuns(ctx: Context): Run[] {
  const runs: Run[] = [];
  for (const row of ctx.rows) {
    for (const cell of row.cells) {
      const rotation = ctx.rota.rotation(cell.rotation)!;
      if (rotation.kind !== 'first-line') continue;
      let run: Run | undefined;
      for (const shift of cell.shifts) {
        if (run && run.person === shift.person) run.shifts.push(shift);
        else runs.push((run = { rotation, person: shift.person, week: row.start, shifts: [shift] }));
      }
    }
  }
  return runs;
}

function personFirstLineEvent(ctx: Context, run: Run): FeedEvent {
  const zone = ctx.rota.timeZone;
  const name = ctx.rota.nameOf(run.person);
  const label = labelOf(ctx, run.rotation);
  const first = ctx.rota.calendar.localDate(run.shifts[0]!.start);
  const last = ctx.rota.calendar.localDate(run.shifts[run.shifts.length - 1]!.start);
  const pairs = pairsFor(ctx, run.rotation, run.shifts);
  const partners = unique(pairs.flatMap((p) => p.pieces.map((x) => x.person)));
  const days = first === last ? formatDay(first, true) : `${formatDay(first)} to ${formatDay(last, true)}`;

  const lines = [`${name} is on first-line support (${label}), ${days}, ${workingHoursWords(ctx)}.`];
  for (const p of pairs) lines.push(`Paired with: ${pairWords(ctx, p.pieces)} (${p.label}).`);
  for (const shift of run.shifts) {
    const period = ctx.rota.calendar.periodOn(ctx.rota.calendar.localDate(shift.start));
    if (period && (period.start !== shift.start || period.end !== shift.end)) {
      lines.push(`Part day: ${formatWhen(shift.start, zone)} to ${formatTime(shift.end, zone)} only.`);
    }
  }
  for (const group of overrideGroups(run.shifts)) {
    const o = group[0]!.override!;
    const when = formatSpan(group[0]!.start, group[group.length - 1]!.end, zone);
    lines.push(`${coverWords(ctx, o)}, ${when}; ${reasonWords(o)}.`);
  }
  const url = rotaPageUrl(ctx.site, { week: run.week, person: run.person });
  return {
    uid: uid(ctx, `${run.person}/${run.rotation.id}/${first}`),
    time: { allDay: true, start: first, end: addDays(last, 1) },
    summary: `First line (${label})${partners.length ? `, with ${names(ctx, partners)}` : ''}`,
    description: withLinks(ctx, lines, url, 'firstLine'),
    url,
    overrides: countOverrides([...run.shifts, ...pairs.flatMap((p) => p.pieces.map((x) => x.shift))]),
  };
}

/** Consecutive shifts covered under the same override. */
function overrideGroups(shifts: readonly Shift[]): Shift[][] {
  const groups: Shift[][] = [];
  shifts.forEach((shift, i) => {
    if (!shift.override) return;
    if (shifts[i - 1]?.override?.entry === shift.override.entry) groups[groups.length - 1]!.push(shift);
    else groups.push([shift]);
  });
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Who someone is paired with: the holders of the other rotations of the same kind over the same time.

interface PairPiece {
  person: string;
  start: number;
  end: number;
  shift: Shift;
}

interface Pair {
  rotation: RotaRotation;
  label: string;
  pieces: PairPiece[];
}

function pairsFor(ctx: Context, rotation: RotaRotation, own: readonly Shift[]): Pair[] {
  return ctx.rota.rotations
    .filter((r) => r.kind === rotation.kind && r.id !== rotation.id)
    .map((r) => {
      const pieces: PairPiece[] = [];
      for (const shift of own) {
        for (const other of overlapping(ctx.shifts.get(r.id)!, shift.start, shift.end)) {
          const start = Math.max(shift.start, other.start);
          const end = Math.min(shift.end, other.end);
          const last = pieces[pieces.length - 1];
          if (last && last.person === other.person) last.end = end;
          else pieces.push({ person: other.person, start, end, shift: other });
        }
      }
      return { rotation: r, label: labelOf(ctx, r), pieces };
    });
}

/** "Kwame Mensah", or "Kwame Mensah until Sat 12 Dec, 12:00, then Aoife Brennan". */
function pairWords(ctx: Context, pieces: readonly PairPiece[]): string {
  if (pieces.length === 0) return 'nobody on the rota';
  if (pieces.length === 1) return ctx.rota.nameOf(pieces[0]!.person);
  return pieces
    .map((p, i) => {
      const name = ctx.rota.nameOf(p.person);
      const until = i < pieces.length - 1 ? ` until ${formatWhen(p.end, ctx.rota.timeZone)}` : '';
      return `${i === 0 ? '' : 'then '}${name}${until}`;
    })
    .join(', ');
}

/** Shifts in a start-ordered list that overlap [start, end). */
function overlapping(shifts: readonly Shift[], start: number, end: number): Shift[] {
  // Shifts of one rotation never overlap, so ends are in order too: binary search the first that ends after `start`.
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Shift[] = [];
  for (let i = lo; i < shifts.length && shifts[i]!.start < end; i++) found.push(shifts[i]!);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Words and identifiers.

/** The role a rotation stands for ("developer", "primary"), or its name when two rotations share one. */
function labelOf(ctx: Context, rotation: RotaRotation): string {
  const role = (r: RotaRotation) =>
    r.kind === 'on-call' ? (r.tier === 'primary' ? 'primary' : 'second line') : r.role ? ROLE_LABELS[r.role] : r.name;
  const label = role(rotation);
  const shared = ctx.rota.rotations.some((r) => r !== rotation && r.kind === rotation.kind && role(r) === label);
  return shared ? rotation.name : label;
}

function firstLineRotations(ctx: Context): RotaRotation[] {
  return ctx.rota.rotations.filter((r) => r.kind === 'first-line');
}

function coverWords(ctx: Context, override: ShiftOverride): string {
  return override.instead ? `Covering for ${ctx.rota.nameOf(override.instead)}` : 'Extra cover';
}

function reasonWords(override: ShiftOverride): string {
  return `${REASON_LABELS[override.reason]}${override.note ? ` (${override.note})` : ''}`;
}

function workingHoursWords(ctx: Context): string {
  const { start, end } = ctx.rota.calendar.hours;
  return `working days ${start} to ${end} ${ctx.zone}`;
}

function weekSpanWords(ctx: Context): string {
  return `${weekdayName(ctx.window.firstWeek)} to ${weekdayName(addDays(ctx.window.firstWeek, 6))}`;
}

function withLinks(ctx: Context, lines: string[], rotaUrl: string, handbook: 'onCall' | 'firstLine'): string {
  const links = [`Rota: ${rotaUrl}`, `On-call handbook: ${absoluteUrl(ctx.site, handbookPages.onCall)}`];
  if (handbook === 'firstLine') links.push(`First-line support handbook: ${absoluteUrl(ctx.site, handbookPages.firstLine)}`);
  return [...lines, '', ...links].join('\n');
}

function names(ctx: Context, ids: readonly string[]): string {
  return listWords(ids.map((id) => ctx.rota.nameOf(id)));
}

function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function zoneLabel(timeZone: string): string {
  return timeZone === 'Europe/London' ? 'UK time' : `${timeZone} time`;
}

function uid(ctx: Context, key: string): string {
  return `${key}@${ctx.host}`;
}

/** Two events with one key (only possible with unusual overrides) get "/2", "/3" in order of start. */
function uniqueUids(events: FeedEvent[]): FeedEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.uid) ?? 0) + 1;
    seen.set(event.uid, count);
    return count === 1 ? event : { ...event, uid: event.uid.replace(/@/, `/${count}@`) };
  });
}

function countOverrides(shifts: readonly Shift[]): number {
  return new Set(shifts.flatMap((s) => (s.override ? [s.override.entry] : []))).size;
}

/** For ordering a person's events: an all-day event starts at local midnight. */
function startOf(ctx: Context, event: FeedEvent): number {
  return event.time.allDay ? wallInstant({ date: event.time.start, minutes: 0 }, ctx.rota.timeZone) : event.time.start;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
