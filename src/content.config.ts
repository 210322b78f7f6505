import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { runbookSchema } from './schemas/runbook.ts';
import {
  BANK_HOLIDAYS_FILE,
  CONTACTS_FILE,
  contentLayerParser,
  ROTA_OVERRIDES_FILE,
  ROTA_PEOPLE_FILE,
  ROTA_ROTATIONS_FILE,
  ROTA_SETTINGS_FILE,
  SLA_FILE,
  type DataFileSpec,
} from './lib/data-files/files.ts';

// The data files come from src/lib/data-files/files.ts: the same path, parser and schema as the
// build's data check (src/lib/data-files/project.ts), which runs first and stops a build on any
// mistake, so these collections only ever see checked data.
const dataCollection = <S extends DataFileSpec>(spec: S) =>
  defineCollection({ loader: file(spec.path, { parser: contentLayerParser(spec) }), schema: spec.entrySchema as S['entrySchema'] });

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  sla: dataCollection(SLA_FILE),
  bankHolidays: dataCollection(BANK_HOLIDAYS_FILE),
  rotaPeople: dataCollection(ROTA_PEOPLE_FILE),
  rotaRotations: dataCollection(ROTA_ROTATIONS_FILE),
  rotaOverrides: dataCollection(ROTA_OVERRIDES_FILE),
  rotaSettings: dataCollection(ROTA_SETTINGS_FILE),
  // A single entry, "contacts": where the phone numbers and the paging tool are (never the numbers).
  contacts: dataCollection(CONTACTS_FILE),
  // Runbooks are their own collection (not docs) so Starlight's sidebar never lists them all;
  // src/pages/runbooks/ renders them. Files starting with "_" (the template) are skipped.
  runbooks: defineCollection({
    loader: glob({ base: './content/runbooks', pattern: '**/[^_]*.{md,mdx}' }),
    schema: runbookSchema,
  }),
};
