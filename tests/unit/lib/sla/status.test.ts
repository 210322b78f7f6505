import { describe, expect, it } from 'vitest';
import { replyDeadline } from '../../../../src/lib/sla/deadline.ts';
import { describeTimeLeft, timeLeft, triageStatus } from '../../../../src/lib/sla/status.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

// High, standard, received 17:45 on Christmas Eve 2026: due 10:45 on Tuesday 29 December.
const christmas = replyDeadline(slaData, calendar, { plan: 'standard', priority: 'high', from: at('2026-12-24T17:45:00Z') });

describe('time left and status', () => {
  it('over Christmas only 15 working minutes remain after 18:00 on Christmas Eve: due within the working hour', () => {
    const left = timeLeft(calendar, christmas, at('2026-12-24T18:30:00Z'));
    expect(left).toMatchObject({ overdue: false, clockMinutes: 45 });
    expect(triageStatus(left)).toBe('due-soon');
    expect(describeTimeLeft(left, 'working')).toBe('45 minutes of working time left (due in 4 days 16 hours 15 minutes)');
  });

  it('a week earlier the same ticket would be on track', () => {
    const ticket = replyDeadline(slaData, calendar, { plan: 'standard', priority: 'normal', from: at('2026-12-14T10:00:00Z') });
    const left = timeLeft(calendar, ticket, at('2026-12-14T10:30:00Z'));
    expect(triageStatus(left)).toBe('on-track');
    expect(describeTimeLeft(left, 'working')).toBe('7 hours 30 minutes of working time left (due in 7 hours 30 minutes)');
  });

  it('after the deadline it is breached, with how long overdue', () => {
    const left = timeLeft(calendar, christmas, at('2026-12-29T12:00:00Z'));
    expect(triageStatus(left)).toBe('breached');
    expect(describeTimeLeft(left, 'working')).toBe('Overdue by 1 hour 15 minutes');
  });

  it('exactly at the deadline it is still due, not breached', () => {
    const left = timeLeft(calendar, christmas, christmas.deadline);
    expect(triageStatus(left)).toBe('due-soon');
    expect(describeTimeLeft(left, 'working')).toBe('Due now');
  });

  it('Urgent counts down in real time', () => {
    const urgent = replyDeadline(slaData, calendar, { plan: 'standard', priority: 'urgent', from: at('2026-12-25T02:00:00Z') });
    const left = timeLeft(calendar, urgent, at('2026-12-25T02:20:00Z'));
    expect(triageStatus(left)).toBe('due-soon');
    expect(describeTimeLeft(left, 'wall')).toBe('40 minutes left');
  });

  it('with a limit, far-off deadlines only say when they are due', () => {
    const low = replyDeadline(slaData, calendar, { plan: 'standard', priority: 'low', from: at('2026-12-01T10:00:00Z') });
    const left = timeLeft(calendar, low, at('2026-12-01T10:00:00Z'), 60);
    expect(left.clockMinutesCapped).toBe(true);
    expect(triageStatus(left)).toBe('on-track');
    expect(describeTimeLeft(left, 'working')).toBe('Due in 6 days 8 hours');
  });
});
