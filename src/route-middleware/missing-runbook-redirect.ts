import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { missingRunbookRedirect } from '../lib/runbooks/alert-permalinks.ts';

/**
 * On the 404 page only: a link to /runbooks/alerts/<name>/ for an alert with no runbook, or to a
 * runbook that has been renamed or removed, lands here (static hosts serve 404.html for unknown
 * paths), so send the reader on to the runbook finder searched for that name. Runs in <head>,
 * before the 404 content is painted.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.id !== '404') return;
  const base = JSON.stringify(import.meta.env.BASE_URL);
  route.head.push({
    tag: 'script',
    attrs: {},
    content: `(()=>{const to=(${missingRunbookRedirect.toString()})(location.pathname,${base});if(to)location.replace(to);})();`,
  });
});
