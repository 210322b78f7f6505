// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { linksValidator } from './src/integrations/links-validator.ts';
import { isAlertPermalink } from './src/lib/runbooks/alert-permalinks.ts';

const site = process.env.SITE_URL ?? 'https://support-handbook.example.gov.uk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Support Handbook',
      description:
        'How the team runs first-line support and on call: handbook, runbooks, SLA calculator, rota and calendar feeds.',
      lastUpdated: true,
      editLink: {
        baseUrl: process.env.EDIT_BASE_URL ?? 'https://github.com/support-handbook/support-handbook/edit/main/',
      },
      // Content lives in ./content, not src/content: Starlight's Markdown features must be told.
      markdown: { processedDirs: ['./content'] },
      components: {
        Search: './src/components/overrides/Search.astro',
      },
      routeMiddleware: ['./src/route-data.ts', './src/runbooks/route-data.ts'],
      customCss: ['./src/styles/site.css'],
      plugins: [linksValidator({ errorOnRelativeLinks: false, customPagePrefixes: ['/runbooks/'] })],
      sidebar: [
        {
          label: 'Handbook',
          items: [
            { slug: 'handbook' },
            { slug: 'handbook/first-line-support' },
            { slug: 'handbook/on-call' },
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
      ],
    }),
    preact(),
    // Added here (Starlight then skips its own copy) only to leave out the alert permalink pages,
    // which are redirects to runbooks.
    sitemap({ filter: (page) => !isAlertPermalink(page) }),
  ],
});
