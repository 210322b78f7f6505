import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

const PAGE = '/tools/sla-calculator/';

/** Fixes "now" for Date while letting timers run, then opens the page and waits for the islands. */
async function openAt(page: Page, now: string, query = '') {
  await page.clock.setFixedTime(new Date(now));
  await page.goto(`${PAGE}${query}`);
  await hydrated(page);
}

/** Astro drops the ssr attribute from an island once it has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const deadline = (page: Page) => page.getByTestId('sla-deadline');

test.describe('SLA deadline calculator', () => {
  test('a shared link shows the deadline at once, with time left and the explanation', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, '2026-12-24T18:30:00Z', '?plan=standard&priority=high&received=2026-12-24T17:45');

    await expect(deadline(page)).toHaveText('First reply due by Tuesday 29 December 2026 at 10:45 GMT');
    await expect(deadline(page).locator('time')).toHaveAttribute('datetime', '2026-12-29T10:45:00+00:00');
    await expect(page.getByTestId('sla-time-left')).toHaveText('45 minutes of working time left (due in 4 days 16 hours 15 minutes)');
    const steps = page.locator('.sla-steps li');
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(2)).toContainText('the bank holiday Christmas Day on Friday 25 December');
    await expect(page.getByLabel('Client’s plan')).toHaveValue('standard');
    await expect(page.getByRole('radio', { name: 'High' })).toBeChecked();
    await expect(page.getByLabel('When the ticket was received')).toHaveValue('2026-12-24T17:45');

    await expectNoAxeViolations(page);
    expect(health.problems).toEqual([]);
  });

  test('the time left keeps counting down as time passes', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-29T09:59:00Z') });
    await page.goto(`${PAGE}?plan=standard&priority=high&received=2026-12-24T17:45`);
    await hydrated(page);
    await expect(deadline(page)).toBeVisible();
    await page.clock.pauseAt(new Date('2026-12-29T10:00:00Z'));
    await expect(page.getByTestId('sla-time-left')).toHaveText('45 minutes of working time left (due in 45 minutes)');
    await page.clock.fastForward('10:00');
    await expect(page.getByTestId('sla-time-left')).toHaveText('35 minutes of working time left (due in 35 minutes)');
    await page.clock.fastForward('40:00');
    await expect(page.getByTestId('sla-time-left')).toHaveText('Overdue by 5 minutes');
  });

  test('filling in the form works out the deadline and puts it in the address', async ({ page }) => {
    await openAt(page, '2026-12-01T09:00:00Z');
    // With no link, the form starts as a new ticket would: Normal, standard, received now.
    await expect(page.getByLabel('Client’s plan')).toHaveValue('standard');
    await expect(page.getByRole('radio', { name: 'Normal' })).toBeChecked();
    await expect(page.getByLabel('When the ticket was received')).toHaveValue('2026-12-01T09:00');
    await expect(deadline(page)).toHaveText('First reply due by Tuesday 1 December 2026 at 18:00 GMT');

    await page.getByLabel('Client’s plan').selectOption('enhanced');
    await page.getByRole('radio', { name: 'Urgent' }).check();
    await page.getByLabel('When the ticket was received').fill('2026-12-24T23:30');
    await page.getByRole('button', { name: 'Work out the deadline' }).click();

    await expect(deadline(page)).toHaveText('First reply due by Friday 25 December 2026 at 00:00 GMT');
    await expect(page.getByRole('status').filter({ has: deadline(page) })).toBeAttached();
    await expect(page).toHaveURL(/\?plan=enhanced&priority=urgent&received=2026-12-24T23:30$/);
    await expect(page.locator('.sla-steps')).toContainText('Urgent counts wall-clock time');
  });

  test('a Low ticket with a last reply shows the next reply’s deadline', async ({ page }) => {
    await openAt(page, '2026-12-01T09:00:00Z', '?plan=standard&priority=low&received=2026-12-01T10:00&lastReply=2026-12-03T15:00');
    await expect(deadline(page)).toHaveText('Next reply due by Thursday 10 December 2026 at 15:00 GMT');
    await expect(page.getByText('The first reply was due by Monday 7 December 2026 at 18:00 GMT.')).toBeVisible();
    await page.getByRole('radio', { name: 'High' }).check();
    await expect(page.getByLabel(/Last reply to the client/)).toHaveCount(0);
  });

  test('can be used by keyboard alone', async ({ page }) => {
    await openAt(page, '2026-12-04T17:45:00Z');
    await page.getByLabel('Client’s plan').focus();
    await page.keyboard.press('ArrowDown'); // Enhanced
    await expect(page.getByLabel('Client’s plan')).toHaveValue('enhanced');
    await page.keyboard.press('Tab'); // the checked priority, Normal
    await expect(page.getByRole('radio', { name: 'Normal' })).toBeFocused();
    await page.keyboard.press('ArrowUp'); // High
    await expect(page.getByRole('radio', { name: 'High' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('When the ticket was received')).toBeFocused();
    // Tab walks through the date and time parts of the field, then on to the button.
    const useNow = page.getByRole('button', { name: 'Use the time now' });
    for (let i = 0; i < 8 && !(await useNow.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(useNow).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Work out the deadline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(deadline(page)).toHaveText('First reply due by Monday 7 December 2026 at 10:15 GMT');
  });

  test('an invalid link explains what is wrong instead of showing a blank page', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, '2026-12-01T09:00:00Z', '?plan=gold&priority=high&received=2026-02-30T10:00');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(summary).toContainText('The link’s plan “gold” is not one we know');
    await expect(summary).toContainText('The link’s received time “2026-02-30T10:00” is not a real date and time');
    await expect(deadline(page)).toHaveCount(0);
    await expect(page.getByRole('status').first()).toContainText('No deadline yet');
    await expectNoAxeViolations(page);

    // Each message links to its field; fixing them brings the deadline.
    await summary.getByRole('link', { name: /received time/ }).click();
    await expect(page.getByLabel('When the ticket was received')).toBeFocused();
    await page.getByLabel('When the ticket was received').fill('2026-12-24T17:45');
    await page.getByLabel('Client’s plan').selectOption('standard');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(deadline(page)).toHaveText('First reply due by Tuesday 29 December 2026 at 10:45 GMT');
    expect(health.problems).toEqual([]);
  });

  test('submitting an incomplete form moves focus to the error summary', async ({ page }) => {
    await openAt(page, '2026-12-01T09:00:00Z');
    await page.getByLabel('When the ticket was received').fill('');
    await page.getByRole('button', { name: 'Work out the deadline' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter the date and time the ticket was received');
    await expect(page.getByLabel('When the ticket was received')).toHaveAttribute('aria-invalid', 'true');
  });

  test('warns when a deadline relies on estimated bank holidays', async ({ page }) => {
    await openAt(page, '2026-12-01T09:00:00Z', '?plan=standard&priority=normal&received=2028-04-13T15:00');
    await expect(deadline(page)).toHaveText('First reply due by Tuesday 18 April 2028 at 15:00 BST');
    await expect(page.getByTestId('sla-estimate-warning')).toContainText(
      'Good Friday (Friday 14 April 2028), Easter Monday (Monday 17 April 2028)',
    );
  });

  test('says how a time the clocks skipped was read', async ({ page }) => {
    await openAt(page, '2026-12-01T09:00:00Z', '?plan=standard&priority=urgent&received=2026-03-29T01:30');
    await expect(page.locator('.sla-note')).toContainText('01:30 on Sunday 29 March 2026 did not happen in the UK');
    await expect(deadline(page).locator('time')).toHaveAttribute('datetime', '2026-03-29T03:30:00+01:00');
  });
});

test.describe('in a browser set to another time zone', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('times are still read and shown in UK time', async ({ page }) => {
    await openAt(page, '2026-07-01T09:00:00Z');
    await expect(page.getByLabel('When the ticket was received')).toHaveValue('2026-07-01T10:00');
    await expect(deadline(page)).toHaveText('First reply due by Wednesday 1 July 2026 at 18:00 BST');
    await expect(deadline(page).locator('time')).toHaveAttribute('datetime', '2026-07-01T18:00:00+01:00');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('every state of the tools passes axe: result, warning, batch table, bad rows, errors', async ({ page }) => {
      await openAt(page, '2026-12-29T10:30:00Z', '?plan=standard&priority=normal&received=2028-04-13T15:00');
      await expect(page.getByTestId('sla-estimate-warning')).toBeVisible();
      await page
        .getByLabel('Rows from the helpdesk export')
        .fill('A,High,standard,2026-12-24T17:45\nB,Low,standard,2026-12-29T10:00\nC,Normal,standard,2026-12-01T10:00\nD,Odd');
      await page.getByRole('button', { name: 'Triage the tickets' }).click();
      await expect(page.getByTestId('sla-batch-table')).toBeVisible();
      await page.getByLabel('When the ticket was received').fill('');
      await page.getByRole('button', { name: 'Work out the deadline' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('batch triage', () => {
  test('sorts pasted rows by deadline, marks each one, and lists the bad rows', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, '2026-12-29T10:30:00Z');
    const rows = [
      'Ticket\tPriority\tPlan\tReceived',
      'T-1\tLow\tstandard\t2026-12-29T10:00',
      'T-2\tHigh\tstandard\t2026-12-24T17:45',
      'T-3\tCritical\tstandard\t2026-12-24T17:45',
      'T-4\tNormal\tManaged Plus\t23/12/2026 09:00',
    ].join('\n');
    await page.getByLabel('Rows from the helpdesk export').fill(rows);
    await page.getByRole('button', { name: 'Triage the tickets' }).click();

    const table = page.getByTestId('sla-batch-table');
    const body = table.locator('tbody tr');
    await expect(body).toHaveCount(3);
    await expect(body.locator('th')).toHaveText(['T-4', 'T-2', 'T-1']);
    await expect(body.nth(0)).toContainText('Breached');
    await expect(body.nth(1)).toContainText('Due within a working hour');
    await expect(body.nth(2)).toContainText('On track');
    await expect(body.nth(1).locator('time')).toHaveAttribute('datetime', '2026-12-29T10:45:00+00:00');
    await expect(page.getByTestId('sla-batch-summary')).toHaveText(
      '3 tickets: 1 breached, 1 due within a working hour, 1 on track. 1 row could not be read.',
    );
    await expect(page.getByTestId('sla-batch-errors')).toContainText(
      'Row 4 (ticket T-3): priority “Critical” is not one of Urgent, High, Normal, Low.',
    );

    await expectNoAxeViolations(page);
    expect(health.problems).toEqual([]);
  });

  test('asks for rows when nothing was pasted', async ({ page }) => {
    await openAt(page, '2026-12-29T10:30:00Z');
    await page.getByRole('button', { name: 'Triage the tickets' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Paste at least one row from the helpdesk export');
  });

  test('sends nothing anywhere', async ({ page }) => {
    await openAt(page, '2026-12-29T10:30:00Z');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('Rows from the helpdesk export').fill('T-9,High,standard,2026-12-29T10:00');
    await page.getByRole('button', { name: 'Triage the tickets' }).click();
    await expect(page.getByTestId('sla-batch-table')).toBeVisible();
    // The only request is the site's own worker script, fetched once; the rows go nowhere.
    expect(requests.filter((url) => !/\/_astro\/batch-worker[-.\w]*\.js$/.test(url))).toEqual([]);
    for (const url of requests) expect(url).not.toContain('T-9');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the calculator and batch forms say at once that they need JavaScript, and take no input', async ({ page }) => {
      await page.goto('/tools/sla-calculator/');
      await expect(page.getByText('The calculator needs JavaScript, so this form is switched off')).toBeVisible();
      await expect(page.getByText('Batch triage needs JavaScript, so this form is switched off')).toBeVisible();
      await expect(page.getByLabel('Rows from the helpdesk export')).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Triage the tickets' })).toBeDisabled();
      await expect(page.getByLabel('When the ticket was received')).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Work out the deadline' })).toBeDisabled();
      await page.goto('/tools/sla-report/');
      await expect(page.getByText('The compliance report needs JavaScript, so this form is switched off')).toBeVisible();
      await expect(page.getByLabel('Export with received and reply times')).toBeDisabled();
    });
  });
});

test('the SLA terms page renders its tables from the data and links to the calculator', async ({ page }) => {
  await page.goto('/sla/');
  const targets = page.getByRole('table', { name: 'Longest time to the first reply' });
  await expect(targets.getByRole('row', { name: /^High/ })).toContainText('1 working hour');
  await expect(targets.getByRole('row', { name: /^Urgent/ })).toContainText('30 minutes, around the clock');
  await page.getByRole('link', { name: 'Open this example in the calculator' }).click();
  await expect(page).toHaveURL(/\/tools\/sla-calculator\/\?plan=standard&priority=high&received=2026-12-24T17:45$/);
  await expect(deadline(page)).toHaveText('First reply due by Tuesday 29 December 2026 at 10:45 GMT');
});
