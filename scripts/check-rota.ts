// Checks content/rota/ as the build does, without building: `npm run check:rota`.
// Exit code 1 if the build would fail.
import { ContentFileError } from './lib/content-files.ts';
import { readOnCallSettings } from './lib/on-call-files.ts';
import { readRota } from './lib/rota-files.ts';
import { checkFairness } from '../src/lib/fairness/checks.ts';
import { fairnessSettingsOf } from '../src/lib/fairness/settings.ts';
import { RateRulesError } from '../src/lib/on-call/rates.ts';
import { formatProblems, RotaDataError, ROTA_FILES } from '../src/lib/rota/problems.ts';

try {
  const { rota, settings, calendar, warnings } = readRota();
  // The fairness checks (src/integrations/fairness-check.ts) and the on-call pay rules, as the build runs them.
  const fairness = checkFairness(rota, Date.now(), fairnessSettingsOf(settings), ROTA_FILES);
  readOnCallSettings(calendar);
  if (fairness.some((p) => p.severity === 'error')) throw new RotaDataError([...warnings, ...fairness]);
  const all = [...warnings, ...fairness];
  console.log(all.length ? formatProblems(all) : 'The rota has no problems.');
} catch (error) {
  if (!(error instanceof RotaDataError || error instanceof ContentFileError || error instanceof RateRulesError)) throw error;
  console.error(error instanceof RotaDataError ? formatProblems(error.problems) : error.message);
  process.exitCode = 1;
}
