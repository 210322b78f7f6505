import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { formatIsoWithOffset } from '../time/zoned-time.ts';
import type { DateOrder } from '../time/wall-time-input.ts';
import { readBatch, SEPARATOR_NAMES, triage, type Batch, type BatchError, type BatchNeed, type TriagedTicket } from './batch.ts';
import {
  complianceCsv,
  complianceReport,
  complianceSummaryCsv,
  explainCheck,
  OUTCOME_LABELS,
  type ComplianceGroup,
  type ComplianceReport,
  type TicketOutcome,
} from './compliance.ts';
import { DATE_ORDER_LABELS } from './date-order.ts';
import {
  describeChoice,
  REPORT_ROLES,
  ROLE_LABELS,
  TRIAGE_ROLES,
  type ChoiceHow,
  type ColumnDetection,
  type ColumnOverrides,
  type ColumnRole,
} from './export-columns.ts';
import { PAGE_SIZE } from './batch-page.ts';
import { formatShortInstant } from './format.ts';

export { PAGE_SIZE };
import { describeTimeLeft, STATUS_LABELS, type TriageStatus } from './status.ts';
import { findPlan, findPriority, type PlanId, type SlaTerms } from './terms.ts';

/**
 * What the batch and report pages draw, worked out away from the page (in a Web Worker): the
 * summary over every row, how the export was read, and one page of rows at a time, breached and
 * due-soonest first. Plain data only, so it crosses to the page as a structured clone.
 */
export type BatchMode = 'triage' | 'report';

export interface BatchRequest {
  mode: BatchMode;
  text: string;
  columns?: ColumnOverrides;
  planForAll?: PlanId;
  dateOrder?: DateOrder;
  now: number;
}

/** Bad rows listed in full up to this many; the count is always given. */
const ERRORS_SHOWN = 100;

export interface RoleView {
  role: ColumnRole;
  label: string;
  index: number | undefined;
  how: ChoiceHow;
  candidates: number[];
  text: string;
}

export interface ReadingView {
  hasHeader: boolean;
  names: string[];
  samples: string[];
  preset: string | undefined;
  separator: string;
  roles: RoleView[];
  dateOrder: { order: DateOrder | undefined; how: string; text: string | undefined };
  needs: BatchNeed[];
  refusal: string | undefined;
  planForAll: PlanId | undefined;
  notes: string[];
}

export interface TriageRow {
  row: number;
  id: string;
  subject: string;
  priority: string;
  plan: string;
  received: string;
  due: string;
  dueIso: string;
  status: TriageStatus;
  statusLabel: string;
  left: string;
  estimated: boolean;
  warnings: string[];
  priorityDefaulted: boolean;
}

export interface ReportRow {
  row: number;
  id: string;
  subject: string;
  priority: string;
  plan: string;
  received: string;
  outcome: TicketOutcome;
  checks: Array<{ label: string; due: string; at: string; outcome: string; outcomeKind: string; why: string }>;
}

interface Page<R> {
  rows: R[];
  page: number;
  pages: number;
  total: number;
}

export type BatchView =
  | {
      mode: 'triage';
      reading: ReadingView;
      counts: Record<TriageStatus, number> & { total: number; defaulted: number; warned: number };
      page: Page<TriageRow>;
      errors: BatchError[];
      errorCount: number;
      now: number;
    }
  | {
      mode: 'report';
      reading: ReadingView;
      overall: ComplianceGroup;
      byPlan: ComplianceGroup[];
      byPriority: ComplianceGroup[];
      byMonth: ComplianceGroup[];
      page: Page<ReportRow>;
      errors: BatchError[];
      errorCount: number;
      now: number;
    };

/** A read export kept between requests: paging and the 30-second status refresh reuse it. */
export type BatchSession =
  | { mode: 'triage'; request: BatchRequest; batch: Batch; triaged: TriagedTicket[]; now: number }
  | { mode: 'report'; request: BatchRequest; report: ComplianceReport };

export function openSession(terms: SlaTerms, calendar: WorkingCalendar, request: BatchRequest): BatchSession {
  const options = {
    now: request.now,
    ...(request.columns ? { columns: request.columns } : {}),
    ...(request.planForAll ? { planForAll: request.planForAll } : {}),
    ...(request.dateOrder ? { dateOrder: request.dateOrder } : {}),
  };
  if (request.mode === 'report') return { mode: 'report', request, report: complianceReport(terms, calendar, request.text, options) };
  const batch = readBatch(terms, calendar, request.text, options);
  return { mode: 'triage', request, batch, triaged: triage(calendar, batch.tickets, request.now), now: request.now };
}

