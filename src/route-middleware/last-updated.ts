import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDates } from '../lib/site/git-dates.ts';

// Starlight only reads git history under src/content/docs; our pages live in ./content, so we
// supply "last updated" ourselves from one git log taken at build time.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.lastUpdated) return;
  const filePath = route.entry.filePath;
  if (!filePath) return;
  const date = lastCommitDates().get(filePath.replace(/^\.\//, ''));
  if (date) route.lastUpdated = date;
});
