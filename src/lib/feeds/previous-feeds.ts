// What the site published last time, for the calendar feeds' SEQUENCE numbers and cancellations
// (feed-state.ts). Read from a folder (the last build's dist/feeds) or from the live
// site over https.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FEEDS_DIR } from './links.ts';
import { INDEX_PATH } from './feeds.ts';

export type PreviousFeeds = Map<string, string>;

/**
 * Every .ics file in the feeds folder of a built site (`root`, such as dist), keyed by its path
 * below the site root ("feeds/people/wei-li.ics"). Empty when there is none.
 */
export function readPreviousFeedsFromDir(root: string): PreviousFeeds {
  const feeds: PreviousFeeds = new Map();
  const dir = join(root, FEEDS_DIR);
  if (!existsSync(dir)) return feeds;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ics')) continue;
    const file = join(entry.parentPath, entry.name);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // Left empty: generateFeeds reports it as unreadable and writes the feed afresh.
    }
    feeds.set(`${FEEDS_DIR}/${relative(dir, file).split(sep).join('/')}`, text);
  }
  return feeds;
}

/**
 * The feeds published on the site at `base` (the live site's address), found through its
 * feeds/index.json plus `expected` paths. A feed that is not there (404) is simply new. Any other failure throws,
 * so the caller can say the history is incomplete.
 */
export async function fetchPreviousFeeds(base: string, expected: readonly string[], timeoutMs = 15_000): Promise<PreviousFeeds> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const get = async (path: string): Promise<string | undefined> => {
    const response = await fetch(new URL(path, root), { signal: AbortSignal.timeout(timeoutMs), headers: { 'cache-control': 'no-cache' } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${new URL(path, root).href}`);
    return response.text();
  };
  const paths = new Set(expected);
  const index = await get(INDEX_PATH);
  if (index) {
    for (const feed of (JSON.parse(index) as { feeds?: Array<{ path?: unknown }> }).feeds ?? []) {
      if (typeof feed.path === 'string' && /^feeds\/[a-z0-9/-]+\.ics$/.test(feed.path)) paths.add(feed.path);
    }
  }
  const feeds: PreviousFeeds = new Map();
  const queue = [...paths];
  // A few at a time: polite to the host, and quick enough for a few hundred people.
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const text = await get(path);
        if (text !== undefined) feeds.set(path, text);
      }
    }),
  );
  return feeds;
}

/**
 * Where the previous feeds come from: FEEDS_PREVIOUS is the address of the live site (as the
 * deploy workflow sets it), a folder holding a built site, or "none". Unset, the last local build
 * in `fallbackRoot` is used, if there is one.
 */
export async function readPreviousFeeds(
  source: string | undefined,
  fallbackRoot: string,
  expected: readonly string[],
): Promise<{ feeds: PreviousFeeds; from: string }> {
  const value = source?.trim();
  if (value === 'none') return { feeds: new Map(), from: 'nowhere (FEEDS_PREVIOUS=none)' };
  if (value && /^https?:\/\//.test(value)) return { feeds: await fetchPreviousFeeds(value, expected), from: value };
  const root = value || fallbackRoot;
  return { feeds: readPreviousFeedsFromDir(root), from: join(root, FEEDS_DIR) };
}
