import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../../src/lib/feeds/ical.ts';
import type { PublishedEvent } from '../../../../src/lib/feeds/model.ts';
import { FeedParseError, parsePublishedFeed } from '../../../../src/lib/feeds/parse-feed.ts';
import { at } from '../../../support/calendar.ts';

const events: PublishedEvent[] = [
  {
    uid: 'support-week/2026-12-23@support.example',
    time: { allDay: true, start: '2026-12-23', end: '2026-12-30' },
    summary: 'First line: Siobhán O’Neill (developer), Smith; Jo (ops engineer)',
    description: 'Line one,\nline two; 李伟',
    url: 'https://support.example/rota/?week=2026-12-23',
    status: 'confirmed',
    sequence: 2,
  },
  {
    uid: 'on-call/2026-10-23T1800@support.example',
    time: { allDay: false, start: at('2026-10-23T17:00:00Z'), end: at('2026-10-26T10:00:00Z') },
    summary: 'Cancelled: On call (primary): Ana',
    description: '',
    url: 'https://support.example/rota/?week=2026-10-21',
    status: 'cancelled',
    sequence: 5,
    lastModified: at('2026-11-29T05:15:00Z'),
  },
];

describe('reading back a published feed', () => {
  it('gives back exactly the events that were written', () => {
    const text = renderCalendar(
      {
        name: 'Support rota: Smith, Jo',
        description: '',
        feedUrl: 'https://support.example/feeds/x.ics',
        pageUrl: 'https://support.example/rota/',
        timeZone: 'Europe/London',
      },
      events,
      at('2026-11-30T05:15:00Z'),
    );
    expect(parsePublishedFeed(text, 'Europe/London')).toEqual({ name: 'Support rota: Smith, Jo', events });
  });

  it('reads UTC times, and floating times in the rota’s zone', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:a@support.example',
      'DTSTAMP:20261130T051500Z',
      'DTSTART:20260701T170000Z',
      'DTEND:20260702T090000',
      'SUMMARY:x',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parsePublishedFeed(text, 'Europe/London').events[0]).toMatchObject({
      time: { allDay: false, start: at('2026-07-01T17:00:00Z'), end: at('2026-07-02T08:00:00Z') },
      sequence: 0,
      status: 'confirmed',
    });
  });

  it('refuses something that is not a calendar', () => {
    expect(() => parsePublishedFeed('<!doctype html><title>Not found</title>', 'Europe/London')).toThrow(FeedParseError);
    expect(() => parsePublishedFeed('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n', 'Europe/London')).toThrow(FeedParseError);
  });
});
