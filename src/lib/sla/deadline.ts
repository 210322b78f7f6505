import type { BankHoliday } from '../calendar/bank-holidays.ts';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { addWorkingMinutes, type WorkingTimeStep } from './working-time.ts';
import { durationMinutes, findPriority, type ClockKind, type Duration, type PlanId, type PriorityId, type SlaTerms } from './terms.ts';

/** The first reply to a ticket, or a later one (only priorities with a later-reply target have those). */
export type ReplyKind = 'first' | 'later';

export interface DeadlineRequest {
  plan: PlanId;
  priority: PriorityId;
  reply?: ReplyKind;
  /** When the ticket was received, or for a later reply when the last reply was sent. */
  from: number;
}

export type DeadlineStep =
  | { kind: 'start'; at: number; reply: ReplyKind }
  | WorkingTimeStep
  /** Wall-clock time: every minute counts, day or night. */
  | { kind: 'elapsed'; from: number; to: number; minutes: number }
  | { kind: 'deadline'; at: number };

export interface Deadline {
  plan: PlanId;
  priority: PriorityId;
  reply: ReplyKind;
  clock: ClockKind;
  target: Duration;
  targetMinutes: number;
  from: number;
  clockStart: number;
  deadline: number;
  steps: DeadlineStep[];
  /** Bank holidays skipped that were worked out by rule, not taken from the published list. */
  estimatedHolidays: BankHoliday[];
  /**
   * The working-time count reaches dates the published holiday list does not cover, so a holiday
   * announced later (a jubilee, a coronation) could still move the deadline.
   */
  beyondPublishedData: boolean;
}

/** The target and clock for a plan, priority and reply, straight from the SLA data. */
export function replyTarget(
  terms: SlaTerms,
  plan: PlanId,
  priority: PriorityId,
  reply: ReplyKind = 'first',
): { target: Duration; clock: ClockKind } {
  const p = findPriority(terms, priority);
  if (reply === 'first') return { target: p.firstReply[plan], clock: p.clock };
  if (!p.laterReplies) throw new Error(`${p.name} tickets have a target for the first reply only`);
  return { target: p.laterReplies, clock: p.clock };
}

export function hasLaterReplyTarget(terms: SlaTerms, priority: PriorityId): boolean {
  return findPriority(terms, priority).laterReplies !== undefined;
}

/** When a reply is due under the SLA, with every step of the count. */
export function replyDeadline(terms: SlaTerms, calendar: WorkingCalendar, request: DeadlineRequest): Deadline {
  const reply = request.reply ?? 'first';
  const { target, clock } = replyTarget(terms, request.plan, request.priority, reply);
  const targetMinutes = durationMinutes(target, clock, terms);
  const base = { plan: request.plan, priority: request.priority, reply, clock, target, targetMinutes, from: request.from };
  const start: DeadlineStep = { kind: 'start', at: request.from, reply };

  if (clock === 'wall') {
    const deadline = request.from + targetMinutes * 60_000;
    return {
      ...base,
      clockStart: request.from,
      deadline,
      steps: [start, { kind: 'elapsed', from: request.from, to: deadline, minutes: targetMinutes }, { kind: 'deadline', at: deadline }],
      estimatedHolidays: [],
      beyondPublishedData: false,
    };
  }

  const sum = addWorkingMinutes(calendar, request.from, targetMinutes);
  const { publishedFrom, publishedUntil } = calendar.holidays;
  return {
    ...base,
    clockStart: sum.clockStart,
    deadline: sum.end,
    steps: [start, ...sum.steps, { kind: 'deadline', at: sum.end }],
    estimatedHolidays: sum.estimatedHolidays,
    beyondPublishedData: calendar.localDate(sum.end) > publishedUntil || calendar.localDate(request.from) < publishedFrom,
  };
}
