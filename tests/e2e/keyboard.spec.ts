import { expect, test, type Locator, type Page } from '@playwright/test';

// Each island's main task, by keyboard alone: Tab, Shift+Tab, Enter, Space and arrow keys from
// the top of the page, no clicks and no focusing by script. The SLA calculator's form and the
// rota's week buttons have their own keyboard tests (sla-calculator.spec.ts, rota.spec.ts), and
// the site search has search.spec.ts. Islands: the runbook finder, SLA batch triage, the "on
// support now" panel, the rota viewer's person filter, and the calendar feeds' copy buttons.

/** Presses Tab until `target` has focus, failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return presses;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

/** Astro drops the ssr attribute from an island once it has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('runbook finder: search, tick a filter, open the first result', async ({ page }) => {
  await page.goto('/runbooks/');
  const box = page.getByRole('searchbox', { name: 'Search runbooks' });
  await expect(box).toBeVisible();
  await tabTo(page, box);
  await page.keyboard.type('disk');
  await expect(page.getByRole('status')).toHaveText(/^\d+ runbooks? match(es)? “disk”$/);

  // The filters follow the search box, folded away: Enter opens them, then Space ticks a severity.
  const filters = page.locator('.rb-finder__filters > summary');
  await page.keyboard.press('Tab');
  await expect(filters).toBeFocused();
  await page.keyboard.press('Enter');
  const severity = page.getByRole('group', { name: 'Severity' });
  await expect(severity).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(severity.getByRole('checkbox', { name: 'Critical' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(severity.getByRole('checkbox', { name: 'Warning' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(severity.getByRole('checkbox', { name: 'Warning' })).toBeChecked();
  await expect(page).toHaveURL(/\?q=disk&severity=warning$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ runbooks? match(es)? “disk” and 1 filter$/);
  // Shift+Tab goes back without changing anything.
  await page.keyboard.press('Shift+Tab');
  await expect(severity.getByRole('checkbox', { name: 'Critical' })).toBeFocused();
  await expect(severity.getByRole('checkbox', { name: 'Critical' })).not.toBeChecked();

  // Wait for the list to show the filtered results, not the ones from before the tick.
  await expect
    .poll(async () => {
      const severities = await page.locator('.rb-results .rb-severity').allTextContents();
      return severities.length > 0 && severities.every((s) => s.trim() === 'Warning');
    })
    .toBe(true);
  const first = page.locator('.rb-results a.rb-result__title').first();
  await tabTo(page, first, 30);
  const title = (await page.evaluate(() => document.activeElement?.textContent))!.trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/runbooks\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('SLA batch triage: an empty paste is refused, rows are triaged, the table can be scrolled', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-29T10:30:00Z'));
  await page.goto('/tools/sla-calculator/');
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Triage the tickets' });
  await tabTo(page, button, 120);

  // Nothing pasted: the error summary takes focus, and its link leads back to the field.
  await page.keyboard.press('Space');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: 'Paste at least one row from the helpdesk export' })).toBeFocused();
  await page.keyboard.press('Enter');
  const rows = page.getByLabel('Rows from the helpdesk export');
  await expect(rows).toBeFocused();

  // Commas, not tabs: Tab would leave the field.
  await page.keyboard.type('Ticket,Priority,Plan,Received\nT-1,Low,standard,2026-12-29T10:00\nT-2,High,standard,2026-12-24T17:45');
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sla-batch-summary')).toHaveText('2 tickets: 0 breached, 1 due within a working hour, 1 on track.');
  await expect(page.getByTestId('sla-batch-table').locator('tbody th')).toHaveText(['T-2', 'T-1']);

  // Next come the column choices, each a select reached and changed by keyboard; then the
  // table's scrolling region, so a narrow screen can scroll it with arrow keys.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Received time')).toBeFocused();
  await tabTo(page, page.getByRole('region', { name: /^Tickets by deadline/ }), 10);
});

test('on support now (home page): reach the whole rota', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-03T15:00:00Z'));
  await page.goto('/');
  const panel = page.locator('.rota-now');
  await expect(panel.locator('.rota-now__at')).toBeVisible();
  // The panel's only control is its link; everything else is text a screen reader reads in order.
  await expect(panel.locator('a, button, input, select, textarea, [tabindex]')).toHaveCount(1);
  const link = panel.getByRole('link', { name: 'See the whole rota' });
  await tabTo(page, link, 60);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/rota\/$/);
  await expect(page.locator('.rota-now__at')).toHaveText('At Thu 3 Dec, 15:00 UK time.');
});

test('rota viewer: choose a person with the arrow keys, back to everyone, then copy their calendar address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date('2026-12-03T15:00:00Z'));
  await page.goto('/rota/');
  await expect(page.locator('.rota-now__at')).toBeVisible();
  const select = page.getByLabel('Show only the shifts of');
  await tabTo(page, select, 60);
  await page.keyboard.press('ArrowDown');
  const firstPerson = (await select.locator('option').nth(1).textContent())!.trim();
  await expect(select).not.toHaveValue('');
  await expect(page).toHaveURL(/\?person=[a-z0-9-]+$/);
  await expect(page.locator('table caption').first()).toContainText(`${firstPerson}’s shifts`);
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('');
  await expect(page).toHaveURL(/\/rota\/$/);

  // The person's own calendar feed is offered after the filter; its copy button is a few Tabs on.
  await page.keyboard.press('ArrowDown');
  const offer = page.getByRole('region', { name: `${firstPerson}’s shifts in your calendar` });
  const copy = offer.getByRole('button', { name: /^Copy address/ });
  await expect(copy).toBeVisible();
  await tabTo(page, copy, 40);
  await page.keyboard.press('Enter');
  await expect(offer.getByRole('status')).toHaveText('Copied');
  const address = await offer.getByRole('textbox', { name: /^Calendar address/ }).inputValue();
  expect(address).toMatch(/\/feeds\/people\/[a-z0-9-]+\.ics$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test('calendar feeds: copy the on-call feed address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/rota/');
  const onCall = page.getByRole('region', { name: 'On call', exact: true });
  const copy = onCall.getByRole('button', { name: 'Copy address of the on-call calendar' });
  await expect(copy).toBeVisible();
  await tabTo(page, copy, 120);
  await page.keyboard.press('Space');
  await expect(onCall.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/feeds\/on-call\.ics$/);
});
