import { addMonths, daysBetween, type CivilDate } from '../time/civil-date.ts';

/** How close to its due date a review counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export type ReviewState = 'overdue' | 'due-soon' | 'current';

export interface ReviewStatus {
  state: ReviewState;
  /** The date the next review is due. */
  due: CivilDate;
  /** Days from today until the due date; negative once overdue. */
  daysUntilDue: number;
}

export function reviewDueDate(lastReviewed: CivilDate, intervalMonths: number): CivilDate {
  return addMonths(lastReviewed, intervalMonths);
}

/**
 * Where a runbook's review stands on `today`. The due date itself still counts as "due soon";
 * the day after, it is overdue.
 */
export function reviewStatus(
  lastReviewed: CivilDate,
  intervalMonths: number,
  today: CivilDate,
  soonDays: number = DUE_SOON_DAYS,
): ReviewStatus {
  const due = reviewDueDate(lastReviewed, intervalMonths);
  const daysUntilDue = daysBetween(today, due);
  const state: ReviewState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= soonDays ? 'due-soon' : 'current';
  return { state, due, daysUntilDue };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A short phrase for a status, e.g. "Review overdue by 3 days". */
export function describeReviewStatus({ state, daysUntilDue }: ReviewStatus): string {
  if (state === 'overdue') return `Review overdue by ${plural(-daysUntilDue, 'day')}`;
  if (state === 'due-soon') return daysUntilDue === 0 ? 'Review due today' : `Review due in ${plural(daysUntilDue, 'day')}`;
  return 'Review up to date';
}
