// The on-call report for a year, as `npm run report:on-call` makes it month by month, for the
// synthetic team of 200 (five on-call rotations) with five rate rules and 5,000 alerts for time
// off in lieu: `npm run bench:on-call`.
import { describe } from 'vitest';
import { readWorkingCalendar } from '../../src/lib/data-files/working-time-files.ts';
import { parseAlertExport } from '../../src/lib/on-call/alerts.ts';
import { payMonthsFrom } from '../../src/lib/on-call/pay-month.ts';
import { checkRateRules, type RateRule } from '../../src/lib/on-call/rates.ts';
import { onCallReport, reportCsv, reportJson } from '../../src/lib/on-call/report.ts';
import { toilStatements } from '../../src/lib/on-call/toil.ts';
import { createRota } from '../../src/lib/rota/rota.ts';
import { toilSettingsSchema } from '../../src/schemas/on-call.ts';
import { recorder } from './record.ts';
import { random, syntheticRota } from './synthetic-rota.ts';

const calendar = readWorkingCalendar();
const { measure } = recorder();

const rules: RateRule[] = [
  { id: 'christmas-day', entry: 1, days: ['2026-12-25'], multiplier: 3 },
  { id: 'bank-holidays', entry: 2, dayKind: 'bank-holiday', multiplier: 2 },
  { id: 'weekends', entry: 3, dayKind: 'weekend', multiplier: 1.5 },
  { id: 'nights', entry: 4, hours: { from: '23:00', to: '08:00' }, multiplier: 1.25 },
  { id: 'flat', entry: 5, multiplier: 1 },
];
// Time off in lieu as on-call.yaml sets it when it leaves the toil section out.
const toilRules = toilSettingsSchema.parse({});
// A made-up rate: the figures are timings, and no real rate belongs in the repository.
const pay = { ratePerHour: 1000, currency: 'GBP', source: 'bench' };

function alertCsv(count: number): string {
  const next = random(7);
  const start = Date.parse('2026-01-07T10:00:00Z');
  const rows = ['id,created,acknowledged by,tags'];
  for (let i = 0; i < count; i++) {
    const created = new Date(start + Math.floor(next() * 364 * 86_400_000)).toISOString();
    rows.push(`A-${i},${created},person.${Math.floor(next() * 200)}@example.gov.uk,${next() < 0.2 ? 'fix:2h' : ''}`);
  }
  return rows.join('\n');
}

describe('on-call hours, 200 people, 12 pay months of 2026, 5,000 alerts', () => {
  const data = syntheticRota();
  const csv = alertCsv(5_000);
  if (checkRateRules(rules, calendar, 'bench').length) throw new Error('the bench rate rules should be valid');

  /** The year's reports from the rota and the alert export, then each written out as `format`. */
  function year(format?: 'csv' | 'json') {
    const rota = createRota(data, calendar);
    const alerts = parseAlertExport(csv, 'alerts.csv', rota.data.people, rota.timeZone);
    const toil = { file: 'alerts.csv', statements: toilStatements(alerts, calendar, toilRules) };
    for (const month of payMonthsFrom('2026-01', 12, rota.timeZone)) {
      const report = onCallReport(rota, month, rules, { pay, toil });
      if (!report.statements.length) throw new Error(`no statements for ${month.id}`);
      if (format === 'csv') reportCsv(report);
      if (format === 'json') JSON.stringify(reportJson(report), null, 2);
    }
  }
  measure('on-call', 'statements and time off in lieu for every person-month', () => year());
  measure('on-call', 'the same, written as CSV', () => year('csv'));
  measure('on-call', 'the same, written as JSON', () => year('json'));
});
