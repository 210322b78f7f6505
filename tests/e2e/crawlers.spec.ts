import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// What search engines are told: robots.txt names the sitemap, and the page served for every
// unknown address is neither indexed nor names a canonical address of its own.

test('robots.txt allows crawling and points at the sitemap index, which exists', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap).toMatch(/^https:\/\/.+\/sitemap-index\.xml$/);
  const local = await request.get(new URL(sitemap!).pathname);
  expect(local.status()).toBe(200);
  expect(await local.text()).toContain('<sitemapindex');
});

test('the 404 page has noindex and no canonical link or og:url', async ({ page }) => {
  const html = readFileSync('dist/404.html', 'utf8');
  expect(html).not.toMatch(/rel="canonical"/);
  expect(html).not.toMatch(/property="og:url"/);
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
