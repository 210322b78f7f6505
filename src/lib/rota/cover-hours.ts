import type { WorkingCalendar } from '../calendar/working-hours.ts';
import type { RotationKind, Span } from './model.ts';

/**
 * The hours each kind of rotation covers. First line: each working period (10:00-18:00 on a working
 * day). On call: each gap between two consecutive working periods, so a weekend or a run of bank
 * holidays is one block with the nights either side. Both come from the SLA's working calendar.
 * Blocks overlapping [from, to) are returned whole, in order.
 */
export function coverHoursBetween(kind: RotationKind, calendar: WorkingCalendar, from: number, to: number): Span[] {
  if (!(to > from)) return [];
  if (kind === 'first-line') return calendar.periodsBetween(from, to).map(({ start, end }) => ({ start, end }));
  return outOfHoursBetween(calendar, from, to);
}

export function outOfHoursBetween(calendar: WorkingCalendar, from: number, to: number): Span[] {
  const before = calendar.periodAtOrBefore(from);
  const after = calendar.periodAtOrAfter(to);
  const periods = calendar.periodsBetween(before.start, after.end);
  const blocks: Span[] = [];
  for (let i = 0; i + 1 < periods.length; i++) {
    const start = periods[i]!.end;
    const end = periods[i + 1]!.start;
    // Working periods that meet (a day worked to midnight, then the next from midnight) leave no gap.
    if (end > start && start < to && end > from) blocks.push({ start, end });
  }
  return blocks;
}
