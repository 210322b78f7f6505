import { useMemo } from 'preact/hooks';
import type { PublishedDivision } from '../../lib/calendar/bank-holidays.ts';
import { workingCalendarFromSla } from '../../lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../../lib/calendar/working-hours.ts';
import type { SlaTerms } from '../../lib/sla/terms.ts';
import { rememberZoneOffsets, type ZoneOffsets } from '../../lib/time/zoned-time.ts';

/**
 * The working calendar for an SLA island. With the zone's offsets from the build, the island's
 * first result needs no time zone data from the browser, whose first lookup of a zone costs tens
 * of milliseconds on the main thread (most of the page's blocking time on a phone).
 */
export function useSlaCalendar(terms: SlaTerms, holidays: PublishedDivision, offsets: ZoneOffsets | undefined): WorkingCalendar {
  return useMemo(() => {
    if (offsets) rememberZoneOffsets(offsets);
    return workingCalendarFromSla(terms, holidays);
  }, [terms, holidays, offsets]);
}
