import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { replyDeadline } from '../../../../src/lib/sla/deadline.ts';
import { PLAN_IDS, PRIORITY_IDS } from '../../../../src/lib/sla/terms.ts';
import { addWorkingMinutes, pauseReasons, workingMinutesBetween } from '../../../../src/lib/sla/working-time.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const iso = (ms: number) => formatIsoWithOffset(ms, 'Europe/London');

describe('adding working minutes', () => {
  it('adds 90 minutes at 09:00 on Monday 7 December 2026: waits until 10:00, ends at 11:30', () => {
    const sum = addWorkingMinutes(calendar, at('2026-12-07T09:00:00Z'), 90);
    expect(iso(sum.clockStart)).toBe('2026-12-07T10:00:00+00:00');
    expect(iso(sum.end)).toBe('2026-12-07T11:30:00+00:00');
    expect(sum.steps.map((s) => s.kind)).toEqual(['waited', 'counted']);
  });

  it('records each working day counted and each pause, with a running total', () => {
    const sum = addWorkingMinutes(calendar, at('2026-12-03T16:00:00Z'), 8 * 60 + 180);
    expect(sum.steps.map((s) => (s.kind === 'counted' ? `${s.kind} ${s.minutes} (${s.total})` : s.kind))).toEqual([
      'counted 120 (120)',
      'paused',
      'counted 480 (600)',
      'paused',
      'counted 60 (660)',
    ]);
    expect(iso(sum.end)).toBe('2026-12-07T11:00:00+00:00');
    expect(sum.steps[3]).toMatchObject({
      kind: 'paused',
      reasons: [{ kind: 'evening' }, { kind: 'weekend', from: '2026-12-05', to: '2026-12-06' }, { kind: 'morning' }],
    });
  });

  it('zero minutes leaves the instant alone, even outside working hours', () => {
    const sunday = at('2026-12-06T12:00:00Z');
    expect(addWorkingMinutes(calendar, sunday, 0)).toMatchObject({ end: sunday, clockStart: sunday, steps: [] });
  });

  it('refuses negative or impossible amounts', () => {
    expect(() => addWorkingMinutes(calendar, 0, -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(calendar, 0, Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingMinutes(calendar, Number.NaN, 5)).toThrow(RangeError);
  });

  it('keeps seconds: 1 working hour from 10:00:30 ends at 11:00:30', () => {
    expect(iso(addWorkingMinutes(calendar, at('2026-12-07T10:00:30Z'), 60).end)).toBe('2026-12-07T11:00:30+00:00');
  });

  it('costs a step per day spanned, not per minute: a working year takes about 500 steps', () => {
    const nextPeriod = vi.spyOn(calendar, 'periodAtOrAfter');
    const dayOff = vi.spyOn(calendar, 'dayOff');
    const sum = addWorkingMinutes(calendar, at('2026-01-05T10:00:00Z'), 250 * 480);
    expect(sum.steps.length).toBeLessThan(520);
    expect(nextPeriod.mock.calls.length).toBeLessThanOrEqual(251);
    expect(dayOff.mock.calls.length).toBeLessThan(2 * 366);
    nextPeriod.mockRestore();
    dayOff.mockRestore();
  });
});

describe('counting working minutes between two instants', () => {
  it('from 17:00 on Christmas Eve 2026 to 11:00 on 29 December is 2 working hours', () => {
    expect(workingMinutesBetween(calendar, at('2026-12-24T17:00:00Z'), at('2026-12-29T11:00:00Z'))).toBe(120);
  });

  it('is zero when the end is not later, and stops early past a limit', () => {
    expect(workingMinutesBetween(calendar, at('2026-12-08T12:00:00Z'), at('2026-12-08T11:00:00Z'))).toBe(0);
    const capped = workingMinutesBetween(calendar, at('2026-12-01T10:00:00Z'), at('2027-12-01T10:00:00Z'), 60);
    expect(capped).toBeGreaterThan(60);
    expect(capped).toBeLessThanOrEqual(480);
  });
});

describe('pause reasons', () => {
  it('name the Easter 2027 days off one by one, weekend grouped', () => {
    const reasons = pauseReasons(calendar, at('2027-03-25T18:00:00Z'), at('2027-03-30T10:00:00+01:00'));
    expect(reasons.map((r) => (r.kind === 'bank-holiday' ? r.title : r.kind))).toEqual([
      'evening',
      'Good Friday',
      'weekend',
      'Easter Monday',
      'morning',
    ]);
  });
});

// Instants from 2025 to 2029: published holidays, the clock changes, and estimated years.
const instant = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2029-12-31T00:00:00Z') });
const minutes = fc.integer({ min: 0, max: 480 * 30 });

describe('properties of the working clock', () => {
  it('a working-clock deadline always falls inside working hours, never on a weekend or bank holiday', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 480 * 30 }), (from, n) => {
        const { end } = addWorkingMinutes(calendar, from, n);
        const date = calendar.localDate(end);
        expect(calendar.dayOff(date)).toBeUndefined();
        const period = calendar.periodOn(date)!;
        expect(end).toBeGreaterThan(period.start);
        expect(end).toBeLessThanOrEqual(period.end);
      }),
    );
  });

  it('every SLA deadline on the working clock is inside working hours too', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...PLAN_IDS), fc.constantFrom('high', 'normal', 'low' as const), (from, plan, priority) => {
        const { deadline } = replyDeadline(slaData, calendar, { plan, priority, from });
        expect(calendar.dayOff(calendar.localDate(deadline))).toBeUndefined();
        const period = calendar.periodOn(calendar.localDate(deadline))!;
        expect(deadline > period.start && deadline <= period.end).toBe(true);
      }),
    );
  });

  it('deadlines never move earlier when the ticket is received later', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.constantFrom(...PLAN_IDS),
        fc.constantFrom(...PRIORITY_IDS),
        (t, delay, plan, priority) => {
          const earlier = replyDeadline(slaData, calendar, { plan, priority, from: t }).deadline;
          const later = replyDeadline(slaData, calendar, { plan, priority, from: t + delay }).deadline;
          expect(later).toBeGreaterThanOrEqual(earlier);
        },
      ),
    );
  });

  it('adding a then b working minutes equals adding a + b', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (t, a, b) => {
        const stepwise = addWorkingMinutes(calendar, addWorkingMinutes(calendar, t, a).end, b).end;
        expect(stepwise).toBe(addWorkingMinutes(calendar, t, a + b).end);
      }),
    );
  });

  it('the working minutes between an instant and n working minutes later are n', () => {
    fc.assert(
      fc.property(instant, minutes, (t, n) => {
        expect(workingMinutesBetween(calendar, t, addWorkingMinutes(calendar, t, n).end)).toBeCloseTo(n, 6);
      }),
    );
  });
});
