import { csvFormatRows } from 'd3-dsv';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { civilParts } from '../time/civil-date.ts';
import { formatIsoWithOffset } from '../time/zoned-time.ts';
import { parseWallTimeInput, type DateOrder } from '../time/wall-time-input.ts';
import {
  dateConflictMessage,
  decideDateOrder,
  DEFAULT_PRIORITY,
  planMatcher,
  prepareExport,
  priorityMatcher,
  type BatchError,
  type BatchNeed,
  type DateOrderUse,
  type Separator,
} from './batch.ts';
import { replyDeadline, type ReplyKind } from './deadline.ts';
import { priorityAliases, type ColumnDetection, type ColumnOverrides, type ColumnRole } from './export-columns.ts';
import { formatDate, formatElapsed, formatMinutes, formatRate, formatShortInstant, formatTarget } from './format.ts';
import { unsupportedYear } from './sanity.ts';
import { findPlan, findPriority, type ClockKind, type Duration, type PlanId, type PriorityId, type SlaTerms } from './terms.ts';
import { pauseReasons, workingMinutesBetween, type PauseReason } from './working-time.ts';

/**
 * The SLA compliance report: for each ticket in an export with received and reply times, whether
 * each reply came within its target (the first reply; for Low, every later reply too), by how
 * much, and why in words; then compliance per plan, priority and month. A ticket with no first
 * reply whose deadline has passed counts as breached; one still inside its target is left out of
 * the percentages until it is decided.
 */

export type CheckOutcome = 'met' | 'breached' | 'open-breached' | 'open';

export interface ReplyCheck {
  reply: ReplyKind;
  /** 1 for the first reply, 2 for the next, ... */
  number: number;
  from: number;
  due: number;
  /** When the reply was sent; undefined while none has been. */
  at: number | undefined;
  outcome: CheckOutcome;
  targetMinutes: number;
  /** Minutes of the ticket's clock (working or wall) from `from` to the reply, or to now when open. */
  clockMinutes: number;
  /** Real time between the deadline and the reply (or now): positive when early. */
  marginMs: number;
  clock: ClockKind;
  target: Duration;
}

export type TicketOutcome = 'met' | 'breached' | 'open';

export interface TicketCompliance {
  row: number;
  id: string;
  subject: string;
  plan: PlanId;
  priority: PriorityId;
  priorityDefaulted: boolean;
  received: number;
  /** "2026-12" in the SLA's zone. */
  month: string;
  checks: ReplyCheck[];
  outcome: TicketOutcome;
}

export interface ComplianceGroup {
  key: string;
  label: string;
  met: number;
  breached: number;
  /** Not yet due: left out of the rate. */
  open: number;
  /** Met as a share of decided tickets (0-1); undefined when none is decided. */
  rate: number | undefined;
}

export interface ComplianceReport {
  tickets: TicketCompliance[];
  errors: BatchError[];
  overall: ComplianceGroup;
  byPlan: ComplianceGroup[];
  byPriority: ComplianceGroup[];
  byMonth: ComplianceGroup[];
  separator: Separator;
  columns: ColumnDetection;
  dateOrder: DateOrderUse;
  needs: BatchNeed[];
  refusal: string | undefined;
  planForAll: PlanId | undefined;
  now: number;
}

