import { expect, test, type Page } from '@playwright/test';
import { expectFirstResults } from './support/pagefind.ts';

/**
 * What people type when something is wrong, and the runbook that must come first for it: in the
 * header search (Starlight's Pagefind UI) and in the runbook finder, both on the real index. The
 * words are symptoms and error codes as someone paged at night would put them, not the alert names
 * (runbooks.spec.ts checks those, and each runbook's own alsoKnownAs phrases).
 */
const SEARCHES: readonly { query: string; runbook: string }[] = [
  ...[
    'site down',
    'site is down',
    'website down',
    'website is down',
    'site not loading',
    'outage',
    'uptime check failed',
    "can't reach the site",
  ].map((query) => ({ query, runbook: 'site-unreachable' })),
  ...['502', '503', '504 gateway timeout', 'bad gateway', '500 error', 'server errors'].map((query) => ({
    query,
    runbook: 'high-5xx-rate',
  })),
  ...['hacked', 'site hacked', 'malware', 'defaced', 'security breach'].map((query) => ({ query, runbook: 'suspected-compromise' })),
  ...['disk full', 'disk space', 'no space left on device', 'storage full'].map((query) => ({ query, runbook: 'disk-nearly-full' })),
  ...['certificate expired', 'ssl expired', 'ssl certificate', 'https certificate', 'cert expiring'].map((query) => ({
    query,
    runbook: 'tls-certificate-expiring',
  })),
  ...['site slow', 'slow website', 'ddos'].map((query) => ({ query, runbook: 'slow-responses' })),
  ...['out of memory', 'oom'].map((query) => ({ query, runbook: 'memory-exhaustion' })),
  ...['email not sending', 'emails not arriving'].map((query) => ({ query, runbook: 'outbound-email-failing' })),
  ...['database down', 'too many connections'].map((query) => ({ query, runbook: 'database-saturated' })),
  ...['dns', 'domain not resolving'].map((query) => ({ query, runbook: 'dns-resolution-failure' })),
  { query: 'backup failed', runbook: 'backup-failed' },
  ...['brute force', 'password guessing'].map((query) => ({ query, runbook: 'brute-force-login-attempts' })),
  ...['app keeps crashing', 'crash loop'].map((query) => ({ query, runbook: 'container-restart-loop' })),
  ...['sidekiq', 'jobs stuck'].map((query) => ({ query, runbook: 'background-job-queue-backlog' })),
  { query: 'cache misses', runbook: 'cache-hit-ratio-low' },
  ...['cron', 'scheduled posts not publishing'].map((query) => ({ query, runbook: 'wordpress-cron-stalled' })),
  { query: 'update failed', runbook: 'automatic-update-failed' },
  { query: 'plugin vulnerability', runbook: 'wordpress-security-update' },
  { query: 'php end of life', runbook: 'runtime-end-of-life' },
];
const cases = SEARCHES.map(({ query, runbook }) => ({ query, url: `/runbooks/${runbook}/` }));

test('the table is big enough to mean something', () => {
  expect(SEARCHES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(SEARCHES.map((s) => s.runbook)).size).toBeGreaterThanOrEqual(19);
});

test('the index, ranked as both searches rank it, puts the right runbook first for each', async ({ page }) => {
  await page.goto('/');
  await expectFirstResults(page, cases);
});

/** The first result the header search shows for a query, as a path. */
async function headerFirst(page: Page, query: string): Promise<string> {
  const searchbox = page.getByRole('dialog').getByRole('searchbox');
  await searchbox.fill(query);
  // The message names the words searched once their results are in; the first result's link
  // appears once its page data has loaded.
  // (The first link in the results is the first page's title; its sections' links follow it.)
  const link = page.locator('.pagefind-ui__results .pagefind-ui__result-link').first();
  await expect(page.locator('.pagefind-ui__message')).toContainText(query);
  await expect(link).toBeVisible();
  return new URL((await link.getAttribute('href'))!, 'http://x').pathname;
}

/** The first result the runbook finder shows for a query, opened from its address. */
async function finderFirst(page: Page, query: string): Promise<string> {
  await page.goto(`/runbooks/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(`“${query}”`);
  const link = page.locator('.rb-results .rb-result__title').first();
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!;
}

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    test('the header search shows the right runbook first for each', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await page.getByRole('button', { name: /^Search/ }).click();
      const wrong: string[] = [];
      for (const { query, url } of cases) {
        const first = await headerFirst(page, query);
        if (first !== url) wrong.push(`${query} → ${first}, expected ${url}`);
      }
      expect(wrong).toEqual([]);
    });

    test('the runbook finder shows the right runbook first for each', async ({ page }) => {
      test.setTimeout(180_000);
      const wrong: string[] = [];
      for (const { query, url } of cases) {
        const first = await finderFirst(page, query);
        if (first !== url) wrong.push(`${query} → ${first}, expected ${url}`);
      }
      expect(wrong).toEqual([]);
    });
  });
}
