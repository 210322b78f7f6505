import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runbookSchema, type RunbookData } from '../../schemas/runbook.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { collectionProblems, type RunbookRecord } from './collection-checks.ts';

/** A runbook read straight from disk, for scripts that run without Astro. */
export interface RunbookFile {
  id: string;
  filePath: string;
  data: RunbookData;
  body: string;
}

export interface ReadResult {
  runbooks: RunbookFile[];
  /** Problems in the same words the build uses, one per line, naming file and field. */
  problems: string[];
}

const RUNBOOK_FILE = /^[^_.][^/]*\.mdx?$/;

/** Formats a schema issue path the way Astro does: `platforms.1`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(front matter)' : path.map(String).join('.');
}

/** Validates one file's source: schema problems come back as "file: field: message". */
export function parseRunbook(source: string, filePath: string): { data?: RunbookData; body: string; problems: string[] } {
  let split;
  try {
    split = splitFrontmatter(source, filePath);
  } catch (error) {
    return { body: '', problems: [(error as Error).message] };
  }
  const result = runbookSchema.safeParse(split.data);
  if (result.success) return { data: result.data, body: split.body, problems: [] };
  return {
    body: split.body,
    problems: result.error.issues.map((issue) => `${filePath}: ${fieldName(issue.path)}: ${issue.message}`),
  };
}

/**
 * Reads and checks every runbook in `dir` (top level only, skipping "_" files such as the template).
 * `reservedSlugs` are names that pages under /runbooks/ already use (see collectionProblems).
 */
export function readRunbooks(dir: string, root: string = process.cwd(), reservedSlugs: readonly string[] = []): ReadResult {
  const runbooks: RunbookFile[] = [];
  const problems: string[] = [];
  const records: RunbookRecord[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!RUNBOOK_FILE.test(name)) continue;
    const full = join(dir, name);
    const id = name.replace(/\.mdx?$/, '');
    const filePath = relative(root, full).split('\\').join('/');
    const parsed = parseRunbook(readFileSync(full, 'utf8'), filePath);
    problems.push(...parsed.problems);
    if (parsed.data) {
      runbooks.push({ id, filePath, data: parsed.data, body: parsed.body });
      records.push({ id, filePath, alerts: parsed.data.alerts, related: parsed.data.related, body: parsed.body });
    } else {
      // Still a runbook that others may list as related; its own problems are reported above.
      records.push({ id, filePath, alerts: [], related: [] });
    }
  }
  problems.push(...collectionProblems(records, reservedSlugs));
  return { runbooks, problems };
}
