import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../../src/lib/feeds/ical.ts';
import type { PublishedEvent } from '../../../../src/lib/feeds/model.ts';
import { at } from '../../../support/calendar.ts';
import { contentLines, parseFeed } from '../../../support/ical.ts';

const info = {
  name: 'Support rota: Smith, Jo; "JJ"',
  description: 'Line one, with commas; semicolons\nand a second line.',
  feedUrl: 'https://support.example/feeds/people/jo-smith.ics',
  pageUrl: 'https://support.example/rota/?person=jo-smith',
  timeZone: 'Europe/London',
};
const stamp = at('2026-11-30T05:15:42.123Z');

const names = ["Siobhán O'Neill", '李伟 (Wei Li)', 'Smith, Jo; "JJ" \\ back', 'Zoë 🚀 Martin', 'Ярослава Нгуєн'];
const long = `On call (primary): ${'李伟'.repeat(40)} and ${'é'.repeat(45)}, ${'🚀'.repeat(30)}`;

function event(i: number, extra: Partial<PublishedEvent> = {}): PublishedEvent {
  const start = at('2026-12-24T18:00:00Z') + i * 86_400_000;
  return {
    uid: `on-call/2026-12-${24 + i}T1800@support.example`,
    time: { allDay: false, start, end: start + 16 * 3_600_000 },
    summary: `On call (primary): ${names[i % names.length]}`,
    description: `${names.join('\n')}\nRota: https://support.example/rota/?week=2026-12-23&person=jo-smith`,
    url: 'https://support.example/rota/?week=2026-12-23&person=jo-smith',
    status: 'confirmed',
    sequence: i,
    ...extra,
  };
}

const events = [
  ...names.map((_, i) => event(i)),
  event(5, { summary: long, description: long }),
  event(6, { status: 'cancelled', lastModified: at('2026-11-29T05:15:00Z') }),
  {
    ...event(7),
    uid: 'support-week/2026-12-23@support.example',
    time: { allDay: true, start: '2026-12-23', end: '2026-12-30' },
  } satisfies PublishedEvent,
];
const text = renderCalendar(info, events, stamp);
const feed = parseFeed(text);

describe('escaping and folding (checked with ical.js)', () => {
  it('names with commas, semicolons, quotes, backslashes, accents, apostrophes and non-Latin letters come back intact', () => {
    expect(feed.events.slice(0, names.length).map((e) => e.summary)).toEqual(names.map((n) => `On call (primary): ${n}`));
    expect(feed.events[0]!.description).toBe(events[0]!.description);
    expect(feed.events[5]!.summary).toBe(long);
    expect(feed.events[5]!.description).toBe(long);
    expect(feed.name).toBe(info.name);
    expect(feed.description).toBe(info.description);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const physical = text.split('\r\n');
    expect(physical.length).toBeGreaterThan(100);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each physical line must be valid UTF-8 on its own: no character cut at a fold.
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    // Long lines really were folded.
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10);
  });

  it('uses CRLF for every line, the last one included', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('calendar properties', () => {
  it('has a name, a description, its own address and refresh hints of one hour', () => {
    expect(feed.refreshInterval).toBe('PT1H');
    expect(feed.publishedTtl).toBe('PT1H');
    expect(feed.source).toBe(info.feedUrl);
    const lines = contentLines(text);
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(lines).toContain('X-PUBLISHED-TTL:PT1H');
    expect(lines).toContain(`URL:${info.pageUrl}`);
    expect(lines).toContain('NAME:Support rota: Smith\\, Jo\\; "JJ"');
    expect(lines.indexOf('BEGIN:VEVENT')).toBeGreaterThan(lines.indexOf('X-PUBLISHED-TTL:PT1H'));
  });

  it('writes every calendar property before the first component, as RFC 5545 requires', () => {
    const lines = contentLines(text).filter(Boolean);
    const firstComponent = lines.findIndex((line, i) => i > 0 && line.startsWith('BEGIN:'));
    expect(lines[firstComponent]).toBe('BEGIN:VTIMEZONE');
    const properties = lines.slice(1, firstComponent).map((line) => line.split(/[;:]/)[0]);
    expect(properties).toEqual(
      expect.arrayContaining(['VERSION', 'PRODID', 'URL', 'SOURCE', 'CALSCALE', 'NAME', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL']),
    );
    expect(lines.slice(lines.lastIndexOf('END:VEVENT') + 1)).toEqual(['END:VCALENDAR']);
  });

  it('keeps the refresh hints in a feed with no events', () => {
    const empty = renderCalendar(info, [], stamp);
    expect(parseFeed(empty)).toMatchObject({ refreshInterval: 'PT1H', publishedTtl: 'PT1H', events: [] });
    expect(contentLines(empty).filter(Boolean).slice(-3)).toEqual([
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'END:VCALENDAR',
    ]);
  });

  it('carries a VTIMEZONE for Europe/London, and timed events name it', () => {
    expect(feed.timezones).toEqual(['Europe/London']);
    const lines = contentLines(text);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20261224T180000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20261225T100000');
    expect(feed.events[0]).toMatchObject({ tzid: 'Europe/London', start: at('2026-12-24T18:00:00Z'), end: at('2026-12-25T10:00:00Z') });
  });

  it('writes all-day events as DATE values with an exclusive end', () => {
    const week = feed.events.find((e) => e.uid.startsWith('support-week/'))!;
    expect(week).toMatchObject({ allDay: true, start: '2026-12-23', end: '2026-12-30' });
    expect(contentLines(text)).toContain('DTSTART;VALUE=DATE:20261223');
    expect(contentLines(text)).toContain('DTEND;VALUE=DATE:20261230');
  });

  it('stamps every event in UTC, to the second, and marks every event transparent', () => {
    expect(new Set(feed.events.map((e) => e.dtstampText))).toEqual(new Set(['20261130T051542Z']));
    expect(feed.events.every((e) => e.transparency === 'TRANSPARENT')).toBe(true);
    expect(contentLines(text).filter((l) => l === 'X-MICROSOFT-CDO-BUSYSTATUS:FREE')).toHaveLength(events.length);
  });

  it('writes UID, SEQUENCE, STATUS, URL and LAST-MODIFIED as given', () => {
    expect(feed.events.map((e) => [e.uid, e.sequence])).toEqual(events.map((e) => [e.uid, e.sequence]));
    expect(feed.events[6]).toMatchObject({ status: 'CANCELLED', lastModified: at('2026-11-29T05:15:00Z') });
    expect(feed.events[0]).toMatchObject({ status: 'CONFIRMED', url: events[0]!.url, lastModified: undefined });
  });
});

describe('independent of the machine’s time zone', () => {
  it('writes the same text whatever TZ says', () => {
    const saved = process.env.TZ;
    try {
      const texts = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham'].map((zone) => {
        process.env.TZ = zone;
        return renderCalendar(info, events, stamp);
      });
      expect(new Set(texts).size).toBe(1);
    } finally {
      process.env.TZ = saved;
    }
  });
});
