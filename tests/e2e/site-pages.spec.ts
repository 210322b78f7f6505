import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/pages.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

// Every page a reader can reach, straight from the built sitemap, so new pages are covered.
// The test server sends the production headers, so this also proves the CSP breaks nothing.
for (const path of sitemapPaths()) {
  test(`${path} loads cleanly under the CSP and passes axe`, async ({ page }) => {
    const health = watchPageHealth(page);
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(health.problems).toEqual([]);

    // WCAG 1.4.10 Reflow: at 320 CSS px (1280 px at 400% zoom) the page itself must not scroll
    // sideways. Wide tables may scroll inside their own container.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 320px').toBeLessThanOrEqual(0);
    // Nor is the site's name cut off beside the search and menu buttons.
    const title = page.locator('header .site-title span').first();
    expect(await title.evaluate((el) => el.scrollWidth - el.clientWidth), 'site title clipped at 320px').toBeLessThanOrEqual(0);
  });
}
