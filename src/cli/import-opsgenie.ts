// `npm run import:opsgenie -- <files...> [--dry-run] [--out dir] [--role email=role]...
//   [--rotation-role name=role]... [--default-role role]`: see content/docs/handbook/opsgenie-cut-over.mdx.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importOpsgenie, parseRole, type ImportResult } from '../lib/opsgenie/import.ts';
import { OpsgenieInputError } from '../lib/opsgenie/input.ts';
import { peopleLeftBehind } from '../lib/opsgenie/people-left-behind.ts';
import { leadingComments, rotaYaml } from '../lib/opsgenie/rota-yaml.ts';
import type { Role } from '../lib/rota/model.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { DataFileError, formatDataReport, type DataProblem } from '../lib/data-files/problems.ts';
import { loadDataFile } from '../lib/data-files/read.ts';
import { readRota, rotaFilesIn } from '../lib/data-files/rota-files.ts';
import { readWorkingCalendar } from '../lib/data-files/working-time-files.ts';
import { absencesFileSchema } from '../schemas/absences.ts';
import { readOpsgenieFiles } from './opsgenie-files.ts';
import { isOutcome, readFlags, type CliOutcome } from './outcome.ts';

export const USAGE =
  'Usage: npm run import:opsgenie -- <timeline/schedule/overrides/users .json files...> [--dry-run] [--out content/rota] [--role email=developer|ops-engineer] [--rotation-role "Name=role"] [--default-role role]';

export function runImport(argv: readonly string[], options: { calendar?: WorkingCalendar; now?: number } = {}): CliOutcome {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = readFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        out: { type: 'string', default: 'content/rota' },
        role: { type: 'string', multiple: true, default: [] },
        'rotation-role': { type: 'string', multiple: true, default: [] },
        'default-role': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (isOutcome(parsed)) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: [USAGE], err };
  if (positionals.length === 0) return { code: 2, out, err: ['Give at least one Opsgenie JSON file.', USAGE] };
  const pairs = (list: string[], flag: string, key: (k: string) => string) => {
    const map = new Map<string, Role>();
    for (const item of list) {
      const at = item.lastIndexOf('=');
      const role = parseRole(item.slice(at + 1));
      if (at <= 0 || !role)
        throw new UsageError(`--${flag} ${item}: expected ${flag === 'role' ? 'email' : 'name'}=developer or =ops-engineer`);
      map.set(key(item.slice(0, at)), role);
    }
    return map;
  };
  try {
    const personRoles = pairs(values.role, 'role', (k) => k.toLowerCase());
    const rotationRoles = pairs(values['rotation-role'], 'rotation-role', (k) => k.trim());
    const defaultRole = values['default-role'] === undefined ? undefined : parseRole(values['default-role']);
    if (values['default-role'] !== undefined && !defaultRole)
      throw new UsageError(`--default-role ${values['default-role']}: expected developer or ops-engineer`);
    const calendar = options.calendar ?? readWorkingCalendar();
    const input = readOpsgenieFiles(positionals);
    const result = importOpsgenie(input, { calendar, personRoles, rotationRoles, ...(defaultRole ? { defaultRole } : {}) });
    const outDir = values.out;
    const headers = {
      people: headerOf(join(outDir, 'people.yaml')),
      rotations: headerOf(join(outDir, 'rotations.yaml')),
      overrides: headerOf(join(outDir, 'overrides.yaml')),
    };
    const yaml = rotaYaml(result, headers);
    // Check the files as the build will before anything is written: a copy of the whole rota
    // folder (absences.yaml and any other file the import does not write included) with the
    // imported files in place of the old ones.
    const staging = mkdtempSync(join(tmpdir(), 'opsgenie-import-'));
    try {
      stageRotaFolder(outDir, staging);
      const leftBehind = absencesLeftBehind(
        staging,
        outDir,
        result.people.map((p) => p.id),
      );
      if (leftBehind.length) return { code: 1, out, err: [...leftBehind, 'Nothing was written.'] };
      writeAll(staging, yaml);
      try {
        readRota({ files: rotaFilesIn(staging), calendar, now: options.now ?? Date.now() });
      } catch (error) {
        if (!(error instanceof DataFileError)) throw error;
        return { code: 1, out, err: [...wouldNotBuild(error.problems, staging, outDir), 'Nothing was written.'] };
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    if (values['dry-run']) {
      out.push('# people.yaml', yaml.people, '# rotations.yaml', yaml.rotations, '# overrides.yaml', yaml.overrides);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeAll(outDir, yaml);
      if (!existsSync(join(outDir, 'settings.yaml'))) copyFileSync('content/rota/settings.yaml', join(outDir, 'settings.yaml'));
    }
    out.push(...formatReport(result, values['dry-run'] ? undefined : outDir));
    return { code: 0, out, err };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, out, err: [error.message, USAGE] };
    if (error instanceof OpsgenieInputError || error instanceof DataFileError)
      return { code: 1, out, err: [error.message, 'Nothing was written.'] };
    throw error;
  }
}

