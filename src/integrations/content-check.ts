import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatDataReport } from '../lib/data-files/problems.ts';
import { projectCheck } from '../lib/data-files/project.ts';

/**
 * Stops `astro build` before anything else runs when a data or content file is wrong:
 * content/sla.yaml, content/bank-holidays.json, content/rota/*.yaml, a runbook's front matter or
 * an MDX page's syntax. The same check as `npm run check:content` (src/lib/data-files/project.ts),
 * so the two always agree. Without it the first mistake Astro meets stops the build with a stack
 * trace. The result is kept for the rest of the build (feeds, pages), which do not check again.
 *
 * Warnings (gaps, clashes, overrides that do nothing, ...) are printed here too, once per build.
 * In `astro dev` nothing is stopped: rota-check reports problems as files change.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { errors, warnings } = projectCheck(fileURLToPath(config.root));
        if (errors.length === 0) {
          if (warnings.length) logger.warn(`\n${formatDataReport([], warnings)}`);
          logger.info(`Data files checked: no errors${warnings.length ? '' : ' and no warnings'}.`);
          return;
        }
        throw new BuildStopError(formatDataReport(errors, warnings));
      },
    },
  };
}

/**
 * An error that stops the build with its message only: Astro prints an error's stack after its
 * message, which for a mistake in a data file is noise.
 */
export class BuildStopError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStopError';
    this.stack = '';
  }
}
