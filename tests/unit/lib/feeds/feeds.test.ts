import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRota } from '../../../../src/lib/data-files/rota-files.ts';
import { generateFeeds, type GeneratedFeeds } from '../../../../src/lib/feeds/feeds.ts';
import type { Override, RotaData } from '../../../../src/lib/rota/model.ts';
import { createRota, wallInstant, type Rota } from '../../../../src/lib/rota/rota.ts';
import { shiftsBetween } from '../../../../src/lib/rota/shifts.ts';
import { addDays } from '../../../../src/lib/time/civil-date.ts';
import { at, calendar } from '../../../support/calendar.ts';
import { parseFeed, type ParsedEvent, type ParsedFeed } from '../../../support/ical.ts';

// The sample team in content/rota, built on Monday 30 November 2026: the feeds cover the weeks from
// Wednesday 28 October 2026 to Tuesday 30 November 2027.
const SITE = 'https://support-handbook.example.gov.uk';
const NOW = at('2026-11-30T05:15:00Z');
const HOUR = 3_600_000;
const sample = readRota({ now: NOW }).rota;
// Each build of every feed takes a few hundred milliseconds, and these tests make several.
const SLOW = { timeout: 60_000 };

const build = (rota: Rota, options: { now?: number; previous?: GeneratedFeeds } = {}) =>
  generateFeeds(rota, {
    site: SITE,
    now: options.now ?? NOW,
    previous: options.previous && new Map(options.previous.feeds.map((f) => [f.path, f.text])),
  });
const feedOf = (generated: GeneratedFeeds, path: string): ParsedFeed => parseFeed(generated.feeds.find((f) => f.path === path)!.text);
const uids = (g: GeneratedFeeds) => g.feeds.map((f) => parseFeed(f.text).events.map((e) => e.uid));
const live = (feed: ParsedFeed) => feed.events.filter((e) => e.status !== 'CANCELLED');
const withData = (change: (data: RotaData) => RotaData) => createRota(change(sample.data), calendar);
const addOverride = (o: Omit<Override, 'entry'>) =>
  withData((d) => ({ ...d, overrides: [...d.overrides, { ...o, entry: d.overrides.length + 1 }] }));

const generated = build(sample);
const { window } = generated;
const onCallRotations = sample.rotations.filter((r) => r.kind === 'on-call');
const firstLineRotations = sample.rotations.filter((r) => r.kind === 'first-line');

