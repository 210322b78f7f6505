import { z } from 'astro/zod';
import { BANK_HOLIDAY_DIVISIONS } from '../lib/calendar/divisions.ts';
import { isCivilDate } from '../lib/time/civil-date.ts';
import { boundedText, MAX_LENGTH } from './text.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-25')
  .refine(isCivilDate, 'is not a real date');

/** One division of gov.uk's bank-holidays.json. */
export const bankHolidayDivisionSchema = z.object({
  division: z.enum(BANK_HOLIDAY_DIVISIONS),
  events: z
    .array(
      z.object({
        title: boundedText(MAX_LENGTH.title, 'a title'),
        date: isoDate,
        notes: z.string().max(MAX_LENGTH.note, `must be at most ${MAX_LENGTH.note} characters`).default(''),
        bunting: z.boolean().optional(),
      }),
    )
    .min(1, 'has no events'),
});

/** The whole file, keyed by division as gov.uk keys it: each key must be its entry's division. */
export const bankHolidaysFileSchema = z
  .record(z.string(), bankHolidayDivisionSchema, {
    error: 'must be an object keyed by division, as gov.uk publishes it ({"england-and-wales": {...}, ...}), not a list',
  })
  .refine(
    (file) => typeof file === 'object' && !Array.isArray(file),
    'must be an object keyed by division, as gov.uk publishes it, not a list',
  )
  .superRefine((file, ctx) => {
    for (const [key, entry] of Object.entries(file)) {
      if (entry.division !== key) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'division'],
          message: `is "${entry.division}" but the entry is keyed "${key}"; the two must match`,
        });
      }
    }
  });

export type BankHolidayDivision = z.infer<typeof bankHolidayDivisionSchema>;
