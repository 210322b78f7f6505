import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { coverHoursBetween } from '../rota/cover-hours.ts';
import type { RotationKind, Span } from '../rota/model.ts';
import { wallInstant } from '../rota/rota.ts';
import { addDays, daysBetween, isoWeekday, onOrBeforeWeekday, type CivilDate } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import { clip, type Piece } from './periods.ts';

/** A weekly handoff: ISO weekday (Monday 1) and minutes after local midnight. */
export interface WeeklyHandoff {
  weekday: number;
  minutes: number;
}

/** A deviation from the reconstructed order: `cover` holds [start, end) instead of `instead`. */
export interface Deviation extends Span {
  cover: string;
  instead?: string | undefined;
  /** Opsgenie itself marked (some of) it as an override. */
  opsgenieOverride: boolean;
}

/** One unbroken run of turns in one order: becomes a site rotation or a change of order in one. */
export interface Era {
  kinds: RotationKind[];
  handoff: WeeklyHandoff;
  turnWeeks: number;
  /** Local date of the first handoff. */
  start: CivilDate;
  /** Local date of the handoff that ends it; absent when it runs to the end of the window. */
  until?: CivilDate | undefined;
  members: string[];
  deviations: Deviation[];
  /** Hours Opsgenie left to nobody (or to a team) inside the era, which the site gives to the turn's holder. */
  gaps: Array<Span & { who?: string | undefined }>;
}

/** The site's convention, preferred when the periods do not decide. */
const DEFAULT_HANDOFF: WeeklyHandoff = { weekday: 3, minutes: 600 };

/**
 * Works out a weekly rota from who held a rotation when: the handoff (day and time), the turn
 * length in weeks, the members' order and the deviations from it, split into eras where a whole
 * turn had nobody. `basis` are the pieces that show the rotation's own order (Opsgenie's base
 * timeline, or the final one less its overrides); `all` is what actually applied.
 */
