import type { Rota } from '../rota/rota.ts';
import { rotaFeeds } from './feed-events.ts';
import { reconcile } from './feed-state.ts';
import { feedWindow, type FeedWindow } from './feed-window.ts';
import { renderCalendar } from './ical.ts';
import { absoluteUrl, FEEDS_DIR, rotaPageUrl } from './links.ts';
import type { Feed } from './model.ts';
import { FeedParseError, parsePublishedFeed } from './parse-feed.ts';

export interface GenerateOptions {
  /** The site's published address, e.g. "https://support.example.gov.uk". */
  site: string;
  /** Build time: the window and every DTSTAMP come from it. */
  now: number;
  /** Each feed's text as last published, by path ("feeds/on-call.ics"). */
  previous?: ReadonlyMap<string, string> | undefined;
}

export interface GeneratedFeed {
  path: string;
  name: string;
  url: string;
  text: string;
  events: number;
  cancelled: number;
}

export interface GeneratedFeeds {
  window: FeedWindow;
  feeds: GeneratedFeed[];
  /** feeds/index.json: every feed's path, name and address, so the next build knows what to read back. */
  index: string;
  /** Previous feeds that could not be read (the build goes on without them). */
  warnings: string[];
}

export const INDEX_PATH = `${FEEDS_DIR}/index.json`;

/** Every feed's iCalendar text, from the rota and (if known) what was published last time. */
export function generateFeeds(rota: Rota, options: GenerateOptions): GeneratedFeeds {
  const window = feedWindow(rota, options.now);
  const { support, onCall, people } = rotaFeeds(rota, window, options.site);
  const feeds: Feed[] = [support, onCall, ...people];
  const warnings: string[] = [];

  // A person taken off people.yaml keeps a feed of cancellations until those run out.
  const current = new Set(feeds.map((f) => f.path));
  for (const path of options.previous?.keys() ?? []) {
    if (path.startsWith(`${FEEDS_DIR}/people/`) && path.endsWith('.ics') && !current.has(path)) {
      feeds.push({ path, name: '', description: 'No longer on the support rota.', events: [] });
    }
  }

  const uidSuffix = `@${new URL(options.site).host}`;
  const generated: GeneratedFeed[] = [];
  for (const feed of feeds) {
    const before = previousFeed(options.previous?.get(feed.path), feed.path, rota.timeZone, warnings);
    const events = reconcile(feed.events, { now: options.now, window, previous: before?.events, uidSuffix });
    if (feed.events.length === 0 && !current.has(feed.path) && events.length === 0) continue;
    const name = feed.name || before?.name || 'Support rota';
    const personId = /people\/([^/]+)\.ics$/.exec(feed.path)?.[1];
    const url = absoluteUrl(options.site, feed.path);
    const text = renderCalendar(
      {
        name,
        description: feed.description,
        feedUrl: url,
        pageUrl: rotaPageUrl(options.site, { person: personId }),
        timeZone: rota.timeZone,
      },
      events,
      options.now,
    );
    generated.push({
      path: feed.path,
      name,
      url,
      text,
      events: events.length,
      cancelled: events.filter((e) => e.status === 'cancelled').length,
    });
  }
  const index = `${JSON.stringify({ feeds: generated.map(({ path, name, url }) => ({ path, name, url })) }, null, 2)}\n`;
  return { window, feeds: generated, index, warnings };
}

function previousFeed(text: string | undefined, path: string, zone: string, warnings: string[]) {
  if (text === undefined) return undefined;
  try {
    if (text.trim() === '') throw new FeedParseError('the file is empty or could not be read');
    return parsePublishedFeed(text, zone);
  } catch (error) {
    // Whatever is wrong with a feed left by an earlier build (cut short, edited by hand, written
    // with a time zone this build refuses), this build replaces it; only its history is lost.
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(`${path}: the previous version is unreadable (${reason}); replaced, without its history`);
    return undefined;
  }
}