export interface ComplianceOptions {
  columns?: ColumnOverrides;
  planForAll?: PlanId;
  dateOrder?: DateOrder;
  now: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Several times in one cell: a semicolon, a vertical bar or a new line between them. */
const LIST = /\s*[;|\n]\s*/;

export function complianceReport(terms: SlaTerms, calendar: WorkingCalendar, text: string, options: ComplianceOptions): ComplianceReport {
  const zone = terms.workingHours.timeZone;
  const { rows, separator, columns, firstDataRow } = prepareExport(terms, text, options.columns);
  const index = (role: ColumnRole) => columns.columns[role].index;
  const needs: BatchNeed[] = [];
  for (const role of ['received', 'firstReply', 'laterReplies', 'priority', 'plan', 'id'] as const) {
    const choice = columns.columns[role];
    if (choice.how === 'ask') needs.push({ kind: 'column', role, candidates: choice.candidates });
  }
  const dateIndexes = (['received', 'firstReply'] as const).map(index).filter((i): i is number => i !== undefined);
  const dateOrder = decideDateOrder(rows, firstDataRow, dateIndexes, columns.preset, options.dateOrder);
  let refusal: string | undefined;
  if (index('received') === undefined && columns.columns.received.how !== 'ask')
    refusal = 'No column holds the received time: choose it below.';
  else if (index('firstReply') === undefined && index('firstReplyMinutes') === undefined && columns.columns.firstReply.how !== 'ask') {
    refusal = 'No column holds the first reply time: choose it below.';
  }
  if (dateOrder.finding.kind === 'conflict') refusal = dateConflictMessage(dateOrder.finding);
  if (dateOrder.how === 'ask' && dateOrder.finding.kind === 'ambiguous')
    needs.push({ kind: 'date-order', example: dateOrder.finding.example });
  if (index('plan') === undefined && !options.planForAll) needs.push({ kind: 'plan' });

  const tickets: TicketCompliance[] = [];
  const errors: BatchError[] = [];
  const report = (): ComplianceReport => ({
    tickets,
    errors,
    ...summarise(terms, tickets),
    separator,
    columns,
    dateOrder,
    needs,
    refusal,
    planForAll: index('plan') === undefined ? options.planForAll : undefined,
    now: options.now,
  });
  if (refusal || needs.length) return report();

  const matchPlan = planMatcher(terms);
  const matchPriority = priorityMatcher(terms, priorityAliases(columns.preset));
  const order = dateOrder.order ? { order: dateOrder.order } : {};
  const readTime = (value: string, what: string, problems: string[]): number | undefined => {
    const parsed = parseWallTimeInput(value, zone, order);
    if (!parsed.ok) {
      problems.push(`${what} ${parsed.error}`);
      return undefined;
    }
    const outside = unsupportedYear(parsed.instant, calendar, what);
    if (outside) problems.push(outside.replace(/^The /, ''));
    return outside ? undefined : parsed.instant;
  };

  for (let i = firstDataRow; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.every((c) => c === '')) continue;
    const row = i + 1;
    const cell = (role: ColumnRole) => {
      const at = index(role);
      return at === undefined ? '' : (cells[at] ?? '');
    };
    const id = cell('id');
    const problems: string[] = [];
    const priorityCell = cell('priority');
    const priority = priorityCell ? matchPriority(priorityCell)?.id : DEFAULT_PRIORITY;
    if (!priority) problems.push(`priority “${priorityCell}” is not one of ${terms.priorities.map((p) => p.name).join(', ')}`);
    const plan = index('plan') === undefined ? options.planForAll : matchPlan(cell('plan'));
    if (!plan) problems.push(cell('plan') ? `plan “${cell('plan')}” is not ${terms.plans.map((p) => p.id).join(' or ')}` : 'plan is empty');
    const received = readTime(cell('received'), 'received time', problems);
    let firstReply: number | undefined;
    if (index('firstReply') !== undefined && cell('firstReply')) firstReply = readTime(cell('firstReply'), 'first reply time', problems);
    else if (index('firstReplyMinutes') !== undefined && cell('firstReplyMinutes') && received !== undefined) {
      // Zendesk gives the first reply as minutes after creation, around the clock.
      const minutes = Number(cell('firstReplyMinutes'));
      if (!Number.isFinite(minutes) || minutes < 0)
        problems.push(`minutes to first reply “${cell('firstReplyMinutes')}” is not a number of minutes`);
      else firstReply = received + minutes * 60_000;
    }
    const later: number[] = [];
    for (const value of cell('laterReplies').split(LIST).filter(Boolean)) {
      const at = readTime(value, 'later reply time', problems);
      if (at !== undefined) later.push(at);
    }
    later.sort((a, b) => a - b);
    if (received !== undefined && firstReply !== undefined && firstReply < received)
      problems.push('the first reply is before the ticket was received');
    if (firstReply !== undefined && later[0] !== undefined && later[0] < firstReply)
      problems.push('a later reply is before the first reply');
    if (problems.length || !priority || !plan || received === undefined) {
      errors.push({ row, id, problems });
      continue;
    }
    const checks: ReplyCheck[] = [];
    checks.push(check(terms, calendar, { plan, priority, reply: 'first', number: 1, from: received, at: firstReply, now: options.now }));
    if (firstReply !== undefined && findPriority(terms, priority).laterReplies) {
      let from = firstReply;
      later.forEach((at, n) => {
        checks.push(check(terms, calendar, { plan, priority, reply: 'later', number: n + 2, from, at, now: options.now }));
        from = at;
      });
    }
    const date = calendar.localDate(received);
    tickets.push({
      row,
      id,
      subject: cell('subject'),
      plan,
      priority,
      priorityDefaulted: !priorityCell,
      received,
      month: date.slice(0, 7),
      checks,
      outcome: checks.some((c) => c.outcome === 'breached' || c.outcome === 'open-breached')
        ? 'breached'
        : checks.some((c) => c.outcome === 'open')
          ? 'open'
          : 'met',
    });
  }
  return report();
}

