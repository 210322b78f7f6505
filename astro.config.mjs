// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { bankHolidayCoverage } from './src/integrations/bank-holiday-coverage.ts';

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
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/site.css'],
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
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
          label: 'SLA',
          items: [{ slug: 'sla' }, { slug: 'tools/sla-calculator' }],
        },
      ],
    }),
    preact(),
    bankHolidayCoverage(),
  ],
});
