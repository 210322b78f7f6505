// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { isAlertPermalink } from './src/lib/runbooks/alert-permalinks.ts';
import { bankHolidayCoverage } from './src/integrations/bank-holiday-coverage.ts';
import { rotaCheck } from './src/integrations/rota-check.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { calendarFeeds } from './src/integrations/calendar-feeds.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { siteUrl } from './src/lib/site/site-url.ts';
import { searchChunkWithPreloadHelper } from './src/integrations/vite-build-tuning.ts';
import { preactIslands } from './src/integrations/preact-islands.ts';
import { editBaseUrl } from './src/lib/site/edit-link.ts';
import { SEARCH_RANKING } from './src/lib/site/search-ranking.ts';

const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  trailingSlash: 'always',
  vite: {
    // Explained in the file: no extra script file on every page.
    build: { rolldownOptions: { output: { codeSplitting: { groups: [searchChunkWithPreloadHelper] } } } },
    resolve: {
      // Starlight's search loads Pagefind's UI through our wrapper, which fixes the query field's
      // role and focus as the UI loads (see the file), instead of a script on every page.
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/components/overrides/pagefind-ui.ts', import.meta.url)),
        },
      ],
    },
  },
  integrations: [
    // First, so that a wrong data file stops the build before Starlight or the content layer start.
    // It covers the rota's fairness and content/rota/on-call.yaml too (src/lib/data-files/project.ts).
    contentCheck(),
    starlight({
      title: 'Support Handbook',
      description: 'How the team runs first-line support and on call: handbook, runbooks, SLA calculator, rota and calendar feeds.',
      // British English: dates read "30 Nov 2026", and screen readers use a UK voice.
      locales: { root: { label: 'English', lang: 'en-GB' } },
      lastUpdated: true,
      editLink: {
        baseUrl: editBaseUrl(process.env),
      },
      // Content lives in ./content, not src/content: Starlight's Markdown features must be told.
      markdown: { processedDirs: ['./content'] },
      // The same ranking as the runbook finder's, so both put the same runbook first (see the file).
      pagefind: { ranking: SEARCH_RANKING },
      components: {
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      routeMiddleware: [
        './src/route-middleware/last-updated.ts',
        './src/route-middleware/missing-runbook-redirect.ts',
        './src/route-middleware/escape-head-title.ts',
        './src/route-middleware/not-found.ts',
      ],
      // runbooks.css goes in the shared, cached stylesheet rather than inline in each of many runbook pages.
      customCss: ['./src/styles/site.css', './src/styles/runbooks.css', './src/styles/theme-without-js.css'],
      sidebar: [
        {
          label: 'Handbook',
          items: [
            { slug: 'handbook' },
            { slug: 'handbook/first-line-support' },
            { slug: 'handbook/on-call' },
            { slug: 'handbook/on-call-pay' },
            { slug: 'handbook/getting-help' },
            { slug: 'handbook/project-teams' },
          ],
        },
        {
          // Only the entry points: listing every runbook would put them all into every page's HTML.
          label: 'Runbooks',
          items: [
            { label: 'Runbook finder', link: '/runbooks/' },
            { label: 'Alert index', link: '/runbooks/alerts/' },
            { slug: 'runbooks/how-to-write-a-runbook' },
          ],
        },
        {
          label: 'SLA',
          items: [{ slug: 'sla' }, { slug: 'tools/sla-calculator' }, { slug: 'tools/sla-report' }],
        },
        {
          label: 'Rota',
          items: [
            { slug: 'rota' },
            { slug: 'rota/now' },
            { slug: 'handbook/rota-calendars' },
            { slug: 'handbook/changing-the-rota' },
            { slug: 'rota/api' },
            { slug: 'handbook/opsgenie-cut-over' },
            { slug: 'rota/fairness' },
          ],
        },
        {
          label: 'About this site',
          collapsed: true,
          items: [{ slug: 'about/deployment' }, { slug: 'about/accessibility' }, { slug: 'about/performance' }],
        },
      ],
    }),
    // @astrojs/preact; builds load only its renderer (see the file).
    preactIslands(),
    // Added here (Starlight then skips its own copy) only to leave out the alert permalink pages,
    // which are redirects to runbooks.
    sitemap({ filter: (page) => !isAlertPermalink(page) }),
    securityHeadersIntegration(),
    bankHolidayCoverage(),
    // In `astro dev` only, reports rota problems as the files change (builds: contentCheck).
    rotaCheck(),
    calendarFeeds(),
    // Last, so that it sees every file the others write (feeds, headers) as well as the pages.
    linkCheck(),
  ],
});
