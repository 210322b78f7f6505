import { describe, expect, it } from 'vitest';
import { describeReviewStatus, reviewDueDate, reviewStatus } from '../../../../src/lib/runbooks/review-status.ts';

describe('review status', () => {
  it('is due a whole number of months after the last review', () => {
    expect(reviewDueDate('2026-03-14', 6)).toBe('2026-09-14');
  });

  it.each([
    ['2026-06-01', 'current', 105, 'Review up to date'],
    ['2026-08-14', 'current', 31, 'Review up to date'],
    ['2026-08-15', 'due-soon', 30, 'Review due in 30 days'],
    ['2026-09-13', 'due-soon', 1, 'Review due in 1 day'],
    ['2026-09-14', 'due-soon', 0, 'Review due today'],
    ['2026-09-15', 'overdue', -1, 'Review overdue by 1 day'],
    ['2027-01-01', 'overdue', -109, 'Review overdue by 109 days'],
  ])('on %s a review due 2026-09-14 is %s', (today, state, days, text) => {
    const status = reviewStatus('2026-03-14', 6, today);
    expect(status).toEqual({ state, due: '2026-09-14', daysUntilDue: days });
    expect(describeReviewStatus(status)).toBe(text);
  });

  it('uses the given "due soon" window', () => {
    expect(reviewStatus('2026-03-14', 6, '2026-09-01', 7).state).toBe('current');
    expect(reviewStatus('2026-03-14', 6, '2026-09-08', 7).state).toBe('due-soon');
  });
});
