import { weekdayNumber, type WeekdayName } from '../time/civil-date.ts';
import { createHolidayCalendar, type PublishedDivision } from './bank-holidays.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-hours.ts';

/** The parts of the SLA data file that define working time. */
export interface WorkingTimeSettings {
  workingHours: { timeZone: string; start: string; end: string; weekdays: readonly WeekdayName[] };
}

/** The working calendar the SLA counts in, built from the SLA data file and the bank-holiday data. */
export function workingCalendarFromSla(settings: WorkingTimeSettings, holidays: PublishedDivision): WorkingCalendar {
  const { timeZone, start, end, weekdays } = settings.workingHours;
  return createWorkingCalendar({ timeZone, start, end, weekdays: weekdays.map(weekdayNumber) }, createHolidayCalendar(holidays));
}
