import type { APIRoute } from 'astro';
import { outOfHoursJson } from '../../page-data/rota-app.ts';

/** The old rota app's out-of-hours rota, nine months ahead. Documented at /rota/api/. */
export const GET: APIRoute = () => outOfHoursJson();
