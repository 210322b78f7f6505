import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './support/axe.ts';

/** The home page leads to the runbooks: a link to the finder and a search box for alerts near the top. */

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    test('the alert search box and a link to the finder are on the first screen', async ({ page }) => {
      await page.goto('/');
      const form = page.getByRole('search', { name: 'Runbooks' });
      const box = form.getByRole('searchbox', { name: 'Got an alert? Find its runbook' });
      await expect(box).toBeVisible();
      const button = form.getByRole('button', { name: 'Find runbook' });
      const bottom = await button.evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom, 'bottom of the search button').toBeLessThanOrEqual(viewport.height);
      const finderLink = page.getByRole('link', { name: 'Find a runbook' });
      await expect(finderLink).toHaveAttribute('href', '/runbooks/');
      expect(await finderLink.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(viewport.height);
      await expectNoAxeViolations(page);
    });

    test('searching from the home page opens the finder with the results', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Got an alert? Find its runbook' }).fill('disk full');
      await page.getByRole('button', { name: 'Find runbook' }).click();
      await expect(page).toHaveURL(/\/runbooks\/\?q=disk\+full$/);
      await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue('disk full');
      await expect(page.locator('.rb-results .rb-result__title').first()).toHaveText('Disk nearly full');
    });

    test('without JavaScript the search box still goes to the finder, which says it shows every runbook', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Got an alert? Find its runbook' }).fill('SiteUnreachable');
      await page.getByRole('searchbox', { name: 'Got an alert? Find its runbook' }).press('Enter');
      await expect(page).toHaveURL(/\/runbooks\/\?q=SiteUnreachable$/);
      // (Playwright's text search skips <noscript>, so this finds the notice by its class.)
      const notice = page.locator('noscript .site-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('Searching needs JavaScript, which is off in this browser');
      await expect(page.getByRole('link', { name: 'Site unreachable' }).first()).toBeVisible();
      await context.close();
      await expectNoAxeViolationsWithoutJs(browser, '/', { viewport });
      await expectNoAxeViolationsWithoutJs(browser, '/runbooks/?q=SiteUnreachable', { viewport });
    });
  });
}
