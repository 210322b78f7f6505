// The rota for pages and endpoints, from the build's one data check (src/lib/data-files/project.ts):
// the files are read and checked once per build, and again in `astro dev` only when one changes.
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { projectData } from '../lib/data-files/project.ts';
import { bundleRota, type RotaBundle } from '../lib/rota/bundle.ts';
import type { RotaSettings } from '../lib/rota/model.ts';
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

let loaded: { key: object; value: LoadedRota } | undefined;

/** The rota, with the time this build first asked for it. */
export async function loadRota(): Promise<LoadedRota> {
  const data = projectData();
  if (loaded?.key === data) return loaded.value;
  const builtAt = Date.now();
  const value = {
    rota: data.rota,
    settings: data.settings,
    calendar: data.calendar,
    bundle: bundleRota(data.rotaData, data.calendar.hours, data.holidays, builtAt),
    builtAt,
  };
  loaded = { key: data, value };
  return value;
}
