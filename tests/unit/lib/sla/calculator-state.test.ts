import { describe, expect, it } from 'vitest';
import { calculate, EMPTY_INPUT, readQuery, writeQuery } from '../../../../src/lib/sla/calculator-state.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { calendar, slaData } from '../../../support/calendar.ts';

describe('the calculator’s address', () => {
  it('reads a shared link', () => {
    expect(readQuery('?plan=standard&priority=high&received=2026-12-24T17:45', slaData)).toEqual({
      input: { plan: 'standard', priority: 'high', received: '2026-12-24T17:45', lastReply: '' },
      errors: [],
      present: true,
    });
  });

  it('drops and reports values it cannot use', () => {
    const { input, errors } = readQuery('?plan=gold&priority=p1&received=2026-02-30T10:00&lastReply=soon', slaData);
    expect(input).toEqual(EMPTY_INPUT);
    expect(errors.map((e) => e.field)).toEqual(['plan', 'priority', 'received', 'lastReply']);
    expect(errors[0]!.message).toBe('The link’s plan “gold” is not one we know: choose Standard or Enhanced (Managed Plus)');
    expect(errors[2]!.message).toBe('The link’s received time “2026-02-30T10:00” is not a real date and time');
  });

  it('a bare address is not a link', () => {
    expect(readQuery('', slaData).present).toBe(false);
  });

  it('writes what it reads, keeping the time readable, and the last reply only for Low', () => {
    const input = { plan: 'enhanced', priority: 'low', received: '2026-12-24T17:45', lastReply: '2026-12-29T12:00' } as const;
    expect(writeQuery(input, slaData)).toBe('?plan=enhanced&priority=low&received=2026-12-24T17:45&lastReply=2026-12-29T12:00');
    expect(readQuery(writeQuery(input, slaData), slaData).input).toEqual(input);
    expect(writeQuery({ ...input, priority: 'high' }, slaData)).toBe('?plan=enhanced&priority=high&received=2026-12-24T17:45');
  });
});

describe('the calculator’s form', () => {
  it('works out the deadline', () => {
    const outcome = calculate(slaData, calendar, { plan: 'standard', priority: 'high', received: '2026-12-24T17:45', lastReply: '' });
    expect(outcome.ok && formatIsoWithOffset(outcome.first.deadline, 'Europe/London')).toBe('2026-12-29T10:45:00+00:00');
  });

  it('lists one message per missing field', () => {
    const outcome = calculate(slaData, calendar, EMPTY_INPUT);
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.message)).toEqual([
      'Choose the client’s plan',
      'Choose the ticket’s priority',
      'Enter the date and time the ticket was received',
    ]);
  });

  it('gives the next reply’s deadline for Low with a last reply, and refuses one before the ticket arrived', () => {
    const base = { plan: 'standard', priority: 'low', received: '2026-12-01T10:00' } as const;
    const outcome = calculate(slaData, calendar, { ...base, lastReply: '2026-12-03T15:00' });
    expect(outcome.ok && formatIsoWithOffset(outcome.later!.deadline, 'Europe/London')).toBe('2026-12-10T15:00:00+00:00');
    const wrong = calculate(slaData, calendar, { ...base, lastReply: '2026-11-30T15:00' });
    expect(wrong.ok ? [] : wrong.errors).toEqual([{ field: 'lastReply', message: 'The last reply must be after the ticket was received' }]);
  });

  it('ignores a last reply for priorities without a later-reply target', () => {
    const outcome = calculate(slaData, calendar, {
      plan: 'standard',
      priority: 'high',
      received: '2026-12-01T10:00',
      lastReply: '2026-12-03T15:00',
    });
    expect(outcome.ok && outcome.later).toBeUndefined();
  });

  it('notes a time the clocks skipped', () => {
    const outcome = calculate(slaData, calendar, { plan: 'standard', priority: 'urgent', received: '2026-03-29T01:30', lastReply: '' });
    expect(outcome.ok && outcome.notes.map((n) => n.kind)).toEqual(['skipped']);
  });
});

describe('links and odd received times', () => {
  it('accepts plan and priority names in any case', () => {
    expect(readQuery('?plan=Managed%20Plus&priority=HIGH&received=2026-12-24T17:45', slaData).input).toMatchObject({
      plan: 'enhanced',
      priority: 'high',
    });
    expect(readQuery('?plan=Standard&priority=Urgent', slaData).input).toMatchObject({ plan: 'standard', priority: 'urgent' });
    expect(readQuery('?plan=ENHANCED%20(MANAGED%20PLUS)&priority=low', slaData).input).toMatchObject({ plan: 'enhanced', priority: 'low' });
  });

  it('refuses a received time outside the supported years, from a link and from the form, without throwing', () => {
    const link = readQuery('?plan=standard&priority=high&received=9999-12-24T17:45', slaData, calendar);
    expect(link.input.received).toBe('');
    expect(link.errors).toEqual([
      { field: 'received', message: 'The link’s received time is in 9999: this tool works only with years 2000 to 2099' },
    ]);
    const outcome = calculate(slaData, calendar, { plan: 'standard', priority: 'high', received: '9999-12-24T17:45', lastReply: '' });
    expect(outcome).toEqual({
      ok: false,
      errors: [{ field: 'received', message: 'The received time is in 9999: this tool works only with years 2000 to 2099' }],
    });
  });

  it('warns beside the result about a time in the future, long ago, or beyond the holiday data', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    const at = (received: string) => {
      const outcome = calculate(slaData, calendar, { plan: 'standard', priority: 'normal', received, lastReply: '' }, now);
      return outcome.ok ? outcome.warnings.map((w) => w.kind) : outcome.errors;
    };
    expect(at('2026-12-07T09:00')).toEqual([]);
    expect(at('2026-12-08T09:00')).toEqual(['future']);
    expect(at('2025-11-03T09:00')).toEqual(['old']);
    expect(at('2023-06-05T09:00')).toEqual(['old', 'outside-holidays']);
    expect(at('2030-06-03T09:00')).toEqual(['future', 'outside-holidays']);
  });
});
