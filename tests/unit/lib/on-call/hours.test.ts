import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHours, onCallPieces, onCallShifts, summariseHours } from '../../../../src/lib/on-call/hours.ts';
import { payMonth } from '../../../../src/lib/on-call/pay-month.ts';
import { addDays } from '../../../../src/lib/time/civil-date.ts';
import { fromZoned, toZoned } from '../../../../src/lib/time/zoned-time.ts';
import { sampleRota } from '../../../support/on-call.ts';

const zone = 'Europe/London';
const MINUTE = 60_000;
const total = (from: number, to: number, person?: string) =>
  onCallPieces(sampleRota(), from, to, person).reduce((t, p) => t + p.minutes, 0);
const months = ['2026-01', '2026-03', '2026-06', '2026-10', '2026-12', '2027-03', '2027-04'];
const monthArb = fc.constantFrom(...months).map((id) => payMonth(id, zone));
const people = ['kwame-mensah', 'ingrid-sorensen', 'aoife-brennan', 'tomasz-wojcik', 'wei-li', 'amara-okafor', 'siobhan-oneill'];

describe('on-call hours: laws', () => {
  it('hours over any split of a month add up to the month', () => {
    fc.assert(
      fc.property(
        monthArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.option(fc.constantFrom(...people), { nil: undefined }),
        (m, fractions, person) => {
          const cuts = fractions.map((f) => m.start + Math.floor(((m.end - m.start) * f) / MINUTE) * MINUTE).sort((a, b) => a - b);
          const points = [m.start, ...cuts, m.end];
          let sum = 0;
          for (let i = 0; i + 1 < points.length; i++) sum += total(points[i]!, points[i + 1]!, person);
          expect(sum).toBe(total(m.start, m.end, person));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a month’s hours equal the sum of its shifts’ hours clipped to it', () => {
    fc.assert(
      fc.property(monthArb, fc.constantFrom(...people), (m, person) => {
        const clipped = onCallShifts(sampleRota(), m.start, m.end, person).reduce(
          (t, s) => t + (Math.min(s.end, m.end) - Math.max(s.start, m.start)) / MINUTE,
          0,
        );
        expect(total(m.start, m.end, person)).toBe(clipped);
      }),
      { numRuns: 40 },
    );
  });

  it('pieces never cross a UK midnight and each day’s on-call time is at most its length; clock changes give 23 and 25 hours', () => {
    const dayLength = (date: string) =>
      (fromZoned({ date: addDays(date, 1), minutes: 0 }, zone) - fromZoned({ date, minutes: 0 }, zone)) / 3_600_000;
    expect(dayLength('2026-03-29')).toBe(23);
    expect(dayLength('2026-10-25')).toBe(25);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 480 }), (offset) => {
        const date = addDays('2026-01-01', offset);
        const from = fromZoned({ date, minutes: 0 }, zone);
        const to = fromZoned({ date: addDays(date, 1), minutes: 0 }, zone);
        const pieces = onCallPieces(sampleRota(), from, to).filter((p) => p.line === 'first');
        for (const p of pieces) expect(toZoned(p.start, zone).date).toBe(date);
        const minutes = pieces.reduce((t, p) => t + p.minutes, 0);
        // A day off is on call all day: 23, 24 or 25 hours; a working day has 16 hours outside 10:00-18:00.
        if (sampleRota().calendar.dayOff(date)) expect(minutes).toBe(dayLength(date) * 60);
        else expect(minutes).toBe((dayLength(date) - 8) * 60);
      }),
      { numRuns: 120 },
    );
  });

  it('both clock-change Sundays: 23 and 25 hours of weekend on call on each line', () => {
    for (const [date, hours] of [
      ['2026-03-29', 23],
      ['2026-10-25', 25],
      ['2027-03-28', 23],
    ] as const) {
      const from = fromZoned({ date, minutes: 0 }, zone);
      const to = fromZoned({ date: addDays(date, 1), minutes: 0 }, zone);
      const summary = summariseHours(onCallPieces(sampleRota(), from, to));
      expect(summary.byLine.first.byKind.weekend).toBe(hours * 60);
      expect(summary.byLine.second.byKind.weekend).toBe(hours * 60);
    }
  });
});

describe('formatHours', () => {
  it.each([
    [1920, '32'],
    [1950, '32.5'],
    [1955, '32:35'],
    [0, '0'],
  ])('%i minutes is %s', (m, text) => expect(formatHours(m)).toBe(text));
});
