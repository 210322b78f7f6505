/**
 * The one check of every data and content file, used by the build (src/integrations/content-check.ts,
 * before Astro starts), `npm run check:content`, `astro dev` and the pages: content/sla.yaml,
 * content/bank-holidays.json, content/rota/*.yaml (with the on-call rules and the rota's fairness), runbook and page front matter and MDX syntax. The build
 * checks once and everything later in the same build (feeds, pages, API) reuses the result.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SlaData } from '../../schemas/sla.ts';
import type { PublishedDivision } from '../calendar/bank-holidays.ts';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import type { RotaData, RotaSettings } from '../rota/model.ts';
import type { Rota } from '../rota/rota.ts';
import { checkFairness } from '../fairness/checks.ts';
import { fairnessSettingsOf } from '../fairness/settings.ts';
import { ROTA_FILES } from '../rota/problems.ts';
import { RESERVED_RUNBOOK_SLUGS } from '../runbooks/collection-checks.ts';
import { readRunbooks, type RunbookFile } from '../runbooks/read-runbooks.ts';
import { BANK_HOLIDAYS_FILE, CONTACTS_FILE, SLA_FILE } from './files.ts';
import { loadOnCallSettings, type OnCallSettings } from './on-call-files.ts';
import { loadDataFile } from './read.ts';
import { docsFrontmatterProblems } from './docs-files.ts';
import { mdxSyntaxProblems } from './mdx-files.ts';
import { DataFileError, type DataProblem } from './problems.ts';
import { loadRotaFiles } from './rota-files.ts';
import { loadWorkingTime } from './working-time-files.ts';

export const CONTENT_DIRS = {
  runbooks: 'content/runbooks',
  docs: 'content/docs',
  /** Pages under /runbooks/ that come from the docs collection, so no runbook may take their name. */
  runbookDocs: 'content/docs/runbooks',
} as const;

export interface ProjectData {
  sla: SlaData;
  holidays: PublishedDivision;
  calendar: WorkingCalendar;
  rota: Rota;
  rotaData: RotaData;
  settings: RotaSettings;
  runbooks: RunbookFile[];
  /** content/rota/on-call.yaml: for the on-call report; the site never shows it. */
  onCall: OnCallSettings;
}

export interface ContentCheck {
  /** Any error stops the build. */
  errors: DataProblem[];
  /** Entries that do nothing or look wrong; errors instead with strictness: error. */
  warnings: DataProblem[];
  /** Everything read, when there are no errors. */
  data?: ProjectData | undefined;
}

/** Checks every data file of the project in `root` (by default the current directory). */
export function checkContent(options: { root?: string; now?: number } = {}): ContentCheck {
  const root = options.root ?? process.cwd();
  const now = options.now ?? Date.now();
  const workingTime = loadWorkingTime(root);
  const problems: DataProblem[] = [...workingTime.problems];
  const timeZone = workingTime.sla?.workingHours.timeZone;
  const rota = loadRotaFiles(root, { calendar: workingTime.calendar, ...(timeZone ? { timeZone } : {}), now });
  problems.push(...rota.problems);
  // Fairness of the planned rota (share of on call, two weeks running, rotations too small).
  if (rota.rota && rota.settings) problems.push(...checkFairness(rota.rota, now, fairnessSettingsOf(rota.settings), ROTA_FILES));
  const onCall = loadOnCallSettings(root, workingTime.calendar);
  problems.push(...onCall.problems);
  problems.push(...loadDataFile(root, CONTACTS_FILE.path, CONTACTS_FILE.schema).problems);
  const today = new Date(now).toISOString().slice(0, 10);
  const runbooks = readRunbooks(join(root, CONTENT_DIRS.runbooks), root, [...RESERVED_RUNBOOK_SLUGS, ...runbookDocSlugs(root)], today);
  problems.push(...runbooks.issues);
  problems.push(...docsFrontmatterProblems(root, CONTENT_DIRS.docs));
  problems.push(...mdxSyntaxProblems(root, [CONTENT_DIRS.docs, CONTENT_DIRS.runbooks]));

  // strictness: error (content/rota/settings.yaml) makes every warning stop the build.
  const strict = rota.settings?.strictness === 'error';
  const errors = problems.filter((p) => p.severity === 'error' || strict).map((p) => ({ ...p, severity: 'error' as const }));
  const warnings = strict ? [] : problems.filter((p) => p.severity === 'warning');
  const { sla, holidays, calendar } = workingTime;
  const data =
    errors.length === 0 && sla && holidays && calendar && rota.rota && rota.data && rota.settings && onCall.data
      ? {
          sla,
          holidays,
          calendar,
          rota: rota.rota,
          rotaData: rota.data,
          settings: rota.settings,
          runbooks: runbooks.runbooks,
          onCall: onCall.data,
        }
      : undefined;
  return { errors, warnings, data };
}

/** "how-to-write-a-runbook" for content/docs/runbooks/how-to-write-a-runbook.mdx, as the docs collection names it. */
function runbookDocSlugs(root: string): string[] {
  const dir = join(root, CONTENT_DIRS.runbookDocs);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^[^_].*\.mdx?$/.test(e.name))
    .map((e) =>
      relative(dir, join(e.parentPath, e.name))
        .split('\\')
        .join('/')
        .replace(/\.mdx?$/, '')
        .toLowerCase(),
    );
}

/** Size and time of every file the check reads: a change to any of them means checking again. */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    try {
      const s = statSync(path);
      parts.push(`${path}:${s.size}:${s.mtimeMs}`);
    } catch {
      parts.push(`${path}:-`);
    }
  };
  add(join(root, SLA_FILE.path));
  add(join(root, BANK_HOLIDAYS_FILE.path));
  add(join(root, CONTACTS_FILE.path));
  for (const dir of ['content/rota', CONTENT_DIRS.runbooks, CONTENT_DIRS.docs]) {
    try {
      for (const e of readdirSync(join(root, dir), { recursive: true, withFileTypes: true }))
        if (e.isFile()) add(join(e.parentPath, e.name));
    } catch {
      parts.push(`${dir}:-`);
    }
  }
  return parts.join('|');
}

// On globalThis because Astro loads this module twice in one build (once for the config and its
// hooks, once bundled for the pages); both copies see the one result.
const CACHE = Symbol.for('support-handbook.content-check');
type Cache = Map<string, { fingerprint: string; check: ContentCheck }>;
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

/**
 * The check of the project in `root`, run once and reused until a file changes: the build hook
 * runs it, and the feeds, pages and API of the same build read the data from it.
 */
export function projectCheck(root: string = process.cwd()): ContentCheck {
  const key = resolve(root);
  const print = fingerprint(key);
  const hit = cache.get(key);
  if (hit && hit.fingerprint === print) return hit.check;
  const check = checkContent({ root: key });
  cache.set(key, { fingerprint: print, check });
  return check;
}

/** The project's data, checked; throws DataFileError (one formatted message) when a file is wrong. */
export function projectData(root: string = process.cwd()): ProjectData {
  const check = projectCheck(root);
  if (!check.data) throw new DataFileError(check.errors);
  return check.data;
}
