import { describe, expect, it } from 'vitest';
import { replyDeadline, replyTarget, type DeadlineRequest } from '../../../../src/lib/sla/deadline.ts';
import type { PlanId, PriorityId } from '../../../../src/lib/sla/terms.ts';
import { parseWallTimeInput } from '../../../../src/lib/time/wall-time-input.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { calendar, slaData } from '../../../support/calendar.ts';

const LONDON = 'Europe/London';

/** UK local "YYYY-MM-DDTHH:mm" to an instant, with the calculator's own reading of clock changes. */
function uk(local: string): number {
  const parsed = parseWallTimeInput(local, LONDON);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.instant;
}

function deadline(plan: PlanId, priority: PriorityId, received: string, extra: Partial<DeadlineRequest> = {}) {
  return replyDeadline(slaData, calendar, { plan, priority, from: uk(received), ...extra });
}

const due = (plan: PlanId, priority: PriorityId, received: string) =>
  formatIsoWithOffset(deadline(plan, priority, received).deadline, LONDON);

describe('first-reply deadlines in working time', () => {
  it('a High ticket at 17:45 on Friday 4 December 2026 is due at 10:45 on Monday 7 December', () => {
    expect(due('standard', 'high', '2026-12-04T17:45')).toBe('2026-12-07T10:45:00+00:00');
  });

  it('an enhanced High ticket at 17:45 on a Friday gets 15 minutes that evening and 15 on Monday', () => {
    expect(due('enhanced', 'high', '2026-12-04T17:45')).toBe('2026-12-07T10:15:00+00:00');
  });

  it('a High ticket at 17:45 on Christmas Eve 2026 waits out Christmas, the weekend and the Boxing Day substitute', () => {
    const result = deadline('standard', 'high', '2026-12-24T17:45');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2026-12-29T10:45:00+00:00');
    const pause = result.steps.find((s) => s.kind === 'paused');
    expect(pause).toMatchObject({
      reasons: [
        { kind: 'evening', date: '2026-12-24' },
        { kind: 'bank-holiday', date: '2026-12-25', title: 'Christmas Day', estimated: false },
        { kind: 'weekend', from: '2026-12-26', to: '2026-12-27' },
        { kind: 'bank-holiday', date: '2026-12-28', title: 'Boxing Day (substitute day)', estimated: false },
        { kind: 'morning', date: '2026-12-29' },
      ],
    });
  });

  it('a Normal ticket at 15:00 on Christmas Eve 2026 runs on after Christmas to 15:00 on Tuesday 29 December', () => {
    expect(due('standard', 'normal', '2026-12-24T15:00')).toBe('2026-12-29T15:00:00+00:00');
    expect(due('enhanced', 'normal', '2026-12-24T15:00')).toBe('2026-12-29T11:00:00+00:00');
  });

  it('a Normal ticket on New Year’s Eve 2026 skips New Year’s Day 2027 and the weekend', () => {
    expect(due('standard', 'normal', '2026-12-31T12:00')).toBe('2027-01-04T12:00:00+00:00');
  });

  it('a Normal ticket on Maundy Thursday 2027 skips Good Friday, the weekend and Easter Monday, finishing in BST', () => {
    expect(due('standard', 'normal', '2027-03-25T14:00')).toBe('2027-03-30T14:00:00+01:00');
  });

  it('a High ticket received on Good Friday 2027 starts its clock on Tuesday after Easter', () => {
    const result = deadline('standard', 'high', '2027-03-26T09:00');
    expect(formatIsoWithOffset(result.clockStart, LONDON)).toBe('2027-03-30T10:00:00+01:00');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2027-03-30T11:00:00+01:00');
    expect(result.steps[1]).toMatchObject({
      kind: 'waited',
      reasons: [
        { kind: 'bank-holiday', title: 'Good Friday' },
        { kind: 'weekend', from: '2027-03-27', to: '2027-03-28' },
        { kind: 'bank-holiday', title: 'Easter Monday' },
        { kind: 'morning', date: '2027-03-30' },
      ],
    });
  });

  it('a ticket received at 08:00 on a Monday starts at 10:00', () => {
    const result = deadline('standard', 'high', '2026-12-07T08:00');
    expect(formatIsoWithOffset(result.clockStart, LONDON)).toBe('2026-12-07T10:00:00+00:00');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2026-12-07T11:00:00+00:00');
  });

  it('a ticket received at exactly 18:00 starts the next working morning; one at 10:00 starts at once', () => {
    expect(due('standard', 'high', '2026-12-07T18:00')).toBe('2026-12-08T11:00:00+00:00');
    expect(due('standard', 'high', '2026-12-07T10:00')).toBe('2026-12-07T11:00:00+00:00');
  });

  it('a ticket received on Saturday night starts on Monday morning', () => {
    expect(due('enhanced', 'high', '2026-12-05T23:10')).toBe('2026-12-07T10:30:00+00:00');
  });

  it('a Normal ticket that uses up exactly the rest of the day is due at 18:00 that day', () => {
    expect(due('standard', 'normal', '2026-12-07T10:00')).toBe('2026-12-07T18:00:00+00:00');
  });

  it('a Normal ticket on Friday 27 March 2026 carries over the spring clock change to 14:00 BST on Monday', () => {
    expect(due('standard', 'normal', '2026-03-27T14:00')).toBe('2026-03-30T14:00:00+01:00');
  });

  it('a Normal ticket on Friday 23 October 2026 carries over the autumn clock change to 17:00 GMT on Monday', () => {
    expect(due('standard', 'normal', '2026-10-23T17:00')).toBe('2026-10-26T17:00:00+00:00');
  });

  it('a Low ticket before the Summer bank holiday 2026 takes five working days, skipping Monday 31 August', () => {
    expect(due('standard', 'low', '2026-08-28T12:00')).toBe('2026-09-07T12:00:00+01:00');
  });

  it('a Low ticket on Wednesday 23 December 2026 uses the whole of five working days, ending at 18:00 on New Year’s Eve', () => {
    expect(due('standard', 'low', '2026-12-23T10:00')).toBe('2026-12-31T18:00:00+00:00');
  });

  it('a later reply on a Low ticket is due five working days after the last one, across the Easter 2027 holidays', () => {
    const result = deadline('standard', 'low', '2027-03-24T12:00', { reply: 'later' });
    expect(result.reply).toBe('later');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2027-04-02T12:00:00+01:00');
  });

  it('only Low has a later-reply target', () => {
    expect(() => replyTarget(slaData, 'standard', 'high', 'later')).toThrow(/first reply only/);
    expect(replyTarget(slaData, 'enhanced', 'low', 'later').clock).toBe('working');
  });
});

