import type { WeekdayName } from '../time/civil-date.ts';
import { isEndOfDay } from '../time/clock-time.ts';
import { parseClockTime } from '../time/zoned-time.ts';

/**
 * The SLA as the engine needs it: the shape of content/sla.yaml after validation, written out
 * here so domain code (and the browser island) never pulls in the schema library.
 */
// The one list of each: the schema (src/schemas/sla.ts), the calculator and the runbooks' vocabulary derive from these.
export const PLAN_IDS = ['standard', 'enhanced'] as const;
export const PRIORITY_IDS = ['urgent', 'high', 'normal', 'low'] as const;
export type PlanId = (typeof PLAN_IDS)[number];
export type PriorityId = (typeof PRIORITY_IDS)[number];
export type ClockKind = 'working' | 'wall';

export interface Duration {
  value: number;
  unit: 'minutes' | 'hours' | 'days';
}

export interface Plan {
  id: PlanId;
  name: string;
  description: string;
}

export interface Priority {
  id: PriorityId;
  name: string;
  summary: string;
  examples: readonly string[];
  clock: ClockKind;
  firstReply: Record<PlanId, Duration>;
  laterReplies?: Duration | undefined;
}

export interface SlaTerms {
  workingHours: { timeZone: string; start: string; end: string; weekdays: readonly WeekdayName[] };
  bankHolidays: { division: string };
  plans: readonly Plan[];
  priorities: readonly Priority[];
}

export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value);
}

export function isPriorityId(value: string): value is PriorityId {
  return (PRIORITY_IDS as readonly string[]).includes(value);
}

export function findPlan(terms: SlaTerms, id: PlanId): Plan {
  const plan = terms.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`The SLA data has no plan "${id}"`);
  return plan;
}

export function findPriority(terms: SlaTerms, id: PriorityId): Priority {
  const priority = terms.priorities.find((p) => p.id === id);
  if (!priority) throw new Error(`The SLA data has no priority "${id}"`);
  return priority;
}

/** Minutes in one working day, from the working hours (10:00-18:00 gives 480). */
export function workingDayMinutes(terms: SlaTerms): number {
  const end = isEndOfDay(terms.workingHours.end) ? 24 * 60 : parseClockTime(terms.workingHours.end);
  return end - parseClockTime(terms.workingHours.start);
}

/**
 * A target in minutes of its own clock: a working day is one day's working hours, a wall-clock
 * day is 24 hours.
 */
export function durationMinutes(duration: Duration, clock: ClockKind, terms: SlaTerms): number {
  switch (duration.unit) {
    case 'minutes':
      return duration.value;
    case 'hours':
      return duration.value * 60;
    case 'days':
      return duration.value * (clock === 'working' ? workingDayMinutes(terms) : 24 * 60);
  }
}
