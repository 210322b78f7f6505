import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { missingAlert, missingRunbookRedirect } from '../lib/runbooks/alert-permalinks.ts';

/**
 * On the 404 page only: a link to a runbook that has been renamed or removed lands here (static
 * hosts serve 404.html for unknown paths), so send the reader on to the runbook finder searched
 * for its words; runs in <head>, before the 404 content is painted. A link to an alert with no
 * runbook stays, and the page's "alert with no runbook" part (content/docs/404.md) is filled in
 * with the alert's name and a link to the finder searched for its words, and moved to the top.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.id !== '404') return;
  const base = JSON.stringify(import.meta.env.BASE_URL);
  route.head.push({
    tag: 'script',
    attrs: {},
    content:
      `(()=>{const to=(${missingRunbookRedirect.toString()})(location.pathname,${base});if(to){location.replace(to);return;}` +
      `const alert=(${missingAlert.toString()})(location.pathname,${base});if(!alert)return;` +
      `document.documentElement.dataset.missingAlert='';` +
      `addEventListener('DOMContentLoaded',()=>{` +
      `for(const el of document.querySelectorAll('[data-missing-alert-name]'))el.textContent=alert.name;` +
      `for(const a of document.querySelectorAll('a[data-missing-alert-finder]'))a.href=alert.finder;` +
      `document.title='No runbook for the alert '+alert.name;` +
      `});})();`,
  });
});
