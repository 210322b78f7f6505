import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runbookSchema, type RunbookData } from '../../schemas/runbook.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { collectionProblems, type RunbookRecord } from './collection-checks.ts';
import { dataError, dataWarning, formatDataProblem, type DataProblem } from '../data-files/problems.ts';

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
  /** The same problems, structured; plus warnings (a review date in the future). */
  issues: DataProblem[];
}

// Files starting with "_" (the template) or "." are skipped, as the content collection skips them.
const RUNBOOK_FILE = /^[^_.][^/]*\.mdx?$/;

/** Formats a schema issue path the way Astro does: `platforms.1`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(front matter)' : path.map(String).join('.');
}

function parseRunbookIssues(source: string, filePath: string): { data?: RunbookData; body: string; issues: DataProblem[] } {
  let split;
  try {
    split = splitFrontmatter(source, filePath);
  } catch (error) {
    const message = (error as Error).message.replace(`${filePath}: `, '');
    return { body: '', issues: [dataError(filePath, undefined, message)] };
  }
  const result = runbookSchema.safeParse(split.data);
  if (result.success) return { data: result.data, body: split.body, issues: [] };
  return { body: split.body, issues: result.error.issues.map((issue) => dataError(filePath, fieldName(issue.path), issue.message)) };
}

/** Validates one file's source: schema problems come back as "file, field: message". */
export function parseRunbook(source: string, filePath: string): { data?: RunbookData; body: string; problems: string[] } {
  const { issues, ...rest } = parseRunbookIssues(source, filePath);
  return { ...rest, problems: issues.map(formatDataProblem) };
}

/** The id the content collection gives a file: its path without the extension, lower-cased. */
export function runbookId(relativePath: string): string {
  return relativePath.replace(/\.mdx?$/, '').toLowerCase();
}

/**
 * Reads and checks every runbook in `dir` (subfolders too, which the collection would pick up,
 * so that they are reported), skipping "_" files such as the template. `reservedSlugs` are names
 * that pages under /runbooks/ already use (see collectionProblems). `today` (YYYY-MM-DD) finds
 * review dates in the future.
 */
export function readRunbooks(dir: string, root: string = process.cwd(), reservedSlugs: readonly string[] = [], today?: string): ReadResult {
  const runbooks: RunbookFile[] = [];
  const issues: DataProblem[] = [];
  const records: RunbookRecord[] = [];
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (e) =>
        e.isFile() &&
        RUNBOOK_FILE.test(e.name) &&
        !relative(dir, e.parentPath)
          .split(/[\\/]/)
          .some((part) => /^[_.]/.test(part)),
    )
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  const byId = new Map<string, string>();
  for (const name of names) {
    const full = join(dir, name);
    const id = runbookId(name);
    const filePath = relative(root, full).split('\\').join('/');
    // Two files whose names differ only in case would make one page, silently dropping the other.
    const clash = byId.get(id);
    if (clash) {
      issues.push(
        dataError(
          filePath,
          undefined,
          `has the same name as ${clash}, ignoring case; both would be the page /runbooks/${id}/`,
          'rename one of them',
        ),
      );
      continue;
    }
    byId.set(id, filePath);
    const parsed = parseRunbookIssues(readFileSync(full, 'utf8'), filePath);
    issues.push(...parsed.issues);
    if (parsed.data) {
      if (today && parsed.data.lastReviewed > today) {
        issues.push(
          dataWarning(
            filePath,
            'lastReviewed',
            `${parsed.data.lastReviewed} is in the future`,
            'give the date the runbook was last reviewed',
          ),
        );
      }
      runbooks.push({ id, filePath, data: parsed.data, body: parsed.body });
      records.push({ id, filePath, alerts: parsed.data.alerts, related: parsed.data.related, body: parsed.body });
    } else {
      // Still a runbook that others may list as related; its own problems are reported above.
      records.push({ id, filePath, alerts: [], related: [] });
    }
  }
  const dirName = relative(root, dir).split('\\').join('/') || dir;
  issues.push(...collectionProblems(records, reservedSlugs).map((reason) => collectionIssue(reason, dirName)));
  return { runbooks, issues, problems: issues.filter((i) => i.severity === 'error').map(formatDataProblem) };
}

/** collectionProblems' sentences start with the file they are about, or name several files. */
function collectionIssue(sentence: string, dir: string): DataProblem {
  const match = /^(\S+\.mdx?): (.*)$/s.exec(sentence);
  return match ? dataError(match[1]!, undefined, match[2]!) : dataError(dir, undefined, sentence);
}
