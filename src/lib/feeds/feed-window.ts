import { addDays, type CivilDate } from '../time/civil-date.ts';
import type { Rota } from '../rota/rota.ts';
import { weekBoundary, weekContaining } from '../rota/weeks.ts';
import { wallInstant } from '../rota/rota.ts';

export const WEEKS_BEFORE = 4;
export const WEEKS_AFTER = 52;

/**
 * The stretch of rota a feed covers: whole rota weeks (handoff to handoff), from the week 4 weeks
 * before the build's week to the one 52 weeks after it. Whole weeks mean every build in the same
 * week covers exactly the same shifts, and a support week is never cut in two.
 */
export interface FeedWindow {
  /** First day of the first week (a handoff day). */
  firstWeek: CivilDate;
  weeks: number;
  /** Days [firstDay, endDay): for all-day events. */
  firstDay: CivilDate;
  endDay: CivilDate;
  /** Instants [from, to): the first handoff and the one after the last week. */
  from: number;
  to: number;
}

export function feedWindow(rota: Rota, now: number): FeedWindow {
  const firstWeek = addDays(weekContaining(rota, now), -7 * WEEKS_BEFORE);
  const weeks = WEEKS_BEFORE + 1 + WEEKS_AFTER;
  const endDay = addDays(firstWeek, 7 * weeks);
  const { minutes } = weekBoundary(rota);
  return {
    firstWeek,
    weeks,
    firstDay: firstWeek,
    endDay,
    from: wallInstant({ date: firstWeek, minutes }, rota.timeZone),
    to: wallInstant({ date: endDay, minutes }, rota.timeZone),
  };
}
