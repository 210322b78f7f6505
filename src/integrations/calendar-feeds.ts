import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { projectData } from '../lib/data-files/project.ts';
import { readPreviousFeeds, type PreviousFeeds } from '../lib/feeds/previous-feeds.ts';
import { describeResult, expectedFeedPaths, writeFeeds } from '../lib/feeds/write-feeds.ts';
import type { Rota } from '../lib/rota/rota.ts';
import { DEFAULT_SITE_URL } from '../lib/site/site-url.ts';

/**
 * Writes the calendar feeds into dist/feeds/ after every build (src/lib/feeds/write-feeds.ts does
 * the work), from the rota content-check has already read and checked. The feeds this build replaces are read first, at build start, before Astro empties
 * dist/, unless FEEDS_PREVIOUS says where else to find them (the live site, in the deploy workflow).
 */
export function calendarFeeds(): AstroIntegration {
  let site = DEFAULT_SITE_URL;
  let outDir = '';
  let root = process.cwd();
  let previous: Promise<{ feeds: PreviousFeeds; from: string }> | undefined;
  // Read at build start and used again at the end: the files do not change during a build.
  let rota: Rota | undefined;
  return {
    name: 'support-handbook:calendar-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? DEFAULT_SITE_URL;
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        rota = projectData(root).rota;
        const expected = expectedFeedPaths(rota);
        // Started now so a local folder is read before it is emptied; awaited when the feeds are written.
        previous = readPreviousFeeds(process.env.FEEDS_PREVIOUS, outDir, expected);
        previous.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const now = Date.now();
        // build:start has always read it; the read here only satisfies the type.
        rota ??= projectData(root).rota;
        let history: { feeds: PreviousFeeds; from: string } = { feeds: new Map(), from: 'nowhere' };
        try {
          history = (await previous) ?? history;
        } catch (error) {
          logger.warn(
            `Could not read the previous calendar feeds (${error instanceof Error ? error.message : String(error)}). Publishing without them: shifts removed since then will not be sent as cancelled.`,
          );
        }
        const result = writeFeeds({ outDir: fileURLToPath(dir), site, now, previous: history.feeds, rota });
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(describeResult(result, history.from, history.feeds.size));
      },
    },
  };
}
