import ical, { ICalAttendeeRole, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import type { PagerShift } from './shift-rows.ts';

/**
 * A schedule calendar for a paging tool that reads iCal (Grafana OnCall, for one): one timed event
 * per shift whose title is the person's e-mail, which is how such tools find the user, with the
 * person also as ATTENDEE (mailto:) and the rotation in the description and CATEGORIES.
 */
export function pagerCalendar(
  shifts: readonly PagerShift[],
  info: { name: string; feedUrl: string; pageUrl: string; timeZone: string },
  stamp: number,
): string {
  const calendar = ical({
    prodId: { company: 'Support Handbook', product: 'Rota pager feed', language: 'EN' },
    name: info.name,
    url: info.pageUrl,
    source: info.feedUrl,
    ttl: 3600,
  });
  calendar.timezone({ name: null, generator: (zone) => getVtimezoneComponent(zone) });
  const dtstamp = new Date(Math.floor(stamp / 1000) * 1000);
  const host = new URL(info.pageUrl).host;
  for (const s of shifts) {
    calendar.createEvent({
      id: `pager/${s.id}@${host}`,
      stamp: dtstamp,
      start: new TZDate(s.start, info.timeZone),
      end: new TZDate(s.end, info.timeZone),
      timezone: info.timeZone,
      summary: s.email ?? s.name,
      description: `${s.name}${s.email ? ` <${s.email}>` : ' (no e-mail in people.yaml)'}: ${s.rotationName} (${s.kind === 'first-line' ? 'first line, working hours' : 'on call, out of hours'})`,
      categories: [{ name: s.rotation }],
      attendees: s.email ? [{ email: s.email, name: s.name, role: ICalAttendeeRole.REQ }] : [],
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    });
  }
  return `${calendar.toString()}\r\n`;
}
