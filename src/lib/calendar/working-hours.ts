import { addDays, isoWeekday, type CivilDate } from '../time/civil-date.ts';
import { fromZoned, parseClockTime, toZoned } from '../time/zoned-time.ts';
import type { BankHoliday, HolidayCalendar } from './bank-holidays.ts';
import { isEndOfDay } from '../time/clock-time.ts';

/** When the team works: the same local hours on each working weekday, in one time zone. */
export interface WorkingHours {
  timeZone: string;
  /** "HH:mm", local time. */
  start: string;
  end: string;
  /** ISO weekdays worked, Monday 1 ... Sunday 7. */
  weekdays: readonly number[];
}

/** One stretch of working time, e.g. Thursday 10:00-18:00, as instants (ms since the epoch). */
export interface WorkingPeriod {
  date: CivilDate;
  start: number;
  end: number;
}

export type DayOff = { kind: 'weekend' } | { kind: 'bank-holiday'; holiday: BankHoliday };

export interface WorkingCalendar {
  readonly hours: WorkingHours;
  readonly holidays: HolidayCalendar;
  /** Why `date` has no working hours, or undefined when it is a working day. */
  dayOff(date: CivilDate): DayOff | undefined;
  /** The working period on `date`, if it is a working day. */
  periodOn(date: CivilDate): WorkingPeriod | undefined;
  /** The period containing `instant`, or else the first one starting after it. */
  periodAtOrAfter(instant: number): WorkingPeriod;
  /** The period containing `instant`, or else the last one ending at or before it. */
  periodAtOrBefore(instant: number): WorkingPeriod;
  /** Working periods overlapping [from, to), in order. Cost grows with days, not minutes. */
  periodsBetween(from: number, to: number): WorkingPeriod[];
  /** Local date in the calendar's zone at `instant`. */
  localDate(instant: number): CivilDate;
}

/** A year without a single working day means the configuration is wrong; stop rather than loop. */
const MAX_SEARCH_DAYS = 366;

export function createWorkingCalendar(hours: WorkingHours, holidays: HolidayCalendar): WorkingCalendar {
  const startMinutes = parseClockTime(hours.start);
  // "24:00" or "23:59" works the day to midnight: a whole day, not one with a minute's gap at the end
  // (which would make an on-call shift of one minute every night).
  const toMidnight = isEndOfDay(hours.end);
  const endMinutes = toMidnight ? 24 * 60 : parseClockTime(hours.end);
  if (endMinutes <= startMinutes) throw new Error(`Working hours must end after they start (got ${hours.start}-${hours.end})`);
  if (hours.weekdays.length === 0) throw new Error('Working hours need at least one weekday');
  const { timeZone } = hours;
  const periodCache = new Map<CivilDate, WorkingPeriod | null>();

  function dayOff(date: CivilDate): DayOff | undefined {
    const holiday = holidays.get(date);
    if (holiday) return { kind: 'bank-holiday', holiday };
    if (!hours.weekdays.includes(isoWeekday(date))) return { kind: 'weekend' };
    return undefined;
  }

  function periodOn(date: CivilDate): WorkingPeriod | undefined {
    let period = periodCache.get(date);
    if (period === undefined) {
      period = dayOff(date)
        ? null
        : {
            date,
            start: fromZoned({ date, minutes: startMinutes }, timeZone),
            end: toMidnight
              ? fromZoned({ date: addDays(date, 1), minutes: 0 }, timeZone)
              : fromZoned({ date, minutes: endMinutes }, timeZone),
          };
      periodCache.set(date, period);
    }
    return period ?? undefined;
  }

  function localDate(instant: number): CivilDate {
    return toZoned(instant, timeZone).date;
  }

  function periodAtOrAfter(instant: number): WorkingPeriod {
    let date = localDate(instant);
    for (let i = 0; i <= MAX_SEARCH_DAYS; i++, date = addDays(date, 1)) {
      const period = periodOn(date);
      if (period && period.end > instant) return period;
    }
    throw new Error(`No working day within ${MAX_SEARCH_DAYS} days of ${new Date(instant).toISOString()}`);
  }

  function periodAtOrBefore(instant: number): WorkingPeriod {
    let date = localDate(instant);
    for (let i = 0; i <= MAX_SEARCH_DAYS; i++, date = addDays(date, -1)) {
      const period = periodOn(date);
      if (period && period.start <= instant) return period;
    }
    throw new Error(`No working day within ${MAX_SEARCH_DAYS} days before ${new Date(instant).toISOString()}`);
  }

  function periodsBetween(from: number, to: number): WorkingPeriod[] {
    const periods: WorkingPeriod[] = [];
    for (let date = localDate(from), last = localDate(to); date <= last; date = addDays(date, 1)) {
      const period = periodOn(date);
      if (period && period.end > from && period.start < to) periods.push(period);
    }
    return periods;
  }

  return { hours, holidays, dayOff, periodOn, periodAtOrAfter, periodAtOrBefore, periodsBetween, localDate };
}