export function reconstructEras(
  all: readonly Piece[],
  basis: readonly Piece[],
  kinds: RotationKind[],
  calendar: WorkingCalendar,
  window: Span,
): Era[] {
  const users = all.filter((p) => p.user);
  const basisUsers = basis.filter((p) => p.user);
  if (users.length === 0 && basisUsers.length === 0) return [];
  const zone = calendar.hours.timeZone;
  const evidence = basisUsers.length ? basisUsers : users;
  // Where the rotation starts or stops inside the window, a handoff must fall between the last
  // hours it could cover and its first (or after its last) period, just as at a change of holder.
  const edges: Span[] = [];
  // Loops, not Math.min(...list): a long timeline has more periods than a call takes arguments.
  const firstStart = evidence.reduce((m, p) => Math.min(m, p.start), Infinity);
  const lastEnd = evidence.reduce((m, p) => Math.max(m, p.end), -Infinity);
  // Hours an override holds there do not count: the site keeps overrides outside a rotation's span.
  const before = uncovered(all, kinds, calendar, { start: window.start, end: firstStart });
  if (before.length) edges.push({ start: Math.max(...before.map((b) => b.end)), end: firstStart });
  const after = uncovered(all, kinds, calendar, { start: lastEnd, end: window.end });
  if (after.length) edges.push({ start: lastEnd, end: Math.min(...after.map((b) => b.start)) });
  const handoff = chooseHandoff(evidence, zone, edges);
  const handoffOn = (date: CivilDate) => wallInstant({ date, minutes: handoff.minutes }, zone);

  const first = [...all, ...basis].reduce((m, p) => Math.min(m, p.start), Infinity);
  const last = [...all, ...basis].reduce((m, p) => Math.max(m, p.end), -Infinity);
  let anchor = onOrBeforeWeekday(toZoned(first, zone).date, handoff.weekday);
  if (handoffOn(anchor) > first) anchor = addDays(anchor, -7);
  const weekStart = (k: number) => handoffOn(addDays(anchor, 7 * k));
  const weekOf = (instant: number) => {
    let k = Math.floor(daysBetween(anchor, toZoned(instant, zone).date) / 7);
    if (weekStart(k) > instant) k -= 1;
    else if (weekStart(k + 1) <= instant) k += 1;
    return k;
  };
  const weeks = weekOf(last - 1) + 1;

  // Minutes each person held in each week, from the basis.
  const held: Array<Map<string, number>> = Array.from({ length: weeks }, () => new Map());
  for (const piece of cutAt(basisUsers.length ? basisUsers : users, weekStart, weekOf)) {
    const week = held[weekOf(piece.start)]!;
    week.set(piece.who, (week.get(piece.who) ?? 0) + piece.end - piece.start);
  }
  const weekHolder = held.map(majority);

  // Turn length: the common divisor of the runs not cut short by the window or a gap.
  const runs: Array<{ from: number; length: number }> = [];
  for (let k = 0; k < weeks; k++) {
    const who = weekHolder[k];
    if (who === undefined) continue;
    const run = runs.at(-1);
    if (run && run.from + run.length === k && weekHolder[k - 1] === who) run.length++;
    else runs.push({ from: k, length: 1 });
  }
  // A run at the window's edge may be cut short; one where the rotation starts or stops inside the window is whole.
  const startsInside = edges.some((e) => e.end === firstStart);
  const stopsInside = edges.some((e) => e.start === lastEnd);
  const interior = runs.filter((r) => {
    const end = r.from + r.length;
    const left = r.from > 0 ? weekHolder[r.from - 1] !== undefined : startsInside;
    const right = end < weeks ? weekHolder[end] !== undefined : stopsInside;
    return left && right;
  });
  let turnWeeks = interior.length ? interior.map((r) => r.length).reduce(gcd) : 1;
  if (turnWeeks > 12) turnWeeks = 1;
  const phase = interior.length ? interior[0]!.from % turnWeeks : 0;
  const turnOf = (week: number) => Math.floor((week - phase) / turnWeeks);
  const turnStartWeek = (turn: number) => phase + turn * turnWeeks;
  const turnStart = (turn: number) => weekStart(turnStartWeek(turn));

  const firstTurn = turnOf(0);
  const lastTurn = turnOf(weeks - 1);
  const turnCount = lastTurn - firstTurn + 1;
  const holder: Array<string | undefined> = [];
  const occupied: boolean[] = Array.from({ length: turnCount }, () => false);
  for (let t = 0; t < turnCount; t++) {
    const total = new Map<string, number>();
    for (let w = Math.max(0, turnStartWeek(t + firstTurn)); w < Math.min(weeks, turnStartWeek(t + firstTurn + 1)); w++) {
      for (const [who, ms] of held[w]!) total.set(who, (total.get(who) ?? 0) + ms);
    }
    holder.push(majority(total));
  }
  const turnIndex = (instant: number) => turnOf(weekOf(instant)) - firstTurn;
  // Overrides alone do not make a turn part of the rotation: the site keeps them as overrides.
  for (const piece of evidence) {
    for (let t = Math.max(0, turnIndex(piece.start)); t <= turnIndex(piece.end - 1) && t < turnCount; t++) occupied[t] = true;
  }

  // Eras: runs of turns in which somebody held something.
  const eras: Era[] = [];
  const spans: Span[] = [];
  let t = 0;
  while (t < turnCount) {
    if (!occupied[t]) {
      t++;
      continue;
    }
    let end = t;
    while (end < turnCount && occupied[end]) end++;
    const sequence = holder.slice(t, end);
    const members = cycle(sequence, all, turnStart(t + firstTurn), turnStart(end + firstTurn));
    const era: Era = {
      kinds,
      handoff,
      turnWeeks,
      start: toZoned(turnStart(t + firstTurn), zone).date,
      members,
      deviations: [],
      gaps: [],
    };
    const eraSpan = { start: turnStart(t + firstTurn), end: turnStart(end + firstTurn) };
    const runsToEnd =
      !occupied.slice(end).includes(true) &&
      (eraSpan.end >= window.end || !kinds.some((k) => clip(coverHoursBetween(k, calendar, lastEnd, window.end), window).length > 0));
    if (!runsToEnd) era.until = toZoned(eraSpan.end, zone).date;
    const base = t;
    const expected = (instant: number) => members[(turnIndex(instant) - base) % members.length];
    const inEra = all.filter((p) => p.end > eraSpan.start && p.start < eraSpan.end);
    for (const piece of cutAt(inEra, weekStart, weekOf)) {
      if (!piece.user) continue;
      const instead = expected(piece.start);
      if (piece.who === instead) continue;
      era.deviations.push({ start: piece.start, end: piece.end, cover: piece.who, instead, opsgenieOverride: piece.override });
    }
    era.deviations = joinAcrossGaps(era.deviations, inEra);
    era.gaps = findGaps(inEra, kinds, calendar, clip([eraSpan], window)[0]);
    eras.push(era);
    spans.push(eraSpan);
    t = end;
  }
  // Overrides outside every era (before the rotation starts, after it stops, or between eras)
  // stay overrides, on the era before them (or the first).
  for (const piece of all) {
    if (!piece.user || spans.some((s) => piece.end > s.start && piece.start < s.end)) continue;
    let target = 0;
    spans.forEach((s, i) => {
      if (s.start <= piece.start) target = i;
    });
    const era = eras[target];
    if (era) era.deviations.push({ start: piece.start, end: piece.end, cover: piece.who, opsgenieOverride: piece.override });
  }
  for (const era of eras) era.deviations.sort((a, b) => a.start - b.start);
  return eras;
}

