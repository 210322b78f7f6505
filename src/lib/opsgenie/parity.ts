import type { Span } from '../rota/model.ts';
import type { Rota } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';
import { toZoned } from '../time/zoned-time.ts';
import type { Timeline } from './input.ts';
import { baseRotationName, belongsTo, slug } from './naming.ts';
import { calendarWithoutHolidays, rotationPieces, type UserResolver } from './periods.ts';

/** A stretch where Opsgenie and the site disagree on who holds a rotation line. */
export interface Difference extends Span {
  /** The Opsgenie rotation line (name without dates). */
  rotation: string;
  /** E-mail (or a team's label) Opsgenie has; undefined for nobody. */
  opsgenie?: string | undefined;
  /** E-mail (or person id, without one) the site has; undefined for nobody. */
  ours?: string | undefined;
  /** Set when the site differs on purpose: it treats this bank holiday as a day off. */
  bankHoliday?: string | undefined;
}

export interface ParityResult {
  window: Span;
  /** Each Opsgenie rotation line and the site rotations compared with it. */
  lines: Array<{ rotation: string; siteRotations: string[] }>;
  differences: Difference[];
}

interface Holding extends Span {
  who: string;
}

/**
 * Compares who holds each rotation in Opsgenie's final timeline with the site's shifts over the
 * timeline's window, to the minute. Site rotations are matched to Opsgenie's by the importer's
 * naming (the rotation's name without dates, as an id; a 24-hour rotation's two halves).
 */
export function compareWithTimeline(timeline: Timeline, rota: Rota, resolveUser: UserResolver): ParityResult {
  const window = { start: timeline.start, end: timeline.end };
  const zone = rota.timeZone;
  const groups = new Map<string, { name: string; holdings: Holding[] }>();
  for (const rotation of timeline.final) {
    const name = baseRotationName(rotation.name);
    const key = slug(name);
    const group = groups.get(key) ?? { name, holdings: [] };
    const { pieces } = rotationPieces(rotation, window, timeline.file, zone, resolveUser);
    group.holdings.push(...pieces.map((p) => ({ start: p.start, end: p.end, who: p.who })));
    groups.set(key, group);
  }
  const emailOf = (id: string) => rota.people.get(id)?.email?.toLowerCase() ?? `person "${id}"`;
  const bare = calendarWithoutHolidays(rota.calendar.hours);
  const result: ParityResult = { window, lines: [], differences: [] };
  for (const [key, group] of groups) {
    const ids = rota.rotations.filter((r) => belongsTo(r.id, key)).map((r) => r.id);
    if (group.holdings.length === 0 && ids.length === 0) continue;
    result.lines.push({ rotation: group.name, siteRotations: ids });
    const ours: Holding[] = ids.length
      ? shiftsBetween(rota, window.start, window.end, { rotations: ids })
          .map((s) => ({ start: Math.max(s.start, window.start), end: Math.min(s.end, window.end), who: emailOf(s.person) }))
          .filter((h) => h.end > h.start)
      : [];
    for (const d of differences(group.holdings, ours)) {
      const difference: Difference = { rotation: group.name, ...d };
      const holiday = bankHolidayReason(d, rota, bare);
      if (holiday && (d.opsgenie === undefined || d.ours === undefined)) difference.bankHoliday = holiday;
      result.differences.push(difference);
    }
  }
  result.differences.sort((a, b) => a.start - b.start || (a.rotation < b.rotation ? -1 : 1));
  return result;
}

/** Where two sets of holdings disagree, as maximal stretches with one pair of holders. */
export function differences(
  theirs: readonly Holding[],
  ours: readonly Holding[],
): Array<Span & { opsgenie?: string | undefined; ours?: string | undefined }> {
  const a = [...theirs].sort((x, y) => x.start - y.start);
  const b = [...ours].sort((x, y) => x.start - y.start);
  const edges = [...new Set([...a, ...b].flatMap((h) => [h.start, h.end]))].sort((x, y) => x - y);
  const out: Array<Span & { opsgenie?: string | undefined; ours?: string | undefined }> = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const start = edges[k]!;
    const end = edges[k + 1]!;
    while (i < a.length && a[i]!.end <= start) i++;
    while (j < b.length && b[j]!.end <= start) j++;
    const left = i < a.length && a[i]!.start <= start ? a[i]!.who : undefined;
    const right = j < b.length && b[j]!.start <= start ? b[j]!.who : undefined;
    if (left === right) continue;
    const last = out.at(-1);
    if (last && last.end === start && last.opsgenie === left && last.ours === right) last.end = end;
    else out.push({ start, end, opsgenie: left, ours: right });
  }
  return out;
}

/** The bank holiday a stretch lies in, when it lies within that day's (would-be) working hours. */
function bankHolidayReason(span: Span, rota: Rota, bare: ReturnType<typeof calendarWithoutHolidays>): string | undefined {
  const date = toZoned(span.start, rota.timeZone).date;
  const off = rota.calendar.dayOff(date);
  const period = bare.periodOn(date);
  if (off?.kind !== 'bank-holiday' || !period) return undefined;
  return span.start >= period.start && span.end <= period.end ? `${off.holiday.title}, ${date}` : undefined;
}
