import { csvParseRows, tsvParseRows } from 'd3-dsv';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { parseWallTimeInput, type WallTimeNote } from '../time/wall-time-input.ts';
import { replyDeadline, type Deadline } from './deadline.ts';
import { DUE_SOON_MINUTES, timeLeft, triageStatus, type TimeLeft, type TriageStatus } from './status.ts';
import type { PlanId, PriorityId, SlaTerms } from './terms.ts';

/**
 * Batch triage: rows pasted from a helpdesk export (CSV or tab-separated) in, deadlines out.
 * A header row is optional; without one the columns are ticket id, priority, plan, received.
 */

export interface BatchTicket {
  /** Row number in the pasted text, counting a header row, as a spreadsheet would. */
  row: number;
  id: string;
  plan: PlanId;
  priority: PriorityId;
  received: number;
  receivedNote?: WallTimeNote | undefined;
  result: Deadline;
}

export interface BatchError {
  row: number;
  id: string;
  problems: string[];
}

export interface Batch {
  /** Valid rows, earliest deadline first. */
  tickets: BatchTicket[];
  errors: BatchError[];
}

export interface TriagedTicket extends BatchTicket {
  left: TimeLeft;
  status: TriageStatus;
}

type Column = 'id' | 'priority' | 'plan' | 'received';
const COLUMNS: readonly Column[] = ['id', 'priority', 'plan', 'received'];
const HEADER_PATTERNS: Record<Column, RegExp> = {
  id: /ticket|^id$|^#$|number|^ref/i,
  priority: /priority/i,
  plan: /plan|tier|service level/i,
  received: /received|created|opened|submitted|date|time/i,
};

/** Splits pasted text into rows of cells: tab-separated when the first line has a tab, else CSV. */
export function parseDelimited(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.slice(0, clean.search(/\r?\n|$/));
  return (firstLine.includes('\t') ? tsvParseRows(clean) : csvParseRows(clean)).map((cells) => cells.map((c) => c.trim()));
}

/** Where each column is: from the header row if there is one, else the standard order. */
function columnIndexes(first: string[] | undefined, isDateTime: (cell: string) => boolean): { indexes: Record<Column, number>; header: boolean; missing: Column[] } {
  const positional = { id: 0, priority: 1, plan: 2, received: 3 };
  // A data row always has a date and time in it; a header names a priority column and has none.
  const looksLikeHeader = first !== undefined && first.some((c) => HEADER_PATTERNS.priority.test(c)) && !first.some(isDateTime);
  if (!looksLikeHeader) return { indexes: positional, header: false, missing: [] };
  const indexes = { id: -1, priority: -1, plan: -1, received: -1 };
  const taken = new Set<number>();
  // Most specific first, so "Received date" is not taken for the id and "Ticket priority" not for the id.
  for (const column of ['priority', 'plan', 'received', 'id'] as const) {
    const index = first.findIndex((cell, i) => !taken.has(i) && HEADER_PATTERNS[column].test(cell));
    indexes[column] = index;
    if (index >= 0) taken.add(index);
  }
  return { indexes, header: true, missing: COLUMNS.filter((c) => indexes[c] < 0) };
}

/** Accepts a plan's id, its name, or either part of a name like "Enhanced (Managed Plus)". */
function planMatcher(terms: SlaTerms): (value: string) => PlanId | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const names = new Map<string, PlanId>();
  for (const plan of terms.plans) {
    names.set(key(plan.id), plan.id);
    names.set(key(plan.name), plan.id);
    const parts = /^(.*?)\s*\((.*)\)\s*$/.exec(plan.name);
    if (parts) for (const part of [parts[1]!, parts[2]!]) names.set(key(part), plan.id);
  }
  return (value) => names.get(key(value));
}

function priorityMatcher(terms: SlaTerms): (value: string) => PriorityId | undefined {
  const names = new Map<string, PriorityId>();
  for (const p of terms.priorities) {
    names.set(p.id, p.id);
    names.set(p.name.toLowerCase(), p.id);
  }
  return (value) => names.get(value.trim().toLowerCase());
}

/** Reads every row, computing deadlines for the good ones and listing what is wrong with the rest. */
export function readBatch(terms: SlaTerms, calendar: WorkingCalendar, text: string): Batch {
  const zone = terms.workingHours.timeZone;
  const rows = parseDelimited(text);
  const { indexes, header, missing } = columnIndexes(rows[0], (cell) => parseWallTimeInput(cell, zone).ok);
  const errors: BatchError[] = [];
  const tickets: BatchTicket[] = [];
  if (missing.length) {
    errors.push({ row: 1, id: '', problems: [`the header row has no column for ${missing.map((c) => (c === 'id' ? 'ticket id' : c)).join(', ')}`] });
    return { tickets, errors };
  }
  const findPlan = planMatcher(terms);
  const findPriority = priorityMatcher(terms);
  const planNames = terms.plans.map((p) => p.id).join(' or ');
  const priorityNames = terms.priorities.map((p) => p.name).join(', ');

  rows.forEach((cells, i) => {
    if (header && i === 0) return;
    if (cells.every((c) => c === '')) return;
    const row = i + 1;
    const cell = (column: Column) => cells[indexes[column]] ?? '';
    const id = cell('id');
    const problems: string[] = [];
    if (!header && cells.length < COLUMNS.length) {
      errors.push({ row, id, problems: [`has ${cells.length} value${cells.length === 1 ? '' : 's'}; expected ticket id, priority, plan and received`] });
      return;
    }
    if (!id) problems.push('ticket id is empty');
    const priority = findPriority(cell('priority'));
    if (!priority) problems.push(cell('priority') ? `priority “${cell('priority')}” is not one of ${priorityNames}` : 'priority is empty');
    const plan = findPlan(cell('plan'));
    if (!plan) problems.push(cell('plan') ? `plan “${cell('plan')}” is not ${planNames}` : 'plan is empty');
    const received = parseWallTimeInput(cell('received'), zone);
    if (!received.ok) problems.push(`received ${received.error}`);
    if (problems.length || !priority || !plan || !received.ok) {
      errors.push({ row, id, problems });
      return;
    }
    try {
      const result = replyDeadline(terms, calendar, { plan, priority, from: received.instant });
      tickets.push({ row, id, plan, priority, received: received.instant, receivedNote: received.note, result });
    } catch (error) {
      errors.push({ row, id, problems: [error instanceof Error ? error.message : String(error)] });
    }
  });
  tickets.sort((a, b) => a.result.deadline - b.result.deadline || a.row - b.row);
  return { tickets, errors };
}

/** Each ticket's status at `now`: breached, due within a working hour, or on track. */
export function triage(calendar: WorkingCalendar, tickets: readonly BatchTicket[], now: number): TriagedTicket[] {
  return tickets.map((ticket) => {
    // Working time is counted only as far as the due-soon line: enough for the status.
    const left = timeLeft(calendar, ticket.result, now, DUE_SOON_MINUTES);
    return { ...ticket, left, status: triageStatus(left) };
  });
}
