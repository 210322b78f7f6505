import type { WorkingCalendar } from '../calendar/working-hours.ts';
import type { CivilDate } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import { wallInstant } from '../rota/rota.ts';
import { dayKindOf, type DayKind, type Line, type OnCallPiece } from './hours.ts';

/**
 * How on-call minutes are priced: an ordered list of rules, each a multiplier of one base hourly
 * rate. The first rule that matches a minute prices it. The list shipped in the repository holds
 * no money; the base rate is a local setting (see src/lib/on-call/local-pay.ts).
 *
 * Rules must go from the most specific to the most general, so the order never hides a mistake.
 * When two rules share minutes, the earlier one must be the narrower on the first of these where
 * they differ: the day (one-off dates, inside a kind of day, inside any day), then the line, then
 * the hours. A narrower rule after a wider one ("unordered"), a rule matching the same minutes as
 * an earlier one, and two rules that cross on that field ("overlapping") are refused, naming the
 * field. So one-off rules for named days always come first and win. The last rule must match
 * every minute, so nothing is left unpriced; a single such rule is a flat rate.
 */
export interface RateRule {
  id: string;
  /** Position in the rules list, from 1, for messages. */
  entry: number;
  /** Words for the statement, e.g. "Christmas Day". */
  name?: string | undefined;
  /** One-off: only these local dates. */
  days?: readonly CivilDate[] | undefined;
  dayKind?: DayKind | undefined;
  line?: Line | undefined;
  /** Local time of day, [from, to); "24:00" for midnight at the end; from after to runs past midnight. */
  hours?: { from: string; to: string } | undefined;
  multiplier: number;
}

export interface RateProblem {
  file: string;
  /** 'rule 2 ("weekends")'. */
  rule: string;
  field: string;
  reason: string;
}

export const formatRateProblem = (p: RateProblem): string => `${p.file}, ${p.rule}, ${p.field}: ${p.reason}`;

export class RateRulesError extends Error {
  readonly problems: readonly RateProblem[];
  constructor(problems: readonly RateProblem[]) {
    super(`The on-call rate rules have problems:\n${problems.map((p) => `  - ${formatRateProblem(p)}`).join('\n')}`);
    this.name = 'RateRulesError';
    this.problems = problems;
  }
}

const DAY_MINUTES = 1440;

