import { civilParts, type CivilDate } from '../time/civil-date.ts';
import { formatClockTime, offsetAt, toZoned } from '../time/zoned-time.ts';
import type { Deadline, DeadlineStep } from './deadline.ts';
import { formatDate, formatInstant, formatMinutes, formatTarget, formatTime } from './format.ts';
import { findPlan, findPriority, type SlaTerms } from './terms.ts';
import type { PauseReason } from './working-time.ts';

/** One line of the explanation, with the step it describes for callers that want the data too. */
export interface ExplainedStep {
  step: DeadlineStep;
  text: string;
}

/** The calculation in plain English, one sentence per step. */
export function explainDeadline(terms: SlaTerms, result: Deadline): ExplainedStep[] {
  const zone = terms.workingHours.timeZone;
  const startYear = civilParts(toZoned(result.from, zone).date).year;
  const day = (instant: number) => {
    const { date } = toZoned(instant, zone);
    return formatDate(date, civilParts(date).year !== startYear);
  };
  const at = (instant: number) => `${formatClockTime(toZoned(instant, zone).minutes)} on ${day(instant)}`;
  const clockChange = (from: number, to: number) => {
    const change = offsetAt(zone, to) - offsetAt(zone, from);
    if (change === 0) return '';
    return change > 0
      ? ' The clocks went forward an hour in between; UK time is used throughout.'
      : ' The clocks went back an hour in between; UK time is used throughout.';
  };
  const priority = findPriority(terms, result.priority);
  const plan = findPlan(terms, result.plan);
  const replyWords = result.reply === 'first' ? 'first reply' : 'next reply';

  return result.steps.map((step): ExplainedStep => {
    switch (step.kind) {
      case 'start': {
        const target = formatTarget(result.target, result.clock);
        const what = step.reply === 'first' ? 'Ticket received' : 'Last reply sent';
        const rule =
          step.reply === 'first'
            ? `${priority.name} on the ${plan.name} plan: first reply within ${target}.`
            : `${priority.name}: each later reply within ${target} of the one before.`;
        return { step, text: `${what} ${formatInstant(step.at, zone)}. ${rule}` };
      }
      case 'waited':
        return { step, text: `${describeWait(step.reasons, startYear)} started at ${at(step.to)}.${clockChange(step.from, step.to)}` };
      case 'counted': {
        const span = `${formatClockTime(toZoned(step.from, zone).minutes)} to ${formatTime(step.to, zone)}`;
        const sofar = step.total !== step.minutes ? ` (${formatMinutes(step.total)} so far)` : '';
        return { step, text: `Counted ${formatMinutes(step.minutes)} of working time on ${day(step.from)}, ${span}${sofar}.` };
      }
      case 'paused': {
        const daysOff = step.reasons.filter((r) => r.kind === 'weekend' || r.kind === 'bank-holiday');
        const text = daysOff.length
          ? `Paused at ${at(step.from)} and restarted at ${at(step.to)}, skipping ${joinList(daysOff.map((r) => describeDayOff(r, startYear)))}.`
          : `Paused overnight, from ${at(step.from)} to ${at(step.to)}.`;
        return { step, text: text + clockChange(step.from, step.to) };
      }
      case 'elapsed':
        return {
          step,
          text: `${priority.name} counts wall-clock time: ${formatMinutes(step.minutes)} straight on, night, weekend or bank holiday alike.${clockChange(step.from, step.to)}`,
        };
      case 'deadline':
        return { step, text: `So the ${replyWords} is due by ${formatInstant(step.at, zone)}.` };
    }
  });
}

/** "That was after working hours; the clock waited through the weekend (…) and" */
function describeWait(reasons: PauseReason[], startYear: number): string {
  const [first, ...rest] = reasons;
  let when = 'outside working hours';
  if (first?.kind === 'evening') when = 'after working hours';
  else if (first?.kind === 'morning') when = 'before working hours';
  else if (first?.kind === 'weekend') when = 'at the weekend';
  else if (first?.kind === 'bank-holiday') when = `on a bank holiday, ${first.title}${first.estimated ? ' (estimated)' : ''}`;
  const daysOff = rest.filter((r) => r.kind === 'weekend' || r.kind === 'bank-holiday');
  const through = daysOff.length
    ? `; the clock waited through ${joinList(daysOff.map((r) => describeDayOff(r, startYear)))} and`
    : ', so the clock';
  return `That was ${when}${through}`;
}

function describeDayOff(reason: PauseReason, startYear: number): string {
  const date = (d: CivilDate) => formatDate(d, civilParts(d).year !== startYear);
  switch (reason.kind) {
    case 'bank-holiday':
      return `the bank holiday ${reason.title} on ${date(reason.date)}${reason.estimated ? ' (estimated)' : ''}`;
    case 'weekend': {
      if (reason.from === reason.to) return `the weekend day ${date(reason.from)}`;
      // "Saturday 26 to Sunday 27 December" when both days share a month.
      const from = date(reason.from);
      const sameMonth = reason.from.slice(0, 7) === reason.to.slice(0, 7);
      return `the weekend of ${sameMonth ? from.replace(/ [A-Z][a-z]+( \d{4})?$/, '') : from} to ${date(reason.to)}`;
    }
    default:
      return '';
  }
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
