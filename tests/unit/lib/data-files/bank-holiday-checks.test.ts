import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankHolidayProblems } from '../../../../src/lib/data-files/bank-holiday-checks.ts';
import { formatDataProblem } from '../../../../src/lib/data-files/problems.ts';
import { bankHolidaysFileSchema } from '../../../../src/schemas/bank-holidays.ts';
import { englandAndWalesHolidaysByRule } from '../../../../src/lib/calendar/bank-holidays.ts';

type File = ReturnType<typeof bankHolidaysFileSchema.parse>;
const real = bankHolidaysFileSchema.parse(JSON.parse(readFileSync('content/bank-holidays.json', 'utf8')));
const FILE = 'content/bank-holidays.json';

/** England and Wales for the given years, by rule, so each year is complete. */
function englandAndWales(years: number[], edit: (events: Array<{ title: string; date: string; notes: string }>) => void = () => {}): File {
  const events = years.flatMap((y) => englandAndWalesHolidaysByRule(y).map((h) => ({ title: h.title, date: h.date, notes: '' })));
  edit(events);
  return { 'england-and-wales': { division: 'england-and-wales', events } };
}

const problems = (file: File) => bankHolidayProblems(file, FILE).map(formatDataProblem);

describe('bank-holiday data sanity', () => {
  it('the real file has no findings', () => {
    expect(problems(real)).toEqual([]);
  });

  it('a year standing apart (2207 for 2027) is named, and so is the year it leaves short', () => {
    const file = englandAndWales([2024, 2025, 2026, 2027], (events) => {
      events.find((e) => e.date === '2027-12-28')!.date = '2207-12-28';
    });
    expect(problems(file)).toEqual([
      `${FILE}, england-and-wales, 2207-12-28 Boxing Day (substitute day): the year 2207 stands apart from the rest, which run to 2027 (is the year mistyped? Coverage counts only to 2027)`,
      `${FILE}, england-and-wales, 2027: has 7 bank holidays; a year has at least 8 (is an event missing?)`,
    ]);
  });

  it('a whole year missing in the middle', () => {
    expect(problems(englandAndWales([2023, 2024, 2026, 2027, 2028]))).toEqual([
      `${FILE}, england-and-wales: has no events in 2025, between 2023 and 2028 (the years must follow on from each other)`,
    ]);
  });

  it('a date listed twice names both events, so Christmas Day is never silently retitled', () => {
    const file = englandAndWales([2026], (events) => {
      events.find((e) => e.date === '2026-12-28')!.date = '2026-12-25';
    });
    expect(problems(file)[0]).toMatch(
      /england-and-wales\.events\.7 \(2026-12-25 Boxing Day \(substitute day\)\): the date is listed twice \(also events\.6, "Christmas Day"\)/,
    );
  });

  it('a holiday on a weekend', () => {
    const file = englandAndWales([2026], (events) => {
      events.find((e) => e.date === '2026-05-04')!.date = '2026-05-02';
    });
    expect(problems(file)).toEqual([
      `${FILE}, england-and-wales.events.3 (2026-05-02 Early May bank holiday): falls on a weekend; bank holidays are weekdays (a holiday on a weekend is moved to a substitute day)`,
    ]);
  });

  it('Scotland and Northern Ireland are not held to England and Wales’s count', () => {
    expect(problems({ scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '' }] } })).toEqual(
      [],
    );
  });
});
