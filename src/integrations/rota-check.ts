import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentFileError } from '../../scripts/lib/content-files.ts';
import { readRota } from '../../scripts/lib/rota-files.ts';
import { formatProblems, RotaDataError } from '../lib/rota/problems.ts';
import { BuildStopError } from './content-check.ts';

/**
 * Checks content/rota/ before the build renders anything, so a mistake stops the build with a
 * short list naming file, entry and reason instead of a stack trace from a page. Reads the files
 * itself because Astro's file loader only logs YAML syntax errors and carries on.
 * In `astro dev` it reports on start and whenever a rota file changes, without stopping.
 */
export function rotaCheck(): AstroIntegration {
  return {
    name: 'rota-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!check(logger)) throw new BuildStopError('The rota data has errors (listed above). Fix them and build again.');
      },
      'astro:server:setup': ({ server, logger }) => {
        check(logger);
        server.watcher.on('change', (path) => {
          if (/content[\\/](rota[\\/]|sla\.yaml|bank-holidays\.json)/.test(path)) check(logger);
        });
      },
    },
  };
}

function check(logger: AstroIntegrationLogger): boolean {
  try {
    const { warnings } = readRota();
    if (warnings.length) logger.warn(`\n${formatProblems(warnings)}\n(Set strictness: error in content/rota/settings.yaml to fail the build on these.)`);
    else logger.info('Rota checked: no problems.');
    return true;
  } catch (error) {
    if (error instanceof RotaDataError) logger.error(`\n${formatProblems(error.problems)}`);
    else if (error instanceof ContentFileError) logger.error(`\n${error.message}`);
    else throw error;
    return false;
  }
}