describe('every feed, read back with ical.js, matches the rota engine', SLOW, () => {
  it('covers 4 weeks before the build to 52 weeks after, in whole rota weeks', () => {
    expect(window).toMatchObject({ firstWeek: '2026-10-28', weeks: 57, endDay: '2027-12-01' });
    expect(window.from).toBe(at('2026-10-28T10:00:00Z'));
    expect(generated.feeds.map((f) => f.path)).toEqual([
      'feeds/support.ics',
      'feeds/on-call.ics',
      ...sample.data.people.map((p) => `feeds/people/${p.id}.ics`),
    ]);
  });

  it('on-call.ics: one timed event per on-call block, same person, same start and end instant, primary or second line', () => {
    const shifts = shiftsBetween(sample, window.from, window.to, { rotations: onCallRotations.map((r) => r.id) });
    const events = feedOf(generated, 'feeds/on-call.ics').events;
    expect(shifts.length).toBeGreaterThan(500);
    expect(events.map((e) => [e.uid.split('/')[0], e.summary.slice(e.summary.indexOf(': ') + 2), e.start, e.end])).toEqual(
      shifts.map((s) => [s.rotation, sample.nameOf(s.person), s.start, s.end]),
    );
    for (const [i, e] of events.entries()) {
      const tier = sample.rotation(shifts[i]!.rotation)!.tier;
      expect(e.summary.startsWith(tier === 'primary' ? 'On call (primary): ' : 'On call (second line): ')).toBe(true);
      expect(e).toMatchObject({ allDay: false, tzid: 'Europe/London', transparency: 'TRANSPARENT', status: 'CONFIRMED' });
    }
  });

  it('support.ics: one all-day event per week, Wednesday to the next Wednesday, naming who works first line', () => {
    const events = feedOf(generated, 'feeds/support.ics').events;
    expect(events).toHaveLength(57);
    for (const [i, e] of events.entries()) {
      const start = addDays(window.firstWeek, 7 * i);
      expect(e).toMatchObject({
        uid: `support-week/${start}@support-handbook.example.gov.uk`,
        allDay: true,
        start,
        end: addDays(start, 7),
      });
      const [from, to] = [start, addDays(start, 7)].map((date) => wallInstant({ date, minutes: 600 }, 'Europe/London')) as [number, number];
      const holders = firstLineRotations.map((r) => [
        ...new Set(shiftsBetween(sample, from, to, { rotations: [r.id] }).map((s) => s.person)),
      ]);
      if (holders.every((h) => h.length === 1)) {
        expect(e.summary).toBe(
          `First line: ${sample.nameOf(holders[0]![0]!)} (developer) and ${sample.nameOf(holders[1]![0]!)} (ops engineer)`,
        );
      } else {
        expect(e.summary).toMatch(/, with cover$/);
        for (const person of holders.flat()) expect(e.description).toContain(sample.nameOf(person));
      }
      expect(e.description).toContain(`Rota: ${SITE}/rota/?week=${start}`);
      expect(e.description).toContain(`${SITE}/handbook/on-call/`);
    }
  });

  it('people/<id>.ics: exactly the days and on-call blocks that person works', () => {
    for (const person of sample.data.people) {
      const feed = feedOf(generated, `feeds/people/${person.id}.ics`);
      expect(feed.name).toBe(`Support rota: ${person.name}`);
      const onCall = shiftsBetween(sample, window.from, window.to, { person: person.id, rotations: onCallRotations.map((r) => r.id) });
      expect(feed.events.filter((e) => !e.allDay).map((e) => [e.start, e.end])).toEqual(onCall.map((s) => [s.start, s.end]));
      // All-day events cover exactly the working days of their first-line shifts, no more, no fewer.
      const worked = shiftsBetween(sample, window.from, window.to, {
        person: person.id,
        rotations: firstLineRotations.map((r) => r.id),
      }).map((s) => calendar.localDate(s.start));
      const covered = feed.events.filter((e) => e.allDay).flatMap((e) => daysIn(e).filter((d) => calendar.periodOn(d)));
      expect(covered).toEqual([...new Set(worked)]);
      for (const e of feed.events) {
        expect(e.summary).toMatch(
          e.allDay ? /^First line \((developer|ops engineer)\), with / : /^On call \((primary|second line)\), (second line|primary): /,
        );
        expect(e.description).toContain(person.name);
      }
    }
  });

  it('says who each person is paired with', () => {
    // Week of 2 December 2026: Siobhán O'Neill and Rhys Morgan on first line, Kwame Mensah on call, 李伟 (Wei Li) second line.
    const kwame = feedOf(generated, 'feeds/people/kwame-mensah.ics').events.find((e) => e.start === at('2026-12-03T18:00:00Z'))!;
    expect(kwame.summary).toBe('On call (primary), second line: 李伟 (Wei Li)');
    expect(kwame.description).toContain('Second line: 李伟 (Wei Li).');
    const siobhan = feedOf(generated, 'feeds/people/siobhan-oneill.ics').events.find((e) => e.start === '2026-12-02')!;
    expect(siobhan).toMatchObject({ end: '2026-12-09', summary: 'First line (developer), with Rhys Morgan' });
  });

  it('an override shows the cover, not the person they replace', () => {
    // Thursday 10 December 2026: Priya Raman covers Zoë Martin's first-line day.
    const zoe = feedOf(generated, 'feeds/people/zoe-martin.ics').events.filter(
      (e) => e.allDay && e.start < '2026-12-16' && e.end > '2026-12-09',
    );
    expect(zoe.map((e) => [e.start, e.end])).toEqual([
      ['2026-12-09', '2026-12-10'],
      ['2026-12-11', '2026-12-16'],
    ]);
    const priya = feedOf(generated, 'feeds/people/priya-raman.ics').events.find((e) => e.start === '2026-12-10')!;
    expect(priya).toMatchObject({ end: '2026-12-11' });
    expect(priya.description).toContain('Covering for Zoë Martin');
    const week = feedOf(generated, 'feeds/support.ics').events.find((e) => e.start === '2026-12-09')!;
    expect(week.description).toContain(
      'Cover (developer): Priya Raman for Zoë Martin, Thu 10 Dec, 10:00 to 18:00; swap (Zoë at a user research session).',
    );
  });

  it('links every event back to the rota page and the handbook', () => {
    for (const feed of generated.feeds) {
      for (const e of parseFeed(feed.text).events) {
        expect(e.url).toMatch(/^https:\/\/support-handbook\.example\.gov\.uk\/rota\/\?/);
        expect(e.description).toContain(`Rota: ${e.url}`);
        expect(e.description).toContain('On-call handbook: https://support-handbook.example.gov.uk/handbook/on-call/');
      }
    }
  });
});

