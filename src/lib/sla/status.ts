import type { WorkingCalendar } from '../calendar/working-hours.ts';
import type { Deadline } from './deadline.ts';
import { formatElapsed, formatMinutes } from './format.ts';
import { workingMinutesBetween } from './working-time.ts';

export type TriageStatus = 'breached' | 'due-soon' | 'on-track';

/** "Due soon" means within one hour of the ticket's own clock: working time, or wall time for Urgent. */
export const DUE_SOON_MINUTES = 60;

export interface TimeLeft {
  overdue: boolean;
  /** Real time to the deadline, or since it when overdue. */
  ms: number;
  /** Minutes still to run on the ticket's own clock (0 when overdue). */
  clockMinutes: number;
  /** Counting stopped at the limit asked for: clockMinutes is only "more than the limit". */
  clockMinutesCapped: boolean;
}

/**
 * How long until the deadline, in real time and on the ticket's own clock. `limit` caps the
 * working-time count (the batch only needs to know whether a ticket is due within the hour).
 */
export function timeLeft(calendar: WorkingCalendar, result: Pick<Deadline, 'deadline' | 'clock'>, now: number, limit = Infinity): TimeLeft {
  const overdue = now > result.deadline;
  const ms = Math.abs(result.deadline - now);
  if (overdue) return { overdue, ms, clockMinutes: 0, clockMinutesCapped: false };
  const clockMinutes = result.clock === 'wall' ? ms / 60_000 : workingMinutesBetween(calendar, now, result.deadline, limit);
  return { overdue, ms, clockMinutes, clockMinutesCapped: result.clock === 'working' && clockMinutes > limit };
}

export function triageStatus(left: TimeLeft): TriageStatus {
  if (left.overdue) return 'breached';
  return left.clockMinutes <= DUE_SOON_MINUTES ? 'due-soon' : 'on-track';
}

export const STATUS_LABELS: Record<TriageStatus, string> = {
  breached: 'Breached',
  'due-soon': 'Due within a working hour',
  'on-track': 'On track',
};

/** "45 minutes of working time left (due in 2 days 17 hours)" or "Overdue by 3 hours 10 minutes". */
export function describeTimeLeft(left: TimeLeft, clock: Deadline['clock']): string {
  if (left.overdue) return `Overdue by ${formatElapsed(left.ms)}`;
  if (left.ms < 60_000) return 'Due now';
  if (clock === 'wall') return `${formatElapsed(left.ms)} left`;
  if (left.clockMinutesCapped) return `Due in ${formatElapsed(left.ms)}`;
  if (left.clockMinutes < 1) return `No working time left: due in ${formatElapsed(left.ms)}`;
  return `${formatMinutes(left.clockMinutes)} of working time left (due in ${formatElapsed(left.ms)})`;
}
