import { z } from 'astro/zod';
import { BANK_HOLIDAY_DIVISIONS, ESTIMATED_DIVISION } from '../lib/calendar/divisions.ts';
import { PLAN_IDS, PRIORITY_IDS } from '../lib/sla/terms.ts';
import { isCivilDate, WEEKDAY_NAMES } from '../lib/time/civil-date.ts';
import { CLOCK_TIME, CLOCK_TIME_MESSAGE, isEndOfDay } from '../lib/time/clock-time.ts';
import { boundedText, MAX_LENGTH, uniqueItems } from './text.ts';
import { timeZoneSchema } from './time-zone.ts';

const clockTime = z.string({ error: CLOCK_TIME_MESSAGE }).regex(CLOCK_TIME, CLOCK_TIME_MESSAGE);
// "24:00" (or "23:59") ends the working day at midnight: the day is worked whole.
const endTime = z
  .string({ error: CLOCK_TIME_MESSAGE })
  .refine((v) => CLOCK_TIME.test(v) || v === '24:00', `${CLOCK_TIME_MESSAGE}, or "24:00" for midnight`);
const weekday = z.enum(WEEKDAY_NAMES);

/**
 * Targets longer than these are surely a typing mistake, and would make every deadline slow to
 * work out (the engine counts working time a day at a time).
 */
export const MAX_TARGET = { minutes: 60 * 24 * 7, hours: 24 * 90, days: 365 } as const;

export const durationSchema = z
  .strictObject({
    value: z.number().int().positive(),
    unit: z.enum(['minutes', 'hours', 'days']),
  })
  .superRefine((d, ctx) => {
    const max = MAX_TARGET[d.unit];
    if (d.value > max)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be at most ${max} ${d.unit}: a longer target is surely a mistake` });
  });

const planId = z.enum(PLAN_IDS);
const priorityId = z.enum(PRIORITY_IDS);

/** A date that exists, written 2018-04-01; kept as a Date at UTC midnight for the pages. */
const agreementDate = z
  .string({ error: 'must be a date like 2018-04-01' })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCivilDate(v), 'must be a real date like 2018-04-01')
  .transform((v) => new Date(`${v}T00:00:00Z`));

type Duration = z.infer<typeof durationSchema>;
/** A target in minutes, counting a working day as the working hours' length, to compare plans. */
function targetMinutes(d: Duration, clock: 'working' | 'wall', dayMinutes: number): number {
  return d.unit === 'minutes' ? d.value : d.unit === 'hours' ? d.value * 60 : d.value * (clock === 'working' ? dayMinutes : 1440);
}
const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export const slaSchema = z
  .strictObject({
    agreementDate,
    workingHours: z
      .strictObject({
        timeZone: timeZoneSchema,
        start: clockTime,
        end: endTime,
        weekdays: z.array(weekday).min(1, 'needs at least one weekday').refine(uniqueItems, 'lists the same day twice'),
      })
      .refine((h) => isEndOfDay(h.end) || h.end > h.start, { message: 'end must be later than start', path: ['end'] }),
    bankHolidays: z.strictObject({
      // gov.uk publishes three divisions, but past its list the holidays are worked out by rule,
      // and the rules here are England and Wales's: another division would get wrong estimates.
      division: z.enum(BANK_HOLIDAY_DIVISIONS).refine((d) => d === ESTIMATED_DIVISION, {
        message: `must be ${ESTIMATED_DIVISION}: holidays past the published list are estimated by England and Wales rules, which would be wrong for other divisions`,
      }),
    }),
    plans: z
      .array(
        z.strictObject({
          id: planId,
          name: boundedText(MAX_LENGTH.title, 'a name'),
          description: boundedText(MAX_LENGTH.summary, 'a description'),
        }),
      )
      .refine(
        (plans) => new Set(plans.map((p) => p.id)).size === PLAN_IDS.length && plans.length === PLAN_IDS.length,
        `must list ${PLAN_IDS.join(' and ')} once each`,
      ),
    priorities: z
      .array(
        z.strictObject({
          id: priorityId,
          name: boundedText(MAX_LENGTH.title, 'a name'),
          summary: boundedText(MAX_LENGTH.summary, 'a summary'),
          examples: z.array(boundedText(MAX_LENGTH.summary, 'an example')).default([]),
          clock: z.enum(['working', 'wall']),
          firstReply: z.strictObject({ standard: durationSchema, enhanced: durationSchema }),
          laterReplies: durationSchema.optional(),
        }),
      )
      .refine(
        (list) => new Set(list.map((p) => p.id)).size === PRIORITY_IDS.length && list.length === PRIORITY_IDS.length,
        `must list ${PRIORITY_IDS.join(', ')} once each`,
      ),
  })
  .superRefine((sla, ctx) => {
    // The enhanced plan is paid for to be faster: a target slower than the standard one is a mistake.
    const end = isEndOfDay(sla.workingHours.end) ? 1440 : minutesOf(sla.workingHours.end);
    const dayMinutes = end - minutesOf(sla.workingHours.start);
    sla.priorities.forEach((p, i) => {
      if (targetMinutes(p.firstReply.enhanced, p.clock, dayMinutes) > targetMinutes(p.firstReply.standard, p.clock, dayMinutes)) {
        ctx.addIssue({
          code: 'custom',
          path: ['priorities', i, 'firstReply', 'enhanced'],
          message: `is slower than the standard target for ${p.id}; the enhanced plan's targets must be the same or faster`,
        });
      }
    });
  });

export type SlaData = z.infer<typeof slaSchema>;
export type { Duration };
export type PlanId = z.infer<typeof planId>;
export type PriorityId = z.infer<typeof priorityId>;
