// Benchmark of the rota engine and the rota page's JavaScript. Not a test: it prints figures (and
// writes bench-results/rota.json) for the README's Performance section.
//   npm run bench:rota           (run `npm run build` first for the page-weight and start-up parts)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { measureIslandStartup } from './lib/island-startup.ts';
import { islandReport, kb, pageJavaScript, sumOf } from './lib/page-js.ts';
import { startStaticServer } from './lib/static-server.ts';
import { readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import { checkRota } from '../src/lib/rota/check.ts';
import type { Override, Person, RotaData, Rotation } from '../src/lib/rota/model.ts';
import { ROTA_FILES } from '../src/lib/rota/problems.ts';
import { createRota } from '../src/lib/rota/rota.ts';
import { shiftsBetween } from '../src/lib/rota/shifts.ts';
import { statusAt } from '../src/lib/rota/queries.ts';
import { weekRows } from '../src/lib/rota/weeks.ts';
import { addDays } from '../src/lib/time/civil-date.ts';
import { timeMedian } from './lib/timing.ts';

const PEOPLE = 200;
const ROTATIONS = 10;
const OVERRIDES_PER_ROTATION = 40;
const RUNS = 7;
const PAGE = 'dist/rota/index.html';
/** Page loads for the start-up figures, and the CPU slowdown Lighthouse's mobile preset uses. */
const LOADS = 10;
const SLOWDOWN = 4;
/** The compact panel alone, as it will be on the home page. */
const PANEL_PAGE = 'dist/rota/now/index.html';
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');

const calendar = readWorkingCalendar();

// A fixed pseudo-random sequence, so every run times the same work.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 200 people and 10 rotations of 20 each: 3 developer and 2 ops first-line rotations, 5 on call. */
function syntheticRota(): RotaData {
  const next = random(2026);
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    role: i < 120 ? 'developer' : 'ops-engineer',
    onCall: true,
  }));
  const rotations: Rotation[] = Array.from({ length: ROTATIONS }, (_, r) => ({
    id: `rotation-${r}`,
    name: `Rotation ${r}`,
    kind: r < 5 ? 'first-line' : 'on-call',
    role: r < 3 ? 'developer' : r < 5 ? 'ops-engineer' : undefined,
    tier: r % 2 ? 'secondary' : 'primary',
    start: '2025-12-31',
    turnWeeks: 1,
    handoff: { day: 'Wednesday', time: '10:00' },
    members: Array.from({ length: 20 }, (_, m) => `person-${r < 3 ? r * 20 + m : r < 5 ? 120 + (r - 3) * 20 + m : (r * 20 + m) % PEOPLE}`),
    changes: [{ from: '2027-01-06', members: Array.from({ length: 20 }, (_, m) => `person-${r < 3 ? r * 20 + ((m + 7) % 20) : r < 5 ? 120 + (r - 3) * 20 + ((m + 7) % 20) : (r * 20 + m + 3) % PEOPLE}`) }],
  }));
  const overrides: Override[] = [];
  for (const rotation of rotations) {
    // One override in each of 40 different weeks, from a day to a whole week long.
    const weeks = new Set<number>();
    while (weeks.size < OVERRIDES_PER_ROTATION) weeks.add(Math.floor(next() * 104));
    for (const week of weeks) {
      const day = addDays('2025-12-31', week * 7);
      const length = 1 + Math.floor(next() * 7);
      overrides.push({
        entry: overrides.length + 1,
        rotation: rotation.id,
        from: `${day}T10:00`,
        to: `${addDays(day, length)}T10:00`,
        cover: rotation.members[Math.floor(next() * rotation.members.length)]!,
        reason: (['swap', 'leave', 'illness'] as const)[overrides.length % 3]!,
      });
    }
  }
  return { people, rotations, overrides };
}

const time = <T>(work: () => T) => timeMedian(work, RUNS);

const data = syntheticRota();
const expansion = time(() => shiftsBetween(createRota(data, calendar), FROM, TO));
const check = time(() => checkRota(data, { calendar, files: ROTA_FILES, now: Date.parse('2026-11-30T12:00:00Z'), settings: { strictness: 'warn', planningHorizonWeeks: 13 } }));
const rota = createRota(data, calendar);
const weeks = time(() => weekRows(rota, '2026-01-07', 104));
const now = time(() => statusAt(rota, Date.parse('2026-12-25T12:00:00Z')));

const js = pageJavaScript(PAGE);
const panel = pageJavaScript(PANEL_PAGE);
const shifts = expansion.result.length;

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} runs`);
console.log(`Rota: ${PEOPLE} people, ${ROTATIONS} rotations, ${data.overrides.length} overrides`);
console.log(`Expand 2026-2027 into shifts: ${expansion.ms.toFixed(0)} ms (${shifts.toLocaleString('en-GB')} shifts, ${((expansion.ms * 1000) / shifts).toFixed(1)} µs each)`);
console.log(`All build checks (data + 13-week look-ahead): ${check.ms.toFixed(0)} ms (${check.result.problems.length} problems in the synthetic data)`);
console.log(`104 week rows for the viewer: ${weeks.ms.toFixed(0)} ms`);
console.log(`Who is on now, every rotation: ${now.ms.toFixed(2)} ms`);
if (js) {
  console.log(`\nRota page JavaScript (gzip, default level):`);
  for (const line of islandReport(js, { own: 'Viewer island and rota engine', props: 'rota + working hours + holidays + the built weeks' })) console.log(line);
  if (panel) console.log(`\n"On support now" panel alone (${PANEL_PAGE}): ${kb(sumOf(panel.island).gzip)} gzip of island JavaScript, ${kb(panel.props.gzip)} gzip of props`);
} else {
  console.log(`\n${PAGE} not found: run \`npm run build\` first to measure the page's JavaScript.`);
}

// The viewer coming alive in a real browser, as a phone would run it (the page as built, served with its headers).
const chromePath = findChromium();
let startup: Awaited<ReturnType<typeof measureIslandStartup>> | undefined;
// Without a build, the page-weight part above has already said to run one.
if (existsSync(PAGE) && !chromePath) {
  console.log('\nNo Chromium found (set CHROMIUM_PATH, or install chromium): the start-up figures are skipped.');
} else if (existsSync(PAGE) && chromePath) {
  const { server, origin } = await startStaticServer({ dir: 'dist' });
  try {
    startup = await measureIslandStartup({ chromePath, url: `${origin}/rota/`, loads: LOADS, slowdown: SLOWDOWN });
  } finally {
    server.close();
  }
  console.log(`\nRota page in Chromium, CPU ${SLOWDOWN}x slower, phone-sized, median of ${LOADS} loads (main-thread time from a CPU profile):`);
  console.log(`  the viewer coming alive over the built HTML: ${startup.startup.toFixed(0)} ms (loads: ${startup.runs.map((r) => r.startup.toFixed(0)).join(', ')})`);
  console.log(`  its later renders, the first showing the time: ${startup.later.toFixed(0)} ms (loads: ${startup.runs.map((r) => r.later.toFixed(0)).join(', ')})`);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/rota.json',
  `${JSON.stringify({ node: process.version, people: PEOPLE, rotations: ROTATIONS, overrides: data.overrides.length, shifts, expandMs: expansion.ms, checkMs: check.ms, weekRowsMs: weeks.ms, nowMs: now.ms, js, panel, startup: startup && { slowdown: SLOWDOWN, ...startup } }, null, 2)}\n`,
);
