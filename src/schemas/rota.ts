import { z } from 'astro/zod';
import { isCivilDate, WEEKDAY_NAMES } from '../lib/time/civil-date.ts';
import { CLOCK_TIME, CLOCK_TIME_MESSAGE, LOCAL_DATE_TIME } from '../lib/time/clock-time.ts';
import { boundedText, MAX_LENGTH, nameText } from './text.ts';
import { OVERRIDE_REASONS, ROLES, ROTATION_KINDS, TIERS } from '../lib/rota/model.ts';
import { onCallShareLimitSchema } from './fairness.ts';

/**
 * The shape of each file in content/rota/. Cross-file rules (known people, roles, opt-in,
 * overlapping overrides) are checked by src/lib/rota/validate.ts once all files are read.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "siobhan-oneill"');
const date = z.string().refine(isCivilDate, 'must be a real date like 2026-12-23');
const localDateTime = z
  .string()
  .refine((v) => LOCAL_DATE_TIME.test(v) && isCivilDate(v.slice(0, 10)), 'must be a UK local date and time like 2026-12-23T10:00');
const clockTime = z.string({ error: CLOCK_TIME_MESSAGE }).regex(CLOCK_TIME, CLOCK_TIME_MESSAGE);
const weekday = z.enum(WEEKDAY_NAMES);

export const personSchema = z.strictObject({
  id,
  name: nameText(),
  role: z.enum(ROLES),
  onCall: z.boolean().default(false),
  email: z.email('must be an email address').max(MAX_LENGTH.name, `must be at most ${MAX_LENGTH.name} characters`).optional(),
});

const members = z.array(id).min(1, 'needs at least one member');

export const rotationSchema = z.strictObject({
  id,
  name: nameText(),
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
  note: boundedText(MAX_LENGTH.note, 'a note').optional(),
});

export const rotaSettingsSchema = z.strictObject({
  strictness: z.enum(['warn', 'error']).default('warn'),
  planningHorizonWeeks: z.number().int().min(1).max(104).default(13),
  onCallShareLimit: onCallShareLimitSchema,
});

export const peopleFileSchema = z.array(personSchema);
export const rotationsFileSchema = z.array(rotationSchema);
export const overridesFileSchema = z
  .array(overrideSchema)
  .nullable()
  .transform((list) => list ?? []);

export type PersonEntry = z.infer<typeof personSchema>;
export type RotationEntry = z.infer<typeof rotationSchema>;
export type OverrideEntry = z.infer<typeof overrideSchema>;
