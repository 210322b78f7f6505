import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

/**
 * The theme follows the device's light or dark preference until the reader picks one, with or
 * without JavaScript (src/styles/theme-without-js.css).
 */

type Scheme = 'light' | 'dark';

/** Colours that show which theme a page is in: page, header, text, links, inline code. */
async function themeColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      page: style('body').backgroundColor,
      text: style('body').color,
      header: style('header.header').backgroundColor,
      link: style('.sl-markdown-content a').color,
      heading: style('h1').color,
      colorScheme: style('html').colorScheme,
    };
  });
}

async function open(
  browser: Browser,
  { js, scheme, viewport }: { js: boolean; scheme: Scheme; viewport: { width: number; height: number } },
) {
  const context = await browser.newContext({ javaScriptEnabled: js, colorScheme: scheme, viewport });
  const page = await context.newPage();
  await page.goto('/handbook/on-call/');
  return { context, page };
}

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string | undefined): number {
  if (rgb === undefined) throw new Error('no colour was read from the page');
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${size}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`a device set to ${scheme} gets the ${scheme} theme, with JavaScript and without, in the same colours`, async ({ browser }) => {
        const withJs = await open(browser, { js: true, scheme, viewport });
        const withoutJs = await open(browser, { js: false, scheme, viewport });
        const expected = await themeColours(withJs.page);
        // Light pages are light, dark pages dark: the check is about the device's choice, not just agreement.
        expect(luminance(expected.page) > 0.5, `page background ${expected.page}`).toBe(scheme === 'light');
        // The same colours as the theme with JavaScript, which passes axe (below, and every page in
        // site-pages.spec.ts); axe cannot run where scripts are off.
        expect(await themeColours(withoutJs.page)).toEqual(expected);
        await expectNoAxeViolations(withJs.page);
        await withJs.context.close();
        await withoutJs.context.close();
      });
    }

    test('without JavaScript the theme menu, which could not work, is not shown', async ({ browser }) => {
      const { context, page } = await open(browser, { js: false, scheme: 'light', viewport });
      await expect(page.locator('starlight-theme-select')).toHaveCount(2);
      for (const select of await page.locator('starlight-theme-select').all()) await expect(select).toBeHidden();
      await context.close();
    });
  });
}

test('a theme the reader chose wins over the device', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/handbook/on-call/');
  expect(luminance((await themeColours(page)).page)).toBeGreaterThan(0.5);
  await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('dark');
  await page.reload();
  expect(luminance((await themeColours(page)).page)).toBeLessThan(0.5);
  // Back to following the device.
  await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('auto');
  await page.reload();
  expect(luminance((await themeColours(page)).page)).toBeGreaterThan(0.5);
  await context.close();
});
