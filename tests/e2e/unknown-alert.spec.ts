import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './support/axe.ts';

/**
 * A permalink to an alert that no runbook covers reaches the 404 page, which says so plainly and
 * offers the finder searched for the alert's words, the getting-help page and first steps for
 * any alert; it never offers an unrelated runbook as the answer. Without JavaScript the same part
 * is there, with a plain link to the finder.
 */
const ALERT = 'mysql_replication_lag_high';
const PATH = `/runbooks/alerts/${ALERT}/`;

/** Links on the page to a runbook itself (anything under /runbooks/ but the finder and the how-to). */
async function runbookLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/runbooks/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.filter((href) => !/^\/runbooks\/(\?|$)/.test(href) && href !== '/runbooks/how-to-write-a-runbook/');
}

async function expectTheAnswer(page: Page, finderHref: string) {
  const part = page.locator('.alert-404');
  await expect(part.getByRole('heading', { level: 2, name: 'An alert with no runbook' })).toBeVisible();
  await expect(part.getByRole('link', { name: 'Search the runbook finder' })).toHaveAttribute('href', finderHref);
  await expect(part.getByRole('link', { name: 'Getting help' })).toHaveAttribute('href', '/handbook/getting-help/');
  await expect(part.getByRole('heading', { level: 3, name: 'First steps for an alert with no runbook' })).toBeVisible();
  await expect(part.locator('ol > li')).toHaveCount(5);
  await expect(part.locator('ol > li').first()).toContainText('Acknowledge the alert');
  expect(await runbookLinks(page)).toEqual([]);
}

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    test('the page says the alert has no runbook, and offers the finder, help and first steps', async ({ page }) => {
      const response = await page.goto(PATH);
      expect(response?.status()).toBe(404);
      // It stays: no runbook is put forward as this alert's.
      await expect(page).toHaveURL(new RegExp(`${PATH}$`));
      const lead = page.locator('.alert-404__lead');
      await expect(lead).toHaveText(
        `No runbook covers the alert ${ALERT} yet. None of the runbooks was written for it, so do not follow one as if it were its answer.`,
      );
      // Said near the top: on the first screen.
      expect(await lead.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(viewport.height);
      await expect(page).toHaveTitle(`No runbook for the alert ${ALERT}`);
      await expectTheAnswer(page, '/runbooks/?q=mysql%20replication%20lag%20high&from=unknown-alert');
      await expectNoAxeViolations(page);

      // The finder, searched for the alert's words, says its results are not this alert's runbook.
      await page.getByRole('link', { name: 'Search the runbook finder' }).click();
      await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue('mysql replication lag high');
      const note = page.getByRole('note');
      await expect(note).toContainText('No runbook covers that alert.');
      await expect(note).toContainText('none of them was written for it');
      await expect(note.getByRole('link', { name: 'get help' })).toHaveAttribute('href', '/handbook/getting-help/');
      await expect(page.getByRole('status')).toContainText('match “mysql replication lag high”');
      await expectNoAxeViolations(page);
    });

    test('without JavaScript the same help is there, with a plain link to the finder', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      const response = await page.goto(PATH);
      expect(response?.status()).toBe(404);
      await expectTheAnswer(page, '/runbooks/');
      await context.close();
      await expectNoAxeViolationsWithoutJs(browser, PATH, { viewport });
    });

    test('any other missing page leaves the alert part out', async ({ page }) => {
      await page.goto('/handbook/no-such-page/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.locator('.alert-404')).toBeHidden();
    });
  });
}
