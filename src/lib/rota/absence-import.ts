import { csvParse } from 'd3-dsv';
import ICAL from 'ical.js';
import type { WorkingHours } from '../calendar/working-hours.ts';
import { addDays, isCivilDate, type CivilDate } from '../time/civil-date.ts';
import { toZoned } from '../time/zoned-time.ts';
import { middayMinutes, type Absence, type AbsenceType } from './absences.ts';
import type { Person } from './model.ts';
import { wallInstant } from './rota.ts';

/**
 * Turning other systems' leave records into absences.yaml entries: a CSV export from the HR system
 * and an iCalendar "out of office" feed. Notes and event titles are never copied (they can say why
 * someone is away); the type is enough for the rota.
 */

export type ImportedAbsence = Omit<Absence, 'entry' | 'note'> & { type: AbsenceType };

export interface ImportResult {
  absences: ImportedAbsence[];
  /** Rows or events left out on purpose (not approved, cancelled, over), in words. */
  skipped: string[];
  /** Rows or events that could not be read, in words: the import stops on any of these. */
  problems: string[];
}

/** The HR export's columns, matched without regard to case or surrounding spaces. */
export const HR_COLUMNS = {
  email: 'Email',
  type: 'Absence type',
  start: 'Start date',
  end: 'End date',
  startHalf: 'Start half',
  endHalf: 'End half',
  status: 'Status',
} as const;

const REQUIRED: ReadonlyArray<keyof typeof HR_COLUMNS> = ['email', 'type', 'start', 'end'];

/** "Annual leave" and "Holiday" are holiday; anything with "sick" is sickness; the rest is other. */
export function absenceTypeFrom(text: string): AbsenceType {
  if (/sick|illness|unwell/i.test(text)) return 'sickness';
  if (/holiday|annual|vacation|leave|\bpto\b|out of office|\booo\b/i.test(text)) return 'holiday';
  return 'other';
}

export function absencesFromHrCsv(text: string, people: readonly Person[]): ImportResult {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const header = new Map(rows.columns.map((c) => [c.trim().toLowerCase(), c]));
  const column = (key: keyof typeof HR_COLUMNS) => header.get(HR_COLUMNS[key].toLowerCase());
  const missing = REQUIRED.filter((k) => !column(k)).map((k) => `"${HR_COLUMNS[k]}"`);
  if (missing.length)
    return {
      absences: [],
      skipped: [],
      problems: [`the CSV has no ${missing.join(', ')} column (it has: ${rows.columns.join(', ') || 'none'})`],
    };
  const byEmail = emailIndex(people);
  const result: ImportResult = { absences: [], skipped: [], problems: [] };
  rows.forEach((row, i) => {
    const line = `row ${i + 2}`;
    const get = (key: keyof typeof HR_COLUMNS) => {
      const name = column(key);
      return name === undefined ? '' : (row[name] ?? '').trim();
    };
    const status = get('status');
    if (status && !/^approved$/i.test(status)) {
      result.skipped.push(`${line}: status "${status}", not approved`);
      return;
    }
    const email = get('email');
    const person = byEmail.get(email.toLowerCase());
    if (!person) {
      result.problems.push(`${line}: "${email}" is not the email of anyone in people.yaml`);
      return;
    }
    const from = hrDate(get('start'));
    const to = hrDate(get('end'));
    if (!from || !to) {
      result.problems.push(`${line}: dates must be like 2027-01-25 or 25/01/2027 (start "${get('start')}", end "${get('end')}")`);
      return;
    }
    const startHalf = get('startHalf').toUpperCase();
    const endHalf = get('endHalf').toUpperCase();
    for (const [name, value] of [
      ['startHalf', startHalf],
      ['endHalf', endHalf],
    ] as const) {
      if (value && value !== 'AM' && value !== 'PM')
        result.problems.push(`${line}: "${HR_COLUMNS[name]}" must be AM, PM or empty, not "${value}"`);
    }
    const absence: ImportedAbsence = { person: person.id, from, to, type: absenceTypeFrom(get('type')) };
    if (startHalf === 'PM') absence.firstDay = 'afternoon';
    if (endHalf === 'AM') absence.lastDay = 'morning';
    result.absences.push(absence);
  });
  return result;
}

/** ISO dates, or the day-first dates a UK HR system writes. */
function hrDate(value: string): CivilDate | undefined {
  if (isCivilDate(value)) return value;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const date = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isCivilDate(date) ? date : undefined;
}

