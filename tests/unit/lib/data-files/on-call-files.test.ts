import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOnCallSettings, readLocalPay, readOnCallSettings } from '../../../../src/lib/data-files/on-call-files.ts';
import { DataFileError, formatDataProblem } from '../../../../src/lib/data-files/problems.ts';
import { calendar } from '../../../support/calendar.ts';

const dir = mkdtempSync(join(tmpdir(), 'on-call-files-'));
const file = (text: string, name = `${Math.random().toString(36).slice(2)}.yaml`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
/** The problems loadOnCallSettings finds in `text`, one line each, as the build prints them. */
const problems = (text: string) => loadOnCallSettings(dir, calendar, file(text, 'on-call.yaml')).problems.map(formatDataProblem);

describe('content/rota/on-call.yaml', () => {
  it('as shipped: one flat rule, no money, the reference time off in lieu rules', () => {
    const settings = readOnCallSettings(calendar);
    expect(settings.rules).toEqual([{ id: 'flat', name: 'On call', multiplier: 1, entry: 1 }]);
    expect(settings.payMonth).toEqual({ day: 'Wednesday', time: '10:00' });
    expect(settings.toil).toMatchObject({
      dedupWindowMinutes: 60,
      awakeHours: 1.75,
      wokenHours: 3.5,
      sleepingHours: { from: '23:00', to: '08:00' },
    });
  });

  it('a file without a toil section gets every time off in lieu default', () => {
    const settings = loadOnCallSettings(dir, calendar, file('rates:\n  - id: flat\n    multiplier: 1\n', 'no-toil.yaml'));
    expect(settings.problems).toEqual([]);
    expect(settings.data?.toil).toEqual({
      dedupWindowMinutes: 60,
      awakeHours: 1.75,
      wokenHours: 3.5,
      fixIncludedMinutes: 60,
      extraHours: 1.75,
      sleepingHours: { from: '23:00', to: '08:00' },
    });
  });

  it('unordered or overlapping rules are refused, naming file, rule and field', () => {
    expect(problems(readFileSync('tests/fixtures/on-call/bad-rates/unordered.yaml', 'utf8'))).toEqual([
      expect.stringMatching(/^on-call\.yaml, rule 2 \("bank-holidays"\), dayKind: it is narrower than rule 1 \("nights"\)/),
    ]);
    expect(problems(readFileSync('tests/fixtures/on-call/bad-rates/overlapping.yaml', 'utf8'))).toEqual([
      expect.stringMatching(/^on-call\.yaml, rule 2 \("nights"\), hours: it overlaps rule 1 \("evenings"\)/),
    ]);
  });

  it('a wrong field names the rule by number and id, not "rates.0"', () => {
    expect(problems(readFileSync('tests/fixtures/on-call/bad-rates/wrong-type.yaml', 'utf8'))).toEqual([
      expect.stringMatching(/^on-call\.yaml, rule 1 \("weekends"\), dayKind: Invalid option/),
      expect.stringMatching(/^on-call\.yaml, rule 1 \("weekends"\), multiplier: must be a number/),
    ]);
  });

  it('money in the public file is refused, saying where the base rate goes', () => {
    expect(problems(readFileSync('tests/fixtures/on-call/bad-rates/money.yaml', 'utf8'))).toEqual([
      expect.stringMatching(
        /^on-call\.yaml, rule 1 \("flat"\): Unrecognized key: "rate" \(money never goes in this public file: set the base rate in ON_CALL_BASE_RATE/,
      ),
    ]);
  });

  it('broken YAML and a missing file are problems, not crashes; readOnCallSettings throws them as one DataFileError', () => {
    expect(problems('rates: [\n')).toEqual([expect.stringMatching(/^on-call\.yaml.*not valid YAML/)]);
    expect(() => readOnCallSettings(calendar, join(dir, 'none.yaml'), dir)).toThrow(DataFileError);
    expect(() => readOnCallSettings(calendar, join(dir, 'none.yaml'), dir)).toThrow(/none\.yaml: is missing/);
  });
});

describe('local pay settings', () => {
  const local = (text: string) => file(text, `${Math.random().toString(36).slice(2)}.local.yaml`);

  it('none set: hours only', () => expect(readLocalPay({}, join(dir, 'missing.local.yaml'))).toBeUndefined());

  it('from the environment, which wins over the file', () => {
    expect(readLocalPay({ ON_CALL_BASE_RATE: '20.00' }, local('baseRate: "30.00"\n'))).toEqual({
      ratePerHour: 2000,
      currency: 'GBP',
      source: 'ON_CALL_BASE_RATE',
    });
  });

  it('from the git-ignored file', () => {
    const path = local('baseRate: "30.00"\ncurrency: EUR\n');
    expect(readLocalPay({}, path)).toEqual({ ratePerHour: 3000, currency: 'EUR', source: path });
  });

  it('a rate that is not an amount is refused, naming where it came from', () => {
    expect(() => readLocalPay({}, local('baseRate: "a lot"\n'))).toThrow(DataFileError);
    expect(() => readLocalPay({}, local('baseRate: "a lot"\n'))).toThrow(/\.local\.yaml, baseRate: "a lot" is not an hourly amount/);
    expect(() => readLocalPay({}, local('baseRate: "1"\ncurrency: pounds\n'))).toThrow(
      /\.local\.yaml, currency: must be a three-letter currency code/,
    );
    expect(() => readLocalPay({ ON_CALL_BASE_RATE: '10', ON_CALL_CURRENCY: 'pounds' })).toThrow(
      /ON_CALL_CURRENCY: "pounds" is not a three-letter currency code/,
    );
  });
});
