import ical, { escape, ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import type { PublishedEvent } from './model.ts';

/** What calendar apps show for a feed and where they refresh it from. */
export interface CalendarInfo {
  name: string;
  description: string;
  /** The feed's own https address (SOURCE). */
  feedUrl: string;
  /** The page the calendar belongs to (URL). */
  pageUrl: string;
  /** IANA zone of the rota; event times are written as local times in it, with its VTIMEZONE. */
  timeZone: string;
}

/** Apps are asked to refresh hourly; the site itself is rebuilt daily and on every change. */
export const REFRESH_SECONDS = 3600;

/**
 * iCalendar text for one feed, written by ical-generator (which does the escaping and the folding
 * at 75 octets). `stamp` is the DTSTAMP of every event: when this build generated it, in UTC.
 */
export function renderCalendar(info: CalendarInfo, events: readonly PublishedEvent[], stamp: number): string {
  const calendar = ical({
    prodId: { company: 'Support Handbook', product: 'Rota calendar feeds', language: 'EN' },
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC as given, so escape them here.
    name: escape(info.name, false),
    description: escape(info.description, false),
    url: info.pageUrl,
    source: info.feedUrl,
    scale: 'gregorian',
    // No `ttl` here: ical-generator writes it after the VTIMEZONE; see refreshHints below.
  });
  // No calendar-wide zone name: with one, ical-generator would write DTSTAMP as local time instead
  // of UTC. The generator still adds a VTIMEZONE for the zone each event names.
  calendar.timezone({ name: null, generator: vtimezone });

  const dtstamp = new Date(Math.floor(stamp / 1000) * 1000);
  for (const event of events) {
    const zone = info.timeZone;
    // Zone-aware dates (TZDate, which ical-generator supports, as it does luxon's DateTime but at
    // about twice the speed): given a plain Date it would write the *machine's* local time.
    const times = event.time.allDay
      ? { allDay: true, start: localMidnight(event.time.start, zone), end: localMidnight(event.time.end, zone) }
      : { start: new TZDate(event.time.start, zone), end: new TZDate(event.time.end, zone) };
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: dtstamp,
      ...times,
      // DATE values ignore it, but naming the zone on all-day events too puts the VTIMEZONE in every feed.
      timezone: zone,
      summary: event.summary,
      description: event.description,
      url: event.url ?? null,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Shifts are not meetings: they must not block anyone's free/busy time.
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
      lastModified: event.lastModified === undefined ? null : new Date(event.lastModified),
    });
  }
  // Every content line ends with CRLF, the last one included (RFC 5545, 3.1).
  return `${withRefreshHints(calendar.toString())}\r\n`;
}

const refresh = isoDuration(REFRESH_SECONDS);
const REFRESH_HINTS = `REFRESH-INTERVAL;VALUE=DURATION:${refresh}\r\nX-PUBLISHED-TTL:${refresh}\r\n`;

/**
 * RFC 5545 (3.4, 3.6) puts every calendar property before the first component, but ical-generator
 * writes its `ttl` (REFRESH-INTERVAL, X-PUBLISHED-TTL) after the VTIMEZONE. So they are written
 * here, just before the first component, or before END:VCALENDAR in a feed with no events.
 */
function withRefreshHints(text: string): string {
  const first = text.search(/\r\nBEGIN:/);
  const at = first === -1 ? text.lastIndexOf('END:VCALENDAR') : first + 2;
  return text.slice(0, at) + REFRESH_HINTS + text.slice(at);
}

/** An RFC 5545 duration in its shortest form, as calendar apps write it: 3600 is PT1H. */
function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || seconds === 0 ? `${s}S` : ''}`;
}

// The generator reads the zone's file from disk on every call; a build asks once per feed.
const vtimezones = new Map<string, string | null>();
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) vtimezones.set(zone, getVtimezoneComponent(zone));
  return vtimezones.get(zone)!;
}

function localMidnight(date: string, zone: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, zone);
}
