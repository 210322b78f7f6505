import { NUMERIC_DATE, type DateOrder } from '../time/wall-time-input.ts';

/**
 * Whether a column of dates like 03/04/2026 is day first or month first, worked out from its
 * values: a first part above 12 can only be a day, a second part above 12 only a day too. A
 * column where both kinds appear cannot be read either way and is refused, naming rows of each.
 */
export type DateOrderFinding =
  /** No numeric dates with slashes: the order does not matter. */
  | { kind: 'not-needed' }
  | { kind: 'decided'; order: DateOrder; evidence: { row: number; value: string } }
  /** Every such value reads both ways (all parts 12 or under). */
  | { kind: 'ambiguous'; example: { row: number; value: string } }
  | { kind: 'conflict'; dayFirst: Array<{ row: number; value: string }>; monthFirst: Array<{ row: number; value: string }> };

export function inferDateOrder(values: ReadonlyArray<{ row: number; value: string }>): DateOrderFinding {
  const dayFirst: Array<{ row: number; value: string }> = [];
  const monthFirst: Array<{ row: number; value: string }> = [];
  let example: { row: number; value: string } | undefined;
  for (const entry of values) {
    const match = NUMERIC_DATE.exec(entry.value.trim());
    if (!match) continue;
    example ??= entry;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) dayFirst.push(entry);
    else if (second > 12 && first <= 12) monthFirst.push(entry);
  }
  if (dayFirst.length && monthFirst.length) return { kind: 'conflict', dayFirst: dayFirst.slice(0, 5), monthFirst: monthFirst.slice(0, 5) };
  if (dayFirst[0]) return { kind: 'decided', order: 'day-first', evidence: dayFirst[0] };
  if (monthFirst[0]) return { kind: 'decided', order: 'month-first', evidence: monthFirst[0] };
  return example ? { kind: 'ambiguous', example } : { kind: 'not-needed' };
}

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  'day-first': 'day first (24/12/2026)',
  'month-first': 'month first (12/24/2026)',
};
