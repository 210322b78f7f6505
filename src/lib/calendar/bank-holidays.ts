import { addDays, civilDate, civilParts, isoWeekday, type CivilDate } from '../time/civil-date.ts';

export interface BankHoliday {
  date: CivilDate;
  title: string;
  /** True when worked out by rule because the published data does not reach this date. */
  estimated: boolean;
}

/** One division's events as gov.uk publishes them (https://www.gov.uk/bank-holidays.json). */
export interface PublishedDivision {
  division: string;
  events: ReadonlyArray<{ date: string; title: string; notes?: string }>;
}

export interface HolidayCalendar {
  /** The bank holiday on `date`, published or estimated, if there is one. */
  get(date: CivilDate): BankHoliday | undefined;
  /** First day the published data speaks for: 1 January of its first year. */
  readonly publishedFrom: CivilDate;
  /** Last day the published data speaks for: 31 December of its final year. */
  readonly publishedUntil: CivilDate;
  /** All holidays from `from` to `to` inclusive, in date order. */
  between(from: CivilDate, to: CivilDate): BankHoliday[];
}

/**
 * Bank holidays for England and Wales: the published list where it reaches, and the standing rules
 * after that. One-off holidays (a coronation, a jubilee) cannot be predicted, hence "estimated".
 */
export function createHolidayCalendar(published: PublishedDivision): HolidayCalendar {
  const known = new Map<CivilDate, BankHoliday>();
  let firstYear = Infinity;
  let lastYear = 0;
  for (const event of published.events) {
    known.set(event.date, { date: event.date, title: publishedTitle(event.title, event.notes), estimated: false });
    const { year } = civilParts(event.date);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  const publishedFrom = lastYear ? civilDate(firstYear, 1, 1) : '9999-01-01';
  const publishedUntil = lastYear ? civilDate(lastYear, 12, 31) : '0000-12-31';
  const estimatedYears = new Map<number, Map<CivilDate, BankHoliday>>();

  function estimatesFor(year: number): Map<CivilDate, BankHoliday> {
    let found = estimatedYears.get(year);
    if (!found) {
      found = new Map(englandAndWalesHolidaysByRule(year).map((h) => [h.date, h]));
      estimatedYears.set(year, found);
    }
    return found;
  }

  function get(date: CivilDate): BankHoliday | undefined {
    // Callers may pass only recent years (the calculator does), so dates on either side of the
    // published range fall back to the rules.
    if (date >= publishedFrom && date <= publishedUntil) return known.get(date);
    return estimatesFor(civilParts(date).year).get(date);
  }

  return {
    get,
    publishedFrom,
    publishedUntil,
    between(from, to) {
      const result: BankHoliday[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) {
        const holiday = get(d);
        if (holiday) result.push(holiday);
      }
      return result;
    },
  };
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

function firstMonday(year: number, month: number): CivilDate {
  const first = civilDate(year, month, 1);
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): CivilDate {
  const last = addDays(civilDate(year, month + 1, 1), -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

/** England and Wales bank holidays under the standing rules, with substitute days. */
export function englandAndWalesHolidaysByRule(year: number): BankHoliday[] {
  const holidays: Array<[CivilDate, string]> = [];
  const newYear = civilDate(year, 1, 1);
  const newYearWeekday = isoWeekday(newYear);
  holidays.push(
    newYearWeekday >= 6 ? [addDays(newYear, 8 - newYearWeekday), 'New Year’s Day (substitute day)'] : [newYear, 'New Year’s Day'],
  );
  const easter = easterSunday(year);
  holidays.push([addDays(easter, -2), 'Good Friday'], [addDays(easter, 1), 'Easter Monday']);
  holidays.push([firstMonday(year, 5), 'Early May bank holiday']);
  holidays.push([lastMonday(year, 5), 'Spring bank holiday']);
  holidays.push([lastMonday(year, 8), 'Summer bank holiday']);
  // Christmas and Boxing Day: a day falling at the weekend moves to the next free weekday.
  const christmas = civilDate(year, 12, 25);
  switch (isoWeekday(christmas)) {
    case 5: // Friday: Boxing Day (Saturday) moves to Monday
      holidays.push([christmas, 'Christmas Day'], [addDays(christmas, 3), 'Boxing Day (substitute day)']);
      break;
    case 6: // Saturday: both move, to Monday and Tuesday
      holidays.push([addDays(christmas, 2), 'Christmas Day (substitute day)'], [addDays(christmas, 3), 'Boxing Day (substitute day)']);
      break;
    case 7: // Sunday: Christmas moves to Tuesday, Boxing Day stays Monday
      holidays.push([addDays(christmas, 1), 'Boxing Day'], [addDays(christmas, 2), 'Christmas Day (substitute day)']);
      break;
    default:
      holidays.push([christmas, 'Christmas Day'], [addDays(christmas, 1), 'Boxing Day']);
  }
  return holidays.map(([date, title]) => ({ date, title, estimated: true })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** gov.uk keeps "Substitute day" in a separate notes field; readers need it in the name. */
function publishedTitle(title: string, notes = ''): string {
  const note = notes.trim();
  return note ? `${title.trim()} (${note.toLowerCase()})` : title.trim();
}

/**
 * The published days from `from` on, with only the fields the calendar reads: what a browser needs
 * to be sent. Earlier dates then fall back to the rules and are marked as estimates.
 */
export function trimPublished(published: PublishedDivision, from: CivilDate): PublishedDivision {
  return {
    division: published.division,
    events: published.events
      .filter((e) => e.date >= from)
      .map((e) => (e.notes ? { date: e.date, title: e.title, notes: e.notes } : { date: e.date, title: e.title })),
  };
}
