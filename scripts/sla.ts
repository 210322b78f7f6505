// The SLA engine from the command line: one deadline, or a CSV/TSV batch, as JSON on stdout.
//   npm run --silent sla -- --plan standard --priority high --received 2026-12-24T17:45
//   npm run --silent sla -- --csv tickets.csv [--now 2026-12-24T17:45]
// Exit codes: 0 done, 1 the data files are invalid, 2 bad arguments (usage on stderr).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataFileError } from '../src/lib/data-files/problems.ts';
import { readSla, readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import type { WorkingCalendar } from '../src/lib/calendar/working-hours.ts';
import { readBatch, triage } from '../src/lib/sla/batch.ts';
import { hasLaterReplyTarget, replyDeadline, type Deadline } from '../src/lib/sla/deadline.ts';
import { explainDeadline } from '../src/lib/sla/explain.ts';
import { formatInstant, formatTarget } from '../src/lib/sla/format.ts';
import { describeTimeLeft } from '../src/lib/sla/status.ts';
import { isPlanId, isPriorityId, type SlaTerms } from '../src/lib/sla/terms.ts';
import { parseWallTimeInput, type WallTimeNote } from '../src/lib/time/wall-time-input.ts';
import { formatIsoWithOffset } from '../src/lib/time/zoned-time.ts';

const USAGE = `Usage:
  npm run --silent sla -- --plan PLAN --priority PRIORITY --received WHEN [--last-reply WHEN]
  npm run --silent sla -- --csv FILE [--now WHEN]

  --plan        standard or enhanced (Managed Plus)
  --priority    urgent, high, normal or low
  --received    when the ticket arrived, UK local time: 2026-12-24T17:45
                (24/12/2026 17:45 and ISO 8601 with an offset also work)
  --last-reply  for priorities with a later-reply target (low): when the last reply was sent;
                prints the next reply's deadline
  --csv FILE    batch: rows of ticket id, priority, plan, received (CSV or tab-separated,
                header row optional); prints every ticket by deadline with its status
  --now WHEN    the moment statuses are judged at (default: the current time)
  --help        this message

Prints one JSON object. Exit codes: 0 done, 1 invalid data files, 2 bad arguments.`;

class UsageError extends Error {}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        plan: { type: 'string' },
        priority: { type: 'string' },
        received: { type: 'string' },
        'last-reply': { type: 'string' },
        csv: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
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
    if (args.csv !== undefined) {
      const others = (['plan', 'priority', 'received', 'last-reply'] as const).filter((k) => args[k] !== undefined);
      if (others.length) throw new UsageError(`--csv cannot be combined with ${others.map((k) => `--${k}`).join(', ')}`);
      let text: string;
      try {
        text = readFileSync(args.csv, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${args.csv}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const now = args.now === undefined ? Date.now() : instantArg('--now', args.now, zone);
      const batch = readBatch(terms, calendar, text);
      const tickets = triage(calendar, batch.tickets, now).map((t) => ({
        row: t.row,
        id: t.id,
        plan: t.plan,
        priority: t.priority,
        received: iso(t.received),
        clock: t.result.clock,
        deadline: iso(t.result.deadline),
        status: t.status,
        timeLeft: describeTimeLeft(t.left, t.result.clock),
        usedEstimatedHoliday: t.result.estimatedHolidays.length > 0,
      }));
      print({ now: iso(now), tickets, errors: batch.errors });
      return 0;
    }

    if (args.now !== undefined) throw new UsageError('--now only applies to --csv');
    const plan = requireArg('--plan', args.plan);
    if (!isPlanId(plan)) throw new UsageError(`--plan must be ${terms.plans.map((p) => p.id).join(' or ')}, not "${plan}"`);
    const priority = requireArg('--priority', args.priority);
    if (!isPriorityId(priority)) throw new UsageError(`--priority must be one of ${terms.priorities.map((p) => p.id).join(', ')}, not "${priority}"`);
    const received = parseWallTimeInput(requireArg('--received', args.received), zone);
    if (!received.ok) throw new UsageError(`--received ${received.error}`);
    const notes: WallTimeNote[] = received.note ? [received.note] : [];
    const first = replyDeadline(terms, calendar, { plan, priority, from: received.instant });
    let result: Deadline = first;
    if (args['last-reply'] !== undefined) {
      if (!hasLaterReplyTarget(terms, priority)) throw new UsageError(`--last-reply applies only to priorities with a later-reply target, not ${priority}`);
      const last = parseWallTimeInput(args['last-reply'], zone);
      if (!last.ok) throw new UsageError(`--last-reply ${last.error}`);
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

process.exitCode = main(process.argv.slice(2));
