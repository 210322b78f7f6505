import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { slaSchema } from './schemas/sla.ts';
import { bankHolidayDivisionSchema } from './schemas/bank-holidays.ts';
import { runbookSchema } from './schemas/runbook.ts';
import { contactsSchema } from './schemas/contacts.ts';
import { overrideSchema, personSchema, rotaSettingsSchema, rotationSchema } from './schemas/rota.ts';

// The rota files are read with the `yaml` package (YAML 1.2), as sla.yaml is, so dates and times
// stay strings. Overrides have no ids: each is keyed by its position, which messages quote.
// Anything that is not a list of mappings is left for the schema (and the data check, src/integrations/content-check.ts) to report.
type Entry = Record<string, unknown>;
const yamlList = (text: string): Entry[] => parseYaml(text) ?? [];
const numbered = (text: string): Record<string, Entry> => Object.fromEntries(yamlList(text).map((entry, i) => [String(i + 1), entry]));

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
  // The rota. Cross-file checks (src/lib/rota/validate.ts) run before the build, in src/integrations/content-check.ts.
  rotaPeople: defineCollection({ loader: file('content/rota/people.yaml', { parser: yamlList }), schema: personSchema }),
  rotaRotations: defineCollection({ loader: file('content/rota/rotations.yaml', { parser: yamlList }), schema: rotationSchema }),
  rotaOverrides: defineCollection({ loader: file('content/rota/overrides.yaml', { parser: numbered }), schema: overrideSchema }),
  rotaSettings: defineCollection({
    loader: file('content/rota/settings.yaml', { parser: (text) => ({ settings: parseYaml(text) ?? {} }) }),
    schema: rotaSettingsSchema,
  }),
  // A single entry, "contacts": where the phone numbers and the paging tool are (never the numbers).
  contacts: defineCollection({
    loader: file('content/contacts.yaml', { parser: (text) => ({ contacts: parseYaml(text) }) }),
    schema: contactsSchema,
  }),
  // Runbooks are their own collection (not docs) so Starlight's sidebar never lists them all;
  // src/pages/runbooks/ renders them. Files starting with "_" (the template) are skipped.
  runbooks: defineCollection({
    loader: glob({ base: './content/runbooks', pattern: '**/[^_]*.{md,mdx}' }),
    schema: runbookSchema,
  }),
};
