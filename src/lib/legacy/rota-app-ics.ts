import { renderCalendar } from '../feeds/ical.ts';
import type { PublishedEvent } from '../feeds/model.ts';
import { addDays } from '../time/civil-date.ts';
import type { LegacyPerson, OutOfHoursRow, SupportRow } from './rota-app.ts';

/**
 * The old rota app's two calendars, `/support/rota.ics` and `/out-of-hours/rota.ics`: one all-day
 * event per merged entry of the JSON (iCalendar's end date is the day after the inclusive one).
 */
export function legacySupportCalendar(rows: readonly SupportRow[], site: string, timeZone: string, stamp: number): string {
  const events = rows.map((r): PublishedEvent => ({
    uid: `rota-app-support-${r.start_date}@${new URL(site).host}`,
    time: { allDay: true, start: r.start_date, end: addDays(r.end_date, 1) },
    summary: `Support: ${label(r.developer)} and ${label(r.ops)}`,
    description: `Developer: ${contact(r.developer)}\nOps: ${contact(r.ops)}`,
    status: 'confirmed',
    sequence: 0,
  }));
  return renderCalendar(
    {
      name: 'Support rota',
      description: 'First-line support, one event per run of days (old rota app address)',
      feedUrl: `${site}/support/rota.ics`,
      pageUrl: `${site}/rota/`,
      timeZone,
    },
    events,
    stamp,
  );
}

export function legacyOutOfHoursCalendar(rows: readonly OutOfHoursRow[], site: string, timeZone: string, stamp: number): string {
  const events = rows.map((r): PublishedEvent => ({
    uid: `rota-app-out-of-hours-${r.start_date}@${new URL(site).host}`,
    time: { allDay: true, start: r.start_date, end: addDays(r.end_date, 1) },
    summary: `Out of hours: ${r.first_line.name} and ${r.second_line.name}`,
    description: `First line: ${contact(r.first_line)}\nSecond line: ${contact(r.second_line)}`,
    status: 'confirmed',
    sequence: 0,
  }));
  return renderCalendar(
    {
      name: 'Out-of-hours rota',
      description: 'On call, one event per run of days (old rota app address)',
      feedUrl: `${site}/out-of-hours/rota.ics`,
      pageUrl: `${site}/rota/`,
      timeZone,
    },
    events,
    stamp,
  );
}

function label(person: LegacyPerson | null): string {
  return person?.name ?? 'nobody';
}

function contact(person: LegacyPerson | null): string {
  if (!person) return 'nobody';
  return person.email ? `${person.name} <${person.email}>` : person.name;
}