function clockMinutes(value: string): number {
  if (value === '24:00') return DAY_MINUTES;
  const [h, m] = value.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const masks = new WeakMap<RateRule, Uint8Array>();

/** The minutes of the day a rule covers, as a mask of 1,440 (worked out once per rule). */
function minuteMask(rule: RateRule): Uint8Array {
  let mask = masks.get(rule);
  if (!mask) masks.set(rule, (mask = makeMask(rule)));
  return mask;
}

function makeMask(rule: RateRule): Uint8Array {
  const mask = new Uint8Array(DAY_MINUTES);
  if (!rule.hours) return mask.fill(1);
  const from = clockMinutes(rule.hours.from);
  const to = clockMinutes(rule.hours.to);
  if (from < to) mask.fill(1, from, to);
  else {
    mask.fill(1, from, DAY_MINUTES);
    mask.fill(1, 0, to);
  }
  return mask;
}

/** Boundaries inside the day where a rule starts or stops applying. */
function boundaries(rule: RateRule): number[] {
  if (!rule.hours) return [];
  return [clockMinutes(rule.hours.from), clockMinutes(rule.hours.to)].filter((m) => m > 0 && m < DAY_MINUTES);
}

export const ruleLabel = (rule: RateRule): string => `rule ${rule.entry} ("${rule.id}")`;

const FIELDS = ['days', 'dayKind', 'line', 'hours'] as const;
/** The day (one-off dates or a kind of day), the line, the time of day: in order of precedence. */
const DIMENSIONS = ['day', 'line', 'hours'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const dimensionField = (d: Dimension, rule: RateRule): string => (d === 'day' ? (rule.days ? 'days' : 'dayKind') : d);

/**
 * Checks the rules against each other. `calendar` tells what kind of day a one-off date is, so a
 * one-off rule for 25 December is seen to fall inside a bank-holiday rule.
 */
export function checkRateRules(rules: readonly RateRule[], calendar: WorkingCalendar, file: string): RateProblem[] {
  const problems: RateProblem[] = [];
  const seen = new Map<string, RateRule>();
  for (const rule of rules) {
    const previous = seen.get(rule.id);
    if (previous)
      problems.push({
        file,
        rule: ruleLabel(rule),
        field: 'id',
        reason: `the id is also used by rule ${previous.entry}; each rule needs its own id`,
      });
    seen.set(rule.id, rule);
  }
  const masks = rules.map(minuteMask);
  const kindOf = (date: CivilDate) => dayKindOf(calendar, date).kind;

  for (let i = 0; i < rules.length; i++) {
    const later = rules[i]!;
    for (let j = 0; j < i; j++) {
      const earlier = rules[j]!;
      const relations = DIMENSIONS.map((d) => relation(d, earlier, later, masks[j]!, masks[i]!, kindOf));
      if (relations.some((r) => r === 'disjoint')) continue;
      // They share minutes. Precedence goes by the day first, then the line, then the hours: the
      // earlier rule must be the narrower one on the first of those where they differ.
      const k = relations.findIndex((r) => r !== 'same');
      const field = k < 0 ? 'order' : dimensionField(DIMENSIONS[k]!, later);
      const r = k < 0 ? 'same' : relations[k]!;
      if (r === 'earlier-inside') continue;
      if (r === 'same') {
        problems.push({
          file,
          rule: ruleLabel(later),
          field,
          reason: `it can never apply: ${ruleLabel(earlier)} comes before it and matches the same minutes`,
        });
      } else if (r === 'later-inside') {
        problems.push({
          file,
          rule: ruleLabel(later),
          field,
          reason: `it is narrower than ${ruleLabel(earlier)}, which comes before it and takes some or all of its minutes; put it above ${ruleLabel(earlier)} (one-off days first, then kinds of day, then lines, then hours)`,
        });
      } else {
        problems.push({
          file,
          rule: ruleLabel(later),
          field,
          reason: `it overlaps ${ruleLabel(earlier)}: some minutes match both and neither rule's ${field} contains the other's; split them so each covers its own minutes, or one inside the other`,
        });
      }
      break;
    }
  }

  const last = rules[rules.length - 1];
  if (!last)
    problems.push({
      file,
      rule: 'rules',
      field: 'rules',
      reason: 'there are no rules; add one that matches every minute, such as { id: flat, multiplier: 1 }',
    });
  else if (FIELDS.some((f) => last[f] !== undefined)) {
    const used = FIELDS.filter((f) => last[f] !== undefined).join(', ');
    problems.push({
      file,
      rule: ruleLabel(last),
      field: used,
      reason: `the last rule must match every minute (no ${used}), so that no on-call minute goes unpriced`,
    });
  }
  return problems;
}

type Relation = 'same' | 'earlier-inside' | 'later-inside' | 'partial' | 'disjoint';

/** How the minutes two rules match compare on one field: equal, one inside the other, crossing, or apart. */
function relation(
  field: Dimension,
  a: RateRule,
  b: RateRule,
  maskA: Uint8Array,
  maskB: Uint8Array,
  kindOf: (date: CivilDate) => DayKind,
): Relation {
  const compare = (aInB: boolean, bInA: boolean, meet: boolean): Relation => {
    if (!meet) return 'disjoint';
    if (aInB && bInA) return 'same';
    if (aInB) return 'earlier-inside';
    if (bInA) return 'later-inside';
    return 'partial';
  };
  if (field === 'line') {
    if (a.line === b.line) return 'same';
    if (a.line === undefined) return 'later-inside';
    if (b.line === undefined) return 'earlier-inside';
    return 'disjoint';
  }
  if (field === 'hours') {
    let aInB = true;
    let bInA = true;
    let meet = false;
    for (let m = 0; m < DAY_MINUTES; m++) {
      if (maskA[m] && !maskB[m]) aInB = false;
      if (maskB[m] && !maskA[m]) bInA = false;
      if (maskA[m] && maskB[m]) meet = true;
    }
    return compare(aInB, bInA, meet);
  }
  // The day: a set of dates, a kind of day, or any day.
  const days = (r: RateRule) => (r.days ? { dates: r.days } : r.dayKind ? { kind: r.dayKind } : {});
  const da = days(a);
  const db = days(b);
  const inside = (x: typeof da, y: typeof db): boolean => {
    if (!('dates' in y) && !('kind' in y)) return true;
    if ('dates' in x && x.dates) {
      if ('dates' in y && y.dates) return x.dates.every((d) => y.dates!.includes(d));
      return x.dates.every((d) => kindOf(d) === (y as { kind: DayKind }).kind);
    }
    if ('kind' in x && x.kind) return 'kind' in y && y.kind === x.kind;
    return false;
  };
  const meets = (x: typeof da, y: typeof db): boolean => {
    if ('dates' in x && x.dates) {
      if ('dates' in y && y.dates) return x.dates.some((d) => y.dates!.includes(d));
      if ('kind' in y && y.kind) return x.dates.some((d) => kindOf(d) === y.kind);
      return x.dates.length > 0;
    }
    if ('dates' in y && y.dates) return meets(y, x);
    if ('kind' in x && x.kind && 'kind' in y && y.kind) return x.kind === y.kind;
    return true;
  };
  return compare(inside(da, db), inside(db, da), meets(da, db));
}

/** The first rule matching a minute, described by its day, kind, line and local minute of the day. */
export function ruleFor(rules: readonly RateRule[], date: CivilDate, kind: DayKind, line: Line, minuteOfDay: number): RateRule | undefined {
  return rules.find(
    (r) =>
      (r.days === undefined || r.days.includes(date)) &&
      (r.dayKind === undefined || r.dayKind === kind) &&
      (r.line === undefined || r.line === line) &&
      (r.hours === undefined || minuteMask(r)[minuteOfDay] === 1),
  );
}

export interface PricedPiece extends OnCallPiece {
  rule: RateRule;
}

/**
 * Cuts each piece where a rule with hours starts or stops applying, and gives every part the
 * first rule matching it. Rules have been checked, so the last one always matches.
 */
export function pricePieces(pieces: readonly OnCallPiece[], rules: readonly RateRule[], timeZone: string): PricedPiece[] {
  const cuts = [...new Set(rules.flatMap(boundaries))].sort((a, b) => a - b);
  const priced: PricedPiece[] = [];
  for (const piece of pieces) {
    const points = [piece.start];
    for (const minute of cuts) {
      const instant = wallInstant({ date: piece.date, minutes: minute }, timeZone);
      if (instant > piece.start && instant < piece.end) points.push(instant);
    }
    points.push(piece.end);
    // In order of time, not of the clock: on the spring-forward day a cut in the missing hour
    // (01:30) lands after the 02:00 one, and taken in clock order the half hour between would
    // be priced twice.
    points.sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      if (end <= start) continue;
      // The minute of the day matters only to rules with hours.
      const minute = cuts.length ? toZoned(start, timeZone).minutes : 0;
      const rule = ruleFor(rules, piece.date, piece.kind, piece.line, minute);
      if (!rule) throw new Error(`no rate rule matches ${piece.date}; the rules should have been checked`);
      priced.push({ ...piece, start, end, minutes: Math.round((end - start) / 60_000), rule });
    }
  }
  return priced;
}

/** Amount in minor units (pence) for minutes at a base rate in minor units per hour, to the nearest penny. */
export function amountFor(minutes: number, multiplier: number, baseRateMinorPerHour: number): number {
  return Math.round((minutes * multiplier * baseRateMinorPerHour) / 60);
}
