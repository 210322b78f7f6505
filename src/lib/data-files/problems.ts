/**
 * One kind of problem for every data file (content/sla.yaml, content/bank-holidays.json,
 * content/rota/*.yaml, runbook front matter, MDX pages) and one way to print it, so the build,
 * `npm run check:content`, `astro dev` and the CLIs word a mistake the same way.
 */
export interface DataProblem {
  severity: 'error' | 'warning';
  /** The file's path from the project root, e.g. "content/rota/overrides.yaml". */
  file: string;
  /** Where in the file: a field ("workingHours.start"), an entry ('entry 2 (zoe-martin), role') or "line 3, column 5". */
  where?: string | undefined;
  /** What is wrong, as a sentence fragment: "must be a 24-hour time in quotes, like \"10:00\"". */
  reason: string;
  /** How to put it right, when that is not obvious from the reason. */
  hint?: string | undefined;
}

/** "file, where: reason (hint)" on one line; continuation lines (a YAML excerpt) are kept. */
export function formatDataProblem(problem: DataProblem): string {
  const where = problem.where ? `, ${problem.where}` : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${problem.file}${where}: ${problem.reason}${hint}`;
}

export function dataError(file: string, where: string | undefined, reason: string, hint?: string): DataProblem {
  return { severity: 'error', file, where, reason, hint };
}

export function dataWarning(file: string, where: string | undefined, reason: string, hint?: string): DataProblem {
  return { severity: 'warning', file, where, reason, hint };
}

/** Thrown by the loaders when a file cannot be used; carries every problem found in it. */
export class DataFileError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(
      formatDataReport(
        problems.filter((p) => p.severity === 'error'),
        [],
      ),
    );
    this.name = 'DataFileError';
    this.problems = problems;
    // Printed by the build and the CLIs as their whole message: a stack would be noise.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Printed under warnings wherever they are reported. */
export const STRICTNESS_HINT = '(Set strictness: error in content/rota/settings.yaml to fail the build on these.)';

/** The report the build, `npm run check:content` and `astro dev` print: errors first, one a line. */
export function formatDataReport(errors: readonly DataProblem[], warnings: readonly DataProblem[]): string {
  const item = (p: DataProblem) => `  - ${formatDataProblem(p).replace(/\n/g, '\n    ')}`;
  const lines: string[] = [];
  if (errors.length) {
    const n = errors.length;
    lines.push(
      `${n === 1 ? '1 problem' : `${n} problems`} in the data files; fix ${n === 1 ? 'it' : 'them'} and build again:`,
      ...errors.map(item),
    );
  }
  if (warnings.length) {
    if (lines.length) lines.push('');
    const n = warnings.length;
    lines.push(`${n} warning${n === 1 ? '' : 's'} in the data files:`, ...warnings.map(item), STRICTNESS_HINT);
  }
  return lines.join('\n');
}
