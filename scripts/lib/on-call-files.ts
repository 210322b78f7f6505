// Reading content/rota/on-call.yaml and the local pay settings outside Astro (the report CLI,
// the bench, tests), validated by src/schemas/on-call.ts and the rules' own checks.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readDataFile } from './content-files.ts';
import { localPaySchema, onCallSettingsSchema, type ToilSettings } from '../../src/schemas/on-call.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';
import { checkRateRules, RateRulesError, type RateRule } from '../../src/lib/on-call/rates.ts';
import { parseBaseRate, type BasePay } from '../../src/lib/on-call/local-pay.ts';
import type { PayMonthRule } from '../../src/lib/on-call/pay-month.ts';
import { ContentFileError } from './content-files.ts';

export const ON_CALL_FILE = 'content/rota/on-call.yaml';
export const LOCAL_PAY_FILE = 'content/rota/on-call.local.yaml';

export interface OnCallSettings {
  payMonth: PayMonthRule;
  rules: RateRule[];
  toil: ToilSettings;
}

/** Reads and checks the on-call settings; throws ContentFileError or RateRulesError naming file, rule and field. */
export function readOnCallSettings(calendar: WorkingCalendar, path = ON_CALL_FILE): OnCallSettings {
  let raw;
  try {
    raw = readDataFile(path, onCallSettingsSchema);
  } catch (error) {
    if (error instanceof ContentFileError) throw new ContentFileError(error.file, error.problems.map((p) => ruleField(p, path)));
    throw error;
  }
  const rules: RateRule[] = raw.rates.map((r, i) => ({ ...r, entry: i + 1 }));
  const problems = checkRateRules(rules, calendar, path);
  if (problems.length) throw new RateRulesError(problems);
  return { payMonth: raw.payMonth, rules, toil: raw.toil };
}

/** 'rates.0.dayKind: ...' as 'rule 1 ("weekends"), dayKind: ...', as the rules' own checks name them. */
function ruleField(problem: string, path: string): string {
  const match = /^rates\.(\d+)(?:\.([^:]+))?: (.*)$/s.exec(problem);
  if (!match) return problem;
  let id = '';
  try {
    const list = (parseYaml(readFileSync(path, 'utf8')) as { rates?: Array<{ id?: unknown }> }).rates;
    const value = list?.[Number(match[1])]?.id;
    if (typeof value === 'string') id = ` ("${value}")`;
  } catch {
    // The message stays as it is.
  }
  let reason = match[3]!;
  if (/Unrecognized key.*"(rate|amount|pay|baseRate|currency)"/i.test(reason)) {
    reason += '; money never goes in this public file: set the base rate in ON_CALL_BASE_RATE or the git-ignored content/rota/on-call.local.yaml';
  }
  return `rule ${Number(match[1]) + 1}${id}${match[2] ? `, ${match[2]}` : ''}: ${reason}`;
}

/**
 * The base rate: ON_CALL_BASE_RATE (with ON_CALL_CURRENCY), else the local file, else none.
 * Throws ContentFileError when either is set but is not an amount.
 */
export function readLocalPay(env: NodeJS.ProcessEnv = process.env, path = LOCAL_PAY_FILE): BasePay | undefined {
  const fromEnv = env['ON_CALL_BASE_RATE'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const rate = parseBaseRate(fromEnv);
    if (rate === undefined) throw new ContentFileError('ON_CALL_BASE_RATE', [`"${fromEnv}" is not an hourly amount like 12.50`]);
    const currency = env['ON_CALL_CURRENCY'] ?? 'GBP';
    if (!/^[A-Z]{3}$/.test(currency)) throw new ContentFileError('ON_CALL_CURRENCY', [`"${currency}" is not a three-letter currency code like GBP`]);
    return { ratePerHour: rate, currency, source: 'ON_CALL_BASE_RATE' };
  }
  if (!existsSync(path)) return undefined;
  const local = readDataFile(path, localPaySchema);
  const rate = parseBaseRate(local.baseRate);
  if (rate === undefined) throw new ContentFileError(path, [`baseRate: "${local.baseRate}" is not an hourly amount like "12.50"`]);
  return { ratePerHour: rate, currency: local.currency, source: path };
}
