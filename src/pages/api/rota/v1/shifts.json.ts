import type { APIRoute } from 'astro';
import { loadRota } from '../../../../page-data/rota.ts';
import { shiftsDocument } from '../../../../lib/rota/api.ts';
import { addDays } from '../../../../lib/time/civil-date.ts';
import { fromZoned, toZoned } from '../../../../lib/time/zoned-time.ts';

/** Every shift from 4 weeks before the build day to 52 weeks after it. Documented at /rota/api/. */
export const GET: APIRoute = async () => {
  const { rota, builtAt } = await loadRota();
  // Whole UK days, so the window does not depend on the time of day the build ran.
  const today = toZoned(builtAt, rota.timeZone).date;
  const from = fromZoned({ date: addDays(today, -28), minutes: 0 }, rota.timeZone);
  const to = fromZoned({ date: addDays(today, 7 * 52), minutes: 0 }, rota.timeZone);
  return new Response(JSON.stringify(shiftsDocument(rota, from, to, builtAt), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
