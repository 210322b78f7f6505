// Times an Opsgenie import plus a parity check on generated timelines: `npm run bench:opsgenie`
// [-- --people 200 --weeks 52 --runs 5]. The figure goes in the README ("Opsgenie cut-over").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readWorkingCalendar } from '../src/lib/data-files/working-time-files.ts';
import { sampleRota, timelineFromRota } from './lib/opsgenie-sample.ts';
import { runImport } from './lib/opsgenie-import-cli.ts';
import { runParity } from './lib/opsgenie-parity-cli.ts';
import { fromZoned } from '../src/lib/time/zoned-time.ts';
import { addDays } from '../src/lib/time/civil-date.ts';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '200' }, weeks: { type: 'string', default: '52' }, runs: { type: 'string', default: '5' } },
});
const people = Number(values.people);
const weeks = Number(values.weeks);
const runs = Number(values.runs);
const calendar = readWorkingCalendar();
const start = '2027-01-06';
const data = sampleRota(people, start, weeks);
const from = fromZoned({ date: start, minutes: 0 }, 'Europe/London');
const to = fromZoned({ date: addDays(start, 7 * weeks), minutes: 0 }, 'Europe/London');
const dir = mkdtempSync(join(tmpdir(), 'bench-opsgenie-'));
const file = join(dir, 'timeline.json');
const timeline = timelineFromRota(data, calendar, from, to, from + 3 * 86_400_000 + 12_345);
writeFileSync(file, JSON.stringify(timeline));
const periods = timeline.data.finalTimeline.rotations.reduce((n, r) => n + r.periods.length, 0);
const times: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const out = join(dir, `rota-${run}`);
    const t0 = performance.now();
    const imported = runImport([file, '--out', out], { calendar });
    if (imported.code !== 0) throw new Error(imported.err.join('\n'));
    const parity = runParity([file, '--rota', out, '--allow-bank-holidays'], { calendar });
    times.push(performance.now() - t0);
    if (parity.code !== 0) throw new Error(`parity failed:\n${parity.out.join('\n')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `Opsgenie import + parity: ${people} people, ${weeks} weeks, ${periods} periods in ${timeline.data.finalTimeline.rotations.length} rotations`,
);
console.log(
  `median ${(median / 1000).toFixed(2)} s over ${runs} runs (fastest ${(times[0]! / 1000).toFixed(2)} s, slowest ${(times.at(-1)! / 1000).toFixed(2)} s); target under 5 s`,
);
