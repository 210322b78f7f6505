// Benchmark of the SLA engine, the CLI on a large export and batch triage in the browser. Not a
// test: it prints figures (and writes content/benchmarks/sla.json) for the README. The calculator's
// JavaScript budget is size-limit's (npm run size).
//   npm run bench:sla            (run `npm run build` first for the browser part)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchRows, benchBatchInBrowser } from './lib/batch-browser-bench.ts';
import { readSla, readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import { readBatch, triage } from '../src/lib/sla/batch.ts';
import { complianceCsv, complianceReport } from '../src/lib/sla/compliance.ts';
import { replyDeadline } from '../src/lib/sla/deadline.ts';
import { PLAN_IDS, PRIORITY_IDS } from '../src/lib/sla/terms.ts';
import { formatWallTimeInput } from '../src/lib/time/wall-time-input.ts';

const DEADLINES = 100_000;
const BATCH_ROWS = 10_000;
const REPORT_TICKETS = 10_000;
const PAGE = 'dist/tools/sla-calculator/index.html';

const terms = readSla();
const calendar = readWorkingCalendar();
const zone = terms.workingHours.timeZone;

// A fixed pseudo-random sequence, so every run times the same work.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FROM = Date.parse('2026-01-01T00:00:00Z');
const SPAN = Date.parse('2028-01-01T00:00:00Z') - FROM;

function timeDeadlines(): { ms: number; perOpMicros: number } {
  const next = random(42);
  const inputs = Array.from({ length: DEADLINES }, (_, i) => ({
    plan: PLAN_IDS[i % PLAN_IDS.length]!,
    priority: PRIORITY_IDS[Math.floor(i / PLAN_IDS.length) % PRIORITY_IDS.length]!,
    from: FROM + Math.floor(next() * SPAN),
  }));
  for (const input of inputs.slice(0, 2_000)) replyDeadline(terms, calendar, input); // warm up
  const start = performance.now();
  let check = 0;
  for (const input of inputs) check += replyDeadline(terms, calendar, input).deadline % 7;
  const ms = performance.now() - start;
  if (Number.isNaN(check)) throw new Error('unreachable');
  return { ms, perOpMicros: (ms * 1000) / DEADLINES };
}

function timeBatch(): { ms: number; parseAndDeadlinesMs: number; triageMs: number; rows: number; errors: number } {
  const next = random(7);
  const lines = ['Ticket,Priority,Plan,Received'];
  for (let i = 0; i < BATCH_ROWS; i++) {
    const priority = ['Urgent', 'High', 'Normal', 'Low'][i % 4];
    const plan = i % 3 === 0 ? 'Managed Plus' : 'standard';
    lines.push(`T${i},${priority},${plan},${formatWallTimeInput(FROM + Math.floor(next() * SPAN), zone)}`);
  }
  const text = lines.join('\n');
  readBatch(terms, calendar, text.slice(0, 20_000)); // warm up
  const start = performance.now();
  const batch = readBatch(terms, calendar, text);
  const parsed = performance.now();
  const rows = triage(calendar, batch.tickets, Date.parse('2027-01-01T12:00:00Z'));
  const end = performance.now();
  return { ms: end - start, parseAndDeadlinesMs: parsed - start, triageMs: end - parsed, rows: rows.length, errors: batch.errors.length };
}

/** An export of closed and open tickets: received, first reply, and later replies for Low. */
function timeReport(): { ms: number; cpuMs: number; csvMs: number; tickets: number; errors: number } {
  const next = random(11);
  const lines = ['Ticket ID,Subject,Priority,Plan,Created time,Initial response time,Later replies'];
  const HOUR = 3_600_000;
  for (let i = 0; i < REPORT_TICKETS; i++) {
    const priority = ['Urgent', 'High', 'Medium', 'Low'][i % 4]!;
    const plan = i % 3 === 0 ? 'Managed Plus' : 'Standard';
    const received = FROM + Math.floor(next() * SPAN);
    const open = i % 20 === 0;
    const reply = received + Math.floor(next() * 30 * HOUR);
    const later =
      priority === 'Low' ? [1, 2, 3].map((n) => formatWallTimeInput(reply + n * Math.floor(next() * 100 * HOUR), zone)).join(';') : '';
    lines.push(
      `${i},Ticket ${i},${priority},${plan},${formatWallTimeInput(received, zone)},${open ? '' : formatWallTimeInput(reply, zone)},${open ? '' : later}`,
    );
  }
  const text = lines.join('\n');
  const now = Date.parse('2028-01-10T12:00:00Z');
  complianceReport(terms, calendar, text.slice(0, 20_000), { now }); // warm up
  const cpu = process.cpuUsage();
  const start = performance.now();
  const report = complianceReport(terms, calendar, text, { now });
  const built = performance.now();
  const used = process.cpuUsage(cpu);
  complianceCsv(terms, calendar, report);
  const end = performance.now();
  return {
    ms: built - start,
    cpuMs: (used.user + used.system) / 1000,
    csvMs: end - built,
    tickets: report.tickets.length,
    errors: report.errors.length,
  };
}

const CLI_ROWS = 100_000;
const BROWSER_ROWS = 20_000;

/** `npm run sla -- --csv` on a 100,000-row file, in its own process: wall time, CPU and peak memory. */
function timeCli(): { rows: number; ms: number; cpuMs: number; maxRssMb: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-sla-')), 'tickets.csv');
  writeFileSync(file, batchRows(CLI_ROWS));
  // The child reports its own resource use as it exits.
  const usage = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('USAGE '+JSON.stringify(u)+'\\n')})`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', usage, 'scripts/sla.ts', '--csv', file, '--now', '2026-12-29T10:30'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const line = /USAGE (.*)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !line) throw new Error(`the CLI failed: ${run.stderr.slice(0, 500)}`);
  const u = JSON.parse(line) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  return { rows: CLI_ROWS, ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 };
}

const deadlines = timeDeadlines();
const cli = timeCli();
const browser = existsSync(PAGE) ? await benchBatchInBrowser(BROWSER_ROWS) : [];
const compliance = timeReport();
const batch = timeBatch();

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${DEADLINES.toLocaleString('en-GB')} deadlines: ${deadlines.ms.toFixed(0)} ms (${deadlines.perOpMicros.toFixed(2)} µs each)`);
console.log(
  `Batch of ${BATCH_ROWS.toLocaleString('en-GB')} rows: ${batch.ms.toFixed(0)} ms ` +
    `(parse + deadlines ${batch.parseAndDeadlinesMs.toFixed(0)} ms, statuses ${batch.triageMs.toFixed(0)} ms; ${batch.rows} tickets, ${batch.errors} errors)`,
);
console.log(
  `Compliance report on ${REPORT_TICKETS.toLocaleString('en-GB')} tickets (parse, every reply target, groups): ${compliance.ms.toFixed(0)} ms (CPU ${compliance.cpuMs.toFixed(0)} ms); ` +
    `its per-target CSV with every explanation in words ${compliance.csvMs.toFixed(0)} ms (${compliance.tickets} tickets, ${compliance.errors} errors)`,
);
console.log(
  `CLI batch of ${CLI_ROWS.toLocaleString('en-GB')} rows (streamed): ${cli.ms.toFixed(0)} ms wall, ${cli.cpuMs.toFixed(0)} ms CPU, peak memory ${cli.maxRssMb.toFixed(0)} MB`,
);
for (const b of browser) {
  console.log(
    `Browser, ${b.rows.toLocaleString('en-GB')} pasted rows: first results in ${b.firstResultsMs.toFixed(0)} ms; longest main-thread task ${b.longestTaskMs.toFixed(0)} ms (${b.longTasks} over 50 ms); ${b.rowsDrawn} rows drawn`,
  );
}
if (!browser.length)
  console.log(`
${PAGE} not found: run \`npm run build\` first to measure batch triage in the browser.`);

mkdirSync('content/benchmarks', { recursive: true });
writeFileSync(
  'content/benchmarks/sla.json',
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, deadlines, batch, compliance, cli, browser }, null, 2)}
`,
);
