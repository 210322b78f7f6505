import { addMonths, type CivilDate } from '../time/civil-date.ts';

/** How far ahead the published bank holidays should reach before the build complains. */
export const MIN_MONTHS_AHEAD = 12;

/**
 * A warning when the published holidays stop less than `months` after `today`, since deadlines
 * past that point rest on estimated days; undefined when the data reaches far enough.
 */
export function holidayCoverageWarning(publishedUntil: CivilDate, today: CivilDate, months = MIN_MONTHS_AHEAD): string | undefined {
  const needed = addMonths(today, months);
  if (publishedUntil >= needed) return undefined;
  return (
    `Bank holiday data runs only to ${publishedUntil}, less than ${months} months ahead (needs ${needed}). ` +
    'Deadlines after that use estimated holidays. Run `npm run update:bank-holidays` when online.'
  );
}
