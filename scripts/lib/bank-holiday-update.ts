// Refreshing content/bank-holidays.json from gov.uk: download, validate, write only if valid.
import { bankHolidaysFileSchema } from '../../src/schemas/bank-holidays.ts';
import { createHolidayCalendar } from '../../src/lib/calendar/bank-holidays.ts';
import type { z } from 'astro/zod';

export const GOV_UK_BANK_HOLIDAYS = 'https://www.gov.uk/bank-holidays.json';

export type BankHolidaysFile = z.infer<typeof bankHolidaysFileSchema>;

/** A failure to report in one sentence, with the file left as it was. */
export class UpdateError extends Error {}

type Fetch = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

/** Downloads and parses the JSON, turning every network failure into a plain message. */
export async function downloadBankHolidays(url: string, fetchImpl: Fetch = fetch, timeoutMs = 15_000): Promise<unknown> {
  let response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} seconds` : cause;
    throw new UpdateError(`Could not reach ${url} (${reason}). Is this machine offline?`);
  }
  if (!response.ok) throw new UpdateError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new UpdateError(`${url} did not return JSON (starts with ${JSON.stringify(text.slice(0, 40))})`);
  }
}

/** Checks the download against the same schema as the build, and that the SLA's division is there. */
export function validateBankHolidays(raw: unknown, requiredDivision: string, source: string): BankHolidaysFile {
  const result = bankHolidaysFileSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new UpdateError(`The data from ${source} does not match the expected format:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  if (!result.data[requiredDivision])
    throw new UpdateError(`The data from ${source} has no "${requiredDivision}" division, which content/sla.yaml uses`);
  return result.data;
}

/** The file as vendored: two-space JSON with non-ASCII escaped, as gov.uk serves it. */
export function serialiseBankHolidays(data: unknown): string {
  return `${JSON.stringify(data, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** One line on what changed for a division, e.g. "england-and-wales: 40 days, published to 2028-12-31 (was 2027-12-31)". */
export function describeChange(before: BankHolidaysFile | undefined, after: BankHolidaysFile, division: string): string {
  const next = after[division]!;
  const until = createHolidayCalendar(next).publishedUntil;
  const previous = before?.[division];
  const was = previous ? createHolidayCalendar(previous).publishedUntil : undefined;
  return `${division}: ${next.events.length} days, published to ${until}${was && was !== until ? ` (was ${was})` : ''}`;
}
