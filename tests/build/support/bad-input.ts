// The bad-input fixtures (tests/fixtures/bad-input/<kind>/<case>/) and the copies of the project
// they are applied to. A case folder holds case.json and, optionally, files laid out as in the
// project (content/...), which replace or add to the project's own. case.json says:
//   about   what is wrong, in a few words
//   file    the data file the message must name, e.g. "content/sla.yaml"
//   field   the field, entry or reason the same message must name, e.g. "workingHours.end", or a
//           list of such texts, e.g. ["not valid YAML", "at line 3, column 1"] for a syntax error
//   edits   optional: { "<file>": [["text", "replacement"], ...] } applied to the project's own
//           file, for a one-word mistake in a large file (each text must occur in it)
//   build   optional: true to run this case through the real `npm run build` even in a quick run
//           (BAD_INPUT_QUICK=1); otherwise every case goes through both the checker and the build
//   warning optional: true when the mistake is a warning (an entry that does nothing); the build
//           goes on, unless content/rota/settings.yaml says strictness: error
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const PROJECT = process.cwd();
export const FIXTURES = join(PROJECT, 'tests/fixtures/bad-input');

export interface BadInputCase {
  /** "sla", "bank-holidays", "rota" or "runbooks". */
  kind: string;
  name: string;
  dir: string;
  about: string;
  file: string;
  /** Each of these must be in the same problem as the file name. */
  field: string[];
  edits: Record<string, Array<[string, string]>>;
  build: boolean;
  warning: boolean;
}

export function loadCases(): BadInputCase[] {
  const cases: BadInputCase[] = [];
  for (const kind of readdirSync(FIXTURES).sort()) {
    for (const name of readdirSync(join(FIXTURES, kind)).sort()) {
      const dir = join(FIXTURES, kind, name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Partial<Omit<BadInputCase, 'field'>> & {
        field?: string | string[];
      };
      if (!spec.about || !spec.file || !spec.field)
        throw new Error(`${relative(PROJECT, dir)}/case.json needs "about", "file" and "field"`);
      const field = typeof spec.field === 'string' ? [spec.field] : spec.field;
      cases.push({
        kind,
        name,
        dir,
        about: spec.about,
        file: spec.file,
        field,
        edits: spec.edits ?? {},
        build: spec.build === true,
        warning: spec.warning === true,
      });
    }
  }
  return cases;
}

/** The edit that makes every warning an error. */
export const STRICT: Record<string, Array<[string, string]>> = {
  'content/rota/settings.yaml': [['strictness: warn', 'strictness: error']],
};

/** Writes the case's files over the project copy in `root` and applies its edits (and `extra` edits after). */
export function applyCase(c: BadInputCase, root: string, extra: Record<string, Array<[string, string]>> = {}): void {
  for (const entry of readdirSync(c.dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || (entry.parentPath === c.dir && entry.name === 'case.json')) continue;
    const target = join(root, relative(c.dir, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    // Remove first: in a copy whose files are hard links, writing in place would change the original.
    rmSync(target, { force: true });
    writeFileSync(target, readFileSync(join(entry.parentPath, entry.name)));
  }
  for (const [file, edits] of [...Object.entries(c.edits), ...Object.entries(extra)]) {
    const target = join(root, file);
    let text = readFileSync(target, 'utf8');
    for (const [from, to] of edits) {
      if (!text.includes(from))
        throw new Error(`${c.kind}/${c.name}: ${JSON.stringify(from)} is not in ${file}; update the fixture's edits`);
      text = text.replace(from, to);
    }
    rmSync(target);
    writeFileSync(target, text);
  }
}

let workDir: string | undefined;

/** A temporary folder for this run's copies; removed by removeWorkDir() unless KEEP_BAD_INPUT=1. */
export function workRoot(): string {
  workDir ??= mkdtempSync(join(tmpdir(), 'bad-input-'));
  return workDir;
}

export function removeWorkDir(): void {
  if (workDir && !process.env.KEEP_BAD_INPUT) rmSync(workDir, { recursive: true, force: true });
}

/** A copy of the project's content/ (all the checker reads), with the case applied. */
export function contentCopy(
  c: BadInputCase | undefined,
  label = c ? `${c.kind}-${c.name}` : 'valid',
  extra: Record<string, Array<[string, string]>> = {},
): string {
  const root = join(workRoot(), 'content-only', label);
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  if (c) applyCase(c, root, extra);
  return root;
}

// Not copied: build output, caches, test output, git metadata and other dotfiles.
const SKIP = new Set(['node_modules', 'dist', 'tests', 'test-results', 'playwright-report', 'bench-results']);

/**
 * A copy of the whole project that `npm run build` can run in, with the case applied.
 * node_modules is hard-linked (instant, no extra space), as scripts/bench-runbooks.ts does;
 * symlinks would confuse Vite. Astro's and Vite's caches are not shared with the original.
 */
export function projectCopy(c: BadInputCase, extra: Record<string, Array<[string, string]>> = {}, label = `${c.kind}-${c.name}`): string {
  const root = join(workRoot(), 'projects', label);
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(PROJECT)) {
    if (entry.startsWith('.') || SKIP.has(entry)) continue;
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  const linked = spawnSync('cp', ['-al', join(PROJECT, 'node_modules'), join(root, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), { recursive: true });
  for (const cache of ['.astro', '.vite']) rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
  if (!existsSync(join(root, 'content'))) throw new Error(`copying the project to ${root} failed`);
  applyCase(c, root, extra);
  return root;
}

/**
 * A few copies of the project, reused from case to case (copying the project and linking its
 * node_modules is the slow part): `withProjectSlot` lends one, with a fresh content/ and the case
 * applied, and takes it back when `use` is done. As many slots as builds may run at once.
 */
const slots: string[] = [];
const waiting: Array<(slot: string) => void> = [];
let made = 0;

export async function withProjectSlot<T>(
  c: BadInputCase,
  extra: Record<string, Array<[string, string]>>,
  use: (root: string) => Promise<T>,
  size = 3,
): Promise<T> {
  const slot =
    slots.pop() ??
    (made < size
      ? projectCopy({ ...c, dir: c.dir, edits: {} }, {}, `slot-${++made}`)
      : await new Promise<string>((resolve) => waiting.push(resolve)));
  try {
    rmSync(join(slot, 'content'), { recursive: true, force: true });
    cpSync(join(PROJECT, 'content'), join(slot, 'content'), { recursive: true });
    applyCase(c, slot, extra);
    return await use(slot);
  } finally {
    const next = waiting.shift();
    if (next) next(slot);
    else slots.push(slot);
  }
}

export interface RunResult {
  code: number | null;
  /** stdout and stderr together, in the order written, without terminal colours. */
  output: string;
}

/** Runs a command without blocking the test worker, so several builds can run at once. */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: stripAnsi(output) }));
  });
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Lines of a JavaScript stack trace ("    at fn (file:line:col)"), or Astro's heading for one. */
/** Whether one problem's text names the case's file and field. */
export function namesFileAndField(problem: string, c: BadInputCase): boolean {
  return problem.includes(c.file) && c.field.every((f) => problem.includes(f));
}

export function stackTraceLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at\s+\S/.test(line) || /Stack trace:|See full stack trace/.test(line));
}
