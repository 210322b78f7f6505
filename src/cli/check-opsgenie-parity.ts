// `npm run check:opsgenie-parity -- <timeline.json> [users.json] [--rota content/rota] [--allow-bank-holidays]`:
// the site's shifts against Opsgenie's final timeline, minute by minute. Exit 1 on any difference (bank holidays too,
// unless --allow-bank-holidays), 2 when the input or the rota cannot be read.
import { userResolver, local } from '../lib/opsgenie/import.ts';
import { OpsgenieInputError } from '../lib/opsgenie/input.ts';
import { compareWithTimeline, type Difference } from '../lib/opsgenie/parity.ts';
import { DataFileError } from '../lib/data-files/problems.ts';
import type { WorkingCalendar } from '../lib/calendar/working-hours.ts';
import { readOpsgenieFiles } from './opsgenie-files.ts';
import { readRota, rotaFilesIn } from '../lib/data-files/rota-files.ts';
import { isOutcome, readFlags, type CliOutcome } from './outcome.ts';

export const PARITY_USAGE =
  'Usage: npm run check:opsgenie-parity -- <timeline.json> [users.json] [--rota content/rota] [--allow-bank-holidays]';

export function runParity(argv: readonly string[], options: { calendar?: WorkingCalendar; now?: number } = {}): CliOutcome {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = readFlags(
    {
      args: [...argv],
      allowPositionals: true,
      options: {
        rota: { type: 'string', default: 'content/rota' },
        'allow-bank-holidays': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    },
    PARITY_USAGE,
  );
  if (isOutcome(parsed)) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: [PARITY_USAGE], err };
  try {
    const input = readOpsgenieFiles(positionals);
    if (input.timelines.length === 0)
      return { code: 2, out, err: ['Give a timeline exported with expand=base,override (GET /v2/schedules/{id}/timeline).', PARITY_USAGE] };
    const { rota } = readRota({
      files: rotaFilesIn(values.rota),
      ...(options.calendar ? { calendar: options.calendar } : {}),
      now: options.now ?? Date.now(),
    });
    const warnings: string[] = [];
    const resolve = userResolver(input, (w) => warnings.push(w));
    let failing = 0;
    for (const timeline of input.timelines) {
      const result = compareWithTimeline(timeline, rota, resolve);
      const zone = rota.timeZone;
      out.push(`${timeline.file}: ${local(result.window.start, zone)} to ${local(result.window.end, zone)} (${zone})`);
      for (const line of result.lines)
        out.push(`  ${line.rotation}: compared with ${line.siteRotations.length ? line.siteRotations.join(', ') : 'no site rotation'}`);
      const unexpected = result.differences.filter((d) => !d.bankHoliday);
      const holidays = result.differences.filter((d) => d.bankHoliday);
      const row = (d: Difference) =>
        `  ${d.rotation} | ${local(d.start, zone)} | ${local(d.end, zone)} | Opsgenie: ${d.opsgenie ?? 'nobody'} | site: ${d.ours ?? 'nobody'}`;
      if (unexpected.length)
        out.push(`${unexpected.length} difference(s) (rotation | from | to | Opsgenie | site):`, ...unexpected.map(row));
      if (holidays.length) {
        out.push(
          `${holidays.length} difference(s) on bank holidays, which the site treats as days off (first line stands down, on call covers them)${values['allow-bank-holidays'] ? '; accepted with --allow-bank-holidays' : '; pass --allow-bank-holidays to accept them'}:`,
          ...holidays.map((d) => `${row(d)} | ${d.bankHoliday}`),
        );
      }
      if (!result.differences.length) out.push('Parity: the site and Opsgenie agree to the minute.');
      failing += unexpected.length + (values['allow-bank-holidays'] ? 0 : holidays.length);
    }
    return { code: failing ? 1 : 0, out, err };
  } catch (error) {
    // 2, not 1: a daily parity job must tell "the rota differs" from "the check could not run".
    if (error instanceof OpsgenieInputError || error instanceof DataFileError) return { code: 2, out, err: [error.message] };
    throw error;
  }
}
