import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { slaSchema } from './schemas/sla.ts';
import { bankHolidayDivisionSchema } from './schemas/bank-holidays.ts';

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
};