/** The handoff most changes of holder are consistent with; Wednesday 10:00 on a tie. */
export function chooseHandoff(pieces: readonly Piece[], timeZone: string, edges: readonly Span[] = []): WeeklyHandoff {
  const changes: Span[] = [...edges];
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i]!.who !== pieces[i - 1]!.who) changes.push({ start: pieces[i - 1]!.end, end: pieces[i]!.start });
  }
  const candidates = new Map<string, WeeklyHandoff>([[key(DEFAULT_HANDOFF), DEFAULT_HANDOFF]]);
  for (const c of changes) {
    for (const instant of [c.end, c.start]) {
      const z = toZoned(instant, timeZone);
      const h = { weekday: isoWeekday(z.date), minutes: z.minutes };
      candidates.set(key(h), h);
    }
  }
  let best = DEFAULT_HANDOFF;
  let bestScore = -1;
  for (const candidate of candidates.values()) {
    // A handoff missing the rotation's start or stop would give the site hours Opsgenie left
    // to nobody, which no override can undo; a change of holder between handoffs is an override.
    let score = 0;
    for (const e of edges) if (contains(e, candidate, timeZone)) score += 1000;
    for (const c of changes.slice(edges.length)) if (contains(c, candidate, timeZone)) score++;
    if (score > bestScore || (score === bestScore && key(candidate) === key(DEFAULT_HANDOFF))) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function contains(span: Span, handoff: WeeklyHandoff, timeZone: string): boolean {
  const last = toZoned(span.end, timeZone).date;
  for (let d = toZoned(span.start, timeZone).date; d <= last; d = addDays(d, 1)) {
    if (isoWeekday(d) !== handoff.weekday) continue;
    const at = wallInstant({ date: d, minutes: handoff.minutes }, timeZone);
    if (at >= span.start && at <= span.end) return true;
  }
  return false;
}

const key = (h: WeeklyHandoff) => `${h.weekday}/${h.minutes}`;

/**
 * The members' order: the shortest repeating list that, counting each turn it gets wrong as one
 * override, explains the turns most simply (list length plus overrides). A turn whose holder is
 * unknown (wholly overridden) counts for nothing.
 */
export function cycle(sequence: ReadonlyArray<string | undefined>, pieces: readonly Piece[], from: number, to: number): string[] {
  const n = sequence.length;
  let best: string[] | undefined;
  let bestCost = Infinity;
  let bestMismatches = Infinity;
  for (let p = 1; p <= n; p++) {
    const members: string[] = [];
    let mismatches = 0;
    let complete = true;
    for (let r = 0; r < p; r++) {
      const counts = new Map<string, number>();
      for (let i = r; i < n; i += p) {
        const who = sequence[i];
        if (who !== undefined) counts.set(who, (counts.get(who) ?? 0) + 1);
      }
      const who = majority(counts);
      if (who === undefined) {
        complete = false;
        break;
      }
      members.push(who);
      for (let i = r; i < n; i += p) if (sequence[i] !== undefined && sequence[i] !== who) mismatches++;
    }
    if (!complete) continue;
    // Ties go to fewer overrides: a longer order is the more faithful reading.
    if (p + mismatches < bestCost || (p + mismatches === bestCost && mismatches < bestMismatches)) {
      best = members;
      bestCost = p + mismatches;
      bestMismatches = mismatches;
    }
  }
  if (best) return best;
  // Every turn overridden: whoever held the most of it.
  const total = new Map<string, number>();
  for (const piece of pieces)
    if (piece.user && piece.end > from && piece.start < to) total.set(piece.who, (total.get(piece.who) ?? 0) + piece.end - piece.start);
  return [majority(total)!];
}

/** Pieces cut where a week starts, so each lies in one week. */
function cutAt(pieces: readonly Piece[], weekStart: (k: number) => number, weekOf: (t: number) => number): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    while (start < piece.end) {
      const end = Math.min(piece.end, weekStart(weekOf(start) + 1));
      out.push({ ...piece, start, end });
      start = end;
    }
  }
  return out;
}