describe('the 2026 clock changes', SLOW, () => {
  // Built in March 2026, so the window reaches both changes.
  const march = build(sample, { now: at('2026-03-09T12:00:00Z') });
  const onCall = feedOf(march, 'feeds/on-call.ics');
  const block = (start: string) => onCall.events.find((e) => e.uid === `on-call/${start}@support-handbook.example.gov.uk`)!;

  it('the weekend the clocks go forward is 63 hours, Friday 18:00 GMT to Monday 10:00 BST', () => {
    const e = block('2026-03-27T1800');
    expect([e.start, e.end]).toEqual([at('2026-03-27T18:00:00Z'), at('2026-03-30T09:00:00Z')]);
    expect(((e.end as number) - (e.start as number)) / HOUR).toBe(63);
  });

  it('the weekend the clocks go back is 65 hours, Friday 18:00 BST to Monday 10:00 GMT', () => {
    const e = block('2026-10-23T1800');
    expect([e.start, e.end]).toEqual([at('2026-10-23T17:00:00Z'), at('2026-10-26T10:00:00Z')]);
    expect(((e.end as number) - (e.start as number)) / HOUR).toBe(65);
  });

  it('weeknight blocks either side are 16 hours, 18:00 to 10:00 local time', () => {
    for (const start of ['2026-03-26T1800', '2026-03-30T1800', '2026-10-22T1800', '2026-10-26T1800']) {
      const e = block(start);
      expect(((e.end as number) - (e.start as number)) / HOUR).toBe(16);
    }
  });
});

