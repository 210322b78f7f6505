import { dsvFormat } from 'd3-dsv';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { parseWallTimeInput, type DateOrder, type WallTimeNote } from '../time/wall-time-input.ts';
import { inferDateOrder, type DateOrderFinding } from './date-order.ts';
import { replyDeadline, type Deadline } from './deadline.ts';
import { detectColumns, priorityAliases, type ColumnDetection, type ColumnOverrides, type ColumnRole } from './export-columns.ts';
import { receivedWarnings, unsupportedYear, type SanityWarning } from './sanity.ts';
import { DUE_SOON_MINUTES, timeLeft, triageStatus, type TimeLeft, type TriageStatus } from './status.ts';
import { planMatcher, priorityMatcher } from './names.ts';
import type { PlanId, PriorityId, SlaTerms } from './terms.ts';

export { planMatcher, priorityMatcher };

/**
 * Batch triage: rows pasted from a helpdesk export (CSV, semicolon- or tab-separated) in,
 * deadlines out. A header row is optional; without one the columns are ticket id, priority,
 * plan, received. Which column is which is worked out in export-columns.ts and reported back.
 */

export interface BatchTicket {
  /** Row number in the pasted text, counting a header row, as a spreadsheet would. */
  row: number;
  id: string;
  subject: string;
  plan: PlanId;
  priority: PriorityId;
  /** The priority cell was empty, so the SLA's default (Normal) was used. */
  priorityDefaulted: boolean;
  received: number;
  receivedNote?: WallTimeNote | undefined;
  warnings: SanityWarning[];
  result: Deadline;
}

export interface BatchError {
  row: number;
  id: string;
  problems: string[];
}

export type Separator = 'comma' | 'semicolon' | 'tab';
export const SEPARATOR_NAMES: Record<Separator, string> = { comma: 'commas', semicolon: 'semicolons', tab: 'tabs' };
const SEPARATOR_CHARS: Record<Separator, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** What the reader must settle before any deadline is worked out. */
export type BatchNeed =
  | { kind: 'column'; role: ColumnRole; candidates: number[] }
  | { kind: 'plan' }
  | { kind: 'date-order'; example: { row: number; value: string } };

export interface DateOrderUse {
  finding: DateOrderFinding;
  /** The order used for numeric dates, if any were found. */
  order: DateOrder | undefined;
  how: 'values' | 'preset' | 'chosen' | 'not-needed' | 'ask' | 'refused';
}

export interface BatchOptions {
  columns?: ColumnOverrides;
  /** The plan for every row when the export has no plan column. */
  planForAll?: PlanId;
  /** The reader's answer when every numeric date reads both ways. */
  dateOrder?: DateOrder;
  /** For the sanity warnings (received in the future, more than a year ago). */
  now?: number;
}

export interface Batch {
  /** Valid rows, earliest deadline first. */
  tickets: BatchTicket[];
  errors: BatchError[];
  separator: Separator;
  columns: ColumnDetection;
  dateOrder: DateOrderUse;
  needs: BatchNeed[];
  /** Why nothing could be read at all (no received column, dates written both ways). */
  refusal: string | undefined;
  /** Priority names read as one of the SLA's, e.g. Medium as Normal, with how many rows. */
  aliasesUsed: Array<{ value: string; priority: PriorityId; rows: number }>;
  /** The plan was the one chosen for all rows (no plan column). */
  planForAll: PlanId | undefined;
}

export interface TriagedTicket extends BatchTicket {
  left: TimeLeft;
  status: TriageStatus;
}

/** The separator of the first line: the most common of tab, semicolon and comma outside quotes. */
export function findSeparator(text: string): Separator {
  const end = text.search(/\r?\n|$/);
  const line = text.slice(0, end).replace(/"[^"]*"/g, '');
  const count = (ch: string) => line.split(ch).length - 1;
  const counts: Array<[Separator, number]> = [
    ['tab', count('\t')],
    ['semicolon', count(';')],
    ['comma', count(',')],
  ];
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'comma';
}

/** Splits pasted text into rows of cells, with the separator it used. */
export function parseDelimitedWith(text: string): { rows: string[][]; separator: Separator } {
  const clean = text.replace(/^\uFEFF/, '');
  const separator = findSeparator(clean);
  return {
    rows: dsvFormat(SEPARATOR_CHARS[separator])
      .parseRows(clean)
      .map((cells) => cells.map((c) => c.trim())),
    separator,
  };
}

export function parseDelimited(text: string): string[][] {
  return parseDelimitedWith(text).rows;
}

/** The priority a ticket has when none is set: Normal, as the SLA says every ticket starts. */
export const DEFAULT_PRIORITY: PriorityId = 'normal';

