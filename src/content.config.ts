import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { slaSchema } from './schemas/sla.ts';
import { bankHolidayDivisionSchema } from './schemas/bank-holidays.ts';
import { runbookSchema } from './schemas/runbook.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  // A single entry, "sla": the file is one document, not a list.
  sla: defineCollection({
    loader: file('content/sla.yaml', { parser: (text) => ({ sla: parseYaml(text) }) }),
    schema: slaSchema,
  }),
  // One entry per division, keyed as gov.uk keys them.
  bankHolidays: defineCollection({
    loader: file('content/bank-holidays.json'),
    schema: bankHolidayDivisionSchema,
  }),
  // Runbooks are their own collection (not docs) so Starlight's sidebar never lists them all;
  // src/pages/runbooks/ renders them. Files starting with "_" (the template) are skipped.
  runbooks: defineCollection({
    loader: glob({ base: './content/runbooks', pattern: '**/[^_]*.{md,mdx}' }),
    schema: runbookSchema,
  }),
};
