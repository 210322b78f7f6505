import { describe, expect, it } from 'vitest';
import { replyDeadline } from '../../../../src/lib/sla/deadline.ts';
import { explainDeadline } from '../../../../src/lib/sla/explain.ts';
import type { PlanId, PriorityId } from '../../../../src/lib/sla/terms.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const explain = (plan: PlanId, priority: PriorityId, from: string, reply: 'first' | 'later' = 'first') =>
  explainDeadline(slaData, replyDeadline(slaData, calendar, { plan, priority, from: at(from), reply })).map((s) => s.text);

describe('plain-English explanations', () => {
  it('a High ticket late on Christmas Eve 2026 names each day skipped', () => {
    expect(explain('standard', 'high', '2026-12-24T17:45:00Z')).toEqual([
      'Ticket received Thursday 24 December 2026 at 17:45 GMT. High on the Standard plan: first reply within 1 working hour.',
      'Counted 15 minutes of working time on Thursday 24 December, 17:45 to 18:00 GMT.',
      'Paused at 18:00 on Thursday 24 December and restarted at 10:00 on Tuesday 29 December, skipping the bank holiday Christmas Day on Friday 25 December, the weekend of Saturday 26 to Sunday 27 December and the bank holiday Boxing Day (substitute day) on Monday 28 December.',
      'Counted 45 minutes of working time on Tuesday 29 December, 10:00 to 10:45 GMT (1 hour so far).',
      'So the first reply is due by Tuesday 29 December 2026 at 10:45 GMT.',
    ]);
  });

  it('a ticket on New Year’s Eve shows the year on dates in the next year', () => {
    expect(explain('standard', 'normal', '2026-12-31T12:00:00Z')[2]).toContain('the bank holiday New Year’s Day on Friday 1 January 2027');
  });

  it('a ticket received on a Saturday says it waited for Monday', () => {
    expect(explain('enhanced', 'high', '2026-12-05T23:10:00Z')[1]).toBe(
      'That was at the weekend, so the clock started at 10:00 on Monday 7 December.',
    );
  });

  it('a ticket received on Good Friday 2027 names the holiday it arrived on and the ones it waited through', () => {
    expect(explain('standard', 'high', '2027-03-26T09:00:00Z')[1]).toBe(
      'That was on a bank holiday, Good Friday; the clock waited through the weekend of Saturday 27 to Sunday 28 March and the bank holiday Easter Monday on Monday 29 March and started at 10:00 on Tuesday 30 March. The clocks went forward an hour in between; UK time is used throughout.',
    );
  });

  it('an early-morning ticket waits for working hours', () => {
    expect(explain('standard', 'high', '2026-12-07T08:00:00Z')[1]).toBe(
      'That was before working hours, so the clock started at 10:00 on Monday 7 December.',
    );
  });

  it('an evening ticket waits overnight', () => {
    expect(explain('standard', 'high', '2026-12-07T19:00:00Z')[1]).toBe(
      'That was after working hours, so the clock started at 10:00 on Tuesday 8 December.',
    );
  });

  it('Urgent at night explains wall-clock time, and the clocks going forward', () => {
    expect(explain('enhanced', 'urgent', '2026-03-29T00:45:00Z')).toEqual([
      'Ticket received Sunday 29 March 2026 at 00:45 GMT. Urgent on the Enhanced (Managed Plus) plan: first reply within 30 minutes, around the clock.',
      'Urgent counts wall-clock time: 30 minutes straight on, night, weekend or bank holiday alike. The clocks went forward an hour in between; UK time is used throughout.',
      'So the first reply is due by Sunday 29 March 2026 at 02:15 BST.',
    ]);
  });

  it('estimated holidays are marked as such', () => {
    expect(explain('standard', 'normal', '2028-04-13T14:00:00Z')[2]).toContain(
      'the bank holiday Good Friday on Friday 14 April (estimated)',
    );
  });

  it('a later reply on a Low ticket is worded as the next reply', () => {
    const lines = explain('standard', 'low', '2026-12-01T10:00:00Z', 'later');
    expect(lines[0]).toBe(
      'Last reply sent Tuesday 1 December 2026 at 10:00 GMT. Low: each later reply within 5 working days of the one before.',
    );
    expect(lines.at(-1)).toBe('So the next reply is due by Monday 7 December 2026 at 18:00 GMT.');
  });
});
