import { formatClockTime, toZoned } from '../time/zoned-time.ts';
import type { Rota } from '../rota/rota.ts';
import { onCallPieces, summariseHours, type HoursSummary } from './hours.ts';
import type { BasePay } from './local-pay.ts';
import type { PayMonth } from './pay-month.ts';
import { amountFor, pricePieces, type PricedPiece, type RateRule } from './rates.ts';

/**
 * A person's on-call statement for a pay month: one line per stretch of one shift in one UK day
 * under one rate rule, each naming the shift (as the rota API names it) and the override that put
 * the person on, if any. Money only when a base rate is given (local settings, never the site).
 */
export interface StatementLine extends PricedPiece {
  /** Minor units, when a base rate is given. */
  amount?: number | undefined;
}

export interface RuleTotal {
  rule: string;
  name: string;
  multiplier: number;
  minutes: number;
  amount?: number | undefined;
}

export interface Statement {
  person: { id: string; name: string };
  month: PayMonth;
  lines: StatementLine[];
  hours: HoursSummary;
  byRule: RuleTotal[];
  /** The sum of the lines' amounts, when a base rate is given. */
  total?: number | undefined;
  currency?: string | undefined;
}

export class StatementError extends Error {
  override name = 'StatementError';
}

/** The first instant any on-call rotation has someone on it. */
export function onCallStartsAt(rota: Rota): number {
  const starts = rota.rotations.filter((r) => r.kind === 'on-call').map((r) => r.segments[0]?.start ?? Infinity);
  return Math.min(...starts);
}

/** Throws StatementError when the month ends before on call begins. */
export function assertMonthInRota(rota: Rota, month: PayMonth): void {
  const start = onCallStartsAt(rota);
  if (!Number.isFinite(start)) throw new StatementError('the rota has no on-call rotation');
  if (month.end <= start) {
    const { date, minutes } = toZoned(start, rota.timeZone);
    throw new StatementError(
      `pay month ${month.id} (${month.startDate} to ${month.endDate}) is before the rota starts: on call begins on ${date} at ${formatClockTime(minutes)}`,
    );
  }
}

/** Statements for everyone on call in the month (or only `people`), in the order of people.yaml. */
export function monthStatements(
  rota: Rota,
  month: PayMonth,
  rules: readonly RateRule[],
  options: { pay?: BasePay | undefined; people?: readonly string[] | undefined; alsoWithout?: readonly string[] | undefined } = {},
): Statement[] {
  assertMonthInRota(rota, month);
  const only = options.people ? new Set(options.people) : undefined;
  const byPerson = new Map<string, StatementLine[]>();
  const pieces = only?.size === 1 ? onCallPieces(rota, month.start, month.end, [...only][0]) : onCallPieces(rota, month.start, month.end);
  for (const piece of pricePieces(pieces, rules, rota.timeZone)) {
    if (only && !only.has(piece.person)) continue;
    const line: StatementLine = piece;
    if (options.pay) line.amount = amountFor(piece.minutes, piece.rule.multiplier, options.pay.ratePerHour);
    const list = byPerson.get(piece.person) ?? [];
    list.push(line);
    byPerson.set(piece.person, list);
  }
  // `alsoWithout`: people who get a statement even with no on call (say, time off in lieu only).
  const extra = new Set(options.alsoWithout ?? []);
  const ids = options.people ?? rota.data.people.map((p) => p.id).filter((id) => byPerson.has(id) || extra.has(id));
  return ids.map((id) => statementOf(rota, id, month, byPerson.get(id) ?? [], rules, options.pay));
}

function statementOf(
  rota: Rota,
  id: string,
  month: PayMonth,
  lines: StatementLine[],
  rules: readonly RateRule[],
  pay: BasePay | undefined,
): Statement {
  const totals = new Map<RateRule, RuleTotal>();
  for (const line of lines) {
    let total = totals.get(line.rule);
    if (!total)
      totals.set(
        line.rule,
        (total = {
          rule: line.rule.id,
          name: line.rule.name ?? line.rule.id,
          multiplier: line.rule.multiplier,
          minutes: 0,
          ...(pay ? { amount: 0 } : {}),
        }),
      );
    total.minutes += line.minutes;
    if (pay) total.amount = (total.amount ?? 0) + (line.amount ?? 0);
  }
  // In the order of the rules file.
  const byRule = rules.flatMap((r) => totals.get(r) ?? []);
  const statement: Statement = { person: { id, name: rota.nameOf(id) }, month, lines, hours: summariseHours(lines), byRule };
  if (pay) {
    statement.total = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
    statement.currency = pay.currency;
  }
  return statement;
}
