import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatContentErrors } from '../../scripts/lib/check-content.ts';

/**
 * Stops `astro build` before anything else runs when a data file is wrong: content/sla.yaml,
 * content/bank-holidays.json, content/rota/*.yaml or a runbook's front matter. Without it the
 * first mistake Astro meets stops the build with a stack trace (and YAML that does not parse is
 * only logged by Astro's file loader). The message lists every problem, naming file and field.
 *
 * Rota warnings are left to rota-check, which prints them once the build starts. In `astro dev`
 * nothing is stopped: Astro and rota-check report problems as files change.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { errors } = checkContent({ root: fileURLToPath(config.root) });
        if (errors.length === 0) {
          logger.info('Data files checked: no errors.');
          return;
        }
        throw new BuildStopError(formatContentErrors(errors));
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
