import { tzOffset, tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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
    rememberZoneOffsets({
      timeZone: 'Test/Table',
      from,
      to,
      changes: [
        [from, 90],
        [Date.parse('2026-06-01T00:00:00Z'), 30],
      ],
    });
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

// Checked against Intl itself, read a different way from the code under test (formatToParts, not
// tzOffset's longOffset), at every clock change from 2025 to 2030 and around each one.
describe('zoned time against Intl, 2025-2030', () => {
  const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Tokyo'] as const;
  const START = Date.parse('2025-01-01T00:00:00Z');
  const END = Date.parse('2031-01-01T00:00:00Z');
  const HOUR = 3_600_000;
  const MINUTE = 60_000;

  const formats = new Map<string, Intl.DateTimeFormat>();
  function intlWall(zone: string, instant: number): { date: string; minutes: number; offsetMinutes: number } {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      formats.set(zone, format);
    }
    const part = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    const [y, mo, d, h, mi, s] = [part.year, part.month, part.day, part.hour, part.minute, part.second].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
    return {
      date: `${part.year}-${part.month}-${part.day}`,
      minutes: h * 60 + mi,
      offsetMinutes: (Date.UTC(y, mo - 1, d, h, mi, s) - wholeSecond) / MINUTE,
    };
  }
  const intlOffset = (zone: string, instant: number) => intlWall(zone, instant).offsetMinutes;

  // Every change: an hourly scan, then the first minute of the new offset within the hour.
  function intlChanges(zone: string, from: number, to: number): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    for (let h = from; h < to; h += HOUR) {
      const before = intlOffset(zone, h);
      if (intlOffset(zone, h + HOUR) === before) continue;
      for (let m = h + MINUTE; m <= h + HOUR; m += MINUTE) {
        if (intlOffset(zone, m) !== before) {
          found.push([m, intlOffset(zone, m)]);
          break;
        }
      }
    }
    return found;
  }
  // Found a little beyond 2030 too, for periods that start late and reach into 2031.
  const SCAN_END = END + 400 * 86_400_000;
  const CHANGES = new Map<string, Array<[number, number]>>(ZONES.map((zone) => [zone, intlChanges(zone, START - HOUR, SCAN_END)]));
  const changesOf = (zone: string) => CHANGES.get(zone)!.filter(([instant]) => instant < END);
  const allChangesOf = (zone: string) => CHANGES.get(zone)!;

  type ZonedTime = typeof import('../../../../src/lib/time/zoned-time.ts');
  async function freshModule(): Promise<ZonedTime> {
    vi.resetModules();
    return import('../../../../src/lib/time/zoned-time.ts');
  }

  it('knows the changes it is tested on: two a year, none in Tokyo, Lord Howe’s on the half hour', () => {
    expect(changesOf('Europe/London')).toHaveLength(12);
    expect(changesOf('America/New_York')).toHaveLength(12);
    expect(changesOf('Australia/Lord_Howe')).toHaveLength(12);
    expect(changesOf('Asia/Tokyo')).toHaveLength(0);
    expect(changesOf('America/New_York')).toContainEqual([Date.parse('2026-11-01T06:00:00Z'), -300]);
    expect(changesOf('Australia/Lord_Howe')).toContainEqual([Date.parse('2026-10-03T15:30:00Z'), 660]);
  });

  it.each(ZONES)('%s: zoneOffsets finds every change at its exact instant', async (zone) => {
    const { zoneOffsets } = await freshModule();
    const { changes } = zoneOffsets(zone, START, END);
    expect(changes[0]).toEqual([START, intlOffset(zone, START)]);
    expect(changes.slice(1)).toEqual(changesOf(zone));
  });

  it.each(ZONES)('%s: zoneOffsets is exact whatever instant its period starts at', async (zone) => {
    const { zoneOffsets } = await freshModule();
    const changes = changesOf(zone);
    // Periods starting a whole number of six-hour blocks before a change (the case that put New
    // York's change a minute late), and anywhere at all.
    const aligned = fc
      .tuple(fc.constantFrom(...(changes.length ? changes : [[START, 0]])), fc.integer({ min: 0, max: 60 }))
      .map(([[instant], blocks]) => instant! - blocks * 6 * HOUR);
    const anywhere = fc.integer({ min: START, max: END - 400 * 86_400_000 });
    fc.assert(
      fc.property(fc.oneof(aligned, anywhere), fc.integer({ min: 1, max: 400 * 86_400_000 }), (from, length) => {
        const to = from + length;
        const got = zoneOffsets(zone, from, to).changes;
        expect(got[0]).toEqual([from, intlOffset(zone, from)]);
        expect(got.slice(1)).toEqual(allChangesOf(zone).filter(([instant]) => instant > from && instant < to));
      }),
    );
  });

  const NEAR = [-86_400_000, -6 * HOUR, -HOUR, -30 * MINUTE, -MINUTE, -1000, -1, 0, 1, 1000, MINUTE, 30 * MINUTE, HOUR, 6 * HOUR];

  for (const remembered of [false, true]) {
    const how = remembered ? 'from offsets handed over (as in the browser)' : 'asking Intl';
    it.each(ZONES)(`%s, ${how}: offsetAt and toZoned agree with Intl at and around every change`, async (zone) => {
      const m = await freshModule();
      if (remembered) m.rememberZoneOffsets(m.zoneOffsets(zone, START - 86_400_000, END + 86_400_000));
      const instants = changesOf(zone).flatMap(([instant]) => NEAR.map((delta) => instant + delta));
      for (const instant of [...instants, START, END - 1]) {
        const { date, minutes, offsetMinutes } = intlWall(zone, instant);
        expect(m.offsetAt(zone, instant), new Date(instant).toISOString()).toBe(offsetMinutes);
        expect(m.toZoned(instant, zone), new Date(instant).toISOString()).toEqual({ date, minutes, offsetMinutes });
      }
    });

    it.each(ZONES)(`%s, ${how}: toZoned agrees with Intl at any instant`, async (zone) => {
      const m = await freshModule();
      if (remembered) m.rememberZoneOffsets(m.zoneOffsets(zone, START, END));
      fc.assert(
        fc.property(fc.integer({ min: START, max: END - 1 }), (instant) => {
          expect(m.toZoned(instant, zone)).toEqual(intlWall(zone, instant));
        }),
      );
    });

    it.each(ZONES)(`%s, ${how}: a wall time resolves to exactly the instants that show it`, async (zone) => {
      const m = await freshModule();
      if (remembered) m.rememberZoneOffsets(m.zoneOffsets(zone, START - 86_400_000, END + 86_400_000));
      const offsets = [...new Set([intlOffset(zone, START), ...changesOf(zone).map(([, offset]) => offset)])];
      // Wall times within two hours of a change's local time, and anywhere.
      const nearChange = fc
        .tuple(
          fc.constantFrom(...(changesOf(zone).length ? changesOf(zone) : [[START, 540] as [number, number]])),
          fc.integer({ min: -120, max: 120 }),
        )
        .map(([[instant, offset], delta]) => instant + (offset + delta) * MINUTE);
      const anyTime = fc.integer({ min: START, max: END - 1 }).map((t) => t - (t % MINUTE));
      fc.assert(
        fc.property(fc.oneof(nearChange, anyTime), (asUtc) => {
          const wall = { date: new Date(asUtc).toISOString().slice(0, 10), minutes: Math.floor((asUtc % 86_400_000) / MINUTE) };
          const showing = offsets
            .map((offset) => asUtc - offset * MINUTE)
            .filter((instant) => intlOffset(zone, instant) * MINUTE === asUtc - instant)
            .sort((a, b) => a - b);
          const resolved = m.resolveWallTime(wall, zone);
          if (showing.length === 1) expect(resolved).toEqual({ kind: 'exact', instant: showing[0] });
          else if (showing.length === 2) expect(resolved).toEqual({ kind: 'ambiguous', instant: showing[0], later: showing[1] });
          else {
            expect(showing).toEqual([]);
            // Read with the offset from before the jump: the clock has moved on by the jump's size.
            expect(resolved).toEqual({ kind: 'skipped', instant: asUtc - intlOffset(zone, asUtc - 86_400_000) * MINUTE });
          }
        }),
      );
    });
  }

  it('reads 06:00Z on 1 November 2026 as 01:00 in New York once a build’s offsets are loaded', async () => {
    const m = await freshModule();
    m.rememberZoneOffsets(m.zoneOffsetsAround('America/New_York', Date.parse('2026-11-30T00:00:00Z')));
    expect(m.formatIsoWithOffset(Date.parse('2026-11-01T06:00:00Z'), 'America/New_York')).toBe('2026-11-01T01:00:00-05:00');
    expect(m.formatIsoWithOffset(Date.parse('2026-11-01T05:59:59Z'), 'America/New_York')).toBe('2026-11-01T01:59:59-04:00');
  });

  it('does not use @date-fns/tz’s tzScan, which steps in whole hours and puts Lord Howe’s October change half an hour late', () => {
    const lordHowe = 'Australia/Lord_Howe';
    const scanned = tzScan(lordHowe, { start: new Date(START), end: new Date(Date.parse('2027-01-01T00:00:00Z')) });
    const october = changesOf(lordHowe).find(([instant]) => new Date(instant).toISOString().startsWith('2026-10'))!;
    expect(new Date(october[0]).toISOString()).toBe('2026-10-03T15:30:00.000Z');
    const scannedOctober = scanned.find((change) => change.date.toISOString().startsWith('2026-10'))!;
    expect(scannedOctober.date.toISOString()).toBe('2026-10-03T16:00:00.000Z');
  });
});
