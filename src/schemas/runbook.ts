import { z } from 'astro/zod';
import { PLATFORMS, SERVICES, SEVERITIES, SLA_PRIORITIES, TEAMS, ids, type Term } from '../lib/runbooks/vocabulary.ts';
import { calendarDateFromUtcMidnight } from '../lib/runbooks/calendar-date.ts';
import { isCivilDate } from '../lib/time/civil-date.ts';

/**
 * Front matter of a runbook in content/runbooks/. Used by the content collection at build time and
 * by scripts (check:reviews, new:runbook), so it must not import anything Astro-only.
 *
 * Messages are written for the person editing the file: Astro prints them after the field name,
 * e.g. "severity: "high" is not allowed: use one of critical, warning, info".
 */

/** Alert names become URL segments (/runbooks/alerts/<name>/), so keep them path-safe. */
export const ALERT_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isMissing = (input: unknown) => input === undefined || input === null;

function text(what: string, max: number) {
  return z
    .string({ error: (iss) => (isMissing(iss.input) ? `is required: ${what}` : `must be text: ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what}` })
    .max(max, { error: `must be at most ${max} characters: ${what}` });
}

function oneOf<T extends readonly Term[]>(terms: T, noun: string) {
  const allowed = terms.map((t) => t.id).join(', ');
  return z.enum(ids(terms), {
    error: (iss) =>
      isMissing(iss.input)
        ? `is required: one of ${allowed}`
        : `${JSON.stringify(iss.input)} is not a known ${noun}: use one of ${allowed}`,
  });
}

/** `noun` is one item, e.g. "platform (govpress, ...)". */
function listOf<T extends z.ZodType<string>>(item: T, noun: string) {
  return z
    .array(item, {
      error: (iss) => (isMissing(iss.input) ? `is required: a list of at least one ${noun}` : `must be a list of at least one ${noun}`),
    })
    .min(1, { error: `must list at least one ${noun}` })
    .refine((list) => new Set(list).size === list.length, { error: 'lists the same value twice' });
}

/**
 * A calendar date with no time, e.g. 2026-03-14. YAML parsers differ (Astro's turns 2026-03-14
 * into a Date at UTC midnight; the `yaml` package keeps a string), so accept both and normalise
 * to the string, which cannot shift with the reader's time zone.
 */
const calendarDate = z
  .union([z.date(), z.string()], {
    error: (iss) => (isMissing(iss.input) ? 'is required: a date like 2026-03-14' : 'must be a date like 2026-03-14'),
  })
  .transform((value, ctx) => {
    const date = value instanceof Date ? calendarDateFromUtcMidnight(value) : value.trim();
    if (date === undefined || !isCivilDate(date)) {
      ctx.addIssue({ code: 'custom', message: `must be a date like 2026-03-14, with no time (got ${JSON.stringify(value)})` });
      return z.NEVER;
    }
    return date;
  });

export const alertName = z
  .string({ error: 'must be an alert name (text)' })
  .max(120, { error: 'alert names must be at most 120 characters' })
  .regex(ALERT_NAME, {
    error: (iss) =>
      `${JSON.stringify(iss.input)} is not a usable alert name: start with a letter and use only letters, digits, "_", "-" and "."`,
  });

export const runbookSchema = z.strictObject(
  {
    title: text('the runbook title', 120),
    description: text('one sentence saying what the alert is about, shown in the finder and search results', 300),
    alerts: listOf(alertName, 'alert name, exactly as the monitoring system emits it'),
    severity: oneOf(SEVERITIES, 'severity'),
    slaPriority: oneOf(SLA_PRIORITIES, 'SLA priority'),
    platforms: listOf(oneOf(PLATFORMS, 'platform'), `platform (${PLATFORMS.map((p) => p.id).join(', ')})`),
    services: listOf(oneOf(SERVICES, 'service'), `service (${SERVICES.map((s) => s.id).join(', ')})`),
    owner: oneOf(TEAMS, 'team'),
    lastReviewed: calendarDate,
    reviewIntervalMonths: z
      .number({
        error: (iss) =>
          isMissing(iss.input) ? 'is required: a whole number of months, 1 to 24' : 'must be a whole number of months, 1 to 24',
      })
      .int({ error: 'must be a whole number of months, 1 to 24' })
      .min(1, { error: 'must be a whole number of months, 1 to 24' })
      .max(24, { error: 'must be a whole number of months, 1 to 24' }),
    // Words people type when they have this problem but not the alert's name ("site down",
    // "hacked"): shown in the summary and weighted in search, so the runbook comes up first.
    alsoKnownAs: z
      .array(
        z
          .string({ error: 'must be a list of short phrases (text)' })
          .trim()
          .min(1, { error: 'must not contain an empty phrase' })
          .max(60, { error: 'phrases must be at most 60 characters: a few words someone would search for' }),
        { error: 'must be a list of short phrases, like [site down, outage]' },
      )
      .refine((list) => new Set(list.map((p) => p.toLowerCase())).size === list.length, { error: 'lists the same phrase twice' })
      .default([]),
    related: z
      .array(z.string().regex(SLUG, { error: 'must be the file name of another runbook, without .md' }), {
        error: 'must be a list of runbook file names, without .md',
      })
      .default([]),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}: check the spelling` : undefined) },
);

export type RunbookData = z.output<typeof runbookSchema>;
export type RunbookInput = z.input<typeof runbookSchema>;
