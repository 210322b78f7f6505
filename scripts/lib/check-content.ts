// Every data file the site is built from, checked before Astro starts: content/sla.yaml,
// content/bank-holidays.json, content/rota/*.yaml and the front matter of content/runbooks/*.md.
// The same schemas (src/schemas) and cross-checks (src/lib/rota, src/lib/runbooks) as the pages
// use, so a mistake stops the build with one line per problem, naming the file and the field or
// entry, instead of a stack trace from whichever page met it first. Used by the build
// (src/integrations/content-check.ts) and by `npm run check:content`.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentFileError, readDataFile } from './content-files.ts';
import { slaSchema, type SlaData } from '../../src/schemas/sla.ts';
import { bankHolidaysFileSchema } from '../../src/schemas/bank-holidays.ts';
import { contactsSchema } from '../../src/schemas/contacts.ts';
import { overridesFileSchema, peopleFileSchema, rotaSettingsSchema, rotationsFileSchema } from '../../src/schemas/rota.ts';
import { workingCalendarFromSla } from '../../src/lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';
import { checkRota } from '../../src/lib/rota/check.ts';
import { checkRotaData } from '../../src/lib/rota/validate.ts';
import { formatProblem, ROTA_FILES, STRICTNESS_HINT } from '../../src/lib/rota/problems.ts';
import { readRunbooks } from '../../src/lib/runbooks/read-runbooks.ts';
import { RESERVED_RUNBOOK_SLUGS } from '../../src/lib/runbooks/collection-checks.ts';

export const DATA_FILES = {
  sla: 'content/sla.yaml',
  bankHolidays: 'content/bank-holidays.json',
  contacts: 'content/contacts.yaml',
  rota: ROTA_FILES,
  runbooks: 'content/runbooks',
  /** Pages under /runbooks/ that come from the docs collection, so no runbook may take their name. */
  runbookDocs: 'content/docs/runbooks',
} as const;

export interface ContentCheck {
  /** One entry per problem, each starting with the file it is in. Any error fails the build. */
  errors: string[];
  /** Rota look-ahead warnings (gaps, clashes, a short plan); errors instead with strictness: error. */
  warnings: string[];
}

/**
 * Checks every data file of the project in `root` (by default the current directory). Messages
 * name files by their paths from the root, e.g. content/rota/overrides.yaml.
 */
export function checkContent(options: { root?: string; now?: number } = {}): ContentCheck {
  const root = options.root ?? process.cwd();
  const errors: string[] = [];
  const warnings: string[] = [];
  /** Reads one file, recording its problems instead of stopping at the first file with any. */
  const read = <S extends z.ZodType>(path: string, schema: S): z.infer<S> | undefined => {
    try {
      return readDataFile(join(root, path), schema, path);
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      errors.push(...error.problems.map((problem) => `${error.file}: ${problem}`));
      return undefined;
    }
  };

  read(DATA_FILES.contacts, contactsSchema);

  // The SLA's working hours and the bank holidays of its division make the working calendar.
  const sla: SlaData | undefined = read(DATA_FILES.sla, slaSchema);
  const holidays = read(DATA_FILES.bankHolidays, bankHolidaysFileSchema);
  let calendar: WorkingCalendar | undefined;
  if (sla && holidays) {
    const division = holidays[sla.bankHolidays.division];
    if (division) calendar = workingCalendarFromSla(sla, division);
    else {
      errors.push(
        `${DATA_FILES.bankHolidays}: ${sla.bankHolidays.division}: this division is missing, but ${DATA_FILES.sla} ` +
          `(bankHolidays.division) names it; add it from gov.uk with npm run update:bank-holidays, or name one the file has (${Object.keys(holidays).join(', ') || 'none'})`,
      );
    }
  }

  // The rota: each file against its schema, then (with a calendar to count in) against each other.
  const files = DATA_FILES.rota;
  const people = read(files.people, peopleFileSchema);
  const rotations = read(files.rotations, rotationsFileSchema);
  const overrides = read(files.overrides, overridesFileSchema);
  const settings = read(files.settings, rotaSettingsSchema);
  if (people && rotations && overrides && settings) {
    const data = { people, rotations, overrides: overrides.map((o, i) => ({ ...o, entry: i + 1 })) };
    // Without a working calendar the look-ahead checks cannot run, but references between the files can.
    const problems = calendar
      ? checkRota(data, { calendar, files, now: options.now ?? Date.now(), settings }).problems
      : checkRotaData(data, files, sla?.workingHours.timeZone ?? 'Europe/London');
    for (const problem of problems) (problem.severity === 'error' ? errors : warnings).push(formatProblem(problem));
  }

  // Runbooks: each file's front matter, then the collection (one runbook per alert, related runbooks exist, the outline).
  errors.push(...readRunbooks(join(root, DATA_FILES.runbooks), root, [...RESERVED_RUNBOOK_SLUGS, ...runbookDocSlugs(root)]).problems);

  return { errors, warnings };
}

/** "how-to-write-a-runbook" for content/docs/runbooks/how-to-write-a-runbook.mdx, as the docs collection names it. */
function runbookDocSlugs(root: string): string[] {
  const dir = join(root, DATA_FILES.runbookDocs);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^[^_].*\.mdx?$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/').replace(/\.mdx?$/, '').toLowerCase());
}

/** The rota look-ahead warnings as the build and `npm run check:content` print them, one a line. */
export function formatContentWarnings(warnings: readonly string[]): string {
  return [
    `${warnings.length} rota warning${warnings.length === 1 ? '' : 's'}:`,
    ...warnings.map((w) => `  - ${w}`),
    STRICTNESS_HINT,
  ].join('\n');
}

/** The report the build and `npm run check:content` print: every error, one a line, by file. */
export function formatContentErrors(errors: readonly string[]): string {
  const heading = `${errors.length === 1 ? '1 problem' : `${errors.length} problems`} in the data files; fix ${errors.length === 1 ? 'it' : 'them'} and build again:`;
  // A YAML syntax message carries a few lines of the file; keep them indented under their item.
  return [heading, ...errors.map((e) => `  - ${e.replace(/\n/g, '\n    ')}`)].join('\n');
}
