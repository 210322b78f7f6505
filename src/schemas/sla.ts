import { z } from 'astro/zod';

const CLOCK_TIME = 'must be a 24-hour time in quotes, like "10:00"';
const clockTime = z.string({ error: CLOCK_TIME }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, CLOCK_TIME);
const weekday = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export const durationSchema = z.strictObject({
  value: z.number().int().positive(),
  unit: z.enum(['minutes', 'hours', 'days']),
});

const planId = z.enum(['standard', 'enhanced']);
const priorityId = z.enum(['urgent', 'high', 'normal', 'low']);

export const slaSchema = z
  .strictObject({
    agreementDate: z.coerce.date(),
    workingHours: z
      .strictObject({
        timeZone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/London'),
        start: clockTime,
        end: clockTime,
        weekdays: z.array(weekday).min(1, 'needs at least one weekday'),
      })
      .refine((h) => h.end > h.start, { message: 'end must be later than start', path: ['end'] }),
    bankHolidays: z.strictObject({
      // gov.uk publishes three divisions, but past its list the holidays are worked out by rule,
      // and the rules here are England and Wales's: another division would get wrong estimates.
      division: z
        .enum(['england-and-wales', 'scotland', 'northern-ireland'])
        .refine((d) => d === 'england-and-wales', {
          message: 'must be england-and-wales: holidays past the published list are estimated by England and Wales rules, which would be wrong for other divisions',
        }),
    }),
    plans: z
      .array(z.strictObject({ id: planId, name: z.string().min(1), description: z.string().min(1) }))
      .refine((plans) => new Set(plans.map((p) => p.id)).size === 2 && plans.length === 2, 'must list standard and enhanced once each'),
    priorities: z
      .array(
        z.strictObject({
          id: priorityId,
          name: z.string().min(1),
          summary: z.string().min(1),
          examples: z.array(z.string().min(1)).default([]),
          clock: z.enum(['working', 'wall']),
          firstReply: z.strictObject({ standard: durationSchema, enhanced: durationSchema }),
          laterReplies: durationSchema.optional(),
        }),
      )
      .refine((list) => new Set(list.map((p) => p.id)).size === 4 && list.length === 4, 'must list urgent, high, normal and low once each'),
  });

export type SlaData = z.infer<typeof slaSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type PlanId = z.infer<typeof planId>;
export type PriorityId = z.infer<typeof priorityId>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
