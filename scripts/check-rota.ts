// Checks content/rota/ as the build does, without building: `npm run check:rota`.
// Exit code 1 if the build would fail.
import { DataFileError, formatDataReport } from '../src/lib/data-files/problems.ts';
import { readRota } from '../src/lib/data-files/rota-files.ts';

try {
  const { warnings } = readRota();
  console.log(warnings.length ? formatDataReport([], warnings) : 'The rota has no problems.');
} catch (error) {
  if (!(error instanceof DataFileError)) throw error;
  console.error(formatDataReport(error.problems.filter((p) => p.severity === 'error'), error.problems.filter((p) => p.severity === 'warning')));
  process.exitCode = 1;
}
