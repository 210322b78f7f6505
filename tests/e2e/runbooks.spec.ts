import { expect, test, type Page } from '@playwright/test';
import { readRunbooks, type RunbookFile } from '../../src/lib/runbooks/read-runbooks.ts';
import { describeReviewStatus, reviewDueDate, reviewStatus } from '../../src/lib/runbooks/review-status.ts';
import { addMonths } from '../../src/lib/time/civil-date.ts';
import { PLATFORMS } from '../../src/lib/runbooks/vocabulary.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';
import { expectFirstResults, searchIndex } from './support/pagefind.ts';

// Expected results come from the runbook files themselves, so the tests keep up with the content.
const { runbooks } = readRunbooks('content/runbooks');
const titles = (list: RunbookFile[]) => list.map((r) => r.data.title).sort();

async function shownTitles(page: Page): Promise<string[]> {
  return (await page.locator('.rb-results .rb-result__title').allTextContents()).map((t) => t.trim()).sort();
}

async function expectResults(page: Page, expected: RunbookFile[]) {
  const status = page.getByRole('status');
  await expect(status).toHaveText(new RegExp(`^(Showing all )?${expected.length} runbooks?\\b`));
  await expect.poll(() => shownTitles(page)).toEqual(titles(expected));
}

test.describe('runbook finder', () => {
  test('filters narrow the list, combine across groups, and are kept in the URL', async ({ page }) => {
    const health = watchPageHealth(page);
    await page.goto('/runbooks/');
    await expectResults(page, runbooks);
    await expect(page.locator('#rb-list')).toBeHidden();

    const severity = page.getByRole('group', { name: 'Severity' });
    const platform = page.getByRole('group', { name: 'Platform' });
    const service = page.getByRole('group', { name: 'Service' });

    // The filters start folded away, and say how many are chosen once any are.
    const filters = page.locator('.rb-finder__filters > summary');
    await expect(severity).toBeHidden();
    await filters.click();
    await severity.getByLabel('Critical').check();
    await expect(filters).toHaveText('Filter by severity, platform or service (1 chosen)');
    const critical = runbooks.filter((r) => r.data.severity === 'critical');
    await expectResults(page, critical);
    await expect(page).toHaveURL(/\?severity=critical$/);

    // Another value in the same group widens the results...
    await severity.getByLabel('Warning').check();
    const criticalOrWarning = runbooks.filter((r) => ['critical', 'warning'].includes(r.data.severity));
    await expectResults(page, criticalOrWarning);

    // ...and a value in another group narrows them.
    await platform.getByLabel('Container hosting for Rails apps').check();
    const onContainers = criticalOrWarning.filter((r) => r.data.platforms.includes('container-hosting'));
    expect(onContainers.length).toBeLessThan(criticalOrWarning.length);
    await expectResults(page, onContainers);

    await service.getByLabel('Background jobs').check();
    const withJobs = onContainers.filter((r) => r.data.services.includes('background-jobs'));
    expect(withJobs.length).toBeGreaterThan(0);
    await expectResults(page, withJobs);
    await expect(page).toHaveURL(/\?severity=critical&severity=warning&platform=container-hosting&service=background-jobs$/);

    // The URL restores the same view, so it can be shared, with the filters it chose in sight.
    await page.reload();
    await expect(service.getByLabel('Background jobs')).toBeChecked();
    await expect(filters).toHaveText('Filter by severity, platform or service (4 chosen)');
    await expectResults(page, withJobs);

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expectResults(page, runbooks);
    await expect(page).toHaveURL(/\/runbooks\/$/);
    expect(health.problems).toEqual([]);
  });

  test('text search combines with filters', async ({ page }) => {
    await page.goto('/runbooks/?q=certificate');
    await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue('certificate');
    await expect(page.locator('.rb-result__title').first()).toHaveText('TLS certificate expiring');

    await page.locator('.rb-finder__filters > summary').click();
    await page.getByRole('group', { name: 'Severity' }).getByLabel('Info').check();
    await expect(page.getByRole('status')).toHaveText('No runbooks match “certificate” and 1 filter');
    await expect(page.locator('.rb-result')).toHaveCount(0);
  });

  test('the finder passes axe with filters applied', async ({ page }) => {
    await page.goto('/runbooks/?q=disk&severity=warning');
    await expect(page.locator('.rb-result').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('without JavaScript, lists every runbook grouped by platform', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/runbooks/');
    await expect(page.getByRole('search')).toHaveCount(0);
    for (const platform of PLATFORMS) {
      const section = page.getByRole('region', { name: new RegExp(`^${platform.label.replace(/[()]/g, '\\$&')}`) });
      const expected = runbooks.filter((r) => r.data.platforms.includes(platform.id));
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(`${platform.label} (${expected.length})`);
      const links = (await section.getByRole('link').allTextContents()).sort();
      expect(links).toEqual(titles(expected));
    }
    await context.close();
  });
});

test.describe('a runbook on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('in the finder, the first result for a search is on screen without scrolling', async ({ page }) => {
    await page.goto('/runbooks/');
    await page.getByRole('searchbox', { name: 'Search runbooks' }).fill('disk');
    const first = page.locator('.rb-results .rb-result__title').first();
    await expect(first).toHaveText('Disk nearly full');
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, 'bottom of the first result title').toBeLessThanOrEqual(740);
  });
});

