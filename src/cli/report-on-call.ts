// On-call hours, pay and time off in lieu for a pay month, from the rota in content/rota/.
//   npm run --silent report:on-call -- --month 2026-12 [--format table|csv|json] [--alerts FILE] [--person ID]
// Money appears only here, never on the site: the base rate is a local setting (ON_CALL_BASE_RATE
// or the git-ignored content/rota/on-call.local.yaml).
// Exit codes: 0 done, 1 a data file or the alert export is invalid, 2 bad arguments.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ON_CALL_FILE } from '../lib/data-files/files.ts';
import { readLocalPay, readOnCallSettings } from '../lib/data-files/on-call-files.ts';
import { DataFileError } from '../lib/data-files/problems.ts';
import { readRota, rotaFilesIn } from '../lib/data-files/rota-files.ts';
import { readWorkingCalendar } from '../lib/data-files/working-time-files.ts';
import { AlertExportError, parseAlertExport } from '../lib/on-call/alerts.ts';
import { payMonth, PayMonthError } from '../lib/on-call/pay-month.ts';
import { onCallReport, reportCsv, reportJson, reportTable } from '../lib/on-call/report.ts';
import { StatementError } from '../lib/on-call/statement.ts';
import { toilStatements } from '../lib/on-call/toil.ts';

const USAGE = `Usage:
  npm run --silent report:on-call -- --month YYYY-MM [--format table|csv|json] [--alerts FILE] [--person ID]

  --month     the pay month, like 2026-12: from the first Wednesday of the month at 10:00 UK time
              to the first Wednesday of the next month at 10:00
  --format    table (default), csv (one row per statement line and per alert) or json
  --alerts    an alert export, CSV (created, acknowledged by, tags) or Opsgenie alert JSON, for
              time off in lieu
  --person    only this person (an id from content/rota/people.yaml); may be repeated
  --rates     the rules file (default ${ON_CALL_FILE.path})
  --rota      a folder with the rota files (default content/rota)
  --help      this message

Pay is shown when a base rate is set: ON_CALL_BASE_RATE (pounds per hour, like 0.00; ON_CALL_CURRENCY, default GBP),
or baseRate in the git-ignored content/rota/on-call.local.yaml. Otherwise hours only.
Exit codes: 0 done, 1 invalid data file or alert export, 2 bad arguments.`;

class UsageError extends Error {}

/** `npm run report:on-call`: the exit code. */
export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        month: { type: 'string' },
        format: { type: 'string', default: 'table' },
        alerts: { type: 'string' },
        person: { type: 'string', multiple: true },
        rates: { type: 'string' },
        rota: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (args.month === undefined) throw new UsageError('--month is required, like --month 2026-12');
    const format = args.format ?? 'table';
    if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format must be table, csv or json (got "${format}")`);

    const calendar = readWorkingCalendar();
    const { rota } = readRota({ calendar, ...(args.rota ? { files: rotaFilesIn(args.rota) } : {}) });
    const settings = readOnCallSettings(calendar, args.rates);
    const pay = readLocalPay();
    let month;
    try {
      month = payMonth(args.month, rota.timeZone, settings.payMonth);
    } catch (error) {
      if (error instanceof PayMonthError) throw new UsageError(`--month: ${error.message}`);
      throw error;
    }
    const people = args.person;
    for (const id of people ?? []) {
      if (!rota.people.has(id))
        throw new UsageError(
          `--person: "${id}" is not in content/rota/people.yaml (use the id, like ${rota.data.people[0]?.id ?? 'aoife-brennan'})`,
        );
    }
    let toil;
    if (args.alerts !== undefined) {
      let text: string;
      try {
        text = readFileSync(args.alerts, 'utf8');
      } catch (error) {
        throw new UsageError(`--alerts: cannot read ${args.alerts}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const alerts = parseAlertExport(text, args.alerts, rota.data.people, rota.timeZone);
      toil = { file: args.alerts, statements: toilStatements(alerts, calendar, settings.toil) };
    }
    let report;
    try {
      report = onCallReport(rota, month, settings.rules, { pay, people, toil });
    } catch (error) {
      if (error instanceof StatementError) throw new UsageError(`--month: ${error.message}`);
      throw error;
    }
    const text =
      format === 'json' ? `${JSON.stringify(reportJson(report), null, 2)}\n` : format === 'csv' ? reportCsv(report) : reportTable(report);
    process.stdout.write(text);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof DataFileError || error instanceof AlertExportError) return fail(error.message);
    return fail(`Could not make the report: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function usage(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}
