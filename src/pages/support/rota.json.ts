import type { APIRoute } from 'astro';
import { supportJson } from '../../page-data/rota-app.ts';

/** The old rota app's first-line rota, nine months ahead. Documented at /rota/api/. */
export const GET: APIRoute = () => supportJson();
