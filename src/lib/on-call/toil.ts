import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { formatClockTime, toZoned } from '../time/zoned-time.ts';
import type { Alert } from './alerts.ts';

/**
 * Time off in lieu (TOIL) for alerts handled out of hours, credited to whoever acknowledged them:
 * a quarter day for an alert handled while awake, half a day for one that woke the person, and a
 * further quarter day for each hour (or part of one) of fixing beyond the first. Alerts are taken
 * oldest first; one within the de-duplication window (60 minutes by default) of the person's last
 * counted alert does not count again, and the next one after the window can.
 *
 * An alert woke someone when it came in during sleeping hours (23:00-08:00 UK time) unless it is
 * tagged "awake"; a tag "woken" (or "woke") says it woke them at any hour. "fix:90m", "fix:2h"
 * or "fix:1h30m" says how long the fixing took.
 */
export interface ToilRules {
  dedupWindowMinutes: number;
  awakeHours: number;
  wokenHours: number;
  fixIncludedMinutes: number;
  extraHours: number;
  sleepingHours: { from: string; to: string };
}

export type ToilOutcome =
  | { counted: true; kind: 'awake' | 'woken'; minutes: number; baseMinutes: number; extraMinutes: number; fixMinutes?: number | undefined }
  | { counted: false; reason: string; duplicateOf?: string | undefined };

export interface ToilItem {
  alert: Alert;
  outcome: ToilOutcome;
}

export interface ToilStatement {
  person: string;
  /** Minutes of time off earned. */
  minutes: number;
  counted: number;
  items: ToilItem[];
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** "fix:90m", "fix:2h", "fix:1h30m" to minutes; undefined for other tags. */
export function fixMinutesOf(tags: readonly string[]): number | undefined {
  for (const tag of tags) {
    const m = /^fix(?:ed)?[:=](?:(\d+)h)?(?:(\d+)m)?$/i.exec(tag.trim());
    if (m && (m[1] || m[2])) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  }
  return undefined;
}

/** Working time by the calendar (10:00-18:00 on working days); everything else is out of hours. */
export function inWorkingHours(calendar: WorkingCalendar, instant: number): boolean {
  const period = calendar.periodOn(calendar.localDate(instant));
  return period !== undefined && instant >= period.start && instant < period.end;
}

export function toilStatements(alerts: readonly Alert[], calendar: WorkingCalendar, rules: ToilRules): ToilStatement[] {
  const zone = calendar.hours.timeZone;
  const sleepFrom = minutesOf(rules.sleepingHours.from);
  const sleepTo = minutesOf(rules.sleepingHours.to);
  const asleep = (minute: number) =>
    sleepFrom < sleepTo ? minute >= sleepFrom && minute < sleepTo : minute >= sleepFrom || minute < sleepTo;
  const windowMs = rules.dedupWindowMinutes * 60_000;
  const lastCounted = new Map<string, Alert>();
  const byPerson = new Map<string, ToilStatement>();
  const unassigned: ToilItem[] = [];

  // Oldest first, so the first alert of a burst is the one that counts.
  const ordered = [...alerts].sort((a, b) => a.createdAt - b.createdAt || a.row - b.row);
  for (const alert of ordered) {
    let outcome: ToilOutcome;
    const person = alert.acknowledgedBy;
    const last = person ? lastCounted.get(person) : undefined;
    if (!person) outcome = { counted: false, reason: 'nobody acknowledged it' };
    else if (inWorkingHours(calendar, alert.createdAt)) outcome = { counted: false, reason: 'it came in during working hours' };
    else if (last && alert.createdAt - last.createdAt < windowMs) {
      const at = formatClockTime(toZoned(last.createdAt, zone).minutes);
      outcome = {
        counted: false,
        reason: `within ${rules.dedupWindowMinutes} minutes of ${last.id} (${at}), already counted`,
        duplicateOf: last.id,
      };
    } else {
      const tags = alert.tags.map((t) => t.toLowerCase());
      const woken =
        tags.includes('woken') || tags.includes('woke') || (!tags.includes('awake') && asleep(toZoned(alert.createdAt, zone).minutes));
      const fixMinutes = fixMinutesOf(alert.tags);
      const baseMinutes = Math.round((woken ? rules.wokenHours : rules.awakeHours) * 60);
      const extraHours =
        fixMinutes !== undefined && fixMinutes > rules.fixIncludedMinutes ? Math.ceil((fixMinutes - rules.fixIncludedMinutes) / 60) : 0;
      const extraMinutes = Math.round(extraHours * rules.extraHours * 60);
      outcome = {
        counted: true,
        kind: woken ? 'woken' : 'awake',
        minutes: baseMinutes + extraMinutes,
        baseMinutes,
        extraMinutes,
        fixMinutes,
      };
      lastCounted.set(person, alert);
    }
    const item = { alert, outcome };
    if (!person) {
      unassigned.push(item);
      continue;
    }
    let statement = byPerson.get(person);
    if (!statement) byPerson.set(person, (statement = { person, minutes: 0, counted: 0, items: [] }));
    statement.items.push(item);
    if (outcome.counted) {
      statement.minutes += outcome.minutes;
      statement.counted += 1;
    }
  }
  const statements = [...byPerson.values()];
  if (unassigned.length) statements.push({ person: '', minutes: 0, counted: 0, items: unassigned });
  return statements;
}

/** Statements restricted to alerts created in [from, to) (after de-duplication over the whole export). */
export function toilBetween(statements: readonly ToilStatement[], from: number, to: number): ToilStatement[] {
  return statements
    .map((s) => {
      const items = s.items.filter((i) => i.alert.createdAt >= from && i.alert.createdAt < to);
      const counted = items.filter((i) => i.outcome.counted);
      return {
        ...s,
        items,
        counted: counted.length,
        minutes: counted.reduce((t, i) => t + (i.outcome.counted ? i.outcome.minutes : 0), 0),
      };
    })
    .filter((s) => s.items.length > 0);
}