class UsageError extends Error {}

/** The files the importer writes; every other file in the rota folder is kept as it is. */
const WRITTEN = ['people.yaml', 'rotations.yaml', 'overrides.yaml'] as const;

/** A copy of the rota folder as it is now, or, for a new folder, the sample rota's settings. */
function stageRotaFolder(outDir: string, staging: string): void {
  if (existsSync(outDir) && statSync(outDir).isDirectory()) cpSync(outDir, staging, { recursive: true });
  if (!existsSync(join(staging, 'settings.yaml'))) copyFileSync('content/rota/settings.yaml', join(staging, 'settings.yaml'));
}

/** A path as messages show it: from the current directory, with forward slashes. */
function shown(path: string): string {
  return (relative(process.cwd(), path) || path).split('\\').join('/');
}

/**
 * absences.yaml entries naming people the import drops. Checked here, not only by the rota's own
 * checks, so the message can say why (people.yaml is replaced) and what to do about it.
 */
function absencesLeftBehind(staging: string, outDir: string, kept: readonly string[]): string[] {
  const path = join(staging, 'absences.yaml');
  if (!existsSync(path)) return [];
  const absences = loadDataFile(process.cwd(), path, absencesFileSchema);
  // A broken absences.yaml is reported by the rota check below, with the build's wording.
  if (!absences.data) return [];
  const left = peopleLeftBehind(absences.data, kept);
  if (!left.length) return [];
  const file = `${shown(outDir)}/absences.yaml`;
  const entries = (n: number[]) => `${n.length === 1 ? 'entry' : 'entries'} ${n.join(', ')}`;
  return [
    `${file} names ${left.length === 1 ? 'someone' : `${left.length} people`} the import would remove from people.yaml, so the rota would not pass the build:`,
    ...left.map((l) => `  - ${l.person} (${entries(l.entries)})`),
    `The import replaces people.yaml with the people in Opsgenie, but keeps ${file} as it is. Either:`,
    `  - import into a new folder and compare: add --out <new folder>, e.g. --out content/rota-opsgenie; or`,
    `  - if these absences belong to the team being replaced, clear ${file} (keep its comments, delete the entries) and import again; or`,
    `  - give those people the same ids in Opsgenie (their e-mail usernames), or change the entries to the imported ids.`,
  ];
}

/** The staged rota's problems, named as files in the rota folder; with a hint when a kept file is at fault. */
function wouldNotBuild(problems: readonly DataProblem[], staging: string, outDir: string): string[] {
  const stagedPrefix = `${shown(staging)}/`;
  const folder = shown(outDir);
  const renamed = problems.map((p) =>
    p.file.startsWith(stagedPrefix) ? { ...p, file: `${folder}/${p.file.slice(stagedPrefix.length)}` } : p,
  );
  const errors = renamed.filter((p) => p.severity === 'error');
  const kept = [
    ...new Set(errors.map((p) => p.file).filter((f) => f.startsWith(`${folder}/`) && !WRITTEN.some((w) => f === `${folder}/${w}`))),
  ];
  return [
    'The imported rota would not pass the build:',
    formatDataReport(errors, []),
    ...(kept.length
      ? [
          `The import writes only ${WRITTEN.join(', ')}; ${kept.join(', ')} ${kept.length === 1 ? 'is' : 'are'} kept as ${kept.length === 1 ? 'it is' : 'they are'}. Import into a new folder (--out <new folder>), or fix ${kept.length === 1 ? 'that file' : 'those files'} first.`,
        ]
      : []),
  ];
}

function headerOf(path: string): string | undefined {
  return existsSync(path) ? leadingComments(readFileSync(path, 'utf8')) : undefined;
}

function writeAll(dir: string, yaml: { people: string; rotations: string; overrides: string }): void {
  writeFileSync(join(dir, 'people.yaml'), yaml.people);
  writeFileSync(join(dir, 'rotations.yaml'), yaml.rotations);
  writeFileSync(join(dir, 'overrides.yaml'), yaml.overrides);
}

export function formatReport(result: ImportResult, outDir: string | undefined): string[] {
  return [
    'Import report:',
    ...result.report.map((l) => `  ${l}`),
    ...(result.warnings.length
      ? [`Not carried over as it was (${result.warnings.length}):`, ...result.warnings.map((l) => `  - ${l}`)]
      : ['Everything was carried over.']),
    outDir ? `Wrote ${join(outDir, 'people.yaml')}, rotations.yaml and overrides.yaml.` : 'Dry run: nothing written.',
  ];
}