test.describe('alert permalinks', () => {
  test('an alert permalink takes you to its runbook', async ({ page, request }) => {
    const runbook = runbooks.find((r) => r.id === 'disk-nearly-full')!;
    const alert = runbook.data.alerts[1]!;
    await page.goto(`/runbooks/alerts/${alert}/`);
    await expect(page).toHaveURL(/\/runbooks\/disk-nearly-full\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(runbook.data.title);

    // Without JavaScript the page still redirects (meta refresh) and links to the runbook.
    const html = await (await request.get(`/runbooks/alerts/${alert}/`)).text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/runbooks/disk-nearly-full/">');
    expect(html).toContain('<link rel="canonical" href="https://');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="\/runbooks\/disk-nearly-full\/"[^>]*>Disk nearly full<\/a>/);
  });

  test('a link to a runbook that has been renamed lands on the finder, searched for the words of the old name', async ({ page }) => {
    await page.goto('/runbooks/disk-space-low/');
    await expect(page).toHaveURL(/\/runbooks\/\?q=disk\+space\+low&from=unknown-runbook$/);
    await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue('disk space low');
    await expect(page.getByRole('note')).toContainText('a runbook that is not here: it may have been renamed or removed');
    await expect(page.locator('.rb-results .rb-result__title').first()).toHaveText('Disk nearly full');
    // Typing a new search drops the notice, which was about the link.
    await page.getByRole('searchbox', { name: 'Search runbooks' }).fill('backup');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page).toHaveURL(/\/runbooks\/\?q=backup$/);
  });

  test('the alert index lists every alert name with its runbook', async ({ page }) => {
    await page.goto('/runbooks/alerts/');
    const expected = runbooks.flatMap((r) => r.data.alerts.map((a) => `${a} ${r.data.title}`)).sort();
    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      // The cell's value, without the label it shows when the table stacks on a narrow screen.
      trs.map((tr) => `${tr.querySelector('th')?.textContent?.trim()} ${tr.querySelector('td .stack-table__value')?.textContent?.trim()}`),
    );
    expect(rows.sort()).toEqual(expected);
  });
});

test.describe('search', () => {
  test('searching an alert’s exact name from the site search puts its runbook first', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('WordPressCoreUpdateAvailable');
    const first = page.locator('.pagefind-ui__result-link').first();
    await expect(first).toHaveText('WordPress security update available');
    await first.click();
    await expect(page).toHaveURL(/\/runbooks\/wordpress-security-update\/$/);
  });

  test('every alert name finds its own runbook first', async ({ page }) => {
    await page.goto('/runbooks/alerts/');
    const cases = runbooks.flatMap((r) =>
      r.data.alerts.flatMap((alert) => [alert, alert.toLowerCase()].map((query) => ({ query, url: `/runbooks/${r.id}/` }))),
    );
    await expectFirstResults(page, cases);
  });

  test('every phrase a runbook is also known as finds that runbook first', async ({ page }) => {
    await page.goto('/runbooks/');
    const cases = runbooks.flatMap((r) => r.data.alsoKnownAs.map((query) => ({ query, url: `/runbooks/${r.id}/` })));
    expect(cases.length).toBeGreaterThan(runbooks.length);
    await expectFirstResults(page, cases);
  });

  test('a runbook’s description finds that runbook, not the others that list it as related', async ({ page }) => {
    await page.goto('/runbooks/');
    const cases = runbooks.map((r) => ({ query: `"${r.data.description}"`, url: `/runbooks/${r.id}/` }));
    const results = (
      await searchIndex(
        page,
        cases.map((c) => c.query),
      )
    ).map((found) => found.map((f) => f.url));
    const wrong = cases
      .map((c, i) => ({ ...c, urls: results[i]! }))
      .filter(({ url, urls }) => urls[0] !== url || urls.some((u) => u !== url && u.startsWith('/runbooks/')))
      .map(({ query, urls }) => `${query} → ${urls.join(', ') || 'nothing'}`);
    expect(wrong).toEqual([]);
  });
});

test.describe('review status', () => {
  const runbook = runbooks.find((r) => r.id === 'site-unreachable')!;
  const { lastReviewed, reviewIntervalMonths } = runbook.data;
  const due = reviewDueDate(lastReviewed, reviewIntervalMonths);

  for (const [label, today] of [
    ['overdue', addMonths(due, 2)],
    ['due soon', addMonths(due, 0)],
    ['up to date', addMonths(lastReviewed, 1)],
  ] as const) {
    test(`is worked out from the reader’s clock: ${label}`, async ({ page }) => {
      // Midday, so the reader's date is the same in any time zone the browser is set to.
      await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
      await page.goto(`/runbooks/${runbook.id}/`);
      const status = reviewStatus(lastReviewed, reviewIntervalMonths, today);
      const badge = page.locator('[data-review-status]');
      await expect(badge).toHaveText(describeReviewStatus(status));
      await expect(badge).toHaveAttribute('data-state', status.state);
      await expect(page.getByRole('region', { name: 'Runbook summary' })).toContainText(
        /Last reviewed \d+ \w+ \d{4}; next review due \d+ \w+ \d{4}/,
      );
    });
  }

  test('is not frozen into the HTML at build time', async ({ request }) => {
    const html = await (await request.get(`/runbooks/${runbook.id}/`)).text();
    expect(html).toContain(`data-review-last="${lastReviewed}"`);
    // The status element is empty and hidden until the browser fills it in.
    expect(html).toMatch(/<strong class="rb-review__status" data-review-status hidden><\/strong>/);
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('a runbook with an overdue review and the filtered finder pass axe', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-01-01T12:00:00'));
    await page.goto('/runbooks/suspected-compromise/');
    await expect(page.locator('[data-review-status]')).toHaveAttribute('data-state', 'overdue');
    await expectNoAxeViolations(page);

    await page.goto('/runbooks/?q=certificate&severity=warning');
    await expect(page.locator('.rb-result').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
