import { expect, test, type Page } from '@playwright/test';
import { watchPageHealth } from './support/page-health.ts';

// Nothing a reader types, pastes or puts in an address is ever rendered as HTML. Each tool is
// opened with hostile input; the page must show it as text (or refuse it with a message), create
// no element from it, run none of it, and cause no Content Security Policy violation (the site's
// CSP would block an injected handler, so a violation is the sign that markup got through).

const PAYLOADS = ['<img src=x onerror=window.__xss=1>', '"><svg onload=window.__xss=1>'];

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

/** Records CSP violations from the first moment of every document the page loads. */
async function guard(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);
    });
  });
  return watchPageHealth(page);
}

/** No element, handler or script came from the payload. */
async function expectNothingInjected(page: Page) {
  // Give an injected <img> time to fail to load and fire its handler, had there been one.
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => window.__xss), 'a payload ran').toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations), 'CSP violations').toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count(), 'elements from a payload').toBe(0);
}

const q = (value: string) => encodeURIComponent(value);

for (const payload of PAYLOADS) {
  test.describe(`with ${payload}`, () => {
    test('the SLA calculator quotes a hostile link back as text', async ({ page }) => {
      const health = await guard(page);
      await page.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
      await page.goto(`/tools/sla-calculator/?plan=${q(payload)}&priority=${q(payload)}&received=${q(payload)}&lastReply=${q(payload)}`);
      const summary = page.getByRole('alert');
      await expect(summary).toContainText(`The link’s plan “${payload}” is not one we know`);
      await expect(summary).toContainText(`The link’s priority “${payload}” is not one we know`);
      await expect(summary).toContainText(`The link’s received time “${payload}” is not a date and time`);
      await expect(page.getByTestId('sla-deadline')).toHaveCount(0);
      await expectNothingInjected(page);
      expect(health.problems).toEqual([]);
    });

    test('batch triage shows pasted HTML as text', async ({ page }) => {
      const health = await guard(page);
      await page.clock.setFixedTime(new Date('2026-12-29T10:30:00Z'));
      await page.goto('/tools/sla-calculator/');
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      // Each payload follows other text: a field that starts with a double quote is a quoted field.
      const rows = [
        'Ticket\tPriority\tPlan\tReceived',
        `T-1 ${payload}\tHigh\tstandard\t2026-12-29T10:00`,
        `T-2\tx${payload}\tstandard\t2026-12-29T10:00`,
        `T-3\tHigh\tx${payload}\tx${payload}`,
      ].join('\n');
      await page.getByLabel('Rows from the helpdesk export').fill(rows);
      await page.getByRole('button', { name: 'Triage the tickets' }).click();
      await expect(page.getByTestId('sla-batch-table').locator('tbody th')).toHaveText([`T-1 ${payload}`]);
      const errors = page.getByTestId('sla-batch-errors');
      await expect(errors).toContainText(`Row 3 (ticket T-2): priority “x${payload}”`);
      await expect(errors).toContainText(`Row 4 (ticket T-3): plan “x${payload}”`);
      await expectNothingInjected(page);
      expect(health.problems).toEqual([]);
    });

    test('the rota refuses an unknown person or week in the link, quoting it as text', async ({ page }) => {
      const health = await guard(page);
      await page.clock.setFixedTime(new Date('2026-12-03T15:00:00Z'));
      await page.goto(`/rota/?person=${q(payload)}&week=${q(payload)}`);
      const notice = page.locator('.site-notice');
      await expect(notice).toContainText(
        `The link asks for the shifts of “${payload}”, who is not on the rota, so everyone’s shifts are shown.`,
      );
      await expect(notice).toContainText(
        `The link asks for the week of “${payload}”, which is not a date like 2026-12-02, so this week is shown.`,
      );
      await expect(page.getByLabel('Show only the shifts of')).toHaveValue('');
      await expect(page.getByRole('region', { name: /’s shifts in your calendar$/ })).toHaveCount(0);
      // The bad values are taken out of the address, so sharing it does not pass them on.
      await expect(page).toHaveURL(/\/rota\/$/);
      await expectNothingInjected(page);
      expect(health.problems).toEqual([]);
    });

    test('the runbook finder searches for a hostile query as text and says which filters it left out', async ({ page }) => {
      const health = await guard(page);
      await page.goto(`/runbooks/?q=${q(payload)}&severity=${q(payload)}&platform=govpress&service=${q(payload)}`);
      await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue(payload);
      await expect(page.getByRole('status')).toContainText(`“${payload}”`);
      const notice = page.getByRole('note');
      await expect(notice).toContainText('The link asks for filters the finder does not have, so they were left out');
      await expect(notice).toContainText(`severity ${payload}, service ${payload}.`);
      await expect(page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
      await expectNothingInjected(page);
      expect(health.problems).toEqual([]);
    });

    test('typing it into the finder and the site search shows it as text', async ({ page }) => {
      const health = await guard(page);
      await page.goto('/runbooks/');
      const box = page.getByRole('searchbox', { name: 'Search runbooks' });
      await box.fill(payload);
      await expect(page.getByRole('status')).toContainText(`“${payload}”`);
      await expect(page).toHaveURL(`/runbooks/?q=${q(payload).replaceAll('%20', '+')}`);

      await page.getByRole('button', { name: /^Search/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').fill(payload);
      await expect(dialog.locator('.pagefind-ui__message')).toContainText(payload);
      await expectNothingInjected(page);
      expect(health.problems).toEqual([]);
    });

    test('an alert permalink with a hostile name shows the name as text, and its finder link searches for it as text', async ({ page }) => {
      const health = await guard(page);
      await page.goto(`/runbooks/alerts/${q(payload)}/`);
      // The 404 page says the alert has no runbook, naming it.
      const name = page.locator('.alert-404__lead [data-missing-alert-name]');
      await expect(name).toHaveText(payload);
      await expectNothingInjected(page);
      await page.getByRole('link', { name: 'Search the runbook finder' }).click();
      await expect(page).toHaveURL(/\/runbooks\/\?q=.*&from=unknown-alert$/);
      await expect(page.getByRole('note')).toContainText('No runbook covers that alert.');
      await expectNothingInjected(page);
      // The permalink itself is a 404.
      const expected = (p: string) => p.startsWith('HTTP 404') || p.includes('404 (Not Found)');
      expect(health.problems.filter((p) => !expected(p))).toEqual([]);
    });

    test('a link to a runbook with a hostile name reaches the finder with the name as text', async ({ page }) => {
      const health = await guard(page);
      await page.goto(`/runbooks/${q(payload)}/`);
      await expect(page).toHaveURL(/\/runbooks\/\?q=.*&from=unknown-runbook$/);
      // A file name is searched as words: "-", "_" and "+" become spaces.
      const words = payload.replace(/[-_+]+/g, ' ');
      await expect(page.getByRole('searchbox', { name: 'Search runbooks' })).toHaveValue(words);
      await expect(page.getByRole('note')).toContainText(`match the words in its address, “${words}”`);
      await expectNothingInjected(page);
      const expected = (p: string) => p.startsWith('HTTP 404') || p.includes('404 (Not Found)') || p.includes('net::ERR_ABORTED');
      expect(health.problems.filter((p) => !expected(p))).toEqual([]);
    });
  });
}

test('finder excerpts show code from the runbooks as text, with the matched words marked', async ({ page }) => {
  const health = await guard(page);
  // automatic-update-failed.md has `wp plugin get <plugin> --url=<site> --field=version`.
  await page.goto('/runbooks/?q=field+version+url');
  const excerpt = page.locator('.rb-result__text').filter({ hasText: '<plugin>' }).first();
  await expect(excerpt).toContainText('get <plugin> --url=<site>');
  await expect(excerpt.locator('mark').first()).toBeVisible();
  expect(await excerpt.locator('plugin, site').count()).toBe(0);
  expect(await excerpt.evaluate((el) => [...el.children].every((child) => child.tagName === 'MARK'))).toBe(true);
  await expectNothingInjected(page);
  expect(health.problems).toEqual([]);
});
