import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeChange,
  downloadBankHolidays,
  serialiseBankHolidays,
  UpdateError,
  validateBankHolidays,
} from '../../../scripts/lib/bank-holiday-update.ts';

const vendored = readFileSync('content/bank-holidays.json', 'utf8');
const URL = 'https://www.gov.uk/bank-holidays.json';

const answer = (status: number, body: string) => async () => ({
  ok: status < 400,
  status,
  statusText: status < 400 ? 'OK' : 'Service Unavailable',
  text: async () => body,
});

describe('refreshing the bank holidays', () => {
  it('says plainly when gov.uk cannot be reached', async () => {
    const offline = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND www.gov.uk') });
    };
    await expect(downloadBankHolidays(URL, offline)).rejects.toThrow(
      new UpdateError(`Could not reach ${URL} (getaddrinfo ENOTFOUND www.gov.uk). Is this machine offline?`),
    );
  });

  it('reports HTTP errors and non-JSON answers', async () => {
    await expect(downloadBankHolidays(URL, answer(503, ''))).rejects.toThrow(/HTTP 503/);
    await expect(downloadBankHolidays(URL, answer(200, '<html>'))).rejects.toThrow(/did not return JSON/);
  });

  it('accepts gov.uk’s data and writes it back byte for byte as vendored', async () => {
    const raw = await downloadBankHolidays(URL, answer(200, vendored));
    const data = validateBankHolidays(raw, 'england-and-wales', URL);
    expect(serialiseBankHolidays(data)).toBe(vendored.endsWith('\n') ? vendored : `${vendored}\n`);
    expect(describeChange(data, data, 'england-and-wales')).toBe('england-and-wales: 32 days, published to 2027-12-31');
  });

  it('refuses data that does not match the schema, naming the field', () => {
    const data = JSON.parse(vendored);
    data['england-and-wales'].events[3].date = '2024-13-01';
    expect(() => validateBankHolidays(data, 'england-and-wales', URL)).toThrow(/england-and-wales\.events\.3\.date/);
  });

  it('refuses data without the division the SLA uses', () => {
    const data = JSON.parse(vendored);
    delete data['england-and-wales'];
    expect(() => validateBankHolidays(data, 'england-and-wales', URL)).toThrow(/no "england-and-wales" division/);
  });
});
