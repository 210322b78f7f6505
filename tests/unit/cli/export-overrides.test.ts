import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { runExportOverrides } from '../../../src/cli/export-overrides.ts';
import { calendar } from '../../support/calendar.ts';

const FROM = '2026-12-07T09:00:00Z';

describe('npm run export:overrides', () => {
  it('writes the next 13 weeks of shifts as CSV rows: rotation, start, end, email', () => {
    const { code, out, err } = runExportOverrides(['--format', 'csv', '--from', FROM], { calendar });
    expect(code).toBe(0);
    const rows = csvParse(out.join(''));
    expect(rows.columns).toEqual(['rotation', 'start', 'end', 'email']);
    // The weekend block under way at the start is cut to the window.
    expect(rows[0]).toEqual({
      rotation: 'on-call',
      start: '2026-12-07T09:00:00+00:00',
      end: '2026-12-07T10:00:00+00:00',
      email: 'kwame.mensah@example.gov.uk',
    });
    const last = rows.at(-1)!;
    expect(String(last['end']) <= '2027-03-08T09:00:00+00:00').toBe(true);
    expect(String(last['start']) >= '2027-03-05').toBe(true);
    // Priya has no address in the sample people.yaml: named, not hidden.
    expect(err.join('\n')).toMatch(/No e-mail in people.yaml for priya-raman/);
    expect(rows.some((r) => r.email === '')).toBe(true);
  });

  it('writes JSON too, and refuses unknown formats and windows', () => {
    const json = runExportOverrides(['--format', 'json', '--from', FROM, '--weeks', '1'], { calendar });
    expect(JSON.parse(json.out.join(''))[1]).toEqual({
      rotation: 'on-call-second-line',
      start: '2026-12-07T09:00:00+00:00',
      end: '2026-12-07T10:00:00+00:00',
      email: 'wei.li@example.gov.uk',
    });
    expect(runExportOverrides(['--format', 'xml'], { calendar }).code).toBe(2);
    expect(runExportOverrides(['--weeks', '0'], { calendar }).code).toBe(2);
    expect(runExportOverrides(['--from', 'soon'], { calendar }).err[0]).toMatch(/--from soon/);
  });
});
