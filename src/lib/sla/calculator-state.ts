import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { parseWallTimeInput, type WallTimeNote } from '../time/wall-time-input.ts';
import { hasLaterReplyTarget, replyDeadline, type Deadline } from './deadline.ts';
import { isPlanId, isPriorityId, type PlanId, type PriorityId, type SlaTerms } from './terms.ts';

/**
 * The calculator's form as plain data, and its round trip through the page address:
 * ?plan=standard&priority=high&received=2026-12-24T17:45 (UK local time), plus lastReply for
 * priorities whose later replies have a target too.
 */
export interface CalculatorInput {
  plan: PlanId | '';
  priority: PriorityId | '';
  /** "YYYY-MM-DDTHH:mm", local time in the SLA's zone, as a datetime-local input holds it. */
  received: string;
  lastReply: string;
}

export type CalculatorField = keyof CalculatorInput;

export interface FieldError {
  field: CalculatorField;
  message: string;
}

export const EMPTY_INPUT: CalculatorInput = { plan: '', priority: '', received: '', lastReply: '' };

const LINK_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Reads the address's query; anything unusable is dropped from the input and reported. */
export function readQuery(search: string, terms: SlaTerms): { input: CalculatorInput; errors: FieldError[]; present: boolean } {
  const params = new URLSearchParams(search);
  const input: CalculatorInput = { ...EMPTY_INPUT };
  const errors: FieldError[] = [];
  const present = ['plan', 'priority', 'received', 'lastReply'].some((k) => params.has(k));
  const zone = terms.workingHours.timeZone;

  const plan = params.get('plan');
  if (plan !== null) {
    if (isPlanId(plan)) input.plan = plan;
    else errors.push({ field: 'plan', message: `The link’s plan “${plan}” is not one we know: choose ${terms.plans.map((p) => p.name).join(' or ')}` });
  }
  const priority = params.get('priority');
  if (priority !== null) {
    if (isPriorityId(priority)) input.priority = priority;
    else errors.push({ field: 'priority', message: `The link’s priority “${priority}” is not one we know: choose ${terms.priorities.map((p) => p.name).join(', ')}` });
  }
  for (const field of ['received', 'lastReply'] as const) {
    const value = params.get(field);
    if (value === null) continue;
    const label = field === 'received' ? 'received time' : 'last reply time';
    if (!LINK_TIME.test(value)) errors.push({ field, message: `The link’s ${label} “${value}” is not a date and time like 2026-12-24T17:45` });
    else if (!parseWallTimeInput(value, zone).ok) errors.push({ field, message: `The link’s ${label} “${value}” is not a real date and time` });
    else input[field] = value;
  }
  return { input, errors, present };
}

/** The query string for an input, leaving out what is empty or does not apply. */
export function writeQuery(input: CalculatorInput, terms: SlaTerms): string {
  const params = new URLSearchParams();
  if (input.plan) params.set('plan', input.plan);
  if (input.priority) params.set('priority', input.priority);
  if (input.received) params.set('received', input.received);
  if (input.lastReply && input.priority && hasLaterReplyTarget(terms, input.priority)) params.set('lastReply', input.lastReply);
  const query = params.toString().replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}

export type CalculatorOutcome =
  | { ok: false; errors: FieldError[] }
  | {
      ok: true;
      first: Deadline;
      /** The next reply's deadline when a last reply was given. */
      later?: Deadline | undefined;
      notes: WallTimeNote[];
    };

/** Validates the form and works out the deadlines, with one message per wrong field. */
export function calculate(terms: SlaTerms, calendar: WorkingCalendar, input: CalculatorInput): CalculatorOutcome {
  const errors: FieldError[] = [];
  const zone = terms.workingHours.timeZone;
  if (!input.plan) errors.push({ field: 'plan', message: 'Choose the client’s plan' });
  if (!input.priority) errors.push({ field: 'priority', message: 'Choose the ticket’s priority' });
  const received = input.received ? parseWallTimeInput(input.received, zone) : undefined;
  if (!received) errors.push({ field: 'received', message: 'Enter the date and time the ticket was received' });
  else if (!received.ok) errors.push({ field: 'received', message: `The received time ${received.error}` });

  const wantsLater = input.lastReply !== '' && input.priority !== '' && hasLaterReplyTarget(terms, input.priority);
  const lastReply = wantsLater ? parseWallTimeInput(input.lastReply, zone) : undefined;
  if (lastReply && !lastReply.ok) errors.push({ field: 'lastReply', message: `The last reply time ${lastReply.error}` });
  else if (lastReply?.ok && received?.ok && lastReply.instant < received.instant) {
    errors.push({ field: 'lastReply', message: 'The last reply must be after the ticket was received' });
  }
  if (errors.length || !input.plan || !input.priority || !received?.ok) return { ok: false, errors };

  const first = replyDeadline(terms, calendar, { plan: input.plan, priority: input.priority, from: received.instant });
  const notes = [received.note];
  let later: Deadline | undefined;
  if (lastReply?.ok) {
    later = replyDeadline(terms, calendar, { plan: input.plan, priority: input.priority, reply: 'later', from: lastReply.instant });
    notes.push(lastReply.note);
  }
  return { ok: true, first, later, notes: notes.filter((n): n is WallTimeNote => n !== undefined) };
}
