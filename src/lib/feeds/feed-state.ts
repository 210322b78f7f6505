import type { FeedWindow } from './feed-window.ts';
import type { EventTime, FeedEvent, PublishedEvent } from './model.ts';

/**
 * SEQUENCE and cancellations without a server or a store of our own. The state is what the site
 * published last time: the build reads the previous feeds back (see previous-feeds.ts)
 * and compares.
 *
 * SEQUENCE of an event is the larger of:
 *   - the number of overrides that shaped it, from the data alone. Adding an override raises it
 *     even when no earlier feed can be read, and identical data always gives the same number;
 *   - its SEQUENCE in the previous feed, plus one if anything a calendar shows (times, title,
 *     description, link, status) changed since. This covers what the count cannot: an override
 *     edited or removed, a rota order changed, a name corrected.
 * Identical builds therefore publish identical SEQUENCEs, and a change never lowers one while the
 * previous feed is readable. UIDs never depend on the person, so an override changes SEQUENCE and
 * not UID.
 *
 * An event that was published, is missing now and still falls in the window is published again
 * with STATUS:CANCELLED, a higher SEQUENCE and LAST-MODIFIED set to when it was first cancelled.
 * It is kept for CANCELLED_FOR_DAYS, long enough for any app that refreshes at all to see it, then
 * dropped. Events that have merely moved out of the window are dropped without cancelling.
 */

export const CANCELLED_FOR_DAYS = 28;
const DAY = 86_400_000;

export interface ReconcileOptions {
  now: number;
  window: FeedWindow;
  /** What this feed held last time, if known. */
  previous?: readonly PublishedEvent[] | undefined;
  /** Only previous UIDs ending with this (the site's "@host") are ours to cancel. */
  uidSuffix: string;
}

export function reconcile(current: readonly FeedEvent[], options: ReconcileOptions): PublishedEvent[] {
  const previous = new Map((options.previous ?? []).map((e) => [e.uid, e]));
  const published: PublishedEvent[] = current.map((event) => {
    const before = previous.get(event.uid);
    const next: PublishedEvent = {
      uid: event.uid,
      time: event.time,
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: 'confirmed',
      sequence: event.overrides,
    };
    if (before) next.sequence = Math.max(event.overrides, sameContent(before, next) ? before.sequence : before.sequence + 1);
    return next;
  });

  const live = new Set(current.map((e) => e.uid));
  for (const before of previous.values()) {
    if (live.has(before.uid) || !before.uid.endsWith(options.uidSuffix) || !inWindow(before.time, options.window)) continue;
    if (before.status === 'cancelled') {
      // Already cancelled: publish it unchanged until its time is up.
      const since = before.lastModified ?? options.now;
      if (options.now - since < CANCELLED_FOR_DAYS * DAY) published.push({ ...before, lastModified: since });
      continue;
    }
    published.push({
      ...before,
      summary: `Cancelled: ${before.summary}`,
      description: `No longer on the rota: this shift was removed or has changed.\n\n${before.description}`,
      status: 'cancelled',
      sequence: before.sequence + 1,
      lastModified: options.now,
    });
  }
  // Stable sort: events starting together keep the rota's order of rotations.
  return published.sort((a, b) => startKey(a.time) - startKey(b.time));
}

function sameContent(a: PublishedEvent, b: PublishedEvent): boolean {
  return (
    a.status === b.status &&
    a.summary === b.summary &&
    a.description === b.description &&
    (a.url ?? '') === (b.url ?? '') &&
    a.time.allDay === b.time.allDay &&
    a.time.start === b.time.start &&
    a.time.end === b.time.end
  );
}

function inWindow(time: EventTime, window: FeedWindow): boolean {
  return time.allDay ? time.start < window.endDay && time.end > window.firstDay : time.start < window.to && time.end > window.from;
}

/** Sort key: all-day events by their date at UTC midnight, close enough to interleave with timed ones. */
function startKey(time: EventTime): number {
  return time.allDay ? Date.parse(`${time.start}T00:00:00Z`) : time.start;
}
