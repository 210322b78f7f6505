import type { AstroIntegration } from 'astro';
import { createHolidayCalendar } from '../lib/calendar/bank-holidays.ts';
import { holidayCoverageWarning } from '../lib/calendar/coverage.ts';
import { readDataFile, readSla } from '../../scripts/lib/content-files.ts';
import { bankHolidaysFileSchema } from '../schemas/bank-holidays.ts';

/** Warns at the start of a build when the vendored gov.uk holidays are running out. */
export function bankHolidayCoverage(options: { slaPath?: string; holidaysPath?: string } = {}): AstroIntegration {
  const { slaPath = 'content/sla.yaml', holidaysPath = 'content/bank-holidays.json' } = options;
  return {
    name: 'bank-holiday-coverage',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const division = readSla(slaPath).bankHolidays.division;
        const published = readDataFile(holidaysPath, bankHolidaysFileSchema)[division];
        if (!published) {
          logger.warn(`${holidaysPath} has no "${division}" division; every bank holiday will be estimated.`);
          return;
        }
        const { publishedUntil } = createHolidayCalendar(published);
        const warning = holidayCoverageWarning(publishedUntil, new Date().toISOString().slice(0, 10));
        if (warning) logger.warn(warning);
        else logger.info(`Bank holidays published to ${publishedUntil}.`);
      },
    },
  };
}
