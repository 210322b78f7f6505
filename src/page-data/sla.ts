// The SLA data for pages and islands, from the build's one data check (src/lib/data-files/project.ts).
// The engine itself (src/lib/sla) never reads files.
import { trimPublished, type PublishedDivision } from '../lib/calendar/bank-holidays.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { projectData } from '../lib/data-files/project.ts';
import type { SlaTerms } from '../lib/sla/terms.ts';
import { zoneOffsetsAround, type ZoneOffsets } from '../lib/time/zoned-time.ts';

export interface SlaSources {
  terms: SlaTerms;
  agreementDate: Date;
  holidays: PublishedDivision;
  calendar: WorkingCalendar;
}

export async function loadSla(): Promise<SlaSources> {
  const { sla, holidays, calendar } = projectData();
  const { agreementDate, ...terms } = sla;
  return { terms, agreementDate, holidays, calendar };
}

/** The holiday data the calculator island gets: from the start of last year on (see trimPublished). */
export function holidaysForIsland(holidays: PublishedDivision, today = new Date()): PublishedDivision {
  return trimPublished(holidays, `${today.getUTCFullYear() - 1}-01-01`);
}

/** The zone's offsets the SLA islands get, so their first result needs no time zone data (see useSlaCalendar). */
export function offsetsForIsland(terms: SlaTerms, now = Date.now()): ZoneOffsets {
  return zoneOffsetsAround(terms.workingHours.timeZone, now);
}
