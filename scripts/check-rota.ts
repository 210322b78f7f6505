// Checks content/rota/ as the build does, without building: `npm run check:rota`.
// Exit code 1 if the build would fail.
import { ContentFileError } from './lib/content-files.ts';
import { readRota } from './lib/rota-files.ts';
import { formatProblems, RotaDataError } from '../src/lib/rota/problems.ts';

try {
  const { warnings } = readRota();
  console.log(warnings.length ? formatProblems(warnings) : 'The rota has no problems.');
} catch (error) {
  if (!(error instanceof RotaDataError || error instanceof ContentFileError)) throw error;
  console.error(error instanceof RotaDataError ? formatProblems(error.problems) : error.message);
  process.exitCode = 1;
}
