import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectFirstResults, searchIndex } from './support/pagefind.ts';

test('searching a handbook term from the search box opens the right page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('recruitment interview panel');
  const firstResult = dialog.locator('.pagefind-ui__result-link').first();
  await expect(firstResult).toBeVisible();
  await firstResult.click();
  await expect(page).toHaveURL(/\/handbook\/first-line-support\//);
});

test('the footer on every page is not indexed: searching for the accessibility statement finds just that page', async ({ page }) => {
  await page.goto('/');
  const [results] = await searchIndex(page, ['"accessibility statement"']);
  const urls = results!.map((r) => r.url);
  expect(urls[0]).toBe('/about/accessibility/');
  // Pages that mention the statement in their text may follow, but not the whole site.
  expect(urls.length).toBeLessThan(5);
});

test('someone stuck mid-incident finds who to call, in the words they would search with', async ({ page }) => {
  await page.goto('/');
  const guide = '/handbook/getting-help/';
  await expectFirstResults(page, [
    ...['escalate', 'escalation', 'who to call', 'call for help', 'second line'].map((query) => ({ query, url: guide })),
    // Mid-incident, "security incident" wants the runbook first; it starts by calling in the incident lead.
    { query: 'security incident', url: '/runbooks/suspected-compromise/' },
  ]);
});

test('keyboard users can open search with the shortcut and reach a result', async ({ page }) => {
  await page.goto('/handbook/');
  // Starlight enables the button, and listens for the shortcut, once its search script has run.
  // The page must be the focused one for the key to reach it (on a busy machine it may not be yet).
  await expect(page.getByRole('button', { name: /^Search/ })).toBeEnabled();
  await page.bringToFront();
  await page.keyboard.press('Control+k');
  const searchbox = page.getByRole('dialog').getByRole('searchbox');
  await expect(searchbox).toBeFocused();
  await page.keyboard.type('compensated');
  const link = page.locator('.pagefind-ui__result-link').first();
  await expect(link).toBeVisible();
  // Tab from the search box onwards until a result link has focus, then follow it with Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))) break;
  }
  await expect(page.locator('.pagefind-ui__result-link:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/handbook\/on-call\//);
});

test('keyboard users reach the search button by tabbing', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Search/ });
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
});

test('the search dialog with results showing passes axe, in light and dark themes', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
    await page.goto('/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('certificate');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
    // Results include sub-results and highlighted excerpts: the parts most likely to go wrong.
    await expect(dialog.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
