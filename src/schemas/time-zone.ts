import { z } from 'astro/zod';

/**
 * An IANA time zone written exactly as the database spells it ("Europe/London"): feeds carry it
 * as their TZID, so an offset ("+01:00", wrong half the year in the UK) or another spelling
 * ("europe/london", which calendar apps may not know) is refused, naming the right one.
 */
export function timeZoneProblem(zone: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'must be an IANA time zone such as Europe/London';
  }
  if (/^[+-]\d/.test(zone) || /^(?:Etc\/)?(?:GMT|UTC)[+-]/i.test(zone)) {
    return `"${zone}" is a fixed offset, not a place: it ignores the clock changes; use an IANA name such as Europe/London`;
  }
  if (resolved !== zone) return `must be written "${resolved}", the IANA database's own spelling`;
  return undefined;
}

export const timeZoneSchema = z.string().superRefine((zone, ctx) => {
  const problem = timeZoneProblem(zone);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
