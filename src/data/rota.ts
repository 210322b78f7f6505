// The rota for pages and endpoints, from the content collections, checked the same way as
// scripts/lib/rota-files.ts checks the files. Astro-specific; the logic lives in src/lib/rota.
import { getCollection, getEntry } from 'astro:content';
import { workingCalendarFromSla } from '../lib/calendar/from-sla.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { bundleRota, type RotaBundle } from '../lib/rota/bundle.ts';
import { checkRota } from '../lib/rota/check.ts';
import type { RotaData, RotaSettings } from '../lib/rota/model.ts';
import { ROTA_FILES, RotaDataError } from '../lib/rota/problems.ts';
import type { Rota } from '../lib/rota/rota.ts';

export interface LoadedRota {
  rota: Rota;
  settings: RotaSettings;
  calendar: WorkingCalendar;
  /** What the browser gets: no email addresses. */
  bundle: RotaBundle;
  /** When this build read the rota; the API's window and the no-JavaScript table start from it. */
  builtAt: number;
}

let loaded: Promise<LoadedRota> | undefined;

/** Read once per build; in development every request reads again so edits show up. */
export function loadRota(): Promise<LoadedRota> {
  if (!import.meta.env.PROD) return read();
  loaded ??= read();
  return loaded;
}

async function read(): Promise<LoadedRota> {
  const builtAt = Date.now();
  const [people, rotations, overrides, settingsEntry, sla, absences] = await Promise.all([
    getCollection('rotaPeople'),
    getCollection('rotaRotations'),
    getCollection('rotaOverrides'),
    getEntry('rotaSettings', 'settings'),
    getEntry('sla', 'sla'),
    getCollection('rotaAbsences'),
  ]);
  if (!sla) throw new Error('content/sla.yaml is missing: the rota needs its working hours');
  const holidays = await getEntry('bankHolidays', sla.data.bankHolidays.division);
  if (!holidays) throw new Error(`content/bank-holidays.json has no "${sla.data.bankHolidays.division}" division`);
  const calendar = workingCalendarFromSla(sla.data, holidays.data);
  const settings: RotaSettings = settingsEntry?.data ?? { strictness: 'warn', planningHorizonWeeks: 13 };
  const data: RotaData = {
    people: people.map((e) => e.data),
    rotations: rotations.map((e) => e.data),
    overrides: overrides.map((e) => ({ ...e.data, entry: Number(e.id) })).sort((a, b) => a.entry - b.entry),
    absences: absences.map((e) => ({ ...e.data, entry: Number(e.id) })).sort((a, b) => a.entry - b.entry),
  };
  // Empty people or rotations usually means the YAML did not parse (the file loader only logs that).
  if (data.people.length === 0) throw new Error(`${ROTA_FILES.people} has no people; is it valid YAML?`);
  if (data.rotations.length === 0) throw new Error(`${ROTA_FILES.rotations} has no rotations; is it valid YAML?`);
  const { rota, problems } = checkRota(data, { calendar, files: ROTA_FILES, now: builtAt, settings });
  if (!rota || problems.some((p) => p.severity === 'error')) throw new RotaDataError(problems);
  return { rota, settings, calendar, bundle: bundleRota(data, calendar.hours, holidays.data, builtAt), builtAt };
}
