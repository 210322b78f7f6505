/**
 * Alert permalinks: /runbooks/alerts/<alert name>/ leads to the alert's runbook. Known names have
 * a page each; any other name reaches the site's 404 page (static hosts serve it for unknown
 * paths). There, an alert with no runbook is said to have none, with the finder searched for the
 * words of its name, the getting-help page and first steps for any alert (content/docs/404.md),
 * and never an unrelated runbook presented as its answer. A link to a runbook that no longer
 * exists goes on to the finder, searched for the words of the old name.
 */

/** True for an alert permalink page (not the alert index itself): these stay out of the sitemap. */
export function isAlertPermalink(url: string): boolean {
  return /\/runbooks\/alerts\/[^/]+\/?$/.test(new URL(url, 'http://x').pathname);
}

/**
 * Where the 404 page should send a reader who followed a link to a runbook that is not there
 * (/runbooks/<file name>/, renamed or removed since the link was made, in an old ticket or chat
 * message): the finder searched for the words of the old name. Null for any other missing page,
 * alert permalinks included (see missingAlert).
 * Self-contained on purpose: it is serialised into an inline script on the 404 page (see
 * src/route-middleware/missing-runbook-redirect.ts), so it may not use imports.
 */
export function missingRunbookRedirect(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = `${root}runbooks/`;
  if (!pathname.startsWith(prefix)) return null;
  const segments = pathname.slice(prefix.length).replace(/\/$/, '').split('/');
  if (segments[0] === 'alerts' || segments.length !== 1 || !segments[0]) return null;
  let name: string;
  try {
    name = decodeURIComponent(segments[0]);
  } catch {
    name = segments[0];
  }
  name = name
    .replace(/\.html?$/, '')
    .replace(/[-_+]+/g, ' ')
    .trim();
  if (!name) return null;
  return `${prefix}?q=${encodeURIComponent(name)}&from=unknown-runbook`;
}

export interface MissingAlert {
  /** The alert's name as the link gave it. */
  name: string;
  /** The finder, searched for the words the name is made of. */
  finder: string;
}

/**
 * For /runbooks/alerts/<name>/ with no page (an alert no runbook covers): the name, and the finder
 * searched for its words ("mysql_replication_lag_high" and "MySQLReplicationLagHigh" both as
 * "mysql replication lag high"), since a name nobody has indexed matches nothing as it is.
 * Null for any other address. Self-contained, like missingRunbookRedirect.
 */
export function missingAlert(pathname: string, base: string): MissingAlert | null {
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
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.\-+\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return { name, finder: `${root}runbooks/?q=${encodeURIComponent(words || name)}&from=unknown-alert` };
}
