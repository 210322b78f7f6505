import { z } from 'astro/zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-25')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date');

/** One division of gov.uk's bank-holidays.json. */
export const bankHolidayDivisionSchema = z.object({
  division: z.enum(['england-and-wales', 'scotland', 'northern-ireland']),
  events: z
    .array(
      z.object({
        title: z.string().min(1),
        date: isoDate,
        notes: z.string().default(''),
        bunting: z.boolean().optional(),
      }),
    )
    .min(1, 'has no events'),
});

/** The whole file, keyed by division as gov.uk keys it: each key must be its entry's division. */
export const bankHolidaysFileSchema = z.record(z.string(), bankHolidayDivisionSchema).superRefine((file, ctx) => {
  for (const [key, entry] of Object.entries(file)) {
    if (entry.division !== key) {
      ctx.addIssue({ code: 'custom', path: [key, 'division'], message: `is "${entry.division}" but the entry is keyed "${key}"; the two must match` });
    }
  }
});

export type BankHolidayDivision = z.infer<typeof bankHolidayDivisionSchema>;
