import { z } from 'astro/zod';
import { isCivilDate } from '../lib/time/civil-date.ts';
import { OVERRIDE_REASONS, ROLES, ROTATION_KINDS, TIERS } from '../lib/rota/model.ts';
import { onCallShareLimitSchema } from './fairness.ts';

/**
 * The shape of each file in content/rota/. Cross-file rules (known people, roles, opt-in,
 * overlapping overrides) are checked by src/lib/rota/validate.ts once all files are read.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "siobhan-oneill"');
const date = z.string().refine(isCivilDate, 'must be a real date like 2026-12-23');
const localDateTime = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v) && isCivilDate(v.slice(0, 10)), 'must be a UK local date and time like 2026-12-23T10:00');
const CLOCK_TIME = 'must be a 24-hour time in quotes, like "10:00"';
const clockTime = z.string({ error: CLOCK_TIME }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, CLOCK_TIME);
const weekday = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export const personSchema = z.strictObject({
  id,
  name: z.string().trim().min(1, 'needs a name'),
  role: z.enum(ROLES),
  onCall: z.boolean().default(false),
  email: z.email('must be an email address').optional(),
});

const members = z.array(id).min(1, 'needs at least one member');

export const rotationSchema = z.strictObject({
  id,
  name: z.string().trim().min(1, 'needs a name'),
  kind: z.enum(ROTATION_KINDS),
  role: z.enum(ROLES).optional(),
  tier: z.enum(TIERS).default('primary'),
  start: date,
  until: date.optional(),
  turnWeeks: z.number().int().min(1).max(12).default(1),
  handoff: z.strictObject({ day: weekday, time: clockTime }).default({ day: 'Wednesday', time: '10:00' }),
  members,
  changes: z.array(z.strictObject({ from: date, members })).default([]),
});

export const overrideSchema = z.strictObject({
  rotation: id,
  from: localDateTime,
  to: localDateTime,
  cover: id,
  reason: z.enum(OVERRIDE_REASONS),
  note: z.string().trim().min(1).optional(),
});

export const rotaSettingsSchema = z.strictObject({
  strictness: z.enum(['warn', 'error']).default('warn'),
  planningHorizonWeeks: z.number().int().min(1).max(104).default(13),
  onCallShareLimit: onCallShareLimitSchema,
});

export const peopleFileSchema = z.array(personSchema);
export const rotationsFileSchema = z.array(rotationSchema);
export const overridesFileSchema = z.array(overrideSchema).nullable().transform((list) => list ?? []);

export type PersonEntry = z.infer<typeof personSchema>;
export type RotationEntry = z.infer<typeof rotationSchema>;
export type OverrideEntry = z.infer<typeof overrideSchema>;
