// Bad Opsgenie exports stop the importer and the parity check with a message naming the file and
// the place in it (JSON path, or line and column for broken JSON), no stack trace, and nothing
// written. Fixtures: tests/fixtures/opsgenie/bad/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import-opsgenie.ts';
import { runParity } from '../../src/cli/check-opsgenie-parity.ts';
import { calendar } from '../support/calendar.ts';
import { run, stackTraceLines } from './support/bad-input.ts';

const BAD = 'tests/fixtures/opsgenie/bad';
const USERS = 'tests/fixtures/opsgenie/opsgenie_users.json';
const work = mkdtempSync(join(tmpdir(), 'opsgenie-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases: Array<{ file: string; at: string; says: RegExp }> = [
  {
    file: 'malformed.json',
    at: 'line 38, column 25 ($.data.finalTimeline.rotations[1].periods[0])',
    says: /is not valid JSON: unexpected "}"/,
  },
  {
    file: 'truncated.json',
    at: 'line 44, column 15 ($.data.finalTimeline.rotations[1].periods[1].recipient)',
    says: /stops before it is complete/,
  },
  {
    file: 'overlapping-periods.json',
    at: '$.data.finalTimeline.rotations[0].periods[1]',
    says: /overlaps \$\.data\.finalTimeline\.rotations\[0\]\.periods\[0\] .* in rotation "OOH"/,
  },
  {
    file: 'unknown-user.json',
    at: '$.data.finalTimeline.rotations[0].periods[1].recipient',
    says: /unknown user "Systems": not in the users list given/,
  },
  {
    file: 'clock-change.json',
    at: '$.data.finalTimeline.rotations[0].periods[0].endDate',
    says: /2020-10-25 01:30 in Europe\/London, inside the hour the clocks go back/,
  },
  { file: 'wrong-type.json', at: '$.data.finalTimeline.rotations[0].periods[0].endDate', says: /expected a string, found number/ },
  { file: 'not-opsgenie.json', at: '$', says: /is not a timeline, schedule, user or override/ },
];

describe('a bad Opsgenie export', () => {
  for (const c of cases) {
    it(`${c.file}: the importer names the file and ${c.at}, and writes nothing`, () => {
      const out = join(work, c.file);
      const result = runImport([`${BAD}/${c.file}`, USERS, '--out', out], { calendar });
      expect(result.code).toBe(1);
      expect(result.err[0]).toContain(`${BAD}/${c.file}, at ${c.at}: `);
      expect(result.err[0]).toMatch(c.says);
      expect(result.err.at(-1)).toBe('Nothing was written.');
      expect(existsSync(out)).toBe(false);
    });

    it(`${c.file}: the parity check names the file and ${c.at}`, () => {
      const result = runParity([`${BAD}/${c.file}`, USERS], { calendar });
      expect(result.code).toBe(2);
      expect(result.err[0]).toContain(`${BAD}/${c.file}, at ${c.at}: `);
    });
  }

  it('gets a plain message from the real command, without a stack trace', async () => {
    for (const [script, file] of [
      ['import:opsgenie', 'truncated.json'],
      ['check:opsgenie-parity', 'overlapping-periods.json'],
    ] as const) {
      const { code, output } = await run('npm', ['run', '-s', script, '--', `${BAD}/${file}`], process.cwd());
      expect(code).toBe(script === 'import:opsgenie' ? 1 : 2);
      expect(output).toContain(`${BAD}/${file}, at `);
      expect(stackTraceLines(output)).toEqual([]);
    }
  });

  it('refuses a user with no e-mail username when no users list is given', () => {
    expect(runImport([`${BAD}/unknown-user.json`, '--dry-run'], { calendar }).err[0]).toMatch(
      /no users list was given and the recipient has no e-mail username/,
    );
  });
});
