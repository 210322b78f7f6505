import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocalPay, readOnCallSettings } from '../../../scripts/lib/on-call-files.ts';
import { ContentFileError } from '../../../scripts/lib/content-files.ts';
import { calendar } from '../../support/calendar.ts';

describe('content/rota/on-call.yaml', () => {
  it('as shipped: one flat rule, no money, the reference time off in lieu rules', () => {
    const settings = readOnCallSettings(calendar);
    expect(settings.rules).toEqual([{ id: 'flat', name: 'On call', multiplier: 1, entry: 1 }]);
    expect(settings.payMonth).toEqual({ day: 'Wednesday', time: '10:00' });
    expect(settings.toil).toMatchObject({ dedupWindowMinutes: 60, awakeHours: 1.75, wokenHours: 3.5, sleepingHours: { from: '23:00', to: '08:00' } });
  });
});

describe('local pay settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'on-call-pay-'));
  const file = (text: string) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.local.yaml`);
    writeFileSync(path, text);
    return path;
  };

  it('none set: hours only', () => expect(readLocalPay({}, join(dir, 'missing.local.yaml'))).toBeUndefined());

  it('from the environment, which wins over the file', () => {
    expect(readLocalPay({ ON_CALL_BASE_RATE: '20.00' }, file('baseRate: "30.00"\n'))).toEqual({ ratePerHour: 2000, currency: 'GBP', source: 'ON_CALL_BASE_RATE' });
  });

  it('from the git-ignored file', () => {
    const path = file('baseRate: "30.00"\ncurrency: EUR\n');
    expect(readLocalPay({}, path)).toEqual({ ratePerHour: 3000, currency: 'EUR', source: path });
  });

  it('a rate that is not an amount is refused, naming where it came from', () => {
    expect(() => readLocalPay({}, file('baseRate: "a lot"\n'))).toThrow(ContentFileError);
    expect(() => readLocalPay({}, file('baseRate: "a lot"\n'))).toThrow(/baseRate: "a lot" is not an hourly amount/);
    expect(() => readLocalPay({ ON_CALL_BASE_RATE: '10', ON_CALL_CURRENCY: 'pounds' })).toThrow(/ON_CALL_CURRENCY/);
  });
});
