import { coverHoursBetween } from './cover-hours.ts';
import type { RotaFileNames, RotaProblem } from './problems.ts';
import type { Rota } from './rota.ts';
import { turnsBetween } from './turns.ts';
import { overrideEntry } from './validate.ts';

/**
 * Overrides that do nothing, which usually means a mistyped date, rotation or person: one whose
 * cover is who the rotation has then anyway, one wholly outside the hours its rotation covers
 * (first line in an evening, on call on a weekday afternoon), or one outside the rotation's span.
 * Warnings: the rota is still right, but the override was meant to change something.
 */
export function overrideWarnings(rota: Rota, files: RotaFileNames): RotaProblem[] {
  const problems: RotaProblem[] = [];
  for (const rotation of rota.rotations) {
    const begins = rotation.segments[0]?.start ?? Infinity;
    for (const span of rotation.overrides) {
      const warn = (reason: string) => problems.push({ severity: 'warning', file: files.overrides, entry: overrideEntry(span), reason });
      if (span.end <= begins) {
        warn(`it is over before the rotation "${rotation.id}" starts (${rotation.start}); check the dates`);
        continue;
      }
      if (span.start >= rotation.endsAt) {
        warn(`it starts after the rotation "${rotation.id}" ends (${rotation.until}); check the dates`);
        continue;
      }
      const covered = coverHoursBetween(rotation.kind, rota.calendar, Math.max(span.start, begins), Math.min(span.end, rotation.endsAt));
      if (covered.length === 0) {
        warn(
          `"${rotation.id}" covers no hours between ${span.from} and ${span.to} (${rotation.kind === 'on-call' ? 'on call is out of working hours' : 'first line is working hours only'}), so it changes nothing`,
        );
        continue;
      }
      const turns = turnsBetween(rotation, span.start, span.end, rota.timeZone);
      if (turns.length > 0 && turns.every((t) => t.person === span.cover)) {
        warn(`the cover "${span.cover}" is already on "${rotation.id}" then, so it changes nobody`);
      }
    }
  }
  return problems;
}
