// Engine timings with Vitest's bench fixture (Tinybench): `npm run bench:engines` runs every bench
// file and records each case's mean and range (tests/bench/record.ts).
import { describe } from 'vitest';
import { readSla, readWorkingCalendar } from '../../src/lib/data-files/working-time-files.ts';
import { readRota } from '../../src/lib/data-files/rota-files.ts';
import { generateFeeds } from '../../src/lib/feeds/feeds.ts';
import { checkRota } from '../../src/lib/rota/check.ts';
import { ROTA_FILES } from '../../src/lib/rota/problems.ts';
import { statusAt } from '../../src/lib/rota/queries.ts';
import { createRota } from '../../src/lib/rota/rota.ts';
import { shiftsBetween } from '../../src/lib/rota/shifts.ts';
import { weekRows } from '../../src/lib/rota/weeks.ts';
import { readBatch, triage } from '../../src/lib/sla/batch.ts';
import { replyDeadline } from '../../src/lib/sla/deadline.ts';
import { PLAN_IDS, PRIORITY_IDS } from '../../src/lib/sla/terms.ts';
import { formatWallTimeInput } from '../../src/lib/time/wall-time-input.ts';
import { recorder } from './record.ts';
import { random, syntheticRota } from './synthetic-rota.ts';

const terms = readSla();
const calendar = readWorkingCalendar();
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');

const { measure } = recorder();

describe('SLA engine', () => {
  const G = 'sla';
  const next = random(42);
  const tickets = Array.from({ length: 10_000 }, (_, i) => ({
    plan: PLAN_IDS[i % PLAN_IDS.length]!,
    priority: PRIORITY_IDS[Math.floor(i / PLAN_IDS.length) % PRIORITY_IDS.length]!,
    from: FROM + Math.floor(next() * (TO - FROM)),
  }));
  measure(G, '10,000 first-reply deadlines, received across 2026-2027', () => {
    for (const ticket of tickets) replyDeadline(terms, calendar, ticket);
  });

  const rows = tickets.map(
    (t, i) =>
      `T${i},${['Urgent', 'High', 'Normal', 'Low'][i % 4]},${i % 3 ? 'standard' : 'Managed Plus'},${formatWallTimeInput(t.from, terms.workingHours.timeZone)}`,
  );
  const pasted = ['Ticket,Priority,Plan,Received', ...rows].join('\n');
  measure(G, 'batch triage of 10,000 pasted rows (parse, deadlines, statuses)', () => {
    triage(calendar, readBatch(terms, calendar, pasted).tickets, Date.parse('2027-01-01T12:00:00Z'));
  });
});

describe('rota engine, 200 people in 10 rotations', () => {
  const G = 'rota';
  const data = syntheticRota();
  const rota = createRota(data, calendar);
  measure(G, 'expand 2026-2027 into shifts', () => {
    shiftsBetween(createRota(data, calendar), FROM, TO);
  });
  measure(G, 'every build check (data and the 13-week look-ahead)', () => {
    checkRota(data, {
      calendar,
      files: ROTA_FILES,
      now: Date.parse('2026-11-30T12:00:00Z'),
      settings: { strictness: 'warn', planningHorizonWeeks: 13 },
    });
  });
  measure(G, '104 week rows for the viewer', () => {
    weekRows(rota, '2026-01-07', 104);
  });
  measure(G, 'who is on every rotation at one instant', () => {
    statusAt(rota, Date.parse('2026-12-25T12:00:00Z'));
  });
});

describe('calendar feeds, 57-week window of a build on 30 November 2026', () => {
  const G = 'feeds';
  const site = 'https://support-handbook.example.gov.uk';
  const now = Date.parse('2026-11-30T05:15:00Z');
  for (const [label, rota] of [
    ['sample team', readRota({ now }).rota],
    ['200 people', createRota(syntheticRota(), calendar)],
  ] as const) {
    const previous = new Map(generateFeeds(rota, { site, now }).feeds.map((f) => [f.path, f.text]));
    measure(G, `every feed, ${label}, no earlier feeds`, () => {
      generateFeeds(rota, { site, now });
    });
    measure(G, `every feed, ${label}, compared with the day before's`, () => {
      generateFeeds(rota, { site, now: now + 86_400_000, previous });
    });
  }
});
