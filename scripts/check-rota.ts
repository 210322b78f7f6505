// Checks content/rota/ as the build does, without building: `npm run check:rota`. The build's one
// data check (src/lib/data-files/project.ts), reporting the rota files (with on-call.yaml and the
// fairness of the plan) and the calendar files the rota is built on: the same verdict and words.
// Exit code 1 if the build would fail.
import { checkContent } from '../src/lib/data-files/project.ts';
import { BANK_HOLIDAYS_FILE, SLA_FILE } from '../src/lib/data-files/files.ts';
import { formatDataReport, type DataProblem } from '../src/lib/data-files/problems.ts';

const rotaRelated = (p: DataProblem) =>
  p.file.startsWith('content/rota/') || p.file === SLA_FILE.path || p.file === BANK_HOLIDAYS_FILE.path;
const check = checkContent();
const errors = check.errors.filter(rotaRelated);
const warnings = check.warnings.filter(rotaRelated);
if (errors.length) {
  console.error(formatDataReport(errors, warnings));
  process.exitCode = 1;
} else {
  console.log(warnings.length ? formatDataReport([], warnings) : 'The rota has no problems.');
}
