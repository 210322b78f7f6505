/** content/sla.yaml and content/bank-holidays.json, and the working calendar they make together. */
import type { SlaData } from '../../schemas/sla.ts';
import type { PublishedDivision } from '../calendar/bank-holidays.ts';
import { workingCalendarFromSla } from '../calendar/from-sla.ts';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { bankHolidayProblems } from './bank-holiday-checks.ts';
import { BANK_HOLIDAYS_FILE, SLA_FILE } from './files.ts';
import { DataFileError, dataError, type DataProblem } from './problems.ts';
import { loadDataFile } from './read.ts';

export interface WorkingTimeFiles {
  sla?: SlaData | undefined;
  /** The published holidays of the SLA's division. */
  holidays?: PublishedDivision | undefined;
  calendar?: WorkingCalendar | undefined;
  problems: DataProblem[];
}

/** The one wording of "the SLA names a division the holiday file does not have". */
export function missingDivisionProblem(division: string, available: readonly string[]): DataProblem {
  return dataError(
    BANK_HOLIDAYS_FILE.path,
    division,
    `this division is missing, but ${SLA_FILE.path} (bankHolidays.division) names it`,
    `add it from gov.uk with npm run update:bank-holidays, or name one the file has: ${available.join(', ') || 'none'}`,
  );
}

/** Reads both files (paths from `root`), checks them and, when they are sound, builds the working calendar. */
export function loadWorkingTime(root: string, paths: { sla?: string; bankHolidays?: string } = {}): WorkingTimeFiles {
  const sla = loadDataFile(root, paths.sla ?? SLA_FILE.path, SLA_FILE.schema);
  const file = loadDataFile(root, paths.bankHolidays ?? BANK_HOLIDAYS_FILE.path, BANK_HOLIDAYS_FILE.schema);
  const problems = [...sla.problems, ...file.problems];
  if (file.data) problems.push(...bankHolidayProblems(file.data, BANK_HOLIDAYS_FILE.path));
  if (!sla.data || !file.data) return { sla: sla.data, problems };
  const division = file.data[sla.data.bankHolidays.division];
  if (!division)
    return { sla: sla.data, problems: [...problems, missingDivisionProblem(sla.data.bankHolidays.division, Object.keys(file.data))] };
  const holidays: PublishedDivision = { division: division.division, events: division.events };
  if (problems.some((p) => p.severity === 'error')) return { sla: sla.data, holidays, problems };
  return { sla: sla.data, holidays, calendar: workingCalendarFromSla(sla.data, holidays), problems };
}

/** The SLA data; throws DataFileError naming file and field. */
export function readSla(root: string = process.cwd(), path?: string): SlaData {
  const result = loadDataFile(root, path ?? SLA_FILE.path, SLA_FILE.schema);
  if (!result.data) throw new DataFileError(result.problems);
  return result.data;
}

/** The working calendar from content/sla.yaml and content/bank-holidays.json; throws DataFileError. */
export function readWorkingCalendar(root: string = process.cwd(), paths: { sla?: string; bankHolidays?: string } = {}): WorkingCalendar {
  const result = loadWorkingTime(root, paths);
  if (!result.calendar) throw new DataFileError(result.problems);
  return result.calendar;
}
