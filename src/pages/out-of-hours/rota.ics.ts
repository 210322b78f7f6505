import type { APIRoute } from 'astro';
import { outOfHoursIcs } from '../../page-data/rota-app.ts';
import { siteUrl } from '../../lib/site/site-url.ts';

/** The old rota app's out-of-hours calendar. Documented at /rota/api/. */
export const GET: APIRoute = ({ site }) => outOfHoursIcs(siteUrl(site?.href.replace(/\/$/, '')));