interface CheckRequest {
  plan: PlanId;
  priority: PriorityId;
  reply: ReplyKind;
  number: number;
  from: number;
  at: number | undefined;
  now: number;
}

function check(terms: SlaTerms, calendar: WorkingCalendar, request: CheckRequest): ReplyCheck {
  const deadline = replyDeadline(terms, calendar, {
    plan: request.plan,
    priority: request.priority,
    reply: request.reply,
    from: request.from,
  });
  const end = request.at ?? request.now;
  const clockMinutes =
    deadline.clock === 'wall' ? Math.max(0, end - request.from) / 60_000 : workingMinutesBetween(calendar, request.from, end);
  const outcome: CheckOutcome =
    request.at !== undefined
      ? request.at <= deadline.deadline
        ? 'met'
        : 'breached'
      : request.now > deadline.deadline
        ? 'open-breached'
        : 'open';
  return {
    reply: request.reply,
    number: request.number,
    from: request.from,
    due: deadline.deadline,
    at: request.at,
    outcome,
    targetMinutes: deadline.targetMinutes,
    clockMinutes,
    marginMs: deadline.deadline - end,
    clock: deadline.clock,
    target: deadline.target,
  };
}

/**
 * Why a reply target was met or missed, in words: when, how much of the ticket's clock it took,
 * by how much it was early or late, and the weekends and holidays the count skipped. Written on
 * demand (a page shows a screenful, the CSV all) so the report itself stays quick.
 */
export function explainCheck(terms: SlaTerms, calendar: WorkingCalendar, c: ReplyCheck, now: number): string {
  const zone = terms.workingHours.timeZone;
  const end = c.at ?? now;
  const wall = c.clock === 'wall';
  const which = c.reply === 'first' ? 'First reply' : `Reply ${c.number}`;
  const since = c.reply === 'first' ? 'after it was received' : 'after the reply before';
  const target = formatTarget(c.target, c.clock);
  const taken = wall ? formatElapsed(end - c.from) : `${formatMinutes(c.clockMinutes)} of working time`;
  const late =
    wall || c.clockMinutes > c.targetMinutes
      ? wall
        ? formatElapsed(-c.marginMs)
        : `${formatMinutes(c.clockMinutes - c.targetMinutes)} of working time`
      : `${formatElapsed(-c.marginMs)}, outside working hours`;
  const early = wall ? formatElapsed(c.marginMs) : `${formatMinutes(c.targetMinutes - c.clockMinutes)} of working time`;
  let why: string;
  switch (c.outcome) {
    case 'met':
      why = `${which} at ${formatShortInstant(end, zone)}, ${taken === 'less than a minute of working time' ? 'within the first working minute' : `${taken} ${since}`} (target ${target}): met with ${early} to spare.`;
      break;
    case 'breached':
      why = `${which} at ${formatShortInstant(end, zone)}, ${taken} ${since} (target ${target}): late by ${late}; it was due by ${formatShortInstant(c.due, zone)}.`;
      break;
    case 'open-breached':
      why = `No ${c.reply === 'first' ? 'first reply' : 'reply'} yet: it was due by ${formatShortInstant(c.due, zone)} (target ${target}), so it is breached, ${formatElapsed(-c.marginMs)} ago.`;
      break;
    case 'open':
      why = `No ${c.reply === 'first' ? 'first reply' : 'reply'} yet; due by ${formatShortInstant(c.due, zone)} (target ${target}).`;
      break;
  }
  const skipped = wall ? '' : skippedDays(calendar, c.from, end);
  if (skipped) why += ` The count skipped ${skipped}.`;
  if (wall) why += ' Urgent counts every minute, nights and weekends included.';
  return why;
}