describe('independent of the time zone of the machine that builds', SLOW, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('scripts/build-feeds.ts writes byte-identical feeds under TZ=UTC, America/New_York and Europe/London', () => {
    const outputs = ['UTC', 'America/New_York', 'Europe/London'].map((zone) => {
      const dir = mkdtempSync(join(tmpdir(), 'feeds-tz-'));
      dirs.push(dir);
      execFileSync(
        process.execPath,
        ['scripts/build-feeds.ts', '--out', dir, '--now', '2026-11-30T05:15:00Z', '--previous', 'none', '--site', SITE],
        {
          env: { ...process.env, TZ: zone },
          stdio: 'pipe',
        },
      );
      const files = readdirSync(join(dir, 'feeds'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
      return Object.fromEntries(
        files.map((f) => [join(f.parentPath, f.name).slice(dir.length), readFileSync(join(f.parentPath, f.name), 'utf8')]),
      );
    });
    expect(Object.keys(outputs[0]!)).toHaveLength(sample.data.people.length + 3);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    // And the same as this process makes, whatever TZ the test runner has.
    expect(outputs[0]!['/feeds/on-call.ics']).toBe(generated.feeds[1]!.text);
  }, 120_000);
});

describe('UIDs and SEQUENCE across builds', SLOW, () => {
  it('two builds of the same data publish the same UIDs, and the same everything but DTSTAMP', () => {
    const again = build(sample, { now: NOW + 2 * HOUR, previous: generated });
    expect(uids(again)).toEqual(uids(generated));
    const strip = (g: GeneratedFeeds) => g.feeds.map((f) => f.text.replace(/^DTSTAMP:.*$/gm, ''));
    expect(strip(again)).toEqual(strip(generated));
    expect(build(sample).feeds.map((f) => f.text)).toEqual(generated.feeds.map((f) => f.text));
  });

  const override = {
    rotation: 'on-call',
    from: '2026-12-04T18:00',
    to: '2026-12-07T10:00',
    cover: 'aoife-brennan',
    reason: 'swap',
    note: 'Kwame away; Aoife covers, then swaps back',
  } as const;
  const changed = addOverride(override);
  const weekend = `on-call/2026-12-04T1800@support-handbook.example.gov.uk`;

  for (const previous of [generated, undefined]) {
    it(`adding an override keeps every UID and raises SEQUENCE on what it changed (${previous ? 'with' : 'without'} the previous feeds)`, () => {
      const after = build(changed, previous ? { previous } : {});
      // The team feeds keep every UID. (Each person's feed is its own calendar, so there the shift moves, below.)
      expect(uids(after).slice(0, 2)).toEqual(uids(generated).slice(0, 2));
      const before = feedOf(generated, 'feeds/on-call.ics').events;
      const now = feedOf(after, 'feeds/on-call.ics').events;
      const was = before.find((e) => e.uid === weekend)!;
      const is = now.find((e) => e.uid === weekend)!;
      expect(was.summary).toBe('On call (primary): Kwame Mensah');
      expect(is.summary).toBe('On call (primary): Aoife Brennan');
      expect(is.sequence).toBeGreaterThan(was.sequence);
      // The second line's event names the new primary, so it changed too; nothing else did.
      const raised = now.filter((e, i) => e.sequence > before[i]!.sequence).map((e) => e.uid);
      expect(raised).toEqual([weekend, `on-call-second-line/2026-12-04T1800@support-handbook.example.gov.uk`]);
      // The same shift moves from Kwame's feed to Aoife's; with the previous feeds, Kwame's says it is cancelled.
      const friday = at('2026-12-04T18:00:00Z');
      expect(
        live(feedOf(after, 'feeds/people/aoife-brennan.ics'))
          .filter((e) => e.start === friday)
          .map((e) => e.uid),
      ).toEqual(['aoife-brennan/on-call/2026-12-04T1800@support-handbook.example.gov.uk']);
      const kwame = feedOf(after, 'feeds/people/kwame-mensah.ics').events.filter((e) => e.start === friday);
      expect(kwame.map((e) => [e.uid, e.status])).toEqual(
        previous ? [['kwame-mensah/on-call/2026-12-04T1800@support-handbook.example.gov.uk', 'CANCELLED']] : [],
      );
    });
  }

  it('editing or removing an override raises SEQUENCE again rather than lowering it', () => {
    const first = build(changed, { previous: generated });
    const edited = build(addOverride({ ...override, cover: 'ingrid-sorensen' }), { previous: first });
    const removed = build(sample, { previous: edited });
    const seq = (g: GeneratedFeeds) => feedOf(g, 'feeds/on-call.ics').events.find((e) => e.uid === weekend)!.sequence;
    expect([seq(generated), seq(first), seq(edited), seq(removed)]).toEqual([0, 1, 2, 3]);
    expect(feedOf(removed, 'feeds/on-call.ics').events.find((e) => e.uid === weekend)!.summary).toBe('On call (primary): Kwame Mensah');
  });

  it('an override that splits a block keeps the first half’s UID and gives the second half its own', () => {
    const split = build(addOverride({ ...override, from: '2026-12-05T12:00' }), { previous: generated });
    const events = feedOf(split, 'feeds/on-call.ics').events.filter((e) => e.uid.startsWith('on-call/2026-12-0'));
    expect(
      events
        .filter((e) => e.uid === weekend || e.uid.startsWith('on-call/2026-12-05'))
        .map((e) => [e.uid.split('@')[0], e.summary, e.sequence]),
    ).toEqual([
      ['on-call/2026-12-04T1800', 'On call (primary): Kwame Mensah', 1],
      ['on-call/2026-12-05T1200', 'On call (primary): Aoife Brennan', 1],
    ]);
  });
});

describe('shifts that disappear', SLOW, () => {
  // Tomasz leaves the on-call rotation from 6 January 2027 (a change of order at that handoff).
  const reordered = withData((d) => ({
    ...d,
    rotations: d.rotations.map((r) =>
      r.id === 'on-call' ? { ...r, changes: [{ from: '2027-01-06', members: ['kwame-mensah', 'ingrid-sorensen', 'aoife-brennan'] }] } : r,
    ),
  }));

  it('a person’s shifts that are gone are published as cancelled, then dropped after four weeks', () => {
    const after = build(reordered, { previous: generated });
    const tomasz = feedOf(after, 'feeds/people/tomasz-wojcik.ics');
    const cancelled = tomasz.events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(20);
    const before = new Map(feedOf(generated, 'feeds/people/tomasz-wojcik.ics').events.map((e) => [e.uid, e]));
    for (const e of cancelled) {
      expect(e.start as number).toBeGreaterThanOrEqual(at('2027-01-06T10:00:00Z'));
      expect(e.sequence).toBe(before.get(e.uid)!.sequence + 1);
      expect(e.summary).toBe(`Cancelled: ${before.get(e.uid)!.summary}`);
      expect(e.lastModified).toBe(NOW);
    }
    // Next day: still cancelled, unchanged. Five weeks on: gone.
    const nextDay = build(reordered, { now: NOW + 24 * HOUR, previous: after });
    expect(
      feedOf(nextDay, 'feeds/people/tomasz-wojcik.ics')
        .events.filter((e) => e.status === 'CANCELLED')
        .map((e) => [e.uid, e.sequence]),
    ).toEqual(cancelled.map((e) => [e.uid, e.sequence]));
    const later = build(reordered, { now: NOW + 35 * 24 * HOUR, previous: nextDay });
    expect(feedOf(later, 'feeds/people/tomasz-wojcik.ics').events.filter((e) => e.status === 'CANCELLED')).toEqual([]);
  });

  it('team feeds keep the UIDs (the rotation still runs) and raise SEQUENCE on the new holders', () => {
    const after = build(reordered, { previous: generated });
    expect(uids(after).slice(0, 2)).toEqual(uids(generated).slice(0, 2));
    const before = feedOf(generated, 'feeds/on-call.ics').events;
    const now = feedOf(after, 'feeds/on-call.ics').events;
    expect(now.filter((e) => e.status === 'CANCELLED')).toEqual([]);
    const changed = now.filter((e, i) => e.summary !== before[i]!.summary);
    expect(changed.length).toBeGreaterThan(100);
    for (const e of now)
      expect(e.sequence).toBe(
        before.find((b) => b.uid === e.uid)!.sequence +
          (changed.includes(e) || e.description !== before.find((b) => b.uid === e.uid)!.description ? 1 : 0),
      );
  });

  it('a rotation that ends publishes its remaining shifts as cancelled', () => {
    const ended = withData((d) => ({
      ...d,
      rotations: d.rotations.map((r) => (r.id === 'on-call-second-line' ? { ...r, until: '2027-06-02' } : r)),
    }));
    const after = feedOf(build(ended, { previous: generated }), 'feeds/on-call.ics');
    const gone = after.events.filter((e) => e.status === 'CANCELLED');
    expect(gone.length).toBeGreaterThan(100);
    expect(gone.every((e) => e.uid.startsWith('on-call-second-line/') && (e.start as number) >= at('2027-06-02T09:00:00Z'))).toBe(true);
  });

  it('someone taken off people.yaml keeps a feed of cancellations until they run out', () => {
    const gareth = 'feeds/people/gareth-llewellyn.ics';
    const withoutGareth = withData((d) => ({
      ...d,
      people: d.people.filter((p) => p.id !== 'gareth-llewellyn'),
      rotations: d.rotations.map((r) =>
        r.id === 'first-line-developer' ? { ...r, members: r.members.map((m) => (m === 'gareth-llewellyn' ? 'dafydd-ap-rhys' : m)) } : r,
      ),
    }));
    const after = build(withoutGareth, { previous: generated });
    const feed = feedOf(after, gareth);
    expect(feed.name).toBe('Support rota: Gareth Llewellyn');
    expect(feed.events.length).toBeGreaterThan(0);
    expect(feed.events.every((e) => e.status === 'CANCELLED')).toBe(true);
    const muchLater = build(withoutGareth, { now: NOW + 35 * 24 * HOUR, previous: after });
    expect(muchLater.feeds.some((f) => f.path === gareth)).toBe(false);
  });
});

function daysIn(e: ParsedEvent): string[] {
  const days: string[] = [];
  for (let d = e.start as string; d < (e.end as string); d = addDays(d, 1)) days.push(d);
  return days;
}
