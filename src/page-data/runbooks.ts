import { getCollection, type CollectionEntry } from 'astro:content';
import { assertValidCollection, RESERVED_RUNBOOK_SLUGS } from '../lib/runbooks/collection-checks.ts';

export type Runbook = CollectionEntry<'runbooks'>;

/** Pages that already live under /runbooks/, so no runbook file may take their name. */
async function reservedSlugs(): Promise<string[]> {
  const docs = await getCollection('docs');
  const underRunbooks = docs.filter((d) => d.id.startsWith('runbooks/')).map((d) => d.id.slice('runbooks/'.length));
  return [...RESERVED_RUNBOOK_SLUGS, ...underRunbooks];
}

async function load(): Promise<Runbook[]> {
  const runbooks = await getCollection('runbooks');
  // The schema checks each file; this checks them against each other (one runbook per alert,
  // related runbooks exist, fixed outline) and fails the build with every problem listed.
  assertValidCollection(
    runbooks.map((r) => ({
      id: r.id,
      filePath: r.filePath ?? `content/runbooks/${r.id}.md`,
      alerts: r.data.alerts,
      related: r.data.related,
      body: r.body ?? '',
    })),
    await reservedSlugs(),
  );
  return runbooks.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

let cached: Promise<Runbook[]> | undefined;

/** All runbooks, checked and sorted by title. Loaded once per build; fresh on every dev request. */
export function getRunbooks(): Promise<Runbook[]> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The runbook finder. */
export function finderPath(): string {
  return `${base}/runbooks/`;
}

/** The page listing every alert name. */
export function alertIndexPath(): string {
  return `${base}/runbooks/alerts/`;
}

export function runbookPath(slug: string): string {
  return `${base}/runbooks/${slug}/`;
}

export function alertPath(alert: string): string {
  return `${base}/runbooks/alerts/${alert}/`;
}
