import { createHolidayCalendar, type PublishedDivision } from '../calendar/bank-holidays.ts';
import { createWorkingCalendar, type WorkingHours } from '../calendar/working-hours.ts';
import { rememberZoneOffsets, zoneOffsetsAround, type ZoneOffsets } from '../time/zoned-time.ts';
import type { RotaData } from './model.ts';
import { createRota, type Rota } from './rota.ts';

/**
 * Everything the browser needs to rebuild the rota and its working calendar: the rota without
 * email addresses, the working hours, the published bank holidays (dates and names only) and the
 * zone's UTC offsets around the build, so the browser need not load time zone data to use them.
 */
export interface RotaBundle {
  rota: RotaData;
  hours: WorkingHours;
  holidays: PublishedDivision;
  offsets?: ZoneOffsets;
}

/** `now` is when the site is built: the offsets cover a year either side (outside it, Intl answers). */
export function bundleRota(data: RotaData, hours: WorkingHours, holidays: PublishedDivision, now?: number): RotaBundle {
  return {
    rota: {
      people: data.people.map(({ id, name, role, onCall }) => ({ id, name, role, onCall })),
      rotations: data.rotations,
      overrides: data.overrides,
      // Who is away when, for marking shifts: not why (the type and note stay out of the site).
      absences: (data.absences ?? []).map(({ entry, person, from, to, firstDay, lastDay }) => ({
        entry,
        person,
        from,
        to,
        ...(firstDay ? { firstDay } : {}),
        ...(lastDay ? { lastDay } : {}),
      })),
    },
    hours: { timeZone: hours.timeZone, start: hours.start, end: hours.end, weekdays: [...hours.weekdays] },
    holidays: {
      division: holidays.division,
      events: holidays.events.map(({ date, title, notes }) => (notes ? { date, title, notes } : { date, title })),
    },
    ...(now === undefined ? {} : { offsets: zoneOffsetsAround(hours.timeZone, now) }),
  };
}

export function rotaFromBundle(bundle: RotaBundle): Rota {
  if (bundle.offsets) rememberZoneOffsets(bundle.offsets);
  return createRota(bundle.rota, createWorkingCalendar(bundle.hours, createHolidayCalendar(bundle.holidays)));
}
