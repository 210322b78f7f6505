import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { civilParts } from '../time/civil-date.ts';
import { formatDate, formatElapsed } from './format.ts';

/**
 * Checks on a received time that are not errors but often mean one: a time in the future, more
 * than a year ago, or in a year the bank-holiday data does not cover. And one that is an error:
 * a year outside what the engine supports (bank-holiday rules and time-zone data are only
 * meaningful for years near our own; year 9999 would run past the end of JavaScript's dates).
 */
export const SUPPORTED_YEARS = { first: 2000, last: 2099 } as const;

export type SanityWarning = { kind: 'future'; text: string } | { kind: 'old'; text: string } | { kind: 'outside-holidays'; text: string };

const YEAR_MS = 365 * 24 * 60 * 60_000;
/** Clocks differ by a little; a ticket "received" a minute ahead is not a typo. */
const FUTURE_GRACE_MS = 5 * 60_000;

/** An error message when the instant's local year is outside the supported years, else undefined. */
export function unsupportedYear(instant: number, calendar: WorkingCalendar, what = 'received time'): string | undefined {
  if (!Number.isFinite(instant)) return `The ${what} is not a real date and time`;
  const { year } = civilParts(calendar.localDate(instant));
  if (year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last) return undefined;
  return `The ${what} is in ${year}: this tool works only with years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`;
}

export function receivedWarnings(received: number, now: number, calendar: WorkingCalendar): SanityWarning[] {
  const warnings: SanityWarning[] = [];
  if (received - now > FUTURE_GRACE_MS) {
    warnings.push({
      kind: 'future',
      text: `Received ${formatElapsed(received - now)} in the future: check the date, and that it is UK time.`,
    });
  } else if (now - received > YEAR_MS) {
    warnings.push({ kind: 'old', text: `Received more than a year ago (${formatDate(calendar.localDate(received))}): check the year.` });
  }
  const date = calendar.localDate(received);
  const { publishedFrom, publishedUntil } = calendar.holidays;
  if (date < publishedFrom || date > publishedUntil) {
    const from = civilParts(publishedFrom).year;
    const until = civilParts(publishedUntil).year;
    warnings.push({
      kind: 'outside-holidays',
      text: `Received in ${civilParts(date).year}, outside the years of published bank holidays here (${from === until ? from : `${from} to ${until}`}): bank holidays that year are worked out from the usual rules.`,
    });
  }
  return warnings;
}
