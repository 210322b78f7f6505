import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentFileError, readWorkingCalendar } from '../../scripts/lib/content-files.ts';
import { ON_CALL_FILE, readOnCallSettings } from '../../scripts/lib/on-call-files.ts';
import { formatRateProblem, RateRulesError } from '../lib/on-call/rates.ts';
import { BuildStopError } from './content-check.ts';

/**
 * Stops `astro build` when content/rota/on-call.yaml (the on-call pay rules and time off in lieu
 * settings) is wrong, naming the file, rule and field, so a mistake is found when it is pushed
 * rather than at the end of the month when someone runs `npm run report:on-call`. The site never
 * uses the rules (no pay is published); this is only the check.
 */
export function onCallRulesCheck(): AstroIntegration {
  return {
    name: 'on-call-rules-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        let calendar;
        try {
          calendar = readWorkingCalendar(join(root, 'content/sla.yaml'), join(root, 'content/bank-holidays.json'));
        } catch {
          return; // contentCheck reports the calendar's files.
        }
        try {
          readOnCallSettings(calendar, join(root, ON_CALL_FILE));
        } catch (error) {
          const lines =
            error instanceof RateRulesError
              ? error.problems.map((p) => formatRateProblem({ ...p, file: ON_CALL_FILE }))
              : error instanceof ContentFileError
                ? error.problems.map((p) => `${ON_CALL_FILE}: ${p}`)
                : undefined;
          if (!lines) throw error;
          throw new BuildStopError(`${lines.length === 1 ? '1 problem' : `${lines.length} problems`} in the on-call rules; fix ${lines.length === 1 ? 'it' : 'them'} and build again:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
        }
        logger.info(`${ON_CALL_FILE} checked: no errors.`);
      },
    },
  };
}
