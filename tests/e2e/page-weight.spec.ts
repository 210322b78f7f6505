import { expect, test } from '@playwright/test';

// A content page should cost a reader no more JavaScript than the same page in bare Starlight
// (`npm run bench` weighs it). This catches the cheap regression: a new script file on every page,
// such as Vite's preload helper split out of Starlight's search script when islands share it.
const STARLIGHT_START_UP_SCRIPTS = [
  'page',
  'Search.astro_astro_type_script_index_0_lang',
  'TableOfContents.astro_astro_type_script_index_0_lang',
  'MobileTableOfContents.astro_astro_type_script_index_0_lang',
  'starlight-toc',
].sort();

test('a content page loads only the script files bare Starlight loads', async ({ page }) => {
  await page.goto('/handbook/first-line-support/', { waitUntil: 'load' });
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  const startUp = scripts
    // Starlight fetches its search interface (and Pagefind) once the page is idle: not start-up.
    .filter((path) => !path.startsWith('/pagefind/') && !path.includes('/pagefind-ui.'))
    .map((path) => path.replace(/^\/_astro\//, '').replace(/\.[\w-]+\.js$/, ''));
  expect([...new Set(startUp)].sort()).toEqual(STARLIGHT_START_UP_SCRIPTS);
});
