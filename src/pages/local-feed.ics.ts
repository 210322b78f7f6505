import type { APIRoute } from 'astro';
import { supportIcs } from '../page-data/rota-app.ts';
import { siteUrl } from '../lib/site/site-url.ts';

/**
 * The old app redirected this address to /support/rota.ics. GitHub Pages cannot redirect, and
 * calendar apps do not follow an HTML refresh, so the same calendar is served here too.
 */
export const GET: APIRoute = ({ site }) => supportIcs(siteUrl(site?.href.replace(/\/$/, '')));
