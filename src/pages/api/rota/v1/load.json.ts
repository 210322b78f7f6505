import type { APIRoute } from 'astro';
import { loadRota } from '../../../../page-data/rota.ts';
import { loadDocument } from '../../../../lib/fairness/api.ts';
import { fairnessSettingsOf } from '../../../../lib/fairness/settings.ts';

/** Each person's rota load over the last 12 months and the planned weeks. Documented at /rota/api/ and /rota/fairness/. */
export const GET: APIRoute = async () => {
  const { rota, settings, builtAt } = await loadRota();
  return new Response(JSON.stringify(loadDocument(rota, builtAt, fairnessSettingsOf(settings)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
