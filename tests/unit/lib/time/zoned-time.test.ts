import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  formatIsoWithOffset,
  fromZoned,
  offsetAt,
  parseClockTime,
  parseWallTime,
  rememberZoneOffsets,
  resolveWallTime,
  toZoned,
  zoneOffsets,
  zoneOffsetsAround,
} from '../../../../src/lib/time/zoned-time.ts';

const LONDON = 'Europe/London';

describe('zoned time in Europe/London', () => {
  it('reads winter instants as GMT and summer ones as BST', () => {
    expect(toZoned(Date.parse('2026-01-15T10:00:00Z'), LONDON)).toEqual({ date: '2026-01-15', minutes: 600, offsetMinutes: 0 });
    expect(toZoned(Date.parse('2026-07-15T10:00:00Z'), LONDON)).toEqual({ date: '2026-07-15', minutes: 660, offsetMinutes: 60 });
  });

  it('puts late-evening UTC instants on the next London day in summer', () => {
    expect(toZoned(Date.parse('2026-06-30T23:30:00Z'), LONDON).date).toBe('2026-07-01');
  });

  it('turns 10:00 London time into 09:00 UTC in summer and 10:00 UTC in winter', () => {
    expect(new Date(fromZoned({ date: '2026-07-01', minutes: 600 }, LONDON)).toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(new Date(fromZoned({ date: '2026-12-01', minutes: 600 }, LONDON)).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('knows 01:30 on 29 March 2026 never happened (clocks went forward at 01:00)', () => {
    const r = resolveWallTime({ date: '2026-03-29', minutes: 90 }, LONDON);
    expect(r.kind).toBe('skipped');
    expect(formatIsoWithOffset(r.instant, LONDON)).toBe('2026-03-29T02:30:00+01:00');
  });

  it('knows 01:30 on 25 October 2026 happened twice (clocks went back at 02:00)', () => {
    const r = resolveWallTime({ date: '2026-10-25', minutes: 90 }, LONDON);
    expect(r).toEqual({ kind: 'ambiguous', instant: Date.parse('2026-10-25T00:30:00Z'), later: Date.parse('2026-10-25T01:30:00Z') });
  });

  it('formats instants as ISO 8601 with the London offset', () => {
    expect(formatIsoWithOffset(Date.parse('2026-12-24T17:45:00Z'), LONDON)).toBe('2026-12-24T17:45:00+00:00');
    expect(formatIsoWithOffset(Date.parse('2026-08-03T08:59:00Z'), LONDON)).toBe('2026-08-03T09:59:00+01:00');
  });

  it('gives the same answers in any other zone too', () => {
    expect(formatIsoWithOffset(Date.parse('2026-12-24T17:45:00Z'), 'America/New_York')).toBe('2026-12-24T12:45:00-05:00');
  });

  it('rejects clock times that are not HH:mm', () => {
    expect(parseClockTime('18:00')).toBe(1080);
    expect(() => parseClockTime('24:00')).toThrow(/24-hour time/);
    expect(() => parseClockTime('9:00')).toThrow();
  });
});

describe('parseWallTime (the rota files’ local date-times)', () => {
  it('reads "2026-12-23T10:00" and refuses anything looser', () => {
    expect(parseWallTime('2026-12-23T10:00')).toEqual({ date: '2026-12-23', minutes: 600 });
    expect(() => parseWallTime('2026-12-23 10:00')).toThrow(/local date and time/);
    expect(() => parseWallTime('2026-02-30T10:00')).toThrow(/local date and time/);
    expect(() => parseWallTime('2026-12-23T24:00')).toThrow();
  });
});

describe('zone offsets worked out ahead (for the browser)', () => {
  const from = Date.parse('2026-01-01T00:00:00Z');
  const to = Date.parse('2027-01-01T00:00:00Z');
  const offsets = zoneOffsets(LONDON, from, to);

  it('finds the minute of each clock change', () => {
    expect(offsets.changes).toEqual([
      [from, 0],
      [Date.parse('2026-03-29T01:00:00Z'), 60],
      [Date.parse('2026-10-25T01:00:00Z'), 0],
    ]);
  });

  it('answers from the table inside its period and asks Intl outside it', () => {
    // A made-up zone Intl cannot know: only the table can answer for it.
    rememberZoneOffsets({ timeZone: 'Test/Table', from, to, changes: [[from, 90], [Date.parse('2026-06-01T00:00:00Z'), 30]] });
    expect(offsetAt('Test/Table', Date.parse('2026-05-31T23:59:59Z'))).toBe(90);
    expect(offsetAt('Test/Table', Date.parse('2026-06-01T00:00:00Z'))).toBe(30);
    expect(offsetAt('Test/Table', to)).toBeNaN();
  });

  it('around an instant, cover a year either side, with both of each year’s clock changes', () => {
    const built = Date.parse('2026-11-30T06:00:00Z');
    const around = zoneOffsetsAround(LONDON, built);
    expect(around.to - around.from).toBe(2 * 366 * 86_400_000);
    expect(around.from + 366 * 86_400_000).toBe(built);
    expect(around.changes.slice(1).map(([instant]) => new Date(instant).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-10-31T01:00:00.000Z',
    ]);
  });

  it('gives the same answers as Intl', () => {
    rememberZoneOffsets(offsets);
    for (let t = from; t < to; t += 97 * 60_000 + 13_000) expect(offsetAt(LONDON, t)).toBe(tzOffset(LONDON, new Date(t)));
  });
});
