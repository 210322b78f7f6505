// Reading the project's data files from build scripts and CLIs, outside Astro's content layer,
// with the same schemas and errors that name the file and field.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { slaSchema, type SlaData } from '../../src/schemas/sla.ts';
import { bankHolidaysFileSchema } from '../../src/schemas/bank-holidays.ts';
import { workingCalendarFromSla } from '../../src/lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';

export class ContentFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Parses a YAML or JSON file and validates it, turning any failure into a ContentFileError. */
export function readDataFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const file = relative(process.cwd(), path) || path;
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ContentFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ContentFileError(
      file,
      result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`),
    );
  }
  return result.data;
}

export function readSla(path = 'content/sla.yaml'): SlaData {
  return readDataFile(path, slaSchema);
}

/** The working calendar from content/sla.yaml and content/bank-holidays.json. */
export function readWorkingCalendar(slaPath = 'content/sla.yaml', holidaysPath = 'content/bank-holidays.json'): WorkingCalendar {
  const sla = readSla(slaPath);
  const holidays = readDataFile(holidaysPath, bankHolidaysFileSchema);
  const division = holidays[sla.bankHolidays.division];
  if (!division) throw new ContentFileError(holidaysPath, [`${sla.bankHolidays.division}: division named in ${slaPath} is missing`]);
  return workingCalendarFromSla(sla, division);
}
