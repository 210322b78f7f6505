import type { APIRoute } from 'astro';
import { supportIcs } from '../../page-data/rota-app.ts';
import { siteUrl } from '../../lib/site/site-url.ts';

/** The old rota app's support calendar. Documented at /rota/api/. */
export const GET: APIRoute = ({ site }) => supportIcs(siteUrl(site?.href.replace(/\/$/, '')));
