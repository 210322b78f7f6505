// Writes the calendar feeds into a built site: feeds/support.ics, feeds/on-call.ics,
// feeds/people/<person-id>.ics and feeds/index.json. `npm run build` runs this through
// src/integrations/calendar-feeds.ts. On its own, after a build:
//   node scripts/build-feeds.ts [--out dist] [--site https://...] [--now 2026-11-30T06:00:00Z] [--previous <site address | folder | none>]
import { parseArgs } from 'node:util';
import { DataFileError } from '../src/lib/data-files/problems.ts';
import { readRota } from '../src/lib/data-files/rota-files.ts';
import { readPreviousFeeds } from '../src/lib/feeds/previous-feeds.ts';
import { describeResult, expectedFeedPaths, writeFeeds } from '../src/lib/feeds/write-feeds.ts';
import { siteUrl } from '../src/lib/site/site-url.ts';

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
  let rota;
  try {
    rota = readRota({ now }).rota;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const source = values.previous ?? process.env.FEEDS_PREVIOUS;
  const previous = await readPreviousFeeds(source, values.out, expectedFeedPaths(rota)).catch((error: unknown) => {
    // As in the build: without the previous feeds the new ones are still right, only less helpful.
    console.warn(
      `warning: could not read the previous feeds from ${source} (${error instanceof Error ? error.message : String(error)}); removed shifts will not be sent as cancelled.`,
    );
    return { feeds: new Map<string, string>(), from: 'nowhere' };
  });
  const result = writeFeeds({
    outDir: values.out,
    site: values.site ?? siteUrl(process.env.SITE_URL),
    now,
    previous: previous.feeds,
    rota,
  });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  console.log(describeResult(result, previous.from, previous.feeds.size));
}
