import { stringify } from 'yaml';
import type { CivilDate } from '../time/civil-date.ts';

export interface ScaffoldFields {
  title: string;
  lastReviewed: CivilDate;
  // `| undefined`: a command-line option that was not given is passed on as undefined.
  alerts?: string[] | undefined;
  severity?: string | undefined;
  slaPriority?: string | undefined;
  platforms?: string[] | undefined;
  services?: string[] | undefined;
  owner?: string | undefined;
}

/** A file name for a title: "Disk nearly full!" becomes "disk-nearly-full". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML value on one line: strings quoted only when they need it, lists in [a, b] form. */
function inlineYaml(value: string | string[]): string {
  const scalar = (v: string) => stringify(v).trim();
  return Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value);
}

/**
 * The template (content/runbooks/_template.md) with the known fields filled in. Edited line by
 * line rather than re-serialised, so the template's comments stay where they are for the author.
 * Fields left empty make the build fail, naming them, until the author completes them.
 */
export function renderScaffold(template: string, fields: ScaffoldFields): string {
  const values: Record<string, string | string[] | undefined> = {
    title: fields.title,
    alerts: fields.alerts,
    severity: fields.severity,
    slaPriority: fields.slaPriority,
    platforms: fields.platforms,
    services: fields.services,
    owner: fields.owner,
    lastReviewed: fields.lastReviewed,
  };
  let inFrontmatter = false;
  let fences = 0;
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    if (fences < 2 && line.trimEnd() === '---') {
      fences++;
      inFrontmatter = fences === 1;
      lines.push(line);
      continue;
    }
    if (inFrontmatter) {
      if (line.includes('npm run new:runbook')) continue; // a note about the template itself
      const key = /^([A-Za-z]+):/.exec(line)?.[1];
      const value = key ? values[key] : undefined;
      if (key && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        lines.push(`${key}: ${inlineYaml(value)}`);
        continue;
      }
    }
    lines.push(line);
  }
  if (fences < 2) throw new Error('The runbook template has no front matter.');
  return lines.join('\n');
}
