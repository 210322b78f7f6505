// Refreshes content/bank-holidays.json from gov.uk. Validates before writing; on any failure the
// file is left untouched and the exit code is 1.
//   npm run update:bank-holidays [-- --url URL] [--file PATH] [--timeout SECONDS]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataFileError } from '../src/lib/data-files/problems.ts';
import { readSla } from '../src/lib/data-files/working-time-files.ts';
import {
  describeChange,
  downloadBankHolidays,
  GOV_UK_BANK_HOLIDAYS,
  serialiseBankHolidays,
  UpdateError,
  validateBankHolidays,
  type BankHolidaysFile,
} from './lib/bank-holiday-update.ts';

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs({
      options: {
        url: { type: 'string', default: GOV_UK_BANK_HOLIDAYS },
        file: { type: 'string', default: 'content/bank-holidays.json' },
        timeout: { type: 'string', default: '15' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(
      `update:bank-holidays: ${error instanceof Error ? error.message : error}\nUsage: npm run update:bank-holidays [-- --url URL] [--file PATH] [--timeout SECONDS]\n`,
    );
    return 2;
  }
  const { url, file } = options;
  const timeoutMs = Number(options.timeout) * 1000;
  try {
    const division = readSla().bankHolidays.division;
    process.stdout.write(`Downloading bank holidays from ${url} ...\n`);
    const data = validateBankHolidays(await downloadBankHolidays(url, fetch, timeoutMs), division, url);
    const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BankHolidaysFile) : undefined;
    const text = serialiseBankHolidays(data);
    if (existsSync(file) && readFileSync(file, 'utf8').trimEnd() === text.trimEnd()) {
      process.stdout.write(`${file} is already up to date. ${describeChange(before, data, division)}.\n`);
      return 0;
    }
    writeFileSync(file, text);
    process.stdout.write(`Updated ${file}. ${describeChange(before, data, division)}.\nCheck the diff and commit it.\n`);
    return 0;
  } catch (error) {
    if (error instanceof UpdateError || error instanceof DataFileError) {
      process.stderr.write(`Bank holidays NOT updated: ${error.message}\n${file} was left unchanged.\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
