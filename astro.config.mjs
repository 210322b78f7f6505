// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import { fileURLToPath } from 'node:url';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { isAlertPermalink } from './src/lib/runbooks/alert-permalinks.ts';
import { isBuiltLinkTarget } from './src/lib/site/built-link.ts';
import { bankHolidayCoverage } from './src/integrations/bank-holiday-coverage.ts';
import { rotaCheck } from './src/integrations/rota-check.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { calendarFeeds } from './src/integrations/calendar-feeds.ts';
import { siteUrl } from './src/lib/site/site-url.ts';
import { preactJsxWithoutBabel, searchChunkWithPreloadHelper } from './src/integrations/vite-build-tuning.ts';

const site = siteUrl(process.env.SITE_URL);
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * starlight-links-validator assumes pages live in `<srcDir>/content/docs` (a known limitation,
 * HiDeoo/starlight-links-validator#160). Ours live in ./content/docs, so every internal link would be
 * reported as invalid. Hand the plugin a copy of the Astro config whose srcDir is the project root,
 * so `<srcDir>/content/docs` is our content folder. Nothing else in the site sees the change.
 * @param {Parameters<typeof starlightLinksValidator>[0]} options
 * @returns {import('@astrojs/starlight/types').StarlightPlugin}
 */
function linksValidatorForContentDir(options) {
  const plugin = starlightLinksValidator(options);
  const setup = plugin.hooks['config:setup'];
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup': (params) =>
        setup?.({ ...params, astroConfig: { ...params.astroConfig, srcDir: new URL('./', params.astroConfig.root) } }),
    },
  };
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  vite: {
    // Both explained in the file: a faster build, and no extra script file on every page.
    plugins: [preactJsxWithoutBabel()],
    build: { rolldownOptions: { output: { codeSplitting: { groups: [searchChunkWithPreloadHelper] } } } },
    resolve: {
      // Starlight's search loads Pagefind's UI through our wrapper, which fixes the query field's
      // role and focus as the UI loads (see the file), instead of a script on every page.
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/components/overrides/pagefind-ui.ts', import.meta.url)) }],
    },
  },
  integrations: [
    // First, so that a wrong data file stops the build before Starlight or the content layer start.
    contentCheck(),
    starlight({
      title: 'Support Handbook',
      description:
        'How the team runs first-line support and on call: handbook, runbooks, SLA calculator, rota and calendar feeds.',
      // British English: dates read "30 Nov 2026", and screen readers use a UK voice.
      locales: { root: { label: 'English', lang: 'en-GB' } },
      lastUpdated: true,
      editLink: {
        baseUrl: process.env.EDIT_BASE_URL ?? 'https://github.com/support-handbook/support-handbook/edit/main/',
      },
      // Content lives in ./content, not src/content: Starlight's Markdown features must be told.
      markdown: { processedDirs: ['./content'] },
      components: {
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      routeMiddleware: ['./src/route-data.ts', './src/runbooks/route-data.ts'],
      // runbooks.css goes in the shared, cached stylesheet rather than inline in each of many runbook pages.
      customCss: ['./src/styles/site.css', './src/styles/runbooks.css'],
      plugins: [
        linksValidatorForContentDir({
          errorOnRelativeLinks: false,
          // Runbook pages come from src/pages, which the validator cannot see into; check links to
          // them against the built HTML instead (the page must exist, and any #hash must be an id on it).
          exclude: ({ link }) => link.startsWith('/runbooks/') && isBuiltLinkTarget(outDir, link),
        }),
      ],
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
        {
          label: 'SLA',
          items: [{ slug: 'sla' }, { slug: 'tools/sla-calculator' }],
        },
        {
          label: 'Rota',
          items: [
            { slug: 'rota' },
            { slug: 'rota/now' },
            { slug: 'handbook/rota-calendars' },
            { slug: 'handbook/changing-the-rota' },
            { slug: 'rota/api' },
          ],
        },
        {
          label: 'About this site',
          collapsed: true,
          items: [{ slug: 'about/deployment' }, { slug: 'about/accessibility' }, { slug: 'about/performance' }],
        },
      ],
    }),
    preact(),
    // Added here (Starlight then skips its own copy) only to leave out the alert permalink pages,
    // which are redirects to runbooks.
    sitemap({ filter: (page) => !isAlertPermalink(page) }),
    securityHeadersIntegration(),
    bankHolidayCoverage(),
    rotaCheck(),
    calendarFeeds(),
  ],
});
