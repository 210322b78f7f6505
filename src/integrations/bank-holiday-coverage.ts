import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHolidayCalendar } from '../lib/calendar/bank-holidays.ts';
import { holidayCoverageWarning } from '../lib/calendar/coverage.ts';
import { projectData } from '../lib/data-files/project.ts';

/** Warns at the start of a build when the vendored gov.uk holidays are running out. */
export function bankHolidayCoverage(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bank-holiday-coverage',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        // Checked already by content-check (a year standing apart from the rest stops the build),
        // so the last published date is the end of the contiguous years.
        const { publishedUntil } = createHolidayCalendar(projectData(root).holidays);
        const warning = holidayCoverageWarning(publishedUntil, new Date().toISOString().slice(0, 10));
        if (warning) logger.warn(warning);
        else logger.info(`Bank holidays published to ${publishedUntil}.`);
      },
    },
  };
}
