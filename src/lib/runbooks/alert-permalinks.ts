/**
 * Alert permalinks: /runbooks/alerts/<alert name>/ leads to the alert's runbook. Known names have
 * a page each; any other name reaches the site's 404 page, which sends the reader to the finder
 * searched for that name.
 */

/** True for an alert permalink page (not the alert index itself): these stay out of the sitemap. */
export function isAlertPermalink(url: string): boolean {
  return /\/runbooks\/alerts\/[^/]+\/?$/.test(new URL(url, 'http://x').pathname);
}

/**
 * Where the 404 page should send a reader who followed a link for an alert with no runbook, or
 * null if the path is not an alert permalink. Self-contained on purpose: it is serialised into an
 * inline script on the 404 page (see src/runbooks/route-data.ts), so it may not use imports.
 */
export function unknownAlertRedirect(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = `${root}runbooks/alerts/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length).replace(/\/$/, '');
  if (!rest || rest.includes('/')) return null;
  let name: string;
  try {
    name = decodeURIComponent(rest);
  } catch {
    name = rest;
  }
  name = name.trim();
  if (!name) return null;
  return `${root}runbooks/?q=${encodeURIComponent(name)}&from=unknown-alert`;
}