/** The view at `now`, showing page `page` (0-based). */
export function viewSession(terms: SlaTerms, calendar: WorkingCalendar, session: BatchSession, page: number, now: number): BatchView {
  const zone = terms.workingHours.timeZone;
  if (session.mode === 'triage') {
    if (now !== session.now) {
      session.triaged = triage(calendar, session.batch.tickets, now);
      session.now = now;
    }
    const counts = { breached: 0, 'due-soon': 0, 'on-track': 0, total: session.triaged.length, defaulted: 0, warned: 0 };
    for (const t of session.triaged) {
      counts[t.status]++;
      if (t.priorityDefaulted) counts.defaulted++;
      if (t.warnings.length) counts.warned++;
    }
    const { batch } = session;
    const slice = paged(session.triaged, page);
    return {
      mode: 'triage',
      reading: reading(terms, batch.columns, TRIAGE_ROLES, batch, batch.planForAll),
      counts,
      page: {
        ...slice,
        rows: slice.rows.map((t) => ({
          row: t.row,
          id: t.id,
          subject: t.subject,
          priority: findPriority(terms, t.priority).name,
          plan: findPlan(terms, t.plan).name,
          received: formatShortInstant(t.received, zone),
          due: formatShortInstant(t.result.deadline, zone),
          dueIso: formatIsoWithOffset(t.result.deadline, zone),
          status: t.status,
          statusLabel: STATUS_LABELS[t.status],
          left: describeTimeLeft(t.left, t.result.clock),
          estimated: t.result.estimatedHolidays.length > 0,
          warnings: t.warnings.map((w) => w.text),
          priorityDefaulted: t.priorityDefaulted,
        })),
      },
      errors: batch.errors.slice(0, ERRORS_SHOWN),
      errorCount: batch.errors.length,
      now,
    };
  }
  const { report } = session;
  // Breached tickets first, then those still open, then the met ones; by received time within each.
  const rank: Record<TicketOutcome, number> = { breached: 0, open: 1, met: 2 };
  const sorted = sortedOnce(report, () => [...report.tickets].sort((a, b) => rank[a.outcome] - rank[b.outcome] || a.received - b.received));
  const slice = paged(sorted, page);
  return {
    mode: 'report',
    reading: reading(terms, report.columns, REPORT_ROLES, report, report.planForAll),
    overall: report.overall,
    byPlan: report.byPlan,
    byPriority: report.byPriority,
    byMonth: report.byMonth,
    page: {
      ...slice,
      rows: slice.rows.map((t) => ({
        row: t.row,
        id: t.id,
        subject: t.subject,
        priority: findPriority(terms, t.priority).name,
        plan: findPlan(terms, t.plan).name,
        received: formatShortInstant(t.received, zone),
        outcome: t.outcome,
        checks: t.checks.map((c) => ({
          label: c.reply === 'first' ? 'First reply' : `Reply ${c.number}`,
          due: formatShortInstant(c.due, zone),
          at: c.at === undefined ? '' : formatShortInstant(c.at, zone),
          outcome: OUTCOME_LABELS[c.outcome],
          outcomeKind: c.outcome,
          why: explainCheck(terms, calendar, c, report.now),
        })),
      })),
    },
    errors: report.errors.slice(0, ERRORS_SHOWN),
    errorCount: report.errors.length,
    now: report.now,
  };
}

export function sessionCsv(terms: SlaTerms, calendar: WorkingCalendar, session: BatchSession, which: 'tickets' | 'summary'): string {
  if (session.mode !== 'report') return '';
  return which === 'tickets' ? complianceCsv(terms, calendar, session.report) : complianceSummaryCsv(session.report);
}

const sortCache = new WeakMap<object, unknown[]>();
function sortedOnce<T>(key: object, sort: () => T[]): T[] {
  let found = sortCache.get(key) as T[] | undefined;
  if (!found) sortCache.set(key, (found = sort()));
  return found;
}

function paged<T>(items: readonly T[], page: number): { rows: T[]; page: number; pages: number; total: number } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { rows: items.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE), page: at, pages, total: items.length };
}

function reading(
  terms: SlaTerms,
  columns: ColumnDetection,
  roles: readonly ColumnRole[],
  read: Pick<Batch, 'separator' | 'dateOrder' | 'needs' | 'refusal'> & { aliasesUsed?: Batch['aliasesUsed'] },
  planForAll: PlanId | undefined,
): ReadingView {
  const notes: string[] = [];
  for (const a of read.aliasesUsed ?? [])
    notes.push(`“${a.value}” read as ${findPriority(terms, a.priority).name} (${a.rows} row${a.rows === 1 ? '' : 's'}).`);
  const order = read.dateOrder;
  let orderText: string | undefined;
  if (order.order) {
    const why =
      order.how === 'values' && order.finding.kind === 'decided'
        ? `row ${order.finding.evidence.row} (“${order.finding.evidence.value}”) can only be read that way`
        : order.how === 'preset'
          ? `as ${columns.preset?.name ?? 'the helpdesk'} writes them; every date here reads both ways`
          : 'as you chose; every date here reads both ways';
    orderText = `Dates like 03/04/2026 read ${DATE_ORDER_LABELS[order.order]}: ${why}.`;
  }
  return {
    hasHeader: columns.hasHeader,
    names: columns.names,
    samples: columns.samples,
    preset: columns.preset?.name,
    separator: SEPARATOR_NAMES[read.separator],
    roles: roles.map((role) => {
      const c = columns.columns[role];
      return { role, label: ROLE_LABELS[role], index: c.index, how: c.how, candidates: c.candidates, text: describeChoice(columns, role) };
    }),
    dateOrder: { order: order.order, how: order.how, text: orderText },
    needs: read.needs,
    refusal: read.refusal,
    planForAll,
    notes,
  };
}
