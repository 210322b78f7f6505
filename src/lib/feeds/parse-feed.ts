import ICAL from 'ical.js';
import { wallInstant } from '../rota/rota.ts';
import type { EventStatus, EventTime, PublishedEvent } from './model.ts';

/**
 * Reads a feed this site published before, so the next build can keep SEQUENCE numbers and
 * publish cancellations (see feed-state.ts). Uses ical.js, an independent parser, rather than
 * trusting our own output format.
 */

export interface PublishedFeed {
  name?: string | undefined;
  events: PublishedEvent[];
}

export class FeedParseError extends Error {}

/**
 * Local times with a TZID are converted with the runtime's zone data for that TZID; a time
 * without one (floating) is read in `defaultZone`.
 */
export function parsePublishedFeed(text: string, defaultZone: string): PublishedFeed {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new FeedParseError(`not an iCalendar file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (calendar.name !== 'vcalendar') throw new FeedParseError(`expected VCALENDAR, found ${calendar.name.toUpperCase()}`);
  const events: PublishedEvent[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = text_(vevent, 'uid');
    const time = eventTime(vevent, defaultZone);
    if (!uid || !time) continue;
    const status: EventStatus = text_(vevent, 'status')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : 'confirmed';
    const lastModified = vevent.getFirstPropertyValue('last-modified');
    events.push({
      uid,
      time,
      summary: text_(vevent, 'summary') ?? '',
      description: text_(vevent, 'description') ?? '',
      url: text_(vevent, 'url'),
      status,
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0) || 0,
      lastModified: lastModified instanceof ICAL.Time ? lastModified.toJSDate().getTime() : undefined,
    });
  }
  return { name: unescapeText(text_(calendar, 'x-wr-calname')), events };
}

function text_(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
}

/** ical.js leaves properties it has no type for (X-WR-CALNAME) escaped. */
function unescapeText(value: string | undefined): string | undefined {
  return value?.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function eventTime(vevent: ICAL.Component, defaultZone: string): EventTime | undefined {
  const start = vevent.getFirstProperty('dtstart');
  const end = vevent.getFirstProperty('dtend');
  const startValue = start?.getFirstValue();
  const endValue = end?.getFirstValue();
  if (!(startValue instanceof ICAL.Time) || !(endValue instanceof ICAL.Time)) return undefined;
  if (startValue.isDate) return { allDay: true, start: startValue.toString(), end: endValue.toString() };
  return { allDay: false, start: instant(startValue, start!, defaultZone), end: instant(endValue, end!, defaultZone) };
}

function instant(time: ICAL.Time, property: ICAL.Property, defaultZone: string): number {
  const date = `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
  if (time.zone?.tzid === 'UTC') return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const tzid = property.getParameter('tzid');
  const zone = typeof tzid === 'string' && isKnownZone(tzid) ? tzid : defaultZone;
  return wallInstant({ date, minutes: time.hour * 60 + time.minute }, zone) + time.second * 1000;
}

const knownZones = new Map<string, boolean>();
function isKnownZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
