import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentFileError } from '../../scripts/lib/content-files.ts';
import { readRota } from '../../scripts/lib/rota-files.ts';
import { formatProblems, RotaDataError, STRICTNESS_HINT } from '../lib/rota/problems.ts';

/**
 * `astro dev` only: checks content/rota/ on start and whenever a rota file (or the SLA's calendar)
 * changes, and reports problems naming file, entry and reason without stopping the server. Reads
 * the files itself because Astro's file loader only logs YAML syntax errors and carries on.
 * Builds are checked, errors and warnings, by content-check before anything else runs.
 */
export function rotaCheck(): AstroIntegration {
  return {
    name: 'rota-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        check(logger);
        server.watcher.on('change', (path) => {
          if (/content[\\/](rota[\\/]|sla\.yaml|bank-holidays\.json)/.test(path)) check(logger);
        });
      },
    },
  };
}

function check(logger: AstroIntegrationLogger): void {
  try {
    const { warnings } = readRota();
    if (warnings.length) logger.warn(`\n${formatProblems(warnings)}\n${STRICTNESS_HINT}`);
    else logger.info('Rota checked: no problems.');
  } catch (error) {
    if (error instanceof RotaDataError) logger.error(`\n${formatProblems(error.problems)}`);
    else if (error instanceof ContentFileError) logger.error(`\n${error.message}`);
    else throw error;
  }
}
