// Reading content/rota/*.yaml outside Astro (scripts, CLIs, tests), validated by the same schemas
// and cross-checks as the build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile, readWorkingCalendar } from './content-files.ts';
import { overridesFileSchema, peopleFileSchema, rotaSettingsSchema, rotationsFileSchema } from '../../src/schemas/rota.ts';
import { absencesFileSchema } from '../../src/schemas/absences.ts';
import type { RotaData, RotaSettings } from '../../src/lib/rota/model.ts';
import { ROTA_FILES, RotaDataError, type RotaFileNames, type RotaProblem } from '../../src/lib/rota/problems.ts';
import { checkRota } from '../../src/lib/rota/check.ts';
import type { Rota } from '../../src/lib/rota/rota.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';

/** The four rota files in one folder, named as in content/rota/. */
export function rotaFilesIn(dir: string): RotaFileNames {
  return {
    people: join(dir, 'people.yaml'),
    rotations: join(dir, 'rotations.yaml'),
    overrides: join(dir, 'overrides.yaml'),
    settings: join(dir, 'settings.yaml'),
    absences: join(dir, 'absences.yaml'),
  };
}

/** Reads and schema-checks the rota files; throws ContentFileError naming the file and field. */
export function readRotaData(files: RotaFileNames = ROTA_FILES): { data: RotaData; settings: RotaSettings } {
  const people = readDataFile(files.people, peopleFileSchema);
  const rotations = readDataFile(files.rotations, rotationsFileSchema);
  const overrides = readDataFile(files.overrides, overridesFileSchema).map((o, i) => ({ ...o, entry: i + 1 }));
  const settings = readDataFile(files.settings, rotaSettingsSchema);
  // absences.yaml is optional: a rota without it has nobody away.
  const absences = existsSync(files.absences) ? readDataFile(files.absences, absencesFileSchema).map((a, i) => ({ ...a, entry: i + 1 })) : [];
  return { data: { people, rotations, overrides, absences }, settings };
}

export interface ReadRota {
  rota: Rota;
  settings: RotaSettings;
  calendar: WorkingCalendar;
  /** Warnings (errors have been thrown). */
  warnings: RotaProblem[];
}

/**
 * The validated rota with the SLA's working calendar, as the build sees it. Throws RotaDataError
 * listing every problem when there is an error (or, with strictness: error, a warning).
 */
export function readRota(options: { files?: RotaFileNames; now?: number; calendar?: WorkingCalendar } = {}): ReadRota {
  const files = options.files ?? ROTA_FILES;
  const calendar = options.calendar ?? readWorkingCalendar();
  const { data, settings } = readRotaData(files);
  const { rota, problems } = checkRota(data, { calendar, files, now: options.now ?? Date.now(), settings });
  if (!rota || problems.some((p) => p.severity === 'error')) throw new RotaDataError(problems);
  return { rota, settings, calendar, warnings: problems };
}