function emailIndex(people: readonly Person[]): Map<string, Person> {
  return new Map(people.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
}

export interface IcalImportOptions {
  people: readonly Person[];
  hours: WorkingHours;
  /** Whose feed it is, when its events do not say (an organizer's email is used otherwise). */
  person?: string | undefined;
  /** Events over before this instant are left out; recurring events are expanded up to `until`. */
  since: number;
  until: number;
  /** Take every busy event, not only those marked out of office or titled as leave. */
  all?: boolean | undefined;
}

/**
 * Out-of-office events from an iCalendar feed: Outlook's X-MICROSOFT-CDO-BUSYSTATUS:OOF, or any
 * event titled as leave or out of office. Timed events are widened to whole or half days, so a
 * clash is never missed: one starting before midday takes the whole first day, one ending after
 * midday the whole last day.
 */
export function absencesFromIcal(text: string, options: IcalImportOptions): ImportResult {
  const result: ImportResult = { absences: [], skipped: [], problems: [] };
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { ...result, problems: [`not an iCalendar file: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const byEmail = emailIndex(options.people);
  const ids = new Set(options.people.map((p) => p.id));
  if (options.person !== undefined && !ids.has(options.person))
    return { ...result, problems: [`"${options.person}" is not in people.yaml`] };
  const zone = options.hours.timeZone;
  const midday = middayMinutes(options.hours);
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) continue; // Moved occurrences come through the master's expansion below.
    const event = new ICAL.Event(vevent);
    const title = event.summary ?? '';
    const label = `event "${event.uid ?? title}"`;
    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      result.skipped.push(`${label}: cancelled`);
      continue;
    }
    const busy = String(vevent.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase();
    if (!options.all && busy !== 'OOF' && !/out of office|\booo\b|holiday|annual leave|\bleave\b|vacation|sick/i.test(title)) {
      result.skipped.push(`${label}: not marked out of office`);
      continue;
    }
    const organizer = String(vevent.getFirstPropertyValue('organizer') ?? '')
      .replace(/^mailto:/i, '')
      .toLowerCase();
    const person = options.person ?? byEmail.get(organizer)?.id;
    if (!person) {
      result.problems.push(`${label}: whose absence it is is unknown (organizer "${organizer || 'none'}"); give --person`);
      continue;
    }
    const type = busy === 'OOF' && !/sick|unwell|illness/i.test(title) ? absenceTypeFrom(title || 'out of office') : absenceTypeFrom(title);
    const occurrences: Array<{ start: ICAL.Time; end: ICAL.Time }> = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        if (details.startDate.toJSDate().getTime() >= options.until) break;
        occurrences.push({ start: details.startDate, end: details.endDate });
      }
    } else occurrences.push({ start: event.startDate, end: event.endDate });
    const tzid = (name: string) => {
      const value = vevent.getFirstProperty(name)?.getParameter('tzid');
      return typeof value === 'string' && isKnownZone(value) ? value : zone;
    };
    const zones = { start: tzid('dtstart'), end: vevent.hasProperty('dtend') ? tzid('dtend') : tzid('dtstart') };
    for (const { start, end } of occurrences) {
      const span = toDays(start, end, zone, midday, zones);
      if (!span) {
        result.problems.push(`${label}: it ends before it starts`);
        continue;
      }
      if (wallInstant({ date: addDays(span.to, 1), minutes: 0 }, zone) <= options.since) {
        result.skipped.push(`${label}: over before the import's start`);
        continue;
      }
      result.absences.push({ person, type, ...span });
    }
  }
  return result;
}

function toDays(
  start: ICAL.Time,
  end: ICAL.Time,
  zone: string,
  midday: number,
  zones: { start: string; end: string },
): Pick<Absence, 'from' | 'to' | 'firstDay' | 'lastDay'> | undefined {
  if (start.isDate) {
    // DTEND of an all-day event is the day after the last one (and may be left out for one day).
    const from = dateOf(start);
    const to = end.isDate && dateOf(end) > from ? addDays(dateOf(end), -1) : from;
    return { from, to };
  }
  const a = toZoned(instantOf(start, zones.start), zone);
  const b = toZoned(instantOf(end, zones.end), zone);
  if (b.date < a.date || (b.date === a.date && b.minutes <= a.minutes)) return undefined;
  const span: Pick<Absence, 'from' | 'to' | 'firstDay' | 'lastDay'> = { from: a.date, to: b.minutes === 0 ? addDays(b.date, -1) : b.date };
  if (a.minutes >= midday) span.firstDay = 'afternoon';
  if (b.minutes > 0 && b.minutes <= midday) span.lastDay = 'morning';
  if (span.to < span.from) span.to = span.from;
  if (span.from === span.to && span.firstDay && span.lastDay) delete span.lastDay;
  return span;
}

function dateOf(time: ICAL.Time): CivilDate {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

/** A timed value in UTC, or else local time in its TZID's zone (floating times: the rota's zone). */
function instantOf(time: ICAL.Time, zone: string): number {
  if (time.zone?.tzid === 'UTC') return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  return wallInstant({ date: dateOf(time), minutes: time.hour * 60 + time.minute }, zone);
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
