import { z } from 'astro/zod';
import { isCivilDate } from '../lib/time/civil-date.ts';
import { ABSENCE_TYPES } from '../lib/rota/absences.ts';

/**
 * The shape of content/rota/absences.yaml. Cross-checks (known people, the right way round, no
 * overlaps for one person) are in src/lib/rota/absence-checks.ts, once all the rota files are read.
 */

const date = z.string().refine(isCivilDate, 'must be a real date like 2027-01-25');

export const absenceSchema = z.strictObject({
  person: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id from people.yaml, like "ingrid-sorensen"'),
  from: date,
  to: date,
  firstDay: z.enum(['whole', 'afternoon']).optional(),
  lastDay: z.enum(['whole', 'morning']).optional(),
  type: z.enum(ABSENCE_TYPES),
  note: z.string().trim().min(1).optional(),
});

export const absencesFileSchema = z
  .array(absenceSchema)
  .nullable()
  .transform((list) => list ?? []);

export type AbsenceEntry = z.infer<typeof absenceSchema>;
