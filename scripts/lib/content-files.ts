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
import { jsonSyntaxError } from './json-syntax.ts';

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

/**
 * Parses a YAML or JSON file and validates it, turning any failure into a ContentFileError.
 * Messages name the file as `name` (by default, its path from the current directory).
 */
export function readDataFile<S extends z.ZodType>(path: string, schema: S, name?: string): z.infer<S> {
  const file = name ?? (relative(process.cwd(), path) || path);
  const json = path.endsWith('.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentFileError(file, [`cannot be read: ${error instanceof Error ? error.message : String(error)}`]);
  }
  let raw: unknown;
  try {
    raw = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    // YAML's message gives the line and column with an excerpt of the file; JSON.parse's may not.
    const at = json ? jsonSyntaxError(text) : undefined;
    const message = at ? `unexpected ${at.found} at line ${at.line}, column ${at.column}` : tidyParserMessage(error instanceof Error ? error.message : String(error));
    throw new ContentFileError(file, [`is not valid ${json ? 'JSON' : 'YAML'}: ${message}`]);
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new ContentFileError(file, result.error.issues.map((issue) => `${fieldName(issue.path, raw)}: ${issueMessage(issue)}`));
  }
  return result.data;
}

/** The schema's message, saying "is missing" rather than "expected string, received undefined" for a field left out. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined;
  if (!missing) return issue.message;
  const expected = issue.message.replace(/^Invalid (input|option): /, '').replace(/, received undefined$/, '');
  return expected === issue.message ? `is missing: ${issue.message}` : `is missing (${expected})`;
}

/** A YAML parser message without the blank lines around its excerpt of the file. */
export function tidyParserMessage(message: string): string {
  return message.replace(/\n[ \t]*(?=\n)/g, '').trimEnd();
}

/**
 * Where in the file an issue is: "workingHours.start", or in a file that is a list (the rota files)
 * "entry 2 (zoe-martin), onCall", counting from 1 as people do and as the rota's own checks do.
 */
function fieldName(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return '(top level)';
  const [first, ...rest] = path;
  if (!Array.isArray(raw) || typeof first !== 'number') return path.map(String).join('.');
  const item: unknown = raw[first];
  const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? ` (${item.id})` : '';
  return `entry ${first + 1}${id}${rest.length ? `, ${rest.map(String).join('.')}` : ''}`;
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
