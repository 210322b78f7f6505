// Build-time access to the SLA data for pages and islands. Lives beside the components because it
// uses Astro's content layer; the engine itself (src/lib/sla) never does.
import { getEntry } from 'astro:content';
import { trimPublished, type PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import { workingCalendarFromSla } from '../../lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../../lib/calendar/working-hours.ts';
import type { SlaTerms } from '../../lib/sla/terms.ts';
import { zoneOffsetsAround, type ZoneOffsets } from '../../lib/time/zoned-time.ts';

export interface SlaSources {
  terms: SlaTerms;
  agreementDate: Date;
  holidays: PublishedDivision;
  calendar: WorkingCalendar;
}

let cached: Promise<SlaSources> | undefined;

export function loadSla(): Promise<SlaSources> {
  cached ??= (async () => {
    const entry = await getEntry('sla', 'sla');
    if (!entry) throw new Error('content/sla.yaml is missing');
    const { agreementDate, ...terms } = entry.data;
    const division = await getEntry('bankHolidays', terms.bankHolidays.division);
    if (!division) throw new Error(`content/bank-holidays.json has no division "${terms.bankHolidays.division}"`);
    const holidays: PublishedDivision = { division: division.data.division, events: division.data.events };
    return { terms, agreementDate, holidays, calendar: workingCalendarFromSla(terms, holidays) };
  })();
  return cached;
}

/** The holiday data the calculator island gets: from the start of last year on (see trimPublished). */
export function holidaysForIsland(holidays: PublishedDivision, today = new Date()): PublishedDivision {
  return trimPublished(holidays, `${today.getUTCFullYear() - 1}-01-01`);
}

/** The zone's offsets the SLA islands get, so their first result needs no time zone data (see useSlaCalendar). */
export function offsetsForIsland(terms: SlaTerms, now = Date.now()): ZoneOffsets {
  return zoneOffsetsAround(terms.workingHours.timeZone, now);
}
