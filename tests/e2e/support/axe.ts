import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails the test with a readable list if axe finds any WCAG 2.2 AA violation on the page. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe on a page as a browser without JavaScript shows it. axe itself needs scripts (with them off
 * it never finishes), so the page is loaded with scripts on but none to run: every <script> is
 * taken out of the HTML and script files are refused, and <noscript> content is shown as such a
 * browser shows it. Only `@media (scripting: none)` rules differ; tests/e2e/theme.spec.ts checks
 * that those give the same colours as the theme axe sees with JavaScript.
 */
export async function expectNoAxeViolationsWithoutJs(
  browser: Browser,
  path: string,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<void> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type === 'script') return route.abort();
    if (type !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
    return route.fulfill({ response, body: html });
  });
  await page.goto(path);
  await expectNoAxeViolations(page);
  await context.close();
}
