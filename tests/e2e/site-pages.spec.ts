import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/pages.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

/**
 * Loads `path` as the test server sends it (the production headers, CSP included) and checks that
 * it has the expected status, reports no CSP violation or page error, passes axe, and reflows to
 * 320 CSS px without the page scrolling sideways.
 */
interface PageExpectations {
  status?: number;
  /** Problems the page health watcher may report without failing the test. */
  allowProblem?: (problem: string) => boolean;
}

async function expectPageWorks(page: Page, path: string, { status = 200, allowProblem = () => false }: PageExpectations = {}) {
  const health = watchPageHealth(page);
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status()).toBe(status);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(health.problems.filter((p) => !allowProblem(p))).toEqual([]);

  // WCAG 1.4.10 Reflow: at 320 CSS px (1280 px at 400% zoom) the page itself must not scroll
  // sideways. Wide tables may scroll inside their own container.
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal scroll at 320px').toBeLessThanOrEqual(0);

  // Tables made to stack (.stack-table in src/styles/site.css) are a block per row by now, with
  // nothing scrolled out of sight, and still tables to assistive technology.
  const stacked = page.locator('.stack-table');
  if ((await stacked.count()) > 0) {
    for (const table of await stacked.all()) {
      await expect(table.locator('.stack-table__label').first()).toBeVisible();
      expect(
        await table.evaluate((el) => el.closest('.stack-table-wrap')!.scrollWidth - el.closest('.stack-table-wrap')!.clientWidth),
        'stacked table scrolls at 320px',
      ).toBeLessThanOrEqual(0);
      await expect(table.getByRole('rowheader').first()).toBeAttached();
      await expect(table.getByRole('cell').first()).toBeAttached();
    }
    await expectNoAxeViolations(page);
  }
}

// Every page a reader can reach, straight from the built sitemap, so new pages are covered.
for (const path of sitemapPaths()) {
  test(`${path} loads cleanly under the CSP and passes axe`, async ({ page }) => {
    await expectPageWorks(page, path);
    // Nor is the site's name cut off beside the search and menu buttons.
    const title = page.locator('header .site-title span').first();
    expect(await title.evaluate((el) => el.scrollWidth - el.clientWidth), 'site title clipped at 320px').toBeLessThanOrEqual(0);
  });
}

// Built pages the sitemap leaves out: the "not found" page, and the alert permalinks.
test('the not-found page, as served for a missing address, loads cleanly under the CSP and passes axe', async ({ page }) => {
  await expectPageWorks(page, '/handbook/no-such-page/', {
    status: 404,
    allowProblem: (p) => p.startsWith('HTTP 404') || p.includes('404 (Not Found)'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

const alertPages = readdirSync('dist/runbooks/alerts', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/runbooks/alerts/${entry.name}/`);

test('there is an alert permalink page for the checks below', () => {
  expect(alertPages.length).toBeGreaterThan(0);
});

for (const path of alertPages) {
  test(`alert permalink ${path} passes axe and works under the CSP`, async ({ page }) => {
    // The page sends readers straight on to the runbook. Answering that request with "204 No
    // Content" makes the browser stay where it is, so the permalink page itself can be checked.
    let redirectedTo = '';
    await page.route('**/runbooks/*/', (route) => {
      if (route.request().url().includes('/runbooks/alerts/')) return route.continue();
      redirectedTo = new URL(route.request().url()).pathname;
      return route.fulfill({ status: 204 });
    });
    // The browser reports the navigation it dropped as aborted: that one, and nothing else, is expected.
    await expectPageWorks(page, path, { allowProblem: (p) => redirectedTo !== '' && p.endsWith(`${redirectedTo} (net::ERR_ABORTED)`) });
    expect(page.url()).toContain(path);
    // It did send the reader on, to the runbook it links to.
    const target = await page.getByRole('link').getAttribute('href');
    expect(target).toMatch(/^\/runbooks\/[a-z0-9-]+\/$/);
    await expect.poll(() => redirectedTo).toBe(target);
  });
}
