import { getCollection, type CollectionEntry } from 'astro:content';
import { projectData } from '../lib/data-files/project.ts';

export type Runbook = CollectionEntry<'runbooks'>;

async function load(): Promise<Runbook[]> {
  // The build's data check (src/lib/data-files/project.ts) has checked every runbook file and the
  // collection as a whole (one runbook per alert, related runbooks exist, the outline, names that
  // collide); this throws its report if anything is wrong, as in `astro dev` after an edit.
  projectData();
  const runbooks = await getCollection('runbooks');
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
