import { formatDataProblem } from '../data-files/problems.ts';

/** A mistake or a risk found in the rota data, pointing at the file and entry to fix. */
export interface RotaProblem {
  severity: 'error' | 'warning';
  /** Path of the data file, e.g. "content/rota/overrides.yaml". */
  file: string;
  /** Which entry in the file, e.g. 'person "zoe-martin"' or 'entry 3 (on-call, ...)'. */
  entry: string;
  reason: string;
}

/** Where each part of the rota is read from, for messages. */
export interface RotaFileNames {
  people: string;
  rotations: string;
  overrides: string;
  settings: string;
  absences: string;
}

export const ROTA_FILES: RotaFileNames = {
  people: 'content/rota/people.yaml',
  rotations: 'content/rota/rotations.yaml',
  overrides: 'content/rota/overrides.yaml',
  settings: 'content/rota/settings.yaml',
  absences: 'content/rota/absences.yaml',
};

/** One line, as every data-file problem is printed (src/lib/data-files/problems.ts). */
export function formatProblem(problem: RotaProblem): string {
  return formatDataProblem({ severity: problem.severity, file: problem.file, where: problem.entry, reason: problem.reason });
}
