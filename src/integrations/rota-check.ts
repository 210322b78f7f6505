import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatDataReport } from '../lib/data-files/problems.ts';
import { projectCheck } from '../lib/data-files/project.ts';

/**
 * `astro dev` only: runs the data check (the one the build runs first) on start and whenever a
 * data file changes, and reports problems naming file, entry and reason without stopping the
 * server. Builds are checked by content-check before anything else runs.
 */
export function rotaCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'rota-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        check(root, logger);
        server.watcher.on('change', (path) => {
          if (/content[\\/](rota[\\/]|runbooks[\\/]|sla\.yaml|bank-holidays\.json)/.test(path)) check(root, logger);
        });
      },
    },
  };
}

function check(root: string, logger: AstroIntegrationLogger): void {
  const { errors, warnings } = projectCheck(root);
  if (errors.length) logger.error(`\n${formatDataReport(errors, warnings)}`);
  else if (warnings.length) logger.warn(`\n${formatDataReport([], warnings)}`);
  else logger.info('Data files checked: no problems.');
}
