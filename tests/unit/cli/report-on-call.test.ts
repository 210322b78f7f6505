import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SAMPLE = ['--rota', 'tests/fixtures/on-call/sample-team'];
// process.execPath is the Node 24 that runs the npm scripts (type stripping needs it).
const report = (args: string[], env: Record<string, string> = {}) => {
  const { ON_CALL_BASE_RATE: _rate, ...rest } = process.env;
  return spawnSync(process.execPath, ['scripts/report-on-call.ts', ...args], { encoding: 'utf8', env: { ...rest, ...env } });
};

// Each case starts Node and reads the data files; on a busy machine that takes seconds.
describe('npm run report:on-call', { timeout: 30_000 }, () => {
  it('JSON for Christmas 2026 gives the hand-worked hours, every line traced to a shift', () => {
    const result = report(['--month', '2026-12', '--format', 'json', '--person', 'aoife-brennan', ...SAMPLE]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.currency).toBeNull();
    const [aoife] = doc.people;
    expect(aoife.hours).toBe(272);
    expect(aoife.lines.first.byKind).toEqual({ 'weekday-night': 128 * 60, weekend: 96 * 60, 'bank-holiday': 48 * 60 });
    expect(aoife.total).toBeNull();
    expect(aoife.statement.every((l: { shift: { id: string } }) => l.shift.id.startsWith('on-call/'))).toBe(true);
    expect(aoife.statement.find((l: { date: string }) => l.date === '2026-12-25').override).toEqual({
      entry: 3,
      reason: 'swap',
      instead: 'tomasz-wojcik',
      note: 'Christmas swap with Tomasz',
    });
  });

  it('pay only with a local base rate; the flat rule reproduces hours times the rate', () => {
    const result = report(['--month', '2026-12', '--format', 'json', '--person', 'aoife-brennan', ...SAMPLE], {
      ON_CALL_BASE_RATE: '12.50',
    });
    const doc = JSON.parse(result.stdout);
    expect(doc.currency).toBe('GBP');
    expect(doc.people[0].total).toBe('3400.00');
    const table = report(['--month', '2026-12', '--person', 'aoife-brennan', ...SAMPLE], { ON_CALL_BASE_RATE: '12.50' }).stdout;
    expect(table).toMatch(/Aoife Brennan\s+first line\s+128h\s+96h\s+48h\s+272h\s+£3,400\.00/);
  });

  it('CSV: a row per statement line and per alert, with time off in lieu', () => {
    const result = report(['--month', '2026-12', '--format', 'csv', '--alerts', 'tests/fixtures/on-call/alerts/christmas.csv', ...SAMPLE]);
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^record,person,name,rotation,line,date,kind,bank_holiday,start,end,minutes/);
    expect(rows.filter((r) => r.startsWith('toil,aoife-brennan')).length).toBe(6);
    expect(rows).toContain(
      'on-call,aoife-brennan,Aoife Brennan,on-call,first,2026-12-25,bank-holiday,Christmas Day,2026-12-25T00:00:00+00:00,2026-12-26T00:00:00+00:00,1440,24,flat,1,,on-call/2026-12-24T18:00:00Z,3,swap,tomasz-wojcik,,',
    );
  });

  it('the table names bank holidays and time off in lieu', () => {
    const out = report(['--month', '2026-12', '--alerts', 'tests/fixtures/on-call/alerts/christmas.csv', ...SAMPLE]).stdout;
    expect(out).toContain('Aoife Brennan: Christmas Day, Fri 25 Dec 2026, 24h first line');
    expect(out).toContain('Aoife Brennan: 15h 45m for 4 alerts');
    expect(out).toContain('No base rate set');
  });

  it.each([
    [['--month', '2026-13'], /--month: "2026-13" is not a month/],
    [
      ['--month', '2025-11'],
      /--month: pay month 2025-11 \(2025-11-05 to 2025-12-03\) is before the rota starts: on call begins on 2025-12-31 at 10:00/,
    ],
    [[], /--month is required/],
    [['--month', '2026-12', '--format', 'xml'], /--format must be table, csv or json/],
    [['--month', '2026-12', '--person', 'nobody'], /--person: "nobody" is not in content\/rota\/people.yaml/],
    [['--month', '2026-12', '--alerts', '/no/such/alerts.csv'], /--alerts: cannot read \/no\/such\/alerts.csv/],
    [['--colour'], /Unknown option '--colour'/],
  ])('bad arguments %j: usage and exit 2', (args, message) => {
    const result = report([...args, ...SAMPLE]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['unordered', /unordered.yaml, rule 2 \("bank-holidays"\), dayKind: it is narrower than rule 1 \("nights"\)/],
    ['overlapping', /overlapping.yaml, rule 2 \("nights"\), hours: it overlaps rule 1 \("evenings"\)/],
    [
      'wrong-type',
      /wrong-type.yaml, rule 1 \("weekends"\), dayKind: Invalid option.*\n {2}- tests\/fixtures\/on-call\/bad-rates\/wrong-type.yaml, rule 1 \("weekends"\), multiplier: must be a number/,
    ],
    ['money', /money.yaml, rule 1 \("flat"\): Unrecognized key: "rate" \(money never goes in this public file/],
  ])('a bad rates file (%s) names file, rule and field, exit 1', (name, message) => {
    const result = report(['--month', '2026-12', '--rates', `tests/fixtures/on-call/bad-rates/${name}.yaml`, ...SAMPLE]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an alert export with unknown people or bad times names file, row and field, exit 1', () => {
    const result = report(['--month', '2026-12', '--alerts', 'tests/fixtures/on-call/alerts/bad.csv', ...SAMPLE]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.csv, row 3, created: "2026-02-30T10:00" is not a real date');
    expect(result.stderr).toContain('bad.csv, row 4, acknowledged by: "someone.else@example.com" is not anyone');
  });

  it('a base rate that is not an amount is refused', () => {
    const result = report(['--month', '2026-12', ...SAMPLE], { ON_CALL_BASE_RATE: 'lots' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ON_CALL_BASE_RATE: "lots" is not an hourly amount like 12.50');
  });

  it('Opsgenie alert JSON works as an export too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-call-'));
    const file = join(dir, 'alerts.json');
    writeFileSync(
      file,
      JSON.stringify({
        data: [
          { tinyId: '7', createdAt: '2026-12-26T03:00:00.000Z', tags: [], report: { acknowledgedBy: 'aoife.brennan@example.gov.uk' } },
        ],
      }),
    );
    const doc = JSON.parse(
      report(['--month', '2026-12', '--format', 'json', '--alerts', file, '--person', 'aoife-brennan', ...SAMPLE]).stdout,
    );
    expect(doc.people[0].toil).toMatchObject({ minutes: 210, alerts: [{ id: '7', counted: true, kind: 'woken' }] });
  });
});
