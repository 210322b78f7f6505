import type { APIRoute } from 'astro';
import { loadRota } from '../../../../page-data/rota.ts';
import { peopleDocument } from '../../../../lib/rota/api.ts';

/** Everyone on the rota. Documented at /rota/api/. */
export const GET: APIRoute = async () => {
  const { rota, builtAt } = await loadRota();
  return new Response(JSON.stringify(peopleDocument(rota, builtAt), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
