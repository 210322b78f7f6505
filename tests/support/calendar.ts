import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { workingCalendarFromSla } from '../../src/lib/calendar/from-sla.ts';
import type { PublishedDivision } from '../../src/lib/calendar/bank-holidays.ts';
import { slaSchema } from '../../src/schemas/sla.ts';

/** The project's real data files, validated, for tests that should track the data. */
export const slaData = slaSchema.parse(parseYaml(readFileSync('content/sla.yaml', 'utf8')));
export const englandAndWales = (JSON.parse(readFileSync('content/bank-holidays.json', 'utf8')) as Record<string, PublishedDivision>)[
  'england-and-wales'
]!;
export const calendar = workingCalendarFromSla(slaData, englandAndWales);

/** UTC instant from an ISO string with explicit offset, e.g. "2026-12-24T17:45:00+00:00". */
export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`);
  return ms;
};
