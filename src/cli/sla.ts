// The SLA engine from the command line: one deadline, a CSV/TSV batch, or a compliance report.
//   npm run --silent sla -- --plan standard --priority high --received 2026-12-24T17:45
//   npm run --silent sla -- --csv tickets.csv [--now 2026-12-24T17:45]
//   npm run --silent sla -- report export.csv [--plan enhanced] [--format csv]
// Exit codes: 0 done, 1 the data files are invalid, 2 bad arguments or unusable input (message on stderr).
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataFileError } from '../lib/data-files/problems.ts';
import { readSla, readWorkingCalendar } from '../lib/data-files/working-time-files.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import {
  dateOrderFrom,
  parseDelimitedWith,
  planBatch,
  prepareRows,
  SEPARATOR_NAMES,
  type BatchError,
  type BatchNeed,
  type BatchOptions,
  type Separator,
} from '../lib/sla/batch.ts';
import { DateOrderTally } from '../lib/sla/date-order.ts';
import { createRowSplitter } from '../lib/sla/row-stream.ts';
import {
  complianceCsv,
  complianceReport,
  explainCheck,
  complianceSummaryCsv,
  formatRate,
  type ComplianceGroup,
} from '../lib/sla/compliance.ts';
import { DATE_ORDER_LABELS } from '../lib/sla/date-order.ts';

const SEPARATOR_CHARS: Record<Separator, string> = { comma: ',', semicolon: ';', tab: '\t' };
import {
  describeChoice,
  REPORT_ROLES,
  ROLE_LABELS,
  TRIAGE_ROLES,
  type ColumnDetection,
  type ColumnOverrides,
  type ColumnRole,
} from '../lib/sla/export-columns.ts';
import { unsupportedYear } from '../lib/sla/sanity.ts';
import { hasLaterReplyTarget, replyDeadline, type Deadline } from '../lib/sla/deadline.ts';
import { explainDeadline } from '../lib/sla/explain.ts';
import { formatInstant, formatTarget } from '../lib/sla/format.ts';
import { describeTimeLeft, DUE_SOON_MINUTES, timeLeft, triageStatus } from '../lib/sla/status.ts';
import { isPlanId, isPriorityId, type PlanId, type SlaTerms } from '../lib/sla/terms.ts';
import { parseWallTimeInput, type DateOrder, type WallTimeNote } from '../lib/time/wall-time-input.ts';
import { formatIsoWithOffset } from '../lib/time/zoned-time.ts';

