/**
 * content/rota/on-call.yaml (pay months, rate rules, time off in lieu) and the local base rate:
 * read, validated and checked here for the build's one data check (project.ts) and for
 * `npm run report:on-call`, so both word a mistake the same way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { parseBaseRate, type BasePay } from '../on-call/local-pay.ts';
import type { PayMonthRule } from '../on-call/pay-month.ts';
import { checkRateRules, type RateProblem, type RateRule } from '../on-call/rates.ts';
import { localPaySchema, type ToilSettings } from '../../schemas/on-call.ts';
import { ON_CALL_FILE } from './files.ts';
import { dataError, DataFileError, type DataProblem } from './problems.ts';
import { displayName, loadDataFile, readDataFile } from './read.ts';
import { fieldName } from './schema-issues.ts';

/** The git-ignored file with the base rate (the only money), read by the report alone. */
export const LOCAL_PAY_FILE = 'content/rota/on-call.local.yaml';

export interface OnCallSettings {
  payMonth: PayMonthRule;
  rules: RateRule[];
  toil: ToilSettings;
}

const MONEY_KEY = /Unrecognized keys?:.*"(rate|amount|pay|baseRate|currency)"/i;
const MONEY_HINT =
  'money never goes in this public file: set the base rate in ON_CALL_BASE_RATE or the git-ignored content/rota/on-call.local.yaml';

/** 'rates.0.dayKind' as 'rule 1 ("weekends"), dayKind', as the rules' own checks name a rule. */
function ruleField(path: readonly PropertyKey[], raw: unknown): string {
  const [top, index, ...rest] = path;
  if (top !== 'rates' || typeof index !== 'number') return fieldName(path, raw);
  const rates = raw && typeof raw === 'object' && 'rates' in raw && Array.isArray(raw.rates) ? (raw.rates as unknown[]) : [];
  const item: unknown = rates[index];
  const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? ` ("${item.id}")` : '';
  return `rule ${index + 1}${id}${rest.length ? `, ${rest.map(String).join('.')}` : ''}`;
}

export const rateProblem = (p: RateProblem): DataProblem => dataError(p.file, `${p.rule}, ${p.field}`, p.reason);

/**
 * Reads and checks the on-call settings: the schema (naming rule and field), then the rules
 * against each other (order, overlap, a last rule for every minute). `path` is from `root`, or absolute.
 */
export function loadOnCallSettings(
  root: string,
  calendar: WorkingCalendar | undefined,
  path: string = ON_CALL_FILE.path,
): { data?: OnCallSettings | undefined; problems: DataProblem[] } {
  const file = displayName(root, path);
  const checked = loadDataFile(root, path, ON_CALL_FILE.schema, ruleField);
  if (!checked.data) return { problems: checked.problems.map((p) => (MONEY_KEY.test(p.reason) ? { ...p, hint: MONEY_HINT } : p)) };
  const rules: RateRule[] = checked.data.rates.map((r, i) => ({ ...r, entry: i + 1 }));
  const settings: OnCallSettings = { payMonth: checked.data.payMonth, rules, toil: checked.data.toil };
  // Which kind of day a one-off date is comes from the working calendar; without it (its own
  // files are wrong, and reported) the rules are not checked against each other.
  if (!calendar) return { problems: [] };
  const problems = checkRateRules(rules, calendar, file).map(rateProblem);
  return problems.length ? { problems } : { data: settings, problems: [] };
}

/** The checked on-call settings; throws DataFileError naming file, rule and field. */
export function readOnCallSettings(
  calendar: WorkingCalendar,
  path: string = ON_CALL_FILE.path,
  root: string = process.cwd(),
): OnCallSettings {
  const { data, problems } = loadOnCallSettings(root, calendar, path);
  if (!data) throw new DataFileError(problems);
  return data;
}

/**
 * The base rate: ON_CALL_BASE_RATE (with ON_CALL_CURRENCY), else the local file, else none (hours
 * only). Throws DataFileError when either is set but is not an amount.
 */
export function readLocalPay(
  env: NodeJS.ProcessEnv = process.env,
  path: string = LOCAL_PAY_FILE,
  root: string = process.cwd(),
): BasePay | undefined {
  const fromEnv = env['ON_CALL_BASE_RATE'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const rate = parseBaseRate(fromEnv);
    if (rate === undefined)
      throw new DataFileError([dataError('ON_CALL_BASE_RATE', undefined, `"${fromEnv}" is not an hourly amount like 12.50`)]);
    const currency = env['ON_CALL_CURRENCY'] ?? 'GBP';
    if (!/^[A-Z]{3}$/.test(currency))
      throw new DataFileError([dataError('ON_CALL_CURRENCY', undefined, `"${currency}" is not a three-letter currency code like GBP`)]);
    return { ratePerHour: rate, currency, source: 'ON_CALL_BASE_RATE' };
  }
  if (!existsSync(resolve(root, path))) return undefined;
  const local = readDataFile(root, path, localPaySchema);
  const rate = parseBaseRate(local.baseRate);
  if (rate === undefined)
    throw new DataFileError([dataError(displayName(root, path), 'baseRate', `"${local.baseRate}" is not an hourly amount like "12.50"`)]);
  return { ratePerHour: rate, currency: local.currency, source: path };
}
