import { createHolidayCalendar, type PublishedDivision } from '../calendar/bank-holidays.ts';
import { createWorkingCalendar, type WorkingHours } from '../calendar/working-hours.ts';
import type { RotaData } from './model.ts';
import { createRota, type Rota } from './rota.ts';

/**
 * Everything the browser needs to rebuild the rota and its working calendar: the rota without
 * email addresses, the working hours and the published bank holidays (dates and names only).
 */
export interface RotaBundle {
  rota: RotaData;
  hours: WorkingHours;
  holidays: PublishedDivision;
}

export function bundleRota(data: RotaData, hours: WorkingHours, holidays: PublishedDivision): RotaBundle {
  return {
    rota: {
      people: data.people.map(({ id, name, role, onCall }) => ({ id, name, role, onCall })),
      rotations: data.rotations,
      overrides: data.overrides,
    },
    hours: { timeZone: hours.timeZone, start: hours.start, end: hours.end, weekdays: [...hours.weekdays] },
    holidays: { division: holidays.division, events: holidays.events.map(({ date, title, notes }) => (notes ? { date, title, notes } : { date, title })) },
  };
}

export function rotaFromBundle(bundle: RotaBundle): Rota {
  return createRota(bundle.rota, createWorkingCalendar(bundle.hours, createHolidayCalendar(bundle.holidays)));
}
