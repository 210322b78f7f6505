// Imports absences into content/rota/absences.yaml: `npm run import:absences -- --help`.
// From the HR system's CSV export (--hr), or an iCalendar "out of office" feed, a file or an
// address (--ical). Prints the new entries as YAML, or adds them to the file with --write.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { absencesFromHrCsv, absencesFromIcal, HR_COLUMNS, type ImportedAbsence, type ImportResult } from '../lib/rota/absence-import.ts';
import { ROTA_FILES } from '../lib/rota/problems.ts';
import { DataFileError } from '../lib/data-files/problems.ts';
import { readRotaData } from '../lib/data-files/rota-files.ts';
import { readWorkingCalendar } from '../lib/data-files/working-time-files.ts';

const HELP = `Usage: npm run import:absences -- (--hr FILE.csv | --ical FILE.ics|URL [--person ID] [--all]) [--write]

  --hr FILE      a CSV export from the HR system, with a header row and the columns
                 ${HR_COLUMNS.email}        work email, as in people.yaml
                 ${HR_COLUMNS.type}  e.g. Annual leave, Sickness, Training (holiday, sickness or other)
                 ${HR_COLUMNS.start}    first day away, 2027-01-25 or 25/01/2027
                 ${HR_COLUMNS.end}      last day away
                 ${HR_COLUMNS.startHalf}    optional: PM when away only from midday on the first day
                 ${HR_COLUMNS.endHalf}      optional: AM when back at midday on the last day
                 ${HR_COLUMNS.status}        optional: rows other than Approved are left out
  --ical SOURCE  an iCalendar file or http(s) address; events marked out of office (Outlook's
                 busy status OOF) or titled as leave or out of office
  --person ID    whose calendar it is (otherwise each event's organizer email is matched)
  --all          take every event in the calendar, not only out-of-office ones
  --write        add the new entries to ${ROTA_FILES.absences} (those already there are skipped)

Notes and event titles are not copied: the type is enough for the rota. Past absences are left out.`;

async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        hr: { type: 'string' },
        ical: { type: 'string' },
        person: { type: 'string' },
        all: { type: 'boolean' },
        write: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (!args.hr === !args.ical) {
    console.error(`Give one of --hr or --ical.\n\n${HELP}`);
    return 2;
  }
  const { data } = readRotaData();
  const now = Date.now();
  const calendar = readWorkingCalendar();
  let result: ImportResult;
  if (args.hr) {
    result = absencesFromHrCsv(await readSource(args.hr), data.people);
  } else {
    result = absencesFromIcal(await readSource(args.ical!), {
      people: data.people,
      hours: calendar.hours,
      person: args.person,
      all: args.all,
      since: now,
      until: now + 400 * 86_400_000,
    });
  }
  const today = calendar.localDate(now);
  result.absences = result.absences.filter((a) => {
    if (a.to >= today) return true;
    result.skipped.push(`${a.person}, ${a.from} to ${a.to}: over already`);
    return false;
  });
  for (const line of result.skipped) console.error(`Left out: ${line}`);
  if (result.problems.length) {
    console.error(`Nothing imported; fix these first:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  const existing = new Set((data.absences ?? []).map(key));
  const fresh = dedupe(result.absences).filter((a) => !existing.has(key(a)));
  if (fresh.length === 0) {
    console.error('No new absences to add.');
    return 0;
  }
  const yaml = stringify(fresh.map(entryFor));
  if (!args.write) {
    process.stdout.write(yaml);
    console.error(
      `${fresh.length} new absence${fresh.length === 1 ? '' : 's'}; add them to ${ROTA_FILES.absences}, or run again with --write.`,
    );
    return 0;
  }
  const before = existsSync(ROTA_FILES.absences) ? readFileSync(ROTA_FILES.absences, 'utf8') : '';
  writeFileSync(ROTA_FILES.absences, `${before.replace(/\s*$/, '')}${before.trim() ? '\n\n' : ''}${yaml}`);
  console.error(
    `Added ${fresh.length} absence${fresh.length === 1 ? '' : 's'} to ${ROTA_FILES.absences}; run npm run check:rota to see any clashes.`,
  );
  return 0;
}

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new ImportError(`${source} answered ${response.status} ${response.statusText}`);
    return response.text();
  }
  if (!existsSync(source)) throw new ImportError(`${source}: no such file`);
  return readFileSync(source, 'utf8');
}

class ImportError extends Error {}

function key(a: Pick<ImportedAbsence, 'person' | 'from' | 'to'> & { firstDay?: string | undefined; lastDay?: string | undefined }): string {
  return [a.person, a.from, a.to, a.firstDay ?? 'whole', a.lastDay ?? 'whole'].join(' ');
}

function dedupe(list: ImportedAbsence[]): ImportedAbsence[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(key(a)) && seen.add(key(a)));
}

/** Fields in the order the file documents them. */
function entryFor(a: ImportedAbsence): Record<string, string> {
  return {
    person: a.person,
    from: a.from,
    to: a.to,
    ...(a.firstDay ? { firstDay: a.firstDay } : {}),
    ...(a.lastDay ? { lastDay: a.lastDay } : {}),
    type: a.type,
  };
}

/** `npm run import:absences`: the exit code, with every failure worded on stderr. */
export function main(argv: string[]): Promise<number> {
  return run(argv).catch((error: unknown) => {
    if (error instanceof ImportError || error instanceof DataFileError) {
      console.error(error.message);
    } else if (error instanceof TypeError && /fetch/i.test(error.message)) {
      console.error(`Could not fetch the calendar: ${error.message}`);
    } else {
      console.error(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  });
}
