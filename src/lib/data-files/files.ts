/**
 * Every data file the site is built from, each written down once: where it lives, the schema of
 * the whole file, and how Astro's content layer splits it into entries (src/content.config.ts).
 * The build hooks, `npm run check:content`, the CLIs and the pages all read the files through
 * these (see README.md in this folder for adding one).
 */
import type { z } from 'astro/zod';
import { slaSchema } from '../../schemas/sla.ts';
import { bankHolidayDivisionSchema, bankHolidaysFileSchema } from '../../schemas/bank-holidays.ts';
import {
  overridesFileSchema,
  overrideSchema,
  peopleFileSchema,
  personSchema,
  rotaSettingsSchema,
  rotationSchema,
  rotationsFileSchema,
} from '../../schemas/rota.ts';
import { contactsSchema } from '../../schemas/contacts.ts';
import { onCallSettingsSchema } from '../../schemas/on-call.ts';
import { absenceSchema, absencesFileSchema } from '../../schemas/absences.ts';
import { ROTA_FILES } from '../rota/problems.ts';
import { formatOf, parseDataText } from './parse.ts';

export interface DataFileSpec<File extends z.ZodType = z.ZodType, Entry extends z.ZodType = z.ZodType> {
  /** From the project root. */
  path: string;
  /** The whole file, as the checks and scripts read it. */
  schema: File;
  /** One entry of the file's content collection. */
  entrySchema: Entry;
  /** The parsed file as the content layer's `file()` loader wants it: entries keyed by id. */
  entries: (raw: unknown) => Record<string, unknown>;
}

type Entry = Record<string, unknown>;
const list = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : raw == null ? [] : [raw]);
/** Entries that carry their own `id`, keyed by it (or by position when it is missing). */
const byId = (raw: unknown): Record<string, unknown> =>
  Object.fromEntries(
    list(raw).map((item, i) => [typeof (item as Entry | null)?.id === 'string' ? String((item as Entry).id) : `#${i + 1}`, item]),
  );

/**
 * Overrides have no ids: each is known by its position in the file, counted from 1 as people count
 * (messages say "entry 3"). Written once here for the content layer and the loaders.
 */
export function overrideEntryNumber(index: number): number {
  return index + 1;
}

export function numberOverrides<T extends object>(overrides: readonly T[]): Array<T & { entry: number }> {
  return overrides.map((o, i) => ({ ...o, entry: overrideEntryNumber(i) }));
}

export const SLA_FILE = {
  path: 'content/sla.yaml',
  schema: slaSchema,
  entrySchema: slaSchema,
  // One entry, "sla": the file is one document.
  entries: (raw) => ({ sla: raw }),
} satisfies DataFileSpec;

export const BANK_HOLIDAYS_FILE = {
  path: 'content/bank-holidays.json',
  schema: bankHolidaysFileSchema,
  entrySchema: bankHolidayDivisionSchema,
  // One entry per division, keyed as gov.uk keys them.
  entries: (raw) => (raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}),
} satisfies DataFileSpec;

export const ROTA_PEOPLE_FILE = {
  path: ROTA_FILES.people,
  schema: peopleFileSchema,
  entrySchema: personSchema,
  entries: byId,
} satisfies DataFileSpec;
export const ROTA_ROTATIONS_FILE = {
  path: ROTA_FILES.rotations,
  schema: rotationsFileSchema,
  entrySchema: rotationSchema,
  entries: byId,
} satisfies DataFileSpec;
export const ROTA_OVERRIDES_FILE = {
  path: ROTA_FILES.overrides,
  schema: overridesFileSchema,
  entrySchema: overrideSchema,
  entries: (raw) => Object.fromEntries(list(raw).map((o, i) => [String(overrideEntryNumber(i)), o])),
} satisfies DataFileSpec;
export const ROTA_SETTINGS_FILE = {
  path: ROTA_FILES.settings,
  schema: rotaSettingsSchema,
  entrySchema: rotaSettingsSchema,
  entries: (raw) => ({ settings: raw ?? {} }),
} satisfies DataFileSpec;

/**
 * content/rota/absences.yaml: time away. Optional: a project without it has nobody away. Entries
 * are numbered by position, as overrides are ("entry 2").
 */
export const ROTA_ABSENCES_FILE = {
  path: ROTA_FILES.absences,
  schema: absencesFileSchema,
  entrySchema: absenceSchema,
  entries: (raw) => Object.fromEntries(list(raw).map((a, i) => [String(overrideEntryNumber(i)), a])),
} satisfies DataFileSpec;

/** content/contacts.yaml: where the phone numbers and paging tool are (never the numbers). One entry, "contacts". */
export const CONTACTS_FILE = {
  path: 'content/contacts.yaml',
  schema: contactsSchema,
  entrySchema: contactsSchema,
  entries: (raw) => ({ contacts: raw }),
} satisfies DataFileSpec;

/**
 * content/rota/on-call.yaml: pay months, rate rules (multipliers, never money) and time off in lieu,
 * for `npm run report:on-call`; the site never shows it. One entry, "on-call".
 */
export const ON_CALL_FILE = {
  path: 'content/rota/on-call.yaml',
  schema: onCallSettingsSchema,
  entrySchema: onCallSettingsSchema,
  entries: (raw) => ({ 'on-call': raw }),
} satisfies DataFileSpec;

/** The parser the content layer's `file()` loader uses for a spec: the same parsing as the checks. */
export function contentLayerParser(spec: DataFileSpec): (text: string) => Record<string, Record<string, unknown>> {
  return (text) => {
    let raw: unknown;
    try {
      raw = parseDataText(text, formatOf(spec.path), spec.path);
    } catch {
      // Never reached in a build (the data check stops it first); in `astro dev` the dev check reports it.
      raw = undefined;
    }
    // The loader wants an object per entry; anything else is left for the schema to refuse.
    return spec.entries(raw) as Record<string, Record<string, unknown>>;
  };
}
