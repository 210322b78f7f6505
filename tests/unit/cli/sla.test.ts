import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// process.execPath is the Node 24 that runs the npm scripts (type stripping needs it).
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, TZ: process.env.TZ } });
const sla = (...args: string[]) => run('scripts/sla.ts', args);

describe('npm run sla', () => {
  it('prints one JSON object with the deadline, clock and steps', () => {
    const result = sla('--plan', 'standard', '--priority', 'high', '--received', '2026-12-24T17:45');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ deadline: '2026-12-29T10:45:00+00:00', clock: 'working', usedEstimatedHoliday: false });
    expect(output.steps.map((s: { kind: string }) => s.kind)).toEqual(['start', 'counted', 'paused', 'counted', 'deadline']);
    expect(output.steps[2].text).toContain('Christmas Day');
  });

  it('gives a Low ticket’s next reply from --last-reply', () => {
    const output = JSON.parse(
      sla('--plan', 'enhanced', '--priority', 'low', '--received', '2026-12-01T10:00', '--last-reply', '2026-12-03T15:00').stdout,
    );
    expect(output).toMatchObject({
      reply: 'later',
      deadline: '2026-12-10T15:00:00+00:00',
      firstReplyDeadline: '2026-12-07T18:00:00+00:00',
    });
  });

  it('triages a CSV file at a given moment', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sla-cli-')), 'tickets.csv');
    writeFileSync(
      file,
      'Ticket,Priority,Plan,Received\nT1,High,standard,2026-12-24T17:45\nT2,Normal,standard,2026-12-23T09:00\nT3,Bad,standard,2026-12-23T09:00\n',
    );
    const result = sla('--csv', file, '--now', '2026-12-29T10:30');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.tickets.map((t: { id: string; status: string }) => `${t.id} ${t.status}`)).toEqual(['T2 breached', 'T1 due-soon']);
    expect(output.errors).toEqual([{ row: 4, id: 'T3', problems: ['priority “Bad” is not one of Urgent, High, Normal, Low'] }]);
  });

  it.each([
    [[], /--plan is required/],
    [['--plan', 'gold', '--priority', 'high', '--received', '2026-12-24T17:45'], /--plan must be standard or enhanced/],
    [['--plan', 'standard', '--priority', 'high', '--received', '2026-02-30T10:00'], /--received .* is not a real date/],
    [
      ['--plan', 'standard', '--priority', 'high', '--received', '2026-12-24T17:45', '--last-reply', '2026-12-25T10:00'],
      /only to priorities with a later-reply target/,
    ],
    [['--colour', 'blue'], /Unknown option '--colour'/],
    [['--csv', '/no/such/file.csv'], /cannot read \/no\/such\/file.csv: ENOENT/],
    [['--csv', 'x.csv', '--received', '2026-12-24T17:45'], /cannot be combined/],
    [
      ['--plan', 'standard', '--priority', 'high', '--received', '9999-12-24T17:45'],
      /--received: The received time is in 9999: this tool works only with years 2000 to 2099/,
    ],
    [['report'], /report FILE is required/],
    [['reprot', 'x.csv'], /unknown command "reprot"/],
    [['report', 'tests/fixtures/sla-exports/zendesk.csv', '--format', 'pdf'], /--format must be text, csv, summary-csv or json/],
    [['report', 'tests/fixtures/sla-exports/zendesk.csv', '--column', 'received=Opened'], /the header row has no column "Opened"/],
  ])('bad arguments %j print usage and exit 2', (args, message) => {
    const result = sla(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage:');
  });
});

describe('npm run sla -- report', () => {
  const zendesk = 'tests/fixtures/sla-exports/zendesk.csv';

  it('prints compliance per plan, priority and month, says which columns it read, and explains each breach', () => {
    const result = sla('report', zendesk, '--plan', 'Standard', '--now', '2026-12-29T10:30');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Received time: “Created at” (column 12), by its name in Zendesk exports');
    expect(result.stdout).toContain('Plan: Standard for every row (no plan column)');
    expect(result.stdout).toMatch(/All tickets\s+60% {2}3 met, 2 breached/);
    expect(result.stdout).toContain(
      '5104: No first reply yet: it was due by Thu 24 Dec 2026, 14:00 GMT (target 8 working hours), so it is breached',
    );
  });

  it('writes one CSV row per reply target with --format csv', () => {
    const result = sla('report', zendesk, '--plan', 'standard', '--now', '2026-12-29T10:30', '--format', 'csv');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Ticket,Subject,Plan,Priority,/);
    expect(lines).toHaveLength(6);
  });

  it.each([
    [[zendesk], /the export has no plan column: give the plan of every row with --plan/],
    [['tests/fixtures/sla-exports/jira.csv'], /No column holds the first reply time: name it with --column firstReply=NAME/],
  ])('an export it cannot use as it stands exits 2 saying what to add: %j', (args, message) => {
    const result = sla('report', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a batch with dates written both ways, naming rows, with exit 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sla-cli-')), 'mixed.csv');
    writeFileSync(file, 'Ticket;Priority;Plan;Received\nA;High;standard;24/12/2026 10:00\nB;High;standard;12/25/2026 10:00\n');
    const result = sla('--csv', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('day first in row 2 (“24/12/2026 10:00”); month first in row 3 (“12/25/2026 10:00”)');
  });

  it('reports a ticket received in year 9999 as a bad row, with no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sla-cli-')), 'far.csv');
    writeFileSync(file, 'T1,High,standard,9999-12-24T17:45\nT2,High,standard,2026-12-24T17:45\n');
    const result = sla('--csv', file, '--now', '2026-12-29T10:30');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.errors).toEqual([
      { row: 1, id: 'T1', problems: ['received time is in 9999: this tool works only with years 2000 to 2099'] },
    ]);
    expect(output.read.separator).toBe('commas');
  });
});

describe('npm run update:bank-holidays', () => {
  it('fails clearly, with a non-zero exit, when the source cannot be reached, leaving the file alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sla-holidays-')), 'bank-holidays.json');
    writeFileSync(file, 'unchanged');
    // Port 9 on loopback: nothing listens there, so the connection is refused at once.
    const result = run('scripts/update-bank-holidays.ts', [
      '--url',
      'http://127.0.0.1:9/bank-holidays.json',
      '--file',
      file,
      '--timeout',
      '5',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bank holidays NOT updated: Could not reach http://127.0.0.1:9/bank-holidays.json');
    expect(result.stderr).toContain(`${file} was left unchanged`);
    expect(readFileSync(file, 'utf8')).toBe('unchanged');
  });
});
