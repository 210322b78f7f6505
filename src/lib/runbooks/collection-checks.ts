import { sectionProblems } from './sections.ts';

/**
 * Checks that need the whole collection at once, which a per-file schema cannot do: an alert may
 * belong to only one runbook, `related` must name real runbooks, and runbook URLs must not collide
 * with the finder's own pages.
 */

/** URLs under /runbooks/ that the site's own pages use (/runbooks/alerts/), besides docs pages there. */
export const RESERVED_RUNBOOK_SLUGS: readonly string[] = ['alerts'];

export interface RunbookRecord {
  /** The slug, e.g. "disk-nearly-full". */
  id: string;
  /** Where the runbook lives, as shown to the author, e.g. "content/runbooks/disk-nearly-full.md". */
  filePath: string;
  alerts: readonly string[];
  related: readonly string[];
  /** The Markdown body, to check its outline. */
  body?: string;
}

/**
 * Every problem across the collection, one sentence each, naming the file(s).
 * `reservedSlugs` are URLs under /runbooks/ that something else already uses.
 */
export function collectionProblems(records: readonly RunbookRecord[], reservedSlugs: readonly string[] = []): string[] {
  const problems: string[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));

  // Alert names are compared ignoring case: monitoring tools and file systems disagree about case,
  // and two permalinks differing only in case would overwrite each other on macOS or Windows.
  const owners = new Map<string, { name: string; files: string[] }>();
  for (const record of records) {
    for (const name of new Set(record.alerts)) {
      const key = name.toLowerCase();
      const entry = owners.get(key) ?? { name, files: [] };
      entry.files.push(record.filePath);
      owners.set(key, entry);
    }
  }
  for (const { name, files } of owners.values()) {
    if (files.length > 1) {
      const list = files.length === 2 ? `${files[0]} and ${files[1]}` : files.join(', ');
      problems.push(`alert "${name}" is claimed by ${files.length} runbooks: ${list}. An alert must have exactly one runbook.`);
    }
  }

  for (const record of records) {
    if (record.id.includes('/')) {
      problems.push(`${record.filePath}: runbooks must sit directly in content/runbooks/, not in a subfolder.`);
    }
    if (reservedSlugs.includes(record.id)) {
      problems.push(`${record.filePath}: the name "${record.id}" is already used by the page /runbooks/${record.id}/; rename the file.`);
    }
    for (const slug of record.related) {
      if (slug === record.id) problems.push(`${record.filePath}: related lists the runbook itself ("${slug}").`);
      else if (!byId.has(slug))
        problems.push(`${record.filePath}: related runbook "${slug}" does not exist (no content/runbooks/${slug}.md).`);
    }
    if (record.body !== undefined) {
      for (const problem of sectionProblems(record.body)) problems.push(`${record.filePath}: ${problem}.`);
    }
  }
  return problems;
}
