import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkingCalendar } from '../../scripts/lib/content-files.ts';
import { readRotaData, rotaFilesIn } from '../../scripts/lib/rota-files.ts';
import { checkFairness } from '../lib/fairness/checks.ts';
import { fairnessSettingsOf } from '../lib/fairness/settings.ts';
import { formatProblems, ROTA_FILES, STRICTNESS_HINT } from '../lib/rota/problems.ts';
import { createRota } from '../lib/rota/rota.ts';
import { BuildStopError } from './content-check.ts';

/**
 * Warns, once per build, when the planned rota is unfair (src/lib/fairness/checks.ts): someone on
 * call for more than the share limit, someone on call two weeks in a row, or an on-call rotation
 * too small to stay under the limit. With strictness: error in settings.yaml they stop the build.
 * Runs after contentCheck, which has already stopped the build if the rota data has mistakes.
 */
export function fairnessCheck(): AstroIntegration {
  return {
    name: 'fairness-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        let problems;
        try {
          const calendar = readWorkingCalendar(join(root, 'content/sla.yaml'), join(root, 'content/bank-holidays.json'));
          const { data, settings } = readRotaData(rotaFilesIn(join(root, 'content/rota')));
          problems = checkFairness(createRota(data, calendar), Date.now(), fairnessSettingsOf(settings), ROTA_FILES);
        } catch {
          // A data file with mistakes: contentCheck reports it.
          return;
        }
        if (problems.length === 0) return;
        const report = formatProblems(problems).replace(/rota (warning|error)/g, 'rota fairness $1');
        if (problems.some((p) => p.severity === 'error')) throw new BuildStopError(`The planned rota is not fair enough (strictness: error):\n${report}`);
        logger.warn(`\n${report}\n${STRICTNESS_HINT}`);
      },
    },
  };
}
