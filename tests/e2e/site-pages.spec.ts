import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/pages.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

// Every page a reader can reach, straight from the built sitemap, so new pages are covered.
for (const path of sitemapPaths()) {
  test(`${path} loads cleanly and passes axe`, async ({ page }) => {
    const health = watchPageHealth(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(health.problems).toEqual([]);
  });
}
