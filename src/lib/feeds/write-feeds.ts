// Writing the calendar feeds into a built site (dist/feeds/), for the build hook
// (src/integrations/calendar-feeds.ts) and scripts/build-feeds.ts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateFeeds, INDEX_PATH } from './feeds.ts';
import { feedPaths, FEEDS_DIR } from './links.ts';
import type { PreviousFeeds } from './previous-feeds.ts';
import type { Rota } from '../rota/rota.ts';

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
