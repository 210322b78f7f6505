import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { parseWallTimeInput, type WallTimeNote } from '../time/wall-time-input.ts';
import { hasLaterReplyTarget, replyDeadline, type Deadline } from './deadline.ts';
import { planMatcher, priorityMatcher } from './names.ts';
import { receivedWarnings, unsupportedYear, type SanityWarning } from './sanity.ts';
import type { PlanId, PriorityId, SlaTerms } from './terms.ts';

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

/**
 * Reads the address's query; anything unusable is dropped from the input and reported. Plans and
 * priorities may be ids or names in any case (?priority=High&plan=Managed%20Plus).
 */
export function readQuery(
  search: string,
  terms: SlaTerms,
  calendar?: WorkingCalendar,
): { input: CalculatorInput; errors: FieldError[]; present: boolean } {
  const params = new URLSearchParams(search);
  const input: CalculatorInput = { ...EMPTY_INPUT };
  const errors: FieldError[] = [];
  const present = ['plan', 'priority', 'received', 'lastReply'].some((k) => params.has(k));
  const zone = terms.workingHours.timeZone;

  const plan = params.get('plan');
  const planId = plan === null ? undefined : planMatcher(terms)(plan);
  const priorityId = (() => {
    const value = params.get('priority');
    return value === null ? undefined : priorityMatcher(terms)(value)?.id;
  })();
  if (plan !== null) {
    if (planId) input.plan = planId;
    else
      errors.push({
        field: 'plan',
        message: `The link’s plan “${plan}” is not one we know: choose ${terms.plans.map((p) => p.name).join(' or ')}`,
      });
  }
  const priority = params.get('priority');
  if (priority !== null) {
    if (priorityId) input.priority = priorityId;
    else
      errors.push({
        field: 'priority',
        message: `The link’s priority “${priority}” is not one we know: choose ${terms.priorities.map((p) => p.name).join(', ')}`,
      });
  }
  for (const field of ['received', 'lastReply'] as const) {
    const value = params.get(field);
    if (value === null) continue;
    const label = field === 'received' ? 'received time' : 'last reply time';
    if (!LINK_TIME.test(value))
      errors.push({ field, message: `The link’s ${label} “${value}” is not a date and time like 2026-12-24T17:45` });
    else {
      const parsed = parseWallTimeInput(value, zone);
      const outside = parsed.ok && calendar ? unsupportedYear(parsed.instant, calendar, label) : undefined;
      if (!parsed.ok) errors.push({ field, message: `The link’s ${label} “${value}” is not a real date and time` });
      else if (outside) errors.push({ field, message: `${outside.replace(/^The /, 'The link’s ')}` });
      else input[field] = value;
    }
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
      /** Odd received times (in the future, long ago, beyond the holiday data): shown beside the result. */
      warnings: SanityWarning[];
    };

/** Validates the form and works out the deadlines, with one message per wrong field. */
export function calculate(terms: SlaTerms, calendar: WorkingCalendar, input: CalculatorInput, now = Date.now()): CalculatorOutcome {
  const errors: FieldError[] = [];
  const zone = terms.workingHours.timeZone;
  if (!input.plan) errors.push({ field: 'plan', message: 'Choose the client’s plan' });
  if (!input.priority) errors.push({ field: 'priority', message: 'Choose the ticket’s priority' });
  const received = input.received ? parseWallTimeInput(input.received, zone) : undefined;
  if (!received) errors.push({ field: 'received', message: 'Enter the date and time the ticket was received' });
  else if (!received.ok) errors.push({ field: 'received', message: `The received time ${received.error}` });
  else {
    const outside = unsupportedYear(received.instant, calendar, 'received time');
    if (outside) errors.push({ field: 'received', message: outside });
  }

  const wantsLater = input.lastReply !== '' && input.priority !== '' && hasLaterReplyTarget(terms, input.priority);
  const lastReply = wantsLater ? parseWallTimeInput(input.lastReply, zone) : undefined;
  if (lastReply && !lastReply.ok) errors.push({ field: 'lastReply', message: `The last reply time ${lastReply.error}` });
  else if (lastReply?.ok && unsupportedYear(lastReply.instant, calendar, 'last reply time')) {
    errors.push({ field: 'lastReply', message: unsupportedYear(lastReply.instant, calendar, 'last reply time')! });
  } else if (lastReply?.ok && received?.ok && lastReply.instant < received.instant) {
    errors.push({ field: 'lastReply', message: 'The last reply must be after the ticket was received' });
  }
  if (errors.length || !input.plan || !input.priority || !received?.ok) return { ok: false, errors };
  try {
    return deadlines(
      terms,
      calendar,
      { ...input, plan: input.plan, priority: input.priority },
      received.instant,
      received.note,
      lastReply?.ok ? lastReply : undefined,
      now,
    );
  } catch (error) {
    // The checks above should leave nothing that throws; if something does, say so rather than break the page.
    return {
      ok: false,
      errors: [
        { field: 'received', message: `No deadline could be worked out: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
}

function deadlines(
  terms: SlaTerms,
  calendar: WorkingCalendar,
  input: CalculatorInput & { plan: PlanId; priority: PriorityId },
  from: number,
  receivedNote: WallTimeNote | undefined,
  lastReply: { instant: number; note?: WallTimeNote } | undefined,
  now: number,
): CalculatorOutcome {
  const received = { instant: from, note: receivedNote };

  const first = replyDeadline(terms, calendar, { plan: input.plan, priority: input.priority, from: received.instant });
  const notes = [received.note];
  let later: Deadline | undefined;
  if (lastReply) {
    later = replyDeadline(terms, calendar, { plan: input.plan, priority: input.priority, reply: 'later', from: lastReply.instant });
    notes.push(lastReply.note);
  }
  const warnings = receivedWarnings(received.instant, now, calendar);
  return { ok: true, first, later, notes: notes.filter((n): n is WallTimeNote => n !== undefined), warnings };
}
