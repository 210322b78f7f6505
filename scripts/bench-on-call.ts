// Benchmark of the on-call report. Not a test: it prints figures (and writes
// content/benchmarks/on-call.json) for the README.
//   npm run bench:on-call
// A synthetic team of 200 people in 10 on-call rotations of 20 (5 first line, 5 second line),
// 200 overrides, five rate rules (a one-off day, bank holidays, weekends, nights, the rest) and an
// export of 5,000 alerts: the report for each of 12 pay months, as the CLI makes it (statements,
// time off in lieu, then CSV and JSON text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import type { Override, Person, RotaData, Rotation } from '../src/lib/rota/model.ts';
import { createRota } from '../src/lib/rota/rota.ts';
import { payMonthsFrom } from '../src/lib/on-call/pay-month.ts';
import { checkRateRules, type RateRule } from '../src/lib/on-call/rates.ts';
import { onCallReport, reportCsv, reportJson } from '../src/lib/on-call/report.ts';
import { parseAlertExport } from '../src/lib/on-call/alerts.ts';
import { toilStatements } from '../src/lib/on-call/toil.ts';
import { addDays } from '../src/lib/time/civil-date.ts';

const PEOPLE = 200;
const RUNS = 7;
const ALERTS = 5_000;
const calendar = readWorkingCalendar();

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticRota(): RotaData {
  const next = random(2027);
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    role: i < 120 ? 'developer' : 'ops-engineer',
    onCall: true,
    email: `person.${i}@example.gov.uk`,
  }));
  const rotations: Rotation[] = Array.from({ length: 10 }, (_, r) => ({
    id: `on-call-${r}`,
    name: `On call ${r}`,
    kind: 'on-call',
    tier: r % 2 ? 'secondary' : 'primary',
    start: '2025-12-31',
    turnWeeks: 1,
    handoff: { day: 'Wednesday', time: '10:00' },
    members: Array.from({ length: 20 }, (_, m) => `person-${r * 20 + m}`),
    changes: [],
  }));
  const overrides: Override[] = [];
  for (const rotation of rotations) {
    const weeks = new Set<number>();
    while (weeks.size < 20) weeks.add(Math.floor(next() * 60));
    for (const week of weeks) {
      const day = addDays('2025-12-31', week * 7 + Math.floor(next() * 3));
      overrides.push({
        entry: overrides.length + 1,
        rotation: rotation.id,
        from: `${day}T18:00`,
        to: `${addDays(day, 1 + Math.floor(next() * 4))}T10:00`,
        cover: rotation.members[Math.floor(next() * 20)]!,
        reason: 'swap',
      });
    }
  }
  return { people, rotations, overrides };
}

function alertCsv(): string {
  const next = random(7);
  const start = Date.parse('2026-01-07T10:00:00Z');
  const rows = ['id,created,acknowledged by,tags'];
  for (let i = 0; i < ALERTS; i++) {
    const created = new Date(start + Math.floor(next() * 364 * 86_400_000)).toISOString();
    rows.push(`A-${i},${created},person.${Math.floor(next() * PEOPLE)}@example.gov.uk,${next() < 0.2 ? 'fix:2h' : ''}`);
  }
  return rows.join('\n');
}

const rules: RateRule[] = [
  { id: 'christmas-day', entry: 1, days: ['2026-12-25'], multiplier: 3 },
  { id: 'bank-holidays', entry: 2, dayKind: 'bank-holiday', multiplier: 2 },
  { id: 'weekends', entry: 3, dayKind: 'weekend', multiplier: 1.5 },
  { id: 'nights', entry: 4, hours: { from: '23:00', to: '08:00' }, multiplier: 1.25 },
  { id: 'flat', entry: 5, multiplier: 1 },
];
if (checkRateRules(rules, calendar, 'bench').length) throw new Error('bench rules are invalid');

const data = syntheticRota();
const csv = alertCsv();
const toilRules = {
  dedupWindowMinutes: 60,
  awakeHours: 1.75,
  wokenHours: 3.5,
  fixIncludedMinutes: 60,
  extraHours: 1.75,
  sleepingHours: { from: '23:00', to: '08:00' },
};
const pay = { ratePerHour: 1000, currency: 'GBP', source: 'bench' };

/** Median wall-clock and CPU milliseconds of `RUNS` runs after one to warm up. */
function measure<T>(work: () => T): { ms: number; cpuMs: number; result: T } {
  let result = work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [start, before] = [performance.now(), process.cpuUsage()];
    result = work();
    const used = process.cpuUsage(before);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: middle(wall), cpuMs: middle(cpu), result };
}

/** The year's reports as the CLI makes them: rota, alert export, statements and time off in lieu, then the text. */
function year(format: 'none' | 'csv' | 'json') {
  const rota = createRota(data, calendar);
  const months = payMonthsFrom('2026-01', 12, rota.timeZone);
  const toil = {
    file: 'alerts.csv',
    statements: toilStatements(parseAlertExport(csv, 'alerts.csv', rota.data.people, rota.timeZone), calendar, toilRules),
  };
  let lines = 0;
  let bytes = 0;
  let people = 0;
  for (const month of months) {
    const report = onCallReport(rota, month, rules, { pay, toil });
    lines += report.statements.reduce((t, s) => t + s.lines.length, 0);
    people += report.statements.length;
    if (format === 'csv') bytes += reportCsv(report).length;
    if (format === 'json') bytes += JSON.stringify(reportJson(report), null, 2).length;
  }
  return { lines, bytes, people };
}

const engine = measure(() => year('none'));
const asCsv = measure(() => year('csv'));
const asJson = measure(() => year('json'));

const result = {
  measuredAt: new Date().toISOString(),
  people: PEOPLE,
  months: 12,
  alerts: ALERTS,
  statementLines: engine.result.lines,
  personMonths: engine.result.people,
  engine: { ms: Math.round(engine.ms), cpuMs: Math.round(engine.cpuMs) },
  csv: { ms: Math.round(asCsv.ms), cpuMs: Math.round(asCsv.cpuMs), bytes: asCsv.result.bytes },
  json: { ms: Math.round(asJson.ms), cpuMs: Math.round(asJson.cpuMs), bytes: asJson.result.bytes },
};
const line = (label: string, m: { ms: number; cpuMs: number }) =>
  console.log(`  ${label.padEnd(44)} ${String(Math.round(m.ms)).padStart(5)} ms (CPU ${Math.round(m.cpuMs)} ms)`);
console.log(
  `On-call report, ${PEOPLE} people, 10 rotations, 12 pay months, ${ALERTS.toLocaleString('en-GB')} alerts; median of ${RUNS} runs:`,
);
console.log(`  ${result.personMonths} person-months, ${result.statementLines.toLocaleString('en-GB')} statement lines`);
line('statements and time off in lieu', engine);
line(`the same, written as CSV (${(asCsv.result.bytes / 1e6).toFixed(1)} MB)`, asCsv);
line(`the same, written as JSON (${(asJson.result.bytes / 1e6).toFixed(1)} MB)`, asJson);
mkdirSync('content/benchmarks', { recursive: true });
writeFileSync('content/benchmarks/on-call.json', `${JSON.stringify(result, null, 2)}\n`);
