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

/** Looks at one value at a time, so a streamed export needs no second copy of its dates. */
export class DateOrderTally {
  private readonly dayFirst: Array<{ row: number; value: string }> = [];
  private readonly monthFirst: Array<{ row: number; value: string }> = [];
  private example: { row: number; value: string } | undefined;

  add(row: number, value: string): void {
    const match = NUMERIC_DATE.exec(value.trim());
    if (!match) return;
    this.example ??= { row, value };
    const first = Number(match[1]);
    const second = Number(match[2]);
    // A handful of rows of each kind is enough to name; the rest are not kept.
    if (first > 12 && second <= 12) {
      if (this.dayFirst.length < 5) this.dayFirst.push({ row, value });
    } else if (second > 12 && first <= 12 && this.monthFirst.length < 5) this.monthFirst.push({ row, value });
  }

  finding(): DateOrderFinding {
    const [day, month] = [this.dayFirst, this.monthFirst];
    if (day.length && month.length) return { kind: 'conflict', dayFirst: day, monthFirst: month };
    if (day[0]) return { kind: 'decided', order: 'day-first', evidence: day[0] };
    if (month[0]) return { kind: 'decided', order: 'month-first', evidence: month[0] };
    return this.example ? { kind: 'ambiguous', example: this.example } : { kind: 'not-needed' };
  }
}

export function inferDateOrder(values: ReadonlyArray<{ row: number; value: string }>): DateOrderFinding {
  const tally = new DateOrderTally();
  for (const { row, value } of values) tally.add(row, value);
  return tally.finding();
}

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  'day-first': 'day first (24/12/2026)',
  'month-first': 'month first (12/24/2026)',
};
