import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtmlText } from '../lib/site/escape-html.ts';

/**
 * Starlight writes each <head> entry's content as raw HTML, and builds the <title> from the page
 * title, which for a runbook comes from a data file. A title such as `</title><script>…` would put
 * a script in the page; escape the title's text (a <title> holds text only, so nothing is lost).
 */
export const onRequest = defineRouteMiddleware((context) => {
  for (const entry of context.locals.starlightRoute.head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtmlText(entry.content);
  }
});
