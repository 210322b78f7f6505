import { describe, expect, it } from 'vitest';
import { CANCELLED_FOR_DAYS, reconcile } from '../../../../src/lib/feeds/feed-state.ts';
import { feedWindow } from '../../../../src/lib/feeds/feed-window.ts';
import type { FeedEvent, PublishedEvent } from '../../../../src/lib/feeds/model.ts';
import { at } from '../../../support/calendar.ts';
import { testRota } from '../../../support/rota.ts';

const DAY = 86_400_000;
const now = at('2026-11-30T05:15:00Z');
const window = feedWindow(testRota(), now);
const uidSuffix = '@support.example';

function event(id: string, overrides = 0, summary = 'On call (primary): Ana'): FeedEvent {
  return {
    uid: `on-call/${id}${uidSuffix}`,
    time: { allDay: false, start: at(`${id}:00Z`), end: at(`${id}:00Z`) + 16 * 3_600_000 },
    summary,
    description: `${summary}.`,
    url: 'https://support.example/rota/',
    overrides,
  };
}

function published(e: FeedEvent, sequence: number, extra: Partial<PublishedEvent> = {}): PublishedEvent {
  return { uid: e.uid, time: e.time, summary: e.summary, description: e.description, url: e.url, status: 'confirmed', sequence, ...extra };
}

describe('SEQUENCE', () => {
  it('with no earlier feed, is the number of overrides that shaped the event', () => {
    const out = reconcile([event('2026-12-02T18:00'), event('2026-12-03T18:00', 1)], { now, window, uidSuffix });
    expect(out.map((e) => e.sequence)).toEqual([0, 1]);
    expect(out.every((e) => e.status === 'confirmed' && e.lastModified === undefined)).toBe(true);
  });

  it('stays the same when nothing a calendar shows has changed', () => {
    const e = event('2026-12-02T18:00');
    expect(reconcile([e], { now, window, uidSuffix, previous: [published(e, 4)] })[0]!.sequence).toBe(4);
  });

  it('goes up by one when the title, description, time, link or status changed', () => {
    const before = event('2026-12-02T18:00');
    const changes: FeedEvent[] = [
      { ...before, summary: 'On call (primary): Ben' },
      { ...before, description: 'Something else.' },
      { ...before, time: { allDay: false, start: before.time.start as number, end: (before.time.end as number) + 3_600_000 } },
      { ...before, url: 'https://support.example/rota/?week=2026-12-02' },
    ];
    for (const changed of changes)
      expect(reconcile([changed], { now, window, uidSuffix, previous: [published(before, 2)] })[0]!.sequence).toBe(3);
    // Back on the rota after being cancelled is a change too.
    expect(reconcile([before], { now, window, uidSuffix, previous: [published(before, 5, { status: 'cancelled' })] })[0]!.sequence).toBe(6);
  });

  it('never drops below the override count, and never below what was published', () => {
    const e = event('2026-12-02T18:00', 3);
    expect(reconcile([e], { now, window, uidSuffix, previous: [published(e, 1)] })[0]!.sequence).toBe(3);
    // An override removed: fewer overrides, but a change, so still up.
    const without = { ...event('2026-12-02T18:00', 0), summary: 'On call (primary): Ben' };
    expect(reconcile([without], { now, window, uidSuffix, previous: [published(e, 3)] })[0]!.sequence).toBe(4);
  });
});

describe('cancellations', () => {
  it('publishes a vanished event in the window as cancelled, with a higher SEQUENCE and when it was cancelled', () => {
    const kept = event('2026-12-02T18:00');
    const gone = event('2026-12-03T18:00', 1);
    const out = reconcile([kept], { now, window, uidSuffix, previous: [published(kept, 0), published(gone, 1)] });
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({
      uid: gone.uid,
      status: 'cancelled',
      sequence: 2,
      lastModified: now,
      time: gone.time,
      summary: `Cancelled: ${gone.summary}`,
    });
    expect(out[1]!.description).toContain(gone.description);
  });

  it('keeps publishing a cancellation unchanged for four weeks, then drops it', () => {
    const gone = event('2027-03-03T18:00');
    const first = reconcile([], { now, window, uidSuffix, previous: [published(gone, 0)] });
    const later = (days: number) =>
      reconcile([], { now: now + days * DAY, window: feedWindow(testRota(), now + days * DAY), uidSuffix, previous: first });
    expect(later(1)).toEqual(first);
    expect(later(CANCELLED_FOR_DAYS - 1)).toEqual(first);
    expect(later(CANCELLED_FOR_DAYS)).toEqual([]);
  });

  it('drops events that merely left the window, and never touches another site’s UIDs', () => {
    const old = event('2026-10-01T18:00');
    const foreign = { ...event('2026-12-03T18:00'), uid: 'on-call/2026-12-03T18:00@elsewhere.example' };
    expect(reconcile([], { now, window, uidSuffix, previous: [published(old, 0), published(foreign, 0)] })).toEqual([]);
  });

  it('does the same for all-day events, by date', () => {
    const week: FeedEvent = {
      uid: `support-week/2026-12-09${uidSuffix}`,
      time: { allDay: true, start: '2026-12-09', end: '2026-12-16' },
      summary: 'First line',
      description: '',
      url: '',
      overrides: 0,
    };
    const before: FeedEvent = {
      ...week,
      uid: `support-week/2026-10-21${uidSuffix}`,
      time: { allDay: true, start: '2026-10-21', end: '2026-10-28' },
    };
    const out = reconcile([], { now, window, uidSuffix, previous: [published(week, 0), published(before, 0)] });
    expect(out.map((e) => [e.uid, e.status])).toEqual([[week.uid, 'cancelled']]);
  });
});
