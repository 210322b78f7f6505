// The glue of `npm run export:overrides`: flags, the rota files, CSV or JSON out.
import { csvFormat } from 'd3-dsv';
import { OVERRIDE_COLUMNS, overrideRows, pagerShifts } from '../lib/pager/shift-rows.ts';
import { DataFileError } from '../lib/data-files/problems.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { readRota, rotaFilesIn } from '../lib/data-files/rota-files.ts';
import { isOutcome, readFlags, type CliOutcome } from './outcome.ts';

export const EXPORT_USAGE =
  'Usage: npm run export:overrides -- --format csv|json [--weeks 13] [--from <ISO date and time>] [--rota content/rota] [--out file]';

export function runExportOverrides(argv: readonly string[], options: { calendar?: WorkingCalendar; now?: number } = {}): CliOutcome {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = readFlags(
    {
      args: [...argv],
      options: {
        format: { type: 'string', default: 'csv' },
        weeks: { type: 'string', default: '13' },
        from: { type: 'string' },
        rota: { type: 'string', default: 'content/rota' },
        out: { type: 'string' },
      },
    },
    EXPORT_USAGE,
  );
  if (isOutcome(parsed)) return parsed;
  const { values } = parsed;
  const weeks = Number(values.weeks);
  if (values.format !== 'csv' && values.format !== 'json')
    return { code: 2, out, err: [`--format ${values.format}: expected csv or json`, EXPORT_USAGE] };
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
    return { code: 2, out, err: [`--weeks ${values.weeks}: expected a whole number of weeks, 1 to 104`, EXPORT_USAGE] };
  const from = values.from === undefined ? (options.now ?? Date.now()) : Date.parse(values.from);
  if (Number.isNaN(from))
    return { code: 2, out, err: [`--from ${values.from}: expected a date and time like 2026-12-09T10:00:00Z`, EXPORT_USAGE] };
  try {
    const { rota } = readRota({ files: rotaFilesIn(values.rota), ...(options.calendar ? { calendar: options.calendar } : {}), now: from });
    const to = from + weeks * 7 * 86_400_000;
    // A shift already under way, or running past the end, is cut to the export's window.
    const shifts = pagerShifts(rota, from, to).map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    const missing = [...new Set(shifts.filter((s) => !s.email).map((s) => s.personId))];
    if (missing.length)
      err.push(
        `No e-mail in people.yaml for ${missing.join(', ')}: their rows have an empty email, which a pager cannot page; add their addresses.`,
      );
    const rows = overrideRows(rota, shifts);
    const text = values.format === 'csv' ? `${csvFormat(rows, [...OVERRIDE_COLUMNS])}\n` : `${JSON.stringify(rows, null, 2)}\n`;
    if (values.out) return { code: 0, out, err: [...err, `Wrote ${rows.length} rows to ${values.out}.`], file: { path: values.out, text } };
    out.push(text);
    return { code: 0, out, err };
  } catch (error) {
    if (error instanceof DataFileError) return { code: 1, out, err: [error.message] };
    throw error;
  }
}
