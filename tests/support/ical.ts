import ICAL from 'ical.js';

/**
 * Reads a generated feed the way a calendar app would, with ical.js and nothing of ours: times go
 * through the feed's own VTIMEZONE, so a wrong VTIMEZONE or a wrong local time shows up as a wrong
 * instant.
 */

// ical.js has no type for RFC 7986's NAME or the X-WR-* names, and would leave them escaped.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | undefined;
  sequence: number;
  status: string | undefined;
  transparency: string | undefined;
  allDay: boolean;
  /** All-day: "2026-12-23"; timed: ms since the epoch, through the VTIMEZONE. */
  start: string | number;
  end: string | number;
  tzid: string | undefined;
  /** DTSTAMP as written, e.g. "20261130T061500Z". */
  dtstampText: string;
  lastModified: number | undefined;
}

export interface ParsedFeed {
  name: string | undefined;
  description: string | undefined;
  refreshInterval: string | undefined;
  publishedTtl: string | undefined;
  source: string | undefined;
  timezones: string[];
  events: ParsedEvent[];
}

export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of timezones) {
    const tzid = String(zone.getFirstPropertyValue('tzid'));
    // Replace any zone a previous test registered, so this feed's own VTIMEZONE is what counts.
    if (ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.remove(tzid);
    ICAL.TimezoneService.register(zone);
  }
  const value = (c: ICAL.Component, name: string) => {
    const v = c.getFirstPropertyValue(name);
    return v === null || v === undefined ? undefined : String(v);
  };
  return {
    name: value(calendar, 'x-wr-calname'),
    description: value(calendar, 'x-wr-caldesc'),
    refreshInterval: value(calendar, 'refresh-interval'),
    publishedTtl: value(calendar, 'x-published-ttl'),
    source: value(calendar, 'source'),
    timezones: timezones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const allDay = event.startDate.isDate;
      const time = (t: ICAL.Time) => (allDay ? t.toString() : t.toJSDate().getTime());
      const lastModified = vevent.getFirstPropertyValue('last-modified');
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        url: value(vevent, 'url'),
        sequence: event.sequence,
        status: value(vevent, 'status'),
        transparency: value(vevent, 'transp'),
        allDay,
        start: time(event.startDate),
        end: time(event.endDate),
        tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
        dtstampText: /^DTSTAMP:(.*)$/m.exec(vevent.toString())?.[1]?.trim() ?? '',
        lastModified: lastModified instanceof ICAL.Time ? lastModified.toJSDate().getTime() : undefined,
      };
    }),
  };
}

/** Content lines after unfolding, for checks on the raw text. */
export function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}