/** How numeric dates in the given columns are to be read, or why they cannot be. */
export function decideDateOrder(
  rows: readonly string[][],
  firstDataRow: number,
  indexes: readonly number[],
  preset: ColumnDetection['preset'],
  chosen: DateOrder | undefined,
): DateOrderUse {
  const findings = indexes.map((index) => {
    const values: Array<{ row: number; value: string }> = [];
    for (let i = firstDataRow; i < rows.length; i++) {
      const value = rows[i]![index];
      if (value) values.push({ row: i + 1, value });
    }
    return inferDateOrder(values);
  });
  return dateOrderFrom(findings, preset, chosen);
}

/** The order to use given what each date column showed (see DateOrderTally). */
export function dateOrderFrom(
  findings: readonly DateOrderFinding[],
  preset: ColumnDetection['preset'],
  chosen: DateOrder | undefined,
): DateOrderUse {
  const conflict = findings.find((f) => f.kind === 'conflict');
  if (conflict) return { finding: conflict, order: undefined, how: 'refused' };
  const decided = findings.filter((f) => f.kind === 'decided');
  const orders = new Set(decided.map((f) => f.order));
  if (orders.size > 1) {
    // Two date columns of one export written two ways: refuse rather than pick.
    const day = decided.find((f) => f.order === 'day-first')!;
    const month = decided.find((f) => f.order === 'month-first')!;
    return { finding: { kind: 'conflict', dayFirst: [day.evidence], monthFirst: [month.evidence] }, order: undefined, how: 'refused' };
  }
  if (decided[0]) return { finding: decided[0], order: decided[0].order, how: 'values' };
  const ambiguous = findings.find((f) => f.kind === 'ambiguous');
  if (!ambiguous) return { finding: { kind: 'not-needed' }, order: undefined, how: 'not-needed' };
  if (chosen) return { finding: ambiguous, order: chosen, how: 'chosen' };
  if (preset?.dateOrder) return { finding: ambiguous, order: preset.dateOrder, how: 'preset' };
  return { finding: ambiguous, order: undefined, how: 'ask' };
}

