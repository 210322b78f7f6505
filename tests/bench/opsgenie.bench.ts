// An Opsgenie cut-over at scale: import a generated timeline of 200 people over 52 weeks into rota
// files, then check parity minute by minute, through the same code as `npm run import:opsgenie`
// and `npm run check:opsgenie-parity`: `npm run bench:opsgenie`. The target is under 5 s.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { runParity } from '../../src/cli/check-opsgenie-parity.ts';
import { runImport } from '../../src/cli/import-opsgenie.ts';
import { readWorkingCalendar } from '../../src/lib/data-files/working-time-files.ts';
import { addDays } from '../../src/lib/time/civil-date.ts';
import { fromZoned } from '../../src/lib/time/zoned-time.ts';
import { sampleRota, timelineFromRota } from '../support/opsgenie-sample.ts';
import { recorder } from './record.ts';

const calendar = readWorkingCalendar();
const { measure } = recorder();

describe('Opsgenie import and parity, 200 people, 52 weeks', () => {
  const start = '2027-01-06';
  const from = fromZoned({ date: start, minutes: 0 }, 'Europe/London');
  const to = fromZoned({ date: addDays(start, 7 * 52), minutes: 0 }, 'Europe/London');
  const dir = mkdtempSync(join(tmpdir(), 'bench-opsgenie-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'timeline.json');
  // Asked for three days in, so the running periods are split as Opsgenie splits them.
  writeFileSync(file, JSON.stringify(timelineFromRota(sampleRota(200, start, 52), calendar, from, to, from + 3 * 86_400_000 + 12_345)));
  let run = 0;
  measure(
    'opsgenie',
    'import the timeline into rota files, then check parity',
    () => {
      const out = join(dir, `rota-${run++}`);
      const imported = runImport([file, '--out', out], { calendar });
      if (imported.code !== 0) throw new Error(imported.err.join('\n'));
      const parity = runParity([file, '--rota', out, '--allow-bank-holidays'], { calendar });
      if (parity.code !== 0) throw new Error(`parity failed:\n${parity.out.join('\n')}`);
    },
    5,
  );
});
