import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { absencesFileSchema } from '../../../src/schemas/absences.ts';

// process.execPath is the Node 24 that runs the npm scripts (type stripping needs it).
const SCRIPT = resolve('scripts/import-absences.ts');
const CSV = resolve('tests/fixtures/absences/hr-export.csv');
const ICS = resolve('tests/fixtures/absences/out-of-office.ics');
const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd });
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at\s/m);

describe('npm run import:absences', () => {
  it('prints the HR export’s approved absences to come as YAML for absences.yaml', () => {
    const result = run(['--hr', CSV]);
    expect(result.status).toBe(0);
    const entries = absencesFileSchema.parse(parseYaml(result.stdout));
    expect(entries.map((e) => `${e.person} ${e.from} ${e.to} ${e.type}`)).toEqual([
      'wei-li 2099-02-15 2099-02-19 holiday',
      'kwame-mensah 2099-03-03 2099-03-04 sickness',
      'aoife-brennan 2099-04-01 2099-04-01 other',
    ]);
    expect(result.stderr).toContain('Left out: row 5: status "Pending", not approved');
    expect(result.stderr).toContain('Left out: chloe-dubois, 2020-05-01 to 2020-05-02: over already');
  });

  it('adds them to absences.yaml with --write, once', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-absences-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    const before = readFileSync(join(root, 'content/rota/absences.yaml'), 'utf8');
    expect(run(['--hr', CSV, '--write'], root).status).toBe(0);
    const after = readFileSync(join(root, 'content/rota/absences.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(absencesFileSchema.parse(parseYaml(after))).toHaveLength(absencesFileSchema.parse(parseYaml(before)).length + 3);
    const again = run(['--hr', CSV, '--write'], root);
    expect(again.stderr).toContain('No new absences to add.');
    expect(readFileSync(join(root, 'content/rota/absences.yaml'), 'utf8')).toBe(after);
  });

  it.each([
    [[], 2, /Give one of --hr or --ical/],
    [['--hr', 'nowhere.csv'], 1, /nowhere\.csv: no such file/],
    [
      ['--ical', ICS],
      1,
      /Nothing imported; fix these first:\n {2}- event "holiday-1@example": whose absence it is is unknown .*give --person/,
    ],
    [['--ical', ICS, '--person', 'nobody'], 1, /"nobody" is not in people\.yaml/],
  ])('%j: a clear message, no stack trace, exit %i', (args, status, message) => {
    const result = run(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    noStack(result.stderr);
  });
});
