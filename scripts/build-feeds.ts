// Writes the calendar feeds into a built site: feeds/support.ics, feeds/on-call.ics,
// feeds/people/<person-id>.ics and feeds/index.json. `npm run build` runs this through
// src/integrations/calendar-feeds.ts. On its own, after a build:
//   node scripts/build-feeds.ts [--out dist] [--site https://...] [--now 2026-11-30T06:00:00Z] [--previous <site address | folder | none>]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRota } from './lib/rota-files.ts';
import { readPreviousFeeds, type PreviousFeeds } from './lib/previous-feeds.ts';
import { generateFeeds, INDEX_PATH } from '../src/lib/feeds/feeds.ts';
import { feedPaths, FEEDS_DIR } from '../src/lib/feeds/links.ts';
import type { Rota } from '../src/lib/rota/rota.ts';
import { siteUrl } from '../src/lib/site/site-url.ts';

export interface WriteFeedsOptions {
  /** The built site's folder (dist); feeds go in its feeds/ folder, replacing what is there. */
  outDir: string;
  site: string;
  now: number;
  previous: PreviousFeeds;
  rota: Rota;
}

export interface WriteFeedsResult {
  files: Array<{ path: string; bytes: number; events: number; cancelled: number }>;
  warnings: string[];
  ms: number;
}

export function writeFeeds(options: WriteFeedsOptions): WriteFeedsResult {
  const started = performance.now();
  const { feeds, index, warnings } = generateFeeds(options.rota, { site: options.site, now: options.now, previous: options.previous });
  rmSync(join(options.outDir, FEEDS_DIR), { recursive: true, force: true });
  const files: WriteFeedsResult['files'] = [];
  for (const feed of feeds) {
    const file = join(options.outDir, feed.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, feed.text);
    files.push({ path: feed.path, bytes: Buffer.byteLength(feed.text), events: feed.events, cancelled: feed.cancelled });
  }
  writeFileSync(join(options.outDir, INDEX_PATH), index);
  return { files, warnings, ms: performance.now() - started };
}

/** The feeds every build publishes, so a fetch of the live site knows what to ask for. */
export function expectedFeedPaths(rota: Rota): string[] {
  return [feedPaths.support, feedPaths.onCall, ...rota.data.people.map((p) => feedPaths.person(p.id))];
}

/** One line for the build log. */
export function describeResult(result: WriteFeedsResult, previousFrom: string, previousCount: number): string {
  const events = result.files.reduce((n, f) => n + f.events, 0);
  const cancelled = result.files.reduce((n, f) => n + f.cancelled, 0);
  const bytes = result.files.reduce((n, f) => n + f.bytes, 0);
  const history = previousCount ? `compared with ${previousCount} feeds from ${previousFrom}` : `no earlier feeds found (${previousFrom})`;
  return `Wrote ${result.files.length} calendar feeds to ${FEEDS_DIR}/: ${events} events, ${cancelled} cancelled, ${(bytes / 1024).toFixed(0)} KiB in ${result.ms.toFixed(0)} ms; ${history}.`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist' },
      site: { type: 'string' },
      now: { type: 'string' },
      previous: { type: 'string' },
    },
  });
  const now = values.now ? Date.parse(values.now) : Date.now();
  if (Number.isNaN(now)) throw new Error(`--now ${values.now} is not a date and time like 2026-11-30T06:00:00Z`);
  const { rota } = readRota({ now });
  const source = values.previous ?? process.env.FEEDS_PREVIOUS;
  const previous = await readPreviousFeeds(source, values.out, expectedFeedPaths(rota)).catch((error: unknown) => {
    // As in the build: without the previous feeds the new ones are still right, only less helpful.
    console.warn(`warning: could not read the previous feeds from ${source} (${error instanceof Error ? error.message : String(error)}); removed shifts will not be sent as cancelled.`);
    return { feeds: new Map<string, string>(), from: 'nowhere' };
  });
  const result = writeFeeds({ outDir: values.out, site: values.site ?? siteUrl(process.env.SITE_URL), now, previous: previous.feeds, rota });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  console.log(describeResult(result, previous.from, previous.feeds.size));
}
