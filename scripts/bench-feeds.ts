// Benchmark of the calendar feeds. Not a test: it prints figures (and writes
// bench-results/feeds.json) for the README's "Calendar feeds" section.
//   npm run bench:feeds
// Times generating every feed for the sample team in content/rota and for a synthetic rota of 200
// people and 10 rotations, first with no earlier feeds and then against the feeds of the build
// before (the normal daily case: every feed is read back and compared), and weighs the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import { readRota } from '../src/lib/data-files/rota-files.ts';
import { generateFeeds, type GeneratedFeeds } from '../src/lib/feeds/feeds.ts';
import type { Override, Person, RotaData, Rotation } from '../src/lib/rota/model.ts';
import { createRota, type Rota } from '../src/lib/rota/rota.ts';
import { addDays } from '../src/lib/time/civil-date.ts';
import { timeMedian } from './lib/timing.ts';

const RUNS = 7;
const SITE = 'https://support-handbook.example.gov.uk';
/** A Monday build; the feeds cover 28 October 2026 to 1 December 2027. */
const NOW = Date.parse('2026-11-30T05:15:00Z');

// A fixed pseudo-random sequence, so every run times the same work.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Names as long and as varied as real ones: accents, apostrophes, a comma, non-Latin scripts.
const GIVEN = ['Siobhán', 'Zoë', '李伟', 'Amara', 'Tomasz', 'Priya', 'Gareth', 'Chloé', 'Dafydd', 'Rhys', 'Aoife', 'Kwame', 'Ingrid', 'Óscar', 'Ярослава', 'محمد'];
const FAMILY = ["O'Neill", 'Martin', 'Wójcik', 'Okafor', 'Raman', 'Llewellyn', 'Dubois', 'ap Rhys', 'Morgan', 'Brennan', 'Sørensen', 'Nguyễn', 'Smith, Jr.', '田中'];

/** 200 people; 2 developer and 2 ops first-line rotations, 3 primary and 3 second-line on call, 20 people each. */
function syntheticRota(): RotaData {
  const next = random(1967);
  const people: Person[] = Array.from({ length: 200 }, (_, i) => ({
    id: `person-${i}`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]} ${i}`,
    role: i < 100 ? 'developer' : 'ops-engineer',
    onCall: true,
  }));
  const kinds = [
    ['first-line', 'developer', 'primary'],
    ['first-line', 'developer', 'primary'],
    ['first-line', 'ops-engineer', 'primary'],
    ['first-line', 'ops-engineer', 'primary'],
    ['on-call', undefined, 'primary'],
    ['on-call', undefined, 'primary'],
    ['on-call', undefined, 'primary'],
    ['on-call', undefined, 'secondary'],
    ['on-call', undefined, 'secondary'],
    ['on-call', undefined, 'secondary'],
  ] as const;
  const rotations: Rotation[] = kinds.map(([kind, role, tier], r) => ({
    id: `rotation-${r}`,
    name: `${kind === 'on-call' ? 'On call' : 'First line'} ${r}`,
    kind,
    role,
    tier,
    start: '2025-12-31',
    turnWeeks: 1,
    handoff: { day: 'Wednesday', time: '10:00' },
    members: Array.from({ length: 20 }, (_, m) => `person-${(r * 20 + m) % 200}`),
    changes: [],
  }));
  const overrides: Override[] = [];
  for (const rotation of rotations) {
    // Ten overrides on each rotation in the window, a day to a week long, in different weeks.
    const weeks = new Set<number>();
    while (weeks.size < 10) weeks.add(44 + Math.floor(next() * 56));
    for (const week of [...weeks].sort((a, b) => a - b)) {
      const day = addDays('2025-12-31', week * 7 + Math.floor(next() * 3));
      overrides.push({
        entry: overrides.length + 1,
        rotation: rotation.id,
        from: `${day}T10:00`,
        to: `${addDays(day, 1 + Math.floor(next() * 4))}T10:00`,
        cover: rotation.members[Math.floor(next() * rotation.members.length)]!,
        reason: (['swap', 'leave', 'illness'] as const)[overrides.length % 3]!,
        note: 'Cover, arranged in advance; see the thread',
      });
    }
  }
  return { people, rotations, overrides };
}

const time = <T>(work: () => T) => timeMedian(work, RUNS);

interface Sizes {
  feeds: number;
  events: number;
  bytes: number;
  gzip: number;
}

function sizes(generated: GeneratedFeeds, filter: (path: string) => boolean): Sizes {
  const feeds = generated.feeds.filter((f) => filter(f.path));
  return {
    feeds: feeds.length,
    events: feeds.reduce((n, f) => n + f.events, 0),
    bytes: feeds.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    gzip: feeds.reduce((n, f) => n + gzipSync(f.text).length, 0),
  };
}

function measure(label: string, rota: Rota) {
  const fresh = time(() => generateFeeds(rota, { site: SITE, now: NOW }));
  const previous = new Map(fresh.result.feeds.map((f) => [f.path, f.text]));
  // The next day's build against today's feeds.
  const daily = time(() => generateFeeds(rota, { site: SITE, now: NOW + 86_400_000, previous }));
  const people = sizes(fresh.result, (p) => p.includes('/people/'));
  return {
    label,
    persons: rota.data.people.length,
    rotations: rota.rotations.length,
    msWithoutPrevious: fresh.ms,
    msWithPrevious: daily.ms,
    support: sizes(fresh.result, (p) => p.endsWith('/support.ics')),
    onCall: sizes(fresh.result, (p) => p.endsWith('/on-call.ics')),
    people,
    largestPerson: Math.max(...fresh.result.feeds.filter((f) => f.path.includes('/people/')).map((f) => Buffer.byteLength(f.text))),
    all: sizes(fresh.result, () => true),
  };
}

const calendar = readWorkingCalendar();
const results = [measure('Sample team (content/rota)', readRota({ now: NOW }).rota), measure('200 people, 10 rotations', createRota(syntheticRota(), calendar))];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
const size = (s: Sizes) => `${s.feeds === 1 ? '' : `${s.feeds} feeds, `}${s.events.toLocaleString('en-GB')} events, ${kb(s.bytes)} (${kb(s.gzip)} gzip)`;
for (const r of results) {
  console.log(`\n${r.label}: ${r.persons} people, ${r.rotations} rotations, window of 57 weeks, median of ${RUNS} runs`);
  console.log(`  generate every feed, no earlier feeds:        ${r.msWithoutPrevious.toFixed(0)} ms`);
  console.log(`  generate every feed, compared with yesterday: ${r.msWithPrevious.toFixed(0)} ms`);
  console.log(`  support.ics:  ${size(r.support)}`);
  console.log(`  on-call.ics:  ${size(r.onCall)}`);
  console.log(`  people/*.ics: ${size(r.people)}; largest ${kb(r.largestPerson)}`);
  console.log(`  all feeds:    ${size(r.all)}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/feeds.json', `${JSON.stringify({ node: process.version, runs: RUNS, results }, null, 2)}\n`);
