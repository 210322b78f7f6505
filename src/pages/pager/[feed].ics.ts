import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRota } from '../../page-data/rota.ts';
import { feedWindow } from '../../lib/feeds/feed-window.ts';
import { pagerCalendar } from '../../lib/pager/pager-ics.ts';
import { pagerShifts } from '../../lib/pager/shift-rows.ts';
import { siteUrl } from '../../lib/site/site-url.ts';

/**
 * Schedules for a paging tool: /pager/all.ics and one per rotation (/pager/<rotation-id>.ics), one
 * event per shift titled with the person's e-mail. Same window as the team feeds. Documented on
 * the Opsgenie cut-over handbook page.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { rota } = await loadRota();
  return [{ params: { feed: 'all' } }, ...rota.rotations.map((r) => ({ params: { feed: r.id } }))];
};

export const GET: APIRoute = async ({ params, site }) => {
  const { rota, builtAt } = await loadRota();
  const base = siteUrl(site?.href.replace(/\/$/, ''));
  const feed = params['feed']!;
  const rotation = rota.rotation(feed);
  const window = feedWindow(rota, builtAt);
  const shifts = pagerShifts(rota, window.from, window.to, rotation ? [rotation.id] : undefined);
  const body = pagerCalendar(
    shifts,
    {
      name: rotation ? `Pager: ${rotation.name}` : 'Pager: every rotation',
      feedUrl: `${base}/pager/${feed}.ics`,
      pageUrl: `${base}/rota/`,
      timeZone: rota.timeZone,
    },
    builtAt,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