/** Joins a deviation to the next for the same cover when nothing else is held between them. */
function joinAcrossGaps(deviations: Deviation[], pieces: readonly Piece[]): Deviation[] {
  const joined: Deviation[] = [];
  for (const d of deviations) {
    const previous = joined.at(-1);
    if (
      previous &&
      previous.cover === d.cover &&
      previous.instead === d.instead &&
      !pieces.some((p) => p.who !== d.cover && p.start < d.start && p.end > previous.end)
    ) {
      previous.end = d.end;
      previous.opsgenieOverride ||= d.opsgenieOverride;
    } else joined.push({ ...d });
  }
  return joined;
}

/** Cover hours of the kinds within `span` that no piece holds. */
function uncovered(pieces: readonly Piece[], kinds: RotationKind[], calendar: WorkingCalendar, span: Span): Span[] {
  if (span.end <= span.start) return [];
  const out: Span[] = [];
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  for (const kind of kinds) {
    for (const block of clip(coverHoursBetween(kind, calendar, span.start, span.end), span)) {
      let cursor = block.start;
      for (const p of sorted) {
        if (p.end <= cursor || p.start >= block.end) continue;
        if (p.start > cursor) out.push({ start: cursor, end: p.start });
        cursor = Math.max(cursor, p.end);
      }
      if (cursor < block.end) out.push({ start: cursor, end: block.end });
    }
  }
  return out;
}

/** Cover hours inside the era that no user held. */
function findGaps(
  pieces: readonly Piece[],
  kinds: RotationKind[],
  calendar: WorkingCalendar,
  span: Span | undefined,
): Array<Span & { who?: string | undefined }> {
  if (!span) return [];
  const gaps: Array<Span & { who?: string | undefined }> = [];
  const held = pieces.filter((p) => p.user).sort((a, b) => a.start - b.start);
  for (const kind of kinds) {
    for (const block of clip(coverHoursBetween(kind, calendar, span.start, span.end), span)) {
      let cursor = block.start;
      for (const p of held) {
        if (p.end <= cursor || p.start >= block.end) continue;
        if (p.start > cursor) gaps.push({ start: cursor, end: p.start });
        cursor = Math.max(cursor, p.end);
      }
      if (cursor < block.end) gaps.push({ start: cursor, end: block.end });
    }
  }
  for (const gap of gaps) {
    const other = pieces.find((p) => !p.user && p.start < gap.end && p.end > gap.start);
    if (other) gap.who = other.who;
  }
  return gaps.sort((a, b) => a.start - b.start);
}

function majority(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [who, n] of counts) {
    if (n > most) {
      best = who;
      most = n;
    }
  }
  return best;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
