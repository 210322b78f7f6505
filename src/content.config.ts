import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { runbookSchema } from './schemas/runbook.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  // Runbooks are their own collection (not docs) so Starlight's sidebar never lists them all;
  // src/pages/runbooks/ renders them. Files starting with "_" (the template) are skipped.
  runbooks: defineCollection({
    loader: glob({ base: './content/runbooks', pattern: '**/[^_]*.{md,mdx}' }),
    schema: runbookSchema,
  }),
};