describe('Urgent counts wall-clock time', () => {
  it('an Urgent ticket at 23:30 on Christmas Eve 2026 is due at 00:30 on Christmas Day, a bank holiday', () => {
    const result = deadline('standard', 'urgent', '2026-12-24T23:30');
    expect(result.clock).toBe('wall');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2026-12-25T00:30:00+00:00');
    expect(result.estimatedHolidays).toEqual([]);
  });

  it('an enhanced Urgent ticket at 03:00 on a Sunday is due at 03:30', () => {
    expect(due('enhanced', 'urgent', '2026-12-06T03:00')).toBe('2026-12-06T03:30:00+00:00');
  });

  it('an enhanced Urgent ticket at 00:45 on 29 March 2026 is due at 02:15 BST, the clocks having gone forward', () => {
    expect(due('enhanced', 'urgent', '2026-03-29T00:45')).toBe('2026-03-29T02:15:00+01:00');
  });

  it('an Urgent ticket at 01:30 on 25 October 2026 (twice that night) takes the first 01:30 and is due at the second', () => {
    expect(due('standard', 'urgent', '2026-10-25T01:30')).toBe('2026-10-25T01:30:00+00:00');
  });

  it('an Urgent ticket logged at 01:30 on 29 March 2026, a time that never happened, counts from 02:30 BST', () => {
    expect(due('standard', 'urgent', '2026-03-29T01:30')).toBe('2026-03-29T03:30:00+01:00');
  });
});

describe('dates past the published bank holidays', () => {
  it('Easter 2028 is estimated by rule, and the deadline says so', () => {
    const result = deadline('standard', 'normal', '2028-04-13T15:00');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2028-04-18T15:00:00+01:00');
    expect(result.estimatedHolidays.map((h) => [h.date, h.title])).toEqual([
      ['2028-04-14', 'Good Friday'],
      ['2028-04-17', 'Easter Monday'],
    ]);
    expect(result.beyondPublishedData).toBe(true);
  });

  it('a deadline inside the published data depends on no estimate', () => {
    const result = deadline('standard', 'low', '2027-06-01T10:00');
    expect(result.estimatedHolidays).toEqual([]);
    expect(result.beyondPublishedData).toBe(false);
  });

  it('a Low ticket on 29 December 2027 skips the estimated New Year substitute day on Monday 3 January 2028', () => {
    const result = deadline('standard', 'low', '2027-12-29T10:00');
    expect(formatIsoWithOffset(result.deadline, LONDON)).toBe('2028-01-05T18:00:00+00:00');
    expect(result.estimatedHolidays).toEqual([{ date: '2028-01-03', title: 'New Year’s Day (substitute day)', estimated: true }]);
  });

  it('a deadline in February 2028 is flagged as beyond the published data even with no holiday in the way', () => {
    const result = deadline('standard', 'normal', '2028-02-01T10:00');
    expect(result.estimatedHolidays).toEqual([]);
    expect(result.beyondPublishedData).toBe(true);
  });
});
