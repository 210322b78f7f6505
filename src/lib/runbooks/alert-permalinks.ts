/**
 * Alert permalinks: /runbooks/alerts/<alert name>/ leads to the alert's runbook. Known names have
 * a page each; any other name reaches the site's 404 page, which sends the reader to the finder
 * searched for that name (as it does for a link to a runbook that no longer exists).
 */

/** True for an alert permalink page (not the alert index itself): these stay out of the sitemap. */
export function isAlertPermalink(url: string): boolean {
  return /\/runbooks\/alerts\/[^/]+\/?$/.test(new URL(url, 'http://x').pathname);
}

/**
 * Where the 404 page should send a reader who followed a link to a runbook that is not there, or
 * null for any other missing page:
 * - /runbooks/alerts/<name>/, an alert with no runbook: the finder searched for the alert's name;
 * - /runbooks/<file name>/, a runbook renamed or removed since the link was made (in an old
 *   ticket or chat message): the finder searched for the words of the old name.
 * Self-contained on purpose: it is serialised into an inline script on the 404 page (see
 * src/route-middleware/missing-runbook-redirect.ts), so it may not use imports.
 */
export function missingRunbookRedirect(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = `${root}runbooks/`;
  if (!pathname.startsWith(prefix)) return null;
  const segments = pathname.slice(prefix.length).replace(/\/$/, '').split('/');
  const isAlert = segments[0] === 'alerts';
  const rest = isAlert ? segments.slice(1) : segments;
  if (rest.length !== 1 || !rest[0]) return null;
  let name: string;
  try {
    name = decodeURIComponent(rest[0]);
  } catch {
    name = rest[0];
  }
  // An alert name is searched as it is; a runbook's file name as the words it is made of.
  name = (isAlert ? name : name.replace(/\.html?$/, '').replace(/[-_+]+/g, ' ')).trim();
  if (!name) return null;
  return `${prefix}?q=${encodeURIComponent(name)}&from=${isAlert ? 'unknown-alert' : 'unknown-runbook'}`;
}