/** "rows 3 and 7" */
function rowList(entries: ReadonlyArray<{ row: number; value: string }>): string {
  const items = entries.map((e) => `row ${e.row} (“${e.value}”)`);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function dateConflictMessage(finding: Extract<DateOrderFinding, { kind: 'conflict' }>): string {
  return `Dates are written both day first and month first, so none can be trusted: day first in ${rowList(finding.dayFirst)}; month first in ${rowList(finding.monthFirst)}. Export again with one date format.`;
}

/** Everything a batch-like reader needs before looking at rows: cells, columns, date order. */
export interface PreparedExport {
  rows: string[][];
  separator: Separator;
  columns: ColumnDetection;
  firstDataRow: number;
}

export function prepareExport(terms: SlaTerms, text: string, overrides: ColumnOverrides | undefined): PreparedExport {
  const { rows, separator } = parseDelimitedWith(text);
  return prepareRows(terms, rows, separator, overrides);
}

/** Columns from the rows at hand: all of them, or (streaming) the first few. */
export function prepareRows(
  terms: SlaTerms,
  rows: string[][],
  separator: Separator,
  overrides: ColumnOverrides | undefined,
): PreparedExport {
  const zone = terms.workingHours.timeZone;
  // Either order reads as a date here: the header test only needs "is this a date at all".
  const isDateTime = (cell: string) => parseWallTimeInput(cell, zone).ok || parseWallTimeInput(cell, zone, { order: 'month-first' }).ok;
  const columns = detectColumns(rows, isDateTime, overrides);
  return { rows, separator, columns, firstDataRow: columns.hasHeader ? 1 : 0 };
}

/** What stops a batch before its rows are read, and how to read each row once nothing does. */
export interface BatchPlan {
  needs: BatchNeed[];
  refusal: string | undefined;
  /** A ticket, or the problems with the row; undefined for a blank row. */
  readRow: (cells: readonly string[], row: number) => { ticket: BatchTicket } | { error: BatchError } | undefined;
  /** Priority names read as one of the SLA's so far. */
  aliasesUsed: () => Batch['aliasesUsed'];
}

export function planBatch(
  terms: SlaTerms,
  calendar: WorkingCalendar,
  columns: ColumnDetection,
  dateOrder: DateOrderUse,
  options: BatchOptions,
): BatchPlan {
  const zone = terms.workingHours.timeZone;
  const needs: BatchNeed[] = [];
  const index = (role: ColumnRole) => columns.columns[role].index;
  for (const role of ['received', 'priority', 'plan', 'id'] as const) {
    const choice = columns.columns[role];
    if (choice.how === 'ask') needs.push({ kind: 'column', role, candidates: choice.candidates });
  }
  const receivedIndex = index('received');
  let refusal: string | undefined;
  if (receivedIndex === undefined && columns.columns.received.how !== 'ask') {
    refusal = columns.hasHeader
      ? 'No column holds the received time: choose it below.'
      : 'Each row needs a ticket id, priority, plan and received time.';
    if (columns.hasHeader) needs.push({ kind: 'column', role: 'received', candidates: columns.names.map((_, i) => i) });
  }
  if (dateOrder.finding.kind === 'conflict') refusal = dateConflictMessage(dateOrder.finding);
  if (dateOrder.how === 'ask' && dateOrder.finding.kind === 'ambiguous')
    needs.push({ kind: 'date-order', example: dateOrder.finding.example });
  const planIndex = index('plan');
  if (planIndex === undefined && !options.planForAll) needs.push({ kind: 'plan' });

  const findPlan = planMatcher(terms);
  const findPriority = priorityMatcher(terms, priorityAliases(columns.preset));
  const aliases = new Map<string, { priority: PriorityId; rows: number }>();
  const planNames = terms.plans.map((p) => p.id).join(' or ');
  const priorityNames = terms.priorities.map((p) => p.name).join(', ');
  const now = options.now ?? Date.now();
  const order = dateOrder.order ? { order: dateOrder.order } : {};
  const needed = Math.max(receivedIndex ?? 0, index('priority') ?? 0, planIndex ?? 0) + 1;

  const readRow: BatchPlan['readRow'] = (cells, row) => {
    if (cells.every((c) => c.trim() === '')) return undefined;
    const cell = (role: ColumnRole) => {
      const at = index(role);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const id = cell('id');
    if (!columns.hasHeader && cells.length < needed) {
      return {
        error: {
          row,
          id,
          problems: [`has ${cells.length} value${cells.length === 1 ? '' : 's'}; expected ticket id, priority, plan and received`],
        },
      };
    }
    const problems: string[] = [];
    if (!id && index('id') !== undefined) problems.push('ticket id is empty');
    const priorityCell = cell('priority');
    const found = priorityCell ? findPriority(priorityCell) : { id: DEFAULT_PRIORITY, alias: false };
    if (!found) problems.push(`priority “${priorityCell}” is not one of ${priorityNames}`);
    else if (found.alias) {
      const entry = aliases.get(priorityCell) ?? { priority: found.id, rows: 0 };
      entry.rows++;
      aliases.set(priorityCell, entry);
    }
    const plan = planIndex === undefined ? options.planForAll : findPlan(cell('plan'));
    if (!plan) problems.push(cell('plan') ? `plan “${cell('plan')}” is not ${planNames}` : 'plan is empty');
    const received = parseWallTimeInput(cell('received'), zone, order);
    if (!received.ok) problems.push(`received ${received.error}`);
    else {
      const outside = unsupportedYear(received.instant, calendar);
      if (outside) problems.push(outside.replace(/^The /, ''));
    }
    if (problems.length || !found || !plan || !received.ok) return { error: { row, id, problems } };
    const result = replyDeadline(terms, calendar, { plan, priority: found.id, from: received.instant });
    return {
      ticket: {
        row,
        id,
        subject: cell('subject'),
        plan,
        priority: found.id,
        priorityDefaulted: !priorityCell,
        received: received.instant,
        receivedNote: received.note,
        warnings: receivedWarnings(received.instant, now, calendar),
        result,
      },
    };
  };
  return { needs, refusal, readRow, aliasesUsed: () => [...aliases].map(([value, a]) => ({ value, ...a })) };
}

/** Reads every row, computing deadlines for the good ones and listing what is wrong with the rest. */
export function readBatch(terms: SlaTerms, calendar: WorkingCalendar, text: string, options: BatchOptions = {}): Batch {
  const { rows, separator, columns, firstDataRow } = prepareExport(terms, text, options.columns);
  const receivedIndex = columns.columns.received.index;
  const dateOrder = decideDateOrder(
    rows,
    firstDataRow,
    receivedIndex === undefined ? [] : [receivedIndex],
    columns.preset,
    options.dateOrder,
  );
  const plan = planBatch(terms, calendar, columns, dateOrder, options);
  const errors: BatchError[] = [];
  const tickets: BatchTicket[] = [];
  const base = {
    tickets,
    errors,
    separator,
    columns,
    dateOrder,
    needs: plan.needs,
    refusal: plan.refusal,
    aliasesUsed: [] as Batch['aliasesUsed'],
    planForAll: undefined,
  };
  if (plan.refusal || plan.needs.length) return base;
  for (let i = firstDataRow; i < rows.length; i++) {
    const read = plan.readRow(rows[i]!, i + 1);
    if (!read) continue;
    if ('ticket' in read) tickets.push(read.ticket);
    else errors.push(read.error);
  }
  tickets.sort((a, b) => a.result.deadline - b.result.deadline || a.row - b.row);
  return {
    ...base,
    planForAll: columns.columns.plan.index === undefined ? options.planForAll : undefined,
    aliasesUsed: plan.aliasesUsed(),
  };
}

/** Each ticket's status at `now`: breached, due within a working hour, or on track. */
export function triage(calendar: WorkingCalendar, tickets: readonly BatchTicket[], now: number): TriagedTicket[] {
  return tickets.map((ticket) => {
    // Working time is counted only as far as the due-soon line: enough for the status.
    const left = timeLeft(calendar, ticket.result, now, DUE_SOON_MINUTES);
    return { ...ticket, left, status: triageStatus(left) };
  });
}
