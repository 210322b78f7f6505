import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatContentErrors, formatContentWarnings } from '../../scripts/lib/check-content.ts';

/**
 * Stops `astro build` before anything else runs when a data file is wrong: content/sla.yaml,
 * content/bank-holidays.json, content/rota/*.yaml or a runbook's front matter. Without it the
 * first mistake Astro meets stops the build with a stack trace (and YAML that does not parse is
 * only logged by Astro's file loader). The message lists every problem, naming file and field.
 *
 * The rota's look-ahead warnings (gaps, clashes, a short plan) are printed here too, once per build.
 * In `astro dev` nothing is stopped: Astro and rota-check report problems as files change.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { errors, warnings } = checkContent({ root: fileURLToPath(config.root) });
        if (errors.length === 0) {
          if (warnings.length) logger.warn(`\n${formatContentWarnings(warnings)}`);
          logger.info(`Data files checked: no errors${warnings.length ? '' : ', and no rota warnings'}.`);
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
