import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { payMonth, payMonthAt, parsePayMonthId, PayMonthError } from '../../../../src/lib/on-call/pay-month.ts';
import { london } from '../../../support/rota.ts';

const zone = 'Europe/London';

describe('pay months', () => {
  it('December 2026 runs from Wednesday 2 December 10:00 to Wednesday 6 January 10:00', () => {
    const m = payMonth('2026-12', zone);
    expect([m.startDate, m.endDate]).toEqual(['2026-12-02', '2027-01-06']);
    expect([london(m.start), london(m.end)]).toEqual(['2026-12-02T10:00:00+00:00', '2027-01-06T10:00:00+00:00']);
  });

  it('March 2027 (Easter and the clocks going forward) starts in GMT and ends in BST', () => {
    const m = payMonth('2027-03', zone);
    expect([london(m.start), london(m.end)]).toEqual(['2027-03-03T10:00:00+00:00', '2027-04-07T10:00:00+01:00']);
    // Five weeks less the hour the clocks skip.
    expect((m.end - m.start) / 3_600_000).toBe(35 * 24 - 1);
  });

  it('a month whose 1st is a Wednesday starts that day', () => {
    expect(payMonth('2025-10', zone).startDate).toBe('2025-10-01');
  });

  it('an older handoff time can be given (13:00, used until December 2024)', () => {
    expect(london(payMonth('2024-11', zone, { day: 'Wednesday', time: '13:00' }).start)).toBe('2024-11-06T13:00:00+00:00');
  });

  it.each(['2026-13', '2026-1', 'December', '', '2026-00'])('refuses %j', (id) => {
    expect(() => parsePayMonthId(id)).toThrow(PayMonthError);
  });

  it('consecutive months meet exactly, and every instant belongs to the month payMonthAt names', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2030-12-01T00:00:00Z') }), (instant) => {
        const m = payMonthAt(instant, zone);
        expect(m.start <= instant && instant < m.end).toBe(true);
        const next = payMonthAt(m.end, zone);
        expect(next.start).toBe(m.end);
      }),
    );
  });
});