const USAGE = `Usage:
  npm run --silent sla -- --plan PLAN --priority PRIORITY --received WHEN [--last-reply WHEN]
  npm run --silent sla -- --csv FILE [--now WHEN] [--plan PLAN] [--date-order ORDER] [--column ROLE=NAME]...
  npm run --silent sla -- report FILE [--now WHEN] [--plan PLAN] [--date-order ORDER] [--column ROLE=NAME]...
                          [--format text|csv|summary-csv|json]

  --plan        standard or enhanced (Managed Plus)
  --priority    urgent, high, normal or low
  --received    when the ticket arrived, UK local time: 2026-12-24T17:45
                (24/12/2026 17:45 and ISO 8601 with an offset also work)
  --last-reply  for priorities with a later-reply target (low): when the last reply was sent;
                prints the next reply's deadline
  --csv FILE    batch: a helpdesk export (Zendesk, Jira Service Management, Freshdesk, or rows of
                ticket id, priority, plan, received; commas, semicolons or tabs, header row
                optional); prints every ticket by deadline with its status
  report FILE   SLA compliance from an export with received and first reply times (and later
                replies for Low): each reply target met or not, and compliance per plan,
                priority and month; open tickets past their target count as breached
  --plan        with --csv or report: the plan of every row, when the export has no plan column
  --date-order  day-first or month-first: how to read dates like 03/04/2026 when no value
                shows it (one above 12 decides by itself)
  --column      ROLE=NAME chooses a column by its header, e.g. --column received="Opened at";
                roles: ${REPORT_ROLES.join(', ')}
  --format      for report: text (default), csv (one row per reply target), summary-csv, json
  --now WHEN    the moment statuses are judged at (default: the current time)
  --help        this message

Prints JSON (report: text unless --format says otherwise). Exit codes: 0 done, 1 invalid data
files, 2 bad arguments or an input that cannot be used (a received time outside 2000-2099,
dates written both day first and month first, a column that must be chosen).`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        priority: { type: 'string' },
        received: { type: 'string' },
        'last-reply': { type: 'string' },
        csv: { type: 'string' },
        now: { type: 'string' },
        'date-order': { type: 'string' },
        column: { type: 'string', multiple: true },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const positionals = args.positionals;
  args = args.values;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let terms: SlaTerms;
  let calendar: WorkingCalendar;
  try {
    terms = readSla();
    calendar = readWorkingCalendar();
  } catch (error) {
    if (error instanceof DataFileError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const zone = terms.workingHours.timeZone;
  const iso = (instant: number) => formatIsoWithOffset(instant, zone);

  try {
    const [command, file, ...extra] = positionals;
    if (command !== undefined && command !== 'report') throw new UsageError(`unknown command "${command}" (did you mean report?)`);
    if (extra.length) throw new UsageError(`unexpected ${extra.join(' ')}`);
    if (command === 'report' || args.csv !== undefined) {
      if (command === 'report' && args.csv !== undefined)
        throw new UsageError('report takes its file directly: report FILE, without --csv');
      const path = command === 'report' ? requireArg('report FILE', file) : args.csv!;
      const others = (['priority', 'received', 'last-reply'] as const).filter((k) => args[k] !== undefined);
      if (others.length)
        throw new UsageError(
          `${command === 'report' ? 'report' : '--csv'} cannot be combined with ${others.map((k) => `--${k}`).join(', ')}`,
        );
      if (args.format !== undefined && command !== 'report') throw new UsageError('--format applies only to report');
      const now = args.now === undefined ? Date.now() : instantArg('--now', args.now, zone);
      const planForAll = args.plan === undefined ? undefined : planArg(args.plan, terms);
      const dateOrder = dateOrderArg(args['date-order']);
      // The first 64 KB give the separator, the header and sample values; the rest streams.
      const head = readHead(path);
      const headerRow = head.slice(0, head.search(/\r?\n|$/));
      const columns = columnArgs(args.column ?? [], headerRow);
      const options = { now, columns, ...(planForAll ? { planForAll } : {}), ...(dateOrder ? { dateOrder } : {}) };
      if (command === 'report') {
        const text = readFileSync(path, 'utf8');
        return report(terms, calendar, text, options, args.format ?? 'text');
      }
      return await streamBatch(terms, calendar, path, head, options);
    }
    if (args['date-order'] !== undefined || args.column !== undefined || args.format !== undefined)
      throw new UsageError('--date-order, --column and --format apply only to --csv and report');

    if (args.now !== undefined) throw new UsageError('--now only applies to --csv and report');
    const plan = planArg(requireArg('--plan', args.plan), terms);
    const priority = requireArg('--priority', args.priority).toLowerCase();
    if (!isPriorityId(priority))
      throw new UsageError(`--priority must be one of ${terms.priorities.map((p) => p.id).join(', ')}, not "${priority}"`);
    const received = parseWallTimeInput(requireArg('--received', args.received), zone);
    if (!received.ok) throw new UsageError(`--received ${received.error}`);
    const outside = unsupportedYear(received.instant, calendar, 'received time');
    if (outside) throw new UsageError(`--received: ${outside}`);
    const notes: WallTimeNote[] = received.note ? [received.note] : [];
    const first = replyDeadline(terms, calendar, { plan, priority, from: received.instant });
    let result: Deadline = first;
    if (args['last-reply'] !== undefined) {
      if (!hasLaterReplyTarget(terms, priority))
        throw new UsageError(`--last-reply applies only to priorities with a later-reply target, not ${priority}`);
      const last = parseWallTimeInput(args['last-reply'], zone);
      if (!last.ok) throw new UsageError(`--last-reply ${last.error}`);
      const lastOutside = unsupportedYear(last.instant, calendar, 'last reply time');
      if (lastOutside) throw new UsageError(`--last-reply: ${lastOutside}`);
      if (last.instant < received.instant) throw new UsageError('--last-reply is before --received');
      if (last.note) notes.push(last.note);
      result = replyDeadline(terms, calendar, { plan, priority, reply: 'later', from: last.instant });
    }
    const explained = explainDeadline(terms, result);
    print({
      plan,
      priority,
      reply: result.reply,
      received: iso(received.instant),
      ...(result.reply === 'later' ? { lastReply: iso(result.from), firstReplyDeadline: iso(first.deadline) } : {}),
      clock: result.clock,
      target: { ...result.target, text: formatTarget(result.target, result.clock) },
      clockStart: iso(result.clockStart),
      deadline: iso(result.deadline),
      deadlineText: formatInstant(result.deadline, zone),
      usedEstimatedHoliday: result.estimatedHolidays.length > 0,
      estimatedHolidays: result.estimatedHolidays.map(({ date, title }) => ({ date, title })),
      beyondPublishedData: result.beyondPublishedData,
      notes: notes.map((n) => ({ kind: n.kind, typed: n.typed, readAs: iso(n.readAs) })),
      steps: explained.map(({ step, text }) => stepJson(step, text, iso)),
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof InputError) {
      process.stderr.write(`sla: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function stepJson(step: Deadline['steps'][number], text: string, iso: (n: number) => string): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: step.kind };
  for (const [key, value] of Object.entries(step)) {
    if (key === 'kind') continue;
    out[key] = key === 'at' || key === 'from' || key === 'to' ? iso(value as number) : value;
  }
  out['text'] = text;
  return out;
}

class InputError extends Error {}

const HEAD_BYTES = 64 * 1024;

function readHead(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytes = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    // Cut at the last whole line so no cell (or UTF-8 character) is split.
    const text = buffer.subarray(0, bytes).toString('utf8');
    const cut = bytes < HEAD_BYTES ? text.length : text.lastIndexOf('\n') + 1 || text.length;
    return text.slice(0, cut);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every row of the file, read a chunk at a time. */
async function eachRow(path: string, separator: Separator, onRow: (cells: string[], row: number) => void): Promise<void> {
  const splitter = createRowSplitter(SEPARATOR_CHARS[separator]);
  let row = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: HEAD_BYTES }))
    for (const cells of splitter.push(chunk as string)) onRow(cells, ++row);
  for (const cells of splitter.end()) onRow(cells, ++row);
}

/**
 * The batch from a file, streamed: one pass for how its dates are written, one for deadlines,
 * keeping only what the output needs per ticket; the JSON is written a ticket at a time.
 */
async function streamBatch(
  terms: SlaTerms,
  calendar: WorkingCalendar,
  path: string,
  head: string,
  options: BatchOptions & { now: number },
): Promise<number> {
  const zone = terms.workingHours.timeZone;
  const iso = (instant: number) => formatIsoWithOffset(instant, zone);
  const sample = parseDelimitedWith(head);
  const { columns, firstDataRow } = prepareRows(terms, sample.rows.slice(0, 50), sample.separator, options.columns);
  const receivedIndex = columns.columns.received.index;
  const tally = new DateOrderTally();
  if (receivedIndex !== undefined) {
    await eachRow(path, sample.separator, (cells, row) => {
      if (row > firstDataRow && cells[receivedIndex]) tally.add(row, cells[receivedIndex]!);
    });
  }
  const dateOrder = dateOrderFrom(receivedIndex === undefined ? [] : [tally.finding()], columns.preset, options.dateOrder);
  const plan = planBatch(terms, calendar, columns, dateOrder, options);
  unusable(plan.refusal, plan.needs, columns);
  interface Slim {
    row: number;
    id: string;
    plan: string;
    priority: string;
    defaulted: boolean;
    received: number;
    deadline: number;
    clock: 'working' | 'wall';
    estimated: boolean;
    warnings: string[];
  }
  const tickets: Slim[] = [];
  const errors: BatchError[] = [];
  await eachRow(path, sample.separator, (cells, row) => {
    if (row <= firstDataRow) return;
    const read = plan.readRow(cells, row);
    if (!read) return;
    if ('error' in read) {
      errors.push(read.error);
      return;
    }
    const t = read.ticket;
    tickets.push({
      row: t.row,
      id: t.id,
      plan: t.plan,
      priority: t.priority,
      defaulted: t.priorityDefaulted,
      received: t.received,
      deadline: t.result.deadline,
      clock: t.result.clock,
      estimated: t.result.estimatedHolidays.length > 0,
      warnings: t.warnings.map((w) => w.text),
    });
  });
  tickets.sort((a, b) => a.deadline - b.deadline || a.row - b.row);
  const planForAll = columns.columns.plan.index === undefined ? options.planForAll : undefined;
  const out = new JsonWriter();
  const read = readingNotes(columns, TRIAGE_ROLES, sample.separator, dateOrder.order, planForAll, terms);
  await out.write(`{\n  "now": ${JSON.stringify(iso(options.now))},\n  "read": ${JSON.stringify(read)},\n  "tickets": [`);
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    const left = timeLeft(calendar, t, options.now, DUE_SOON_MINUTES);
    const json = {
      row: t.row,
      id: t.id,
      plan: t.plan,
      priority: t.priority,
      ...(t.defaulted ? { priorityDefaulted: true } : {}),
      received: iso(t.received),
      clock: t.clock,
      deadline: iso(t.deadline),
      status: triageStatus(left),
      timeLeft: describeTimeLeft(left, t.clock),
      usedEstimatedHoliday: t.estimated,
      ...(t.warnings.length ? { warnings: t.warnings } : {}),
    };
    await out.write(`${i ? ',' : ''}\n    ${JSON.stringify(json)}`);
  }
  await out.write(`\n  ],\n  "errors": ${JSON.stringify(errors)}\n}\n`);
  await out.flush();
  return 0;
}

/** Batches small writes to stdout and waits when the pipe is full, so output never piles up in memory. */
class JsonWriter {
  private buffer = '';
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length > 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    if (text && !process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function planArg(value: string, terms: SlaTerms): PlanId {
  const key = value.toLowerCase();
  if (isPlanId(key)) return key;
  throw new UsageError(`--plan must be ${terms.plans.map((p) => p.id).join(' or ')}, not "${value}"`);
}

function dateOrderArg(value: string | undefined): DateOrder | undefined {
  if (value === undefined) return undefined;
  if (value === 'day-first' || value === 'month-first') return value;
  throw new UsageError(`--date-order must be day-first or month-first, not "${value}"`);
}

/** --column received="Opened at" → { received: index of that header }. */
function columnArgs(values: readonly string[], headerLine: string): ColumnOverrides {
  const overrides: ColumnOverrides = {};
  if (!values.length) return overrides;
  const header = readBatchHeader(headerLine);
  for (const value of values) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(value);
    const role = match?.[1] as ColumnRole | undefined;
    if (!match || !role || !(REPORT_ROLES as readonly string[]).includes(role))
      throw new UsageError(`--column takes ROLE=NAME with a role of ${REPORT_ROLES.join(', ')}, not "${value}"`);
    const name = match[2]!.trim();
    if (name === '' || name.toLowerCase() === 'none') {
      overrides[role] = null;
      continue;
    }
    const index = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0)
      throw new UsageError(`--column ${role}: the header row has no column "${name}" (it has ${header.map((h) => `"${h}"`).join(', ')})`);
    overrides[role] = index;
  }
  return overrides;
}

function readBatchHeader(line: string): string[] {
  const { rows } = parseDelimitedWith(line);
  return rows[0] ?? [];
}

/** What was read from which column, for the JSON and text outputs. */
function readingNotes(
  columns: ColumnDetection,
  roles: readonly ColumnRole[],
  separator: keyof typeof SEPARATOR_NAMES,
  order: DateOrder | undefined,
  planForAll: PlanId | undefined,
  terms: SlaTerms,
) {
  const notes: Record<string, string> = {};
  if (columns.preset) notes['export'] = columns.preset.name;
  notes['separator'] = SEPARATOR_NAMES[separator];
  for (const role of roles)
    if (columns.columns[role].how !== 'none' || role === 'plan') notes[ROLE_LABELS[role]] = describeChoice(columns, role);
  if (planForAll) notes[ROLE_LABELS.plan] = `${terms.plans.find((p) => p.id === planForAll)!.name} for every row (no plan column)`;
  if (order) notes['dates'] = DATE_ORDER_LABELS[order];
  return notes;
}

/** Stops with exit 2 when the export cannot be read as it stands, saying which flag settles it. */
function unusable(refusal: string | undefined, needs: readonly BatchNeed[], columns: ColumnDetection): void {
  const problems: string[] = [];
  if (refusal) {
    const role = refusal.includes('first reply') ? 'firstReply' : 'received';
    problems.push(refusal.replace(': choose it below.', `: name it with --column ${role}=NAME (columns: ${columns.names.join(', ')})`));
  }
  for (const need of needs) {
    if (need.kind === 'plan')
      problems.push('the export has no plan column: give the plan of every row with --plan standard or --plan enhanced');
    else if (need.kind === 'date-order')
      problems.push(
        `every date reads both ways (row ${need.example.row}: “${need.example.value}”): give --date-order day-first or --date-order month-first`,
      );
    else if (!refusal || need.role !== 'received')
      problems.push(
        `more than one column could be the ${ROLE_LABELS[need.role].toLowerCase()} (${need.candidates.map((i) => `"${columns.names[i]}"`).join(', ')}): choose one with --column ${need.role}=NAME`,
      );
  }
  if (problems.length) throw new InputError(problems.join('\n'));
}

function report(
  terms: SlaTerms,
  calendar: WorkingCalendar,
  text: string,
  options: Parameters<typeof complianceReport>[3],
  format: string,
): number {
  if (!['text', 'csv', 'summary-csv', 'json'].includes(format))
    throw new UsageError(`--format must be text, csv, summary-csv or json, not "${format}"`);
  const result = complianceReport(terms, calendar, text, options);
  unusable(result.refusal, result.needs, result.columns);
  const zone = terms.workingHours.timeZone;
  if (format === 'csv') process.stdout.write(complianceCsv(terms, calendar, result));
  else if (format === 'summary-csv') process.stdout.write(complianceSummaryCsv(result));
  else if (format === 'json') {
    print({
      now: formatIsoWithOffset(result.now, zone),
      read: readingNotes(result.columns, REPORT_ROLES, result.separator, result.dateOrder.order, result.planForAll, terms),
      overall: result.overall,
      byPlan: result.byPlan,
      byPriority: result.byPriority,
      byMonth: result.byMonth,
      tickets: result.tickets.map((t) => ({
        ...t,
        received: formatIsoWithOffset(t.received, zone),
        checks: t.checks.map((c) => ({
          ...c,
          why: explainCheck(terms, calendar, c, result.now),
          from: formatIsoWithOffset(c.from, zone),
          due: formatIsoWithOffset(c.due, zone),
          at: c.at === undefined ? null : formatIsoWithOffset(c.at, zone),
        })),
      })),
      errors: result.errors,
    });
  } else {
    const lines: string[] = [`SLA compliance at ${formatInstant(result.now, zone)}`, ''];
    for (const [key, value] of Object.entries(
      readingNotes(result.columns, REPORT_ROLES, result.separator, result.dateOrder.order, result.planForAll, terms),
    ))
      lines.push(`  ${key}: ${value}`);
    const table = (title: string, groups: readonly ComplianceGroup[]) => {
      lines.push('', title);
      for (const g of groups)
        lines.push(
          `  ${g.label.padEnd(24)} ${formatRate(g.rate).padStart(7)}  ${g.met} met, ${g.breached} breached${g.open ? `, ${g.open} not yet due` : ''}`,
        );
    };
    table('Overall', [result.overall]);
    table('By plan', result.byPlan);
    table('By priority', result.byPriority);
    table('By month received', result.byMonth);
    const breached = result.tickets.filter((t) => t.outcome === 'breached');
    if (breached.length) {
      lines.push('', `Breached (${breached.length})`);
      for (const t of breached)
        for (const c of t.checks)
          if (c.outcome === 'breached' || c.outcome === 'open-breached')
            lines.push(`  ${t.id}: ${explainCheck(terms, calendar, c, result.now)}`);
    }
    if (result.errors.length) {
      lines.push('', `Rows that could not be read (${result.errors.length})`);
      for (const e of result.errors) lines.push(`  Row ${e.row}${e.id ? ` (ticket ${e.id})` : ''}: ${e.problems.join('; ')}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}

function requireArg(name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError(`${name} is required`);
  return value;
}

function instantArg(name: string, value: string, zone: string): number {
  const parsed = parseWallTimeInput(value, zone);
  if (!parsed.ok) throw new UsageError(`${name} ${parsed.error}`);
  return parsed.instant;
}

function usage(problem: string): number {
  process.stderr.write(`sla: ${problem}\n\n${USAGE}\n`);
  return 2;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** `npm run sla`: the exit code; anything unforeseen is one line on stderr, not a stack trace. */
export function main(argv: string[]): Promise<number> {
  return run(argv).catch((error: unknown) => {
    process.stderr.write(`sla: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}
