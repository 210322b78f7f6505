// The old rota app's addresses, from the rota this build read (src/lib/legacy/rota-app.ts does the work).
import { loadRota } from './rota.ts';
import { outOfHoursRota, periodRows, supportRota, type LegacyRole } from '../lib/legacy/rota-app.ts';
import { legacyOutOfHoursCalendar, legacySupportCalendar } from '../lib/legacy/rota-app-ics.ts';
import { toZoned } from '../lib/time/zoned-time.ts';

const json = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
const ics = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

async function today() {
  const loaded = await loadRota();
  return { ...loaded, today: toZoned(loaded.builtAt, loaded.rota.timeZone).date };
}

export async function supportJson() {
  const { rota, today: day } = await today();
  return json(supportRota(rota, day));
}

export async function outOfHoursJson() {
  const { rota, today: day } = await today();
  return json(outOfHoursRota(rota, day));
}

export async function periodsJson(role: LegacyRole) {
  const { rota, today: day } = await today();
  return json(periodRows(rota, role, day));
}

export async function supportIcs(site: string) {
  const { rota, today: day, builtAt } = await today();
  return ics(legacySupportCalendar(supportRota(rota, day), site, rota.timeZone, builtAt));
}

export async function outOfHoursIcs(site: string) {
  const { rota, today: day, builtAt } = await today();
  return ics(legacyOutOfHoursCalendar(outOfHoursRota(rota, day), site, rota.timeZone, builtAt));
}
