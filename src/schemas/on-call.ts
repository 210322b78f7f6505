import { z } from 'astro/zod';
import { isCivilDate } from '../lib/time/civil-date.ts';
import { DAY_KINDS, LINES } from '../lib/on-call/hours.ts';

/**
 * content/rota/on-call.yaml: how on-call time is counted for pay and time off in lieu. It holds no
 * money: rates are multipliers of a base rate kept in local settings (src/lib/on-call/local-pay.ts).
 * Rules are checked against each other by src/lib/on-call/rates.ts.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "bank-holidays"');
const CLOCK = 'must be a 24-hour time in quotes, like "23:00"';
const clockTime = z.string({ error: CLOCK }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, CLOCK);
const endTime = z.string({ error: CLOCK }).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, `${CLOCK}, or "24:00" for midnight at the end`);
const date = z.string().refine(isCivilDate, 'must be a real date like 2026-12-25');
const weekday = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export const rateRuleSchema = z
  .strictObject({
    id,
    name: z.string().trim().min(1).optional(),
    days: z.array(date).min(1, 'needs at least one date').optional(),
    dayKind: z.enum(DAY_KINDS).optional(),
    line: z.enum(LINES).optional(),
    hours: z
      .strictObject({ from: clockTime, to: endTime })
      .refine(
        (h) => h.from !== h.to && !(h.from === '00:00' && h.to === '24:00'),
        'from and to must differ (leave hours out for the whole day)',
      )
      .optional(),
    multiplier: z.number({ error: 'must be a number, like 1 or 1.5' }).positive('must be more than 0').max(10, 'must be at most 10'),
  })
  .refine((r) => !(r.days && r.dayKind), { message: 'give days (one-off dates) or dayKind, not both', path: ['days'] });

export const toilSettingsSchema = z.strictObject({
  /** Alerts within this many minutes of the last counted one (same person) are not counted again. */
  dedupWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  awakeHours: z.number().min(0).default(1.75),
  wokenHours: z.number().min(0).default(3.5),
  /** Minutes of fixing included before extra time counts; then extraHours per hour or part of one. */
  fixIncludedMinutes: z.number().int().min(0).default(60),
  extraHours: z.number().min(0).default(1.75),
  sleepingHours: z.strictObject({ from: clockTime, to: clockTime }).default({ from: '23:00', to: '08:00' }),
});

export const onCallSettingsSchema = z.strictObject({
  payMonth: z.strictObject({ day: weekday, time: clockTime }).default({ day: 'Wednesday', time: '10:00' }),
  rates: z.array(rateRuleSchema).min(1, 'needs at least one rule'),
  // No toil section: every field takes its own default above.
  toil: toilSettingsSchema.prefault({}),
});

/** The git-ignored local file with the money: content/rota/on-call.local.yaml. */
export const localPaySchema = z.strictObject({
  baseRate: z.union([z.string(), z.number()]),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like GBP')
    .default('GBP'),
});

export type OnCallSettingsEntry = z.infer<typeof onCallSettingsSchema>;
export type ToilSettings = z.infer<typeof toilSettingsSchema>;
