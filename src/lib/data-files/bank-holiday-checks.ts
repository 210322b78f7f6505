/** Sanity checks on content/bank-holidays.json that a per-event schema cannot make. */
import type { z } from 'astro/zod';
import type { bankHolidaysFileSchema } from '../../schemas/bank-holidays.ts';
import { isoWeekday } from '../time/civil-date.ts';
import { dataError, type DataProblem } from './problems.ts';

type BankHolidaysFile = z.infer<typeof bankHolidaysFileSchema>;

/** England and Wales have eight bank holidays in a usual year (more in a jubilee or coronation year). */
const USUAL_EVENTS: Record<string, number> = { 'england-and-wales': 8 };

/**
 * Per division: no date twice, none on a weekend, the years contiguous, and (England and Wales)
 * at least the usual eight events a year. A year standing apart from the rest (2207 for 2027)
 * is named as such, so coverage is never worked out from it.
 */
export function bankHolidayProblems(file: BankHolidaysFile, path: string): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const [key, division] of Object.entries(file)) {
    const seen = new Map<string, { index: number; title: string }>();
    division.events.forEach((event, index) => {
      const where = `${key}.events.${index} (${event.date} ${event.title})`;
      const earlier = seen.get(event.date);
      if (earlier) {
        problems.push(
          dataError(path, where, `the date is listed twice (also events.${earlier.index}, "${earlier.title}")`, 'keep one entry per date'),
        );
      } else seen.set(event.date, { index, title: event.title });
      if (isoWeekday(event.date) > 5) {
        problems.push(
          dataError(path, where, 'falls on a weekend; bank holidays are weekdays (a holiday on a weekend is moved to a substitute day)'),
        );
      }
    });
    const years = [...new Set(division.events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
    const main = mainRun(years);
    for (const year of years.filter((y) => y > main.last)) {
      const event = division.events.find((e) => e.date.startsWith(String(year)))!;
      problems.push(
        dataError(
          path,
          `${key}, ${event.date} ${event.title}`,
          `the year ${year} stands apart from the rest, which run to ${main.last}`,
          `is the year mistyped? Coverage counts only to ${main.last}`,
        ),
      );
    }
    const first = years[0] ?? main.first;
    for (let year = first + 1; year < main.last; year++) {
      if (!years.includes(year))
        problems.push(
          dataError(path, key, `has no events in ${year}, between ${first} and ${main.last}`, 'the years must follow on from each other'),
        );
    }
    const usual = USUAL_EVENTS[key];
    if (usual) {
      for (const year of years.filter((y) => y <= main.last)) {
        const count = division.events.filter((e) => e.date.startsWith(String(year))).length;
        if (count < usual)
          problems.push(
            dataError(
              path,
              `${key}, ${year}`,
              `has ${count} bank holiday${count === 1 ? '' : 's'}; a year has at least ${usual}`,
              'is an event missing?',
            ),
          );
      }
    }
  }
  return problems;
}

/** The longest run of consecutive years (the earliest of equal runs): the published years proper. */
function mainRun(years: readonly number[]): { first: number; last: number } {
  const runs: Array<{ first: number; last: number }> = [];
  for (const year of years) {
    const current = runs.at(-1);
    if (current && year === current.last + 1) current.last = year;
    else runs.push({ first: year, last: year });
  }
  return runs.reduce((best, r) => (r.last - r.first > best.last - best.first ? r : best), runs[0] ?? { first: 0, last: 0 });
}
