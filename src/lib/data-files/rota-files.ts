/** content/rota/*.yaml: each file against its schema, then the rota's own checks. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { checkRota } from '../rota/check.ts';
import type { RotaData, RotaSettings } from '../rota/model.ts';
import { overrideWarnings } from '../rota/override-checks.ts';
import { ROTA_FILES, type RotaFileNames, type RotaProblem } from '../rota/problems.ts';
import type { Rota } from '../rota/rota.ts';
import { checkRotaData } from '../rota/validate.ts';
import {
  numberOverrides,
  ROTA_ABSENCES_FILE,
  ROTA_OVERRIDES_FILE,
  ROTA_PEOPLE_FILE,
  ROTA_ROTATIONS_FILE,
  ROTA_SETTINGS_FILE,
} from './files.ts';
import { DataFileError, type DataProblem } from './problems.ts';
import { displayName, loadDataFile } from './read.ts';
import { readWorkingCalendar } from './working-time-files.ts';

/** The rota files in one folder, named as in content/rota/ (absences.yaml need not exist). */
export function rotaFilesIn(dir: string): RotaFileNames {
  return {
    people: join(dir, 'people.yaml'),
    rotations: join(dir, 'rotations.yaml'),
    overrides: join(dir, 'overrides.yaml'),
    settings: join(dir, 'settings.yaml'),
    absences: join(dir, 'absences.yaml'),
  };
}

/** absences.yaml is optional: without it nobody is away. */
function loadAbsences(root: string, path: string): { data: NonNullable<RotaData['absences']> | undefined; problems: DataProblem[] } {
  if (!existsSync(resolve(root, path))) return { data: [], problems: [] };
  const absences = loadDataFile(root, path, ROTA_ABSENCES_FILE.schema);
  return { data: absences.data ? numberOverrides(absences.data) : undefined, problems: absences.problems };
}

export function toDataProblem(problem: RotaProblem): DataProblem {
  return { severity: problem.severity, file: problem.file, where: problem.entry, reason: problem.reason };
}

/** Names must fit on one line of the rota page and a calendar event title. */
function nameWarnings(data: RotaData, files: RotaFileNames): DataProblem[] {
  const multiLine = (name: string) => /[\r\n\u2028\u2029]/.test(name);
  const warning = (file: string, where: string): DataProblem => ({
    severity: 'warning',
    file,
    where,
    reason: 'is written over more than one line; the rota and calendars show it on one',
    hint: 'write it on one line',
  });
  return [
    ...data.people.filter((p) => multiLine(p.name)).map((p) => warning(files.people, `person "${p.id}", name`)),
    ...data.rotations.filter((r) => multiLine(r.name)).map((r) => warning(files.rotations, `rotation "${r.id}", name`)),
  ];
}

export interface RotaFilesResult {
  data?: RotaData | undefined;
  settings?: RotaSettings | undefined;
  rota?: Rota | undefined;
  problems: DataProblem[];
}

/**
 * Reads and checks the rota files (paths from `root`, or absolute). With a working calendar the
 * rota is built and the look-ahead checks run; without one only references between the files.
 */
export function loadRotaFiles(
  root: string,
  options: { files?: RotaFileNames; calendar?: WorkingCalendar | undefined; timeZone?: string; now: number },
): RotaFilesResult {
  const paths = options.files ?? ROTA_FILES;
  const people = loadDataFile(root, paths.people, ROTA_PEOPLE_FILE.schema);
  const rotations = loadDataFile(root, paths.rotations, ROTA_ROTATIONS_FILE.schema);
  const overrides = loadDataFile(root, paths.overrides, ROTA_OVERRIDES_FILE.schema);
  const settings = loadDataFile(root, paths.settings, ROTA_SETTINGS_FILE.schema);
  const absences = loadAbsences(root, paths.absences);
  const problems = [...people.problems, ...rotations.problems, ...overrides.problems, ...settings.problems, ...absences.problems];
  if (!people.data || !rotations.data || !overrides.data || !settings.data || !absences.data) return { problems };
  const data: RotaData = {
    people: people.data,
    rotations: rotations.data,
    overrides: numberOverrides(overrides.data),
    absences: absences.data,
  };
  const files: RotaFileNames = {
    people: displayName(root, paths.people),
    rotations: displayName(root, paths.rotations),
    overrides: displayName(root, paths.overrides),
    settings: displayName(root, paths.settings),
    absences: displayName(root, paths.absences),
  };
  problems.push(...nameWarnings(data, files));
  if (!options.calendar) {
    problems.push(...checkRotaData(data, files, options.timeZone ?? 'Europe/London').map(toDataProblem));
    return { data, settings: settings.data, problems };
  }
  const checked = checkRota(data, { calendar: options.calendar, files, now: options.now, settings: settings.data });
  problems.push(...checked.problems.map(toDataProblem));
  if (checked.rota) problems.push(...overrideWarnings(checked.rota, files).map(toDataProblem));
  return { data, settings: settings.data, rota: checked.rota, problems };
}

export interface ReadRota {
  rota: Rota;
  data: RotaData;
  settings: RotaSettings;
  calendar: WorkingCalendar;
  /** Warnings (errors have been thrown). */
  warnings: DataProblem[];
}

/** The checked rota; throws DataFileError listing every problem when there is an error. */
export function readRota(options: { root?: string; files?: RotaFileNames; now?: number; calendar?: WorkingCalendar } = {}): ReadRota {
  const root = options.root ?? process.cwd();
  const calendar = options.calendar ?? readWorkingCalendar(root);
  const result = loadRotaFiles(root, { files: options.files ?? ROTA_FILES, calendar, now: options.now ?? Date.now() });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length || !result.rota || !result.data || !result.settings) throw new DataFileError(result.problems);
  return { rota: result.rota, data: result.data, settings: result.settings, calendar, warnings: result.problems };
}

/** The rota files, schema-checked only; throws DataFileError naming file and field. */
export function readRotaData(files: RotaFileNames = ROTA_FILES, root: string = process.cwd()): { data: RotaData; settings: RotaSettings } {
  const result = loadRotaFiles(root, { files, now: Date.now() });
  if (!result.data || !result.settings) throw new DataFileError(result.problems);
  return { data: result.data, settings: result.settings };
}