/** Weekends and bank holidays between two instants, in words: "the weekend of 26-27 December and Christmas Day". */
function skippedDays(calendar: WorkingCalendar, from: number, to: number): string {
  if (!(to > from)) return '';
  const days = pauseReasons(calendar, from, to).filter(
    (r): r is Extract<PauseReason, { kind: 'weekend' | 'bank-holiday' }> => r.kind === 'weekend' || r.kind === 'bank-holiday',
  );
  const words = days.map((r) => {
    if (r.kind === 'bank-holiday') return `${r.title} (${formatDate(r.date, false)})${r.estimated ? ', an estimated bank holiday' : ''}`;
    return r.from === r.to ? formatDate(r.from, false) : `the weekend ${formatDate(r.from, false)} to ${formatDate(r.to, false)}`;
  });
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function group(key: string, label: string, tickets: readonly TicketCompliance[]): ComplianceGroup {
  let met = 0;
  let breached = 0;
  let open = 0;
  for (const t of tickets) {
    if (t.outcome === 'met') met++;
    else if (t.outcome === 'breached') breached++;
    else open++;
  }
  return { key, label, met, breached, open, rate: met + breached ? met / (met + breached) : undefined };
}

function summarise(
  terms: SlaTerms,
  tickets: readonly TicketCompliance[],
): Pick<ComplianceReport, 'overall' | 'byPlan' | 'byPriority' | 'byMonth'> {
  const by = <K extends string>(keyOf: (t: TicketCompliance) => K) => {
    const map = new Map<K, TicketCompliance[]>();
    for (const t of tickets) {
      const k = keyOf(t);
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(t);
    }
    return map;
  };
  const plans = by((t) => t.plan);
  const priorities = by((t) => t.priority);
  const months = by((t) => t.month);
  return {
    overall: group('all', 'All tickets', tickets),
    byPlan: terms.plans.filter((p) => plans.has(p.id)).map((p) => group(p.id, p.name, plans.get(p.id)!)),
    byPriority: terms.priorities.filter((p) => priorities.has(p.id)).map((p) => group(p.id, p.name, priorities.get(p.id)!)),
    byMonth: [...months.keys()].sort().map((m) => group(m, monthLabel(m), months.get(m)!)),
  };
}

/** "2026-12" as "December 2026". */
export function monthLabel(month: string): string {
  const { year, month: m } = civilParts(`${month}-01`);
  return `${MONTHS[m - 1]} ${year}`;
}

export { formatRate };

export const OUTCOME_LABELS: Record<CheckOutcome, string> = {
  met: 'Met',
  breached: 'Breached',
  'open-breached': 'Breached (no reply yet)',
  open: 'Not yet due',
};

/** One row per reply target, for a spreadsheet or a client's quarterly review. */
export function complianceCsv(terms: SlaTerms, calendar: WorkingCalendar, report: ComplianceReport): string {
  const zone = terms.workingHours.timeZone;
  const iso = (n: number | undefined) => (n === undefined ? '' : formatIsoWithOffset(n, zone));
  const rows: string[][] = [
    [
      'Ticket',
      'Subject',
      'Plan',
      'Priority',
      'Priority was blank',
      'Received',
      'Reply',
      'Due by',
      'Replied at',
      'Outcome',
      'Clock minutes taken',
      'Target minutes',
      'Minutes early (negative: late)',
      'Why',
    ],
  ];
  for (const t of report.tickets) {
    for (const c of t.checks) {
      rows.push([
        t.id,
        t.subject,
        findPlan(terms, t.plan).name,
        findPriority(terms, t.priority).name,
        t.priorityDefaulted ? 'yes (read as Normal)' : '',
        iso(t.received),
        c.reply === 'first' ? 'first' : `later (${c.number})`,
        iso(c.due),
        iso(c.at),
        OUTCOME_LABELS[c.outcome],
        String(Math.round(c.clockMinutes)),
        String(c.targetMinutes),
        String(Math.round(c.marginMs / 60_000)),
        explainCheck(terms, calendar, c, report.now),
      ]);
    }
  }
  return `${csvFormatRows(rows.map((r) => r.map(neutralise)))}\n`;
}

/** Spreadsheets run a cell starting with = + - @ as a formula: a quote mark keeps it text. */
function neutralise(cell: string): string {
  const first = cell.charCodeAt(0);
  // = + - @ tab CR; a plain negative number is left alone.
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13) return cell;
  return first === 45 && /^-\d+$/.test(cell) ? cell : `'${cell}`;
}

/** The summary tables as CSV: per plan, priority and month. */
export function complianceSummaryCsv(report: ComplianceReport): string {
  const rows: string[][] = [['Group', 'Name', 'Met', 'Breached', 'Not yet due', 'Compliance']];
  const add = (kind: string, groups: readonly ComplianceGroup[]) => {
    for (const g of groups)
      rows.push([kind, g.label, String(g.met), String(g.breached), String(g.open), g.rate === undefined ? '' : formatRate(g.rate)]);
  };
  add('All', [report.overall]);
  add('Plan', report.byPlan);
  add('Priority', report.byPriority);
  add('Month', report.byMonth);
  return `${csvFormatRows(rows.map((r) => r.map(neutralise)))}\n`;
}
