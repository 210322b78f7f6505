import { readFileSync } from 'node:fs';
import { csvParseRows, csvFormatRows } from 'd3-dsv';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

const CALCULATOR = '/tools/sla-calculator/';
const REPORT = '/tools/sla-report/';
const fixture = (name: string) => readFileSync(`tests/fixtures/sla-exports/${name}.csv`, 'utf8');
/** The same export with its columns in another order: last first, and one rotated. */
const reorder = (text: string, how: 'reverse' | 'rotate') =>
  csvFormatRows(csvParseRows(text).map((cells) => (how === 'reverse' ? [...cells].reverse() : [...cells.slice(3), ...cells.slice(0, 3)])));

async function openAt(page: Page, path: string, now = '2026-12-29T10:30:00Z') {
  await page.clock.setFixedTime(new Date(now));
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const rowsBox = (page: Page) => page.getByLabel('Rows from the helpdesk export');
const triageButton = (page: Page) => page.getByRole('button', { name: 'Triage the tickets' });
const reading = (page: Page) => page.getByTestId('sla-reading');
const dueOf = (page: Page, id: string) =>
  page
    .getByTestId('sla-batch-table')
    .locator('tbody tr', { has: page.locator(`th:text-is("${id}")`) })
    .locator('time');

async function triagePaste(page: Page, text: string) {
  await rowsBox(page).fill(text);
  await triageButton(page).click();
}

async function expectDeadlines(page: Page, expected: Record<string, string>) {
  await expect(page.getByTestId('sla-batch-table').locator('tbody tr')).toHaveCount(Object.keys(expected).length);
  for (const [id, due] of Object.entries(expected)) await expect(dueOf(page, id), `ticket ${id}`).toHaveAttribute('datetime', due);
}

test.describe('batch triage reads real helpdesk exports', () => {
  for (const order of ['as exported', 'reverse', 'rotate'] as const) {
    test(`Zendesk, columns ${order}: asks for the plan, reads Created at, blank priority is Normal`, async ({ page }) => {
      const health = watchPageHealth(page);
      await openAt(page, CALCULATOR);
      await triagePaste(page, order === 'as exported' ? fixture('zendesk') : reorder(fixture('zendesk'), order));
      await expect(page.getByTestId('sla-batch-needs')).toContainText('The export has no plan column: choose the plan for every row.');
      await expect(page.getByLabel('Plan for every row')).toBeFocused();
      await expect(reading(page)).toContainText('The headers are those of a Zendesk export.');
      await expect(reading(page).locator('[data-role="received"] .sla-hint')).toContainText('“Created at”');
      await page.getByLabel('Plan for every row').selectOption('standard');
      await expectDeadlines(page, {
        '5101': '2026-12-29T10:45:00+00:00',
        '5102': '2026-12-22T18:00:00+00:00',
        '5103': '2026-12-26T04:10:00+00:00',
        '5104': '2026-12-24T14:00:00+00:00',
        '5105': '2026-12-29T18:00:00+00:00',
      });
      await expect(page.getByTestId('sla-batch-summary')).toHaveText(
        '5 tickets: 3 breached, 1 due within a working hour, 1 on track. 1 had no priority and is counted as Normal, as the SLA says. Plan: Standard for every row.',
      );
      await expect(page.getByTestId('sla-batch-table').locator('tbody tr', { has: page.locator('th:text-is("5104")') })).toContainText(
        '(blank, so Normal)',
      );
      expect(health.problems).toEqual([]);
    });
  }

  for (const order of ['as exported', 'reverse'] as const) {
    test(`Jira Service Management, columns ${order}: its dates and priority names, the plan from a custom field`, async ({ page }) => {
      await openAt(page, CALCULATOR);
      await triagePaste(page, order === 'as exported' ? fixture('jira') : reorder(fixture('jira'), 'reverse'));
      await expectDeadlines(page, {
        'SUP-201': '2026-12-23T23:50:00+00:00',
        'SUP-202': '2026-12-29T10:45:00+00:00',
        'SUP-203': '2026-12-29T12:00:00+00:00',
        'SUP-204': '2026-12-29T18:00:00+00:00',
      });
      await expect(reading(page)).toContainText('“Highest” read as Urgent (1 row).');
      await expect(reading(page)).toContainText('“Medium” read as Normal (1 row).');
    });

    test(`Freshdesk, columns ${order}: Created time, never Due by Time`, async ({ page }) => {
      await openAt(page, CALCULATOR);
      await triagePaste(page, order === 'as exported' ? fixture('freshdesk') : reorder(fixture('freshdesk'), 'reverse'));
      await page.getByLabel('Plan for every row').selectOption('enhanced');
      await expectDeadlines(page, {
        '9001': '2026-12-24T18:15:00+00:00',
        '9002': '2026-12-29T10:15:00+00:00',
        '9003': '2026-12-23T11:00:00+00:00',
        '9004': '2027-01-04T18:00:00+00:00',
      });
    });
  }

  test('never chooses silently between two date columns; the reader’s choice is used and the paste is kept', async ({ page }) => {
    await openAt(page, CALCULATOR);
    const text = 'Ticket,Priority,Plan,Updated,Opened,Logged on\nA,High,standard,2026-12-29 10:00,2026-12-24 17:45,2026-12-22 10:00\n';
    await triagePaste(page, text);
    await expect(page.getByTestId('sla-batch-needs')).toContainText(
      'Choose which column holds the received time: “Opened” or “Logged on”.',
    );
    await expect(page.getByTestId('sla-batch-table')).toHaveCount(0);
    await page.getByLabel('Received time').selectOption({ label: 'Opened (e.g. 2026-12-24 17:45)' });
    await expectDeadlines(page, { A: '2026-12-29T10:45:00+00:00' });
    await expect(rowsBox(page)).toHaveValue(text);
    await expect(reading(page).locator('[data-role="received"] .sla-hint')).toHaveText('“Opened” (column 5), as you chose');
    await expectNoAxeViolations(page);
  });

  test('semicolons, day or month first, and dates written both ways refused naming rows', async ({ page }) => {
    await openAt(page, CALCULATOR);
    await triagePaste(page, 'Ticket;Priority;Plan;Received\nA;High;standard;12/24/2026 5:45 PM\nB;Low;standard;03/04/2026 10:00\n');
    await expect(reading(page)).toContainText('Values separated by semicolons.');
    await expect(page.getByTestId('sla-date-order')).toHaveText(
      'Dates like 03/04/2026 read month first (12/24/2026): row 2 (“12/24/2026 5:45 PM”) can only be read that way.',
    );
    await expect(dueOf(page, 'A')).toHaveAttribute('datetime', '2026-12-29T10:45:00+00:00');

    await triagePaste(page, 'Ticket,Priority,Plan,Received\nA,High,standard,03/04/2026 10:00\n');
    await expect(page.getByTestId('sla-batch-needs')).toContainText('Every date reads both ways (row 2: “03/04/2026 10:00”)');
    await page.getByLabel('Dates like 03/04/2026 are').selectOption('month-first');
    await expect(page.getByTestId('sla-date-order')).toContainText('month first (12/24/2026): as you chose');
    await expect(dueOf(page, 'A')).toHaveAttribute('datetime', '2026-03-04T11:00:00+00:00');

    await triagePaste(page, 'Ticket,Priority,Plan,Received\nA,High,standard,24/12/2026 10:00\nB,High,standard,12/25/2026 10:00\n');
    await expect(page.getByTestId('sla-batch-needs')).toContainText(
      'day first in row 2 (“24/12/2026 10:00”); month first in row 3 (“12/25/2026 10:00”)',
    );
    await expect(page.getByTestId('sla-batch-table')).toHaveCount(0);
  });

  test('odd received times are marked beside the row; a year past 2099 is a bad row, not a crash', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, CALCULATOR);
    await triagePaste(page, 'A,High,standard,2026-12-30T10:00\nB,High,standard,2025-06-02T10:00\nC,High,standard,9999-01-01T10:00\n');
    await expect(page.getByTestId('sla-row-warning')).toHaveText([
      /^Received more than a year ago/,
      /^Received 23 hours 30 minutes in the future/,
    ]);
    await expect(page.getByTestId('sla-batch-errors')).toContainText(
      'Row 3 (ticket C): received time is in 9999: this tool works only with years 2000 to 2099.',
    );
    expect(health.problems).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('each ticket’s status and deadline are in view without scrolling sideways', async ({ page }) => {
      await openAt(page, CALCULATOR);
      await triagePaste(page, fixture('jira'));
      const first = page.getByTestId('sla-batch-table').locator('tbody tr').first();
      for (const part of [first.locator('.sla-badge'), first.locator('time')]) {
        const box = (await part.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
    });
  });

  test('20,000 rows: the summary counts every row, and only one page of rows is drawn', async ({ page }) => {
    test.setTimeout(120_000);
    await openAt(page, CALCULATOR);
    const lines = ['Ticket,Priority,Plan,Received'];
    for (let i = 0; i < 20_000; i++) {
      const day = 1 + (i % 28);
      lines.push(
        `T${i},${['Urgent', 'High', 'Normal', 'Low'][i % 4]},${i % 3 ? 'standard' : 'Managed Plus'},2026-12-${String(day).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:15`,
      );
    }
    // Filled in one go, as a paste is, rather than typed.
    await rowsBox(page).evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
    }, lines.join('\n'));
    await triageButton(page).click();
    await expect(page.getByTestId('sla-batch-summary')).toContainText('20,000 tickets:', { timeout: 60_000 });
    const summary = await page.getByTestId('sla-batch-summary').textContent();
    const counts = [...summary!.matchAll(/(\d[\d,]*) (?:breached|due within a working hour|on track)/g)].map((m) =>
      Number(m[1]!.replaceAll(',', '')),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
    await expect(page.getByTestId('sla-batch-table').locator('tbody tr')).toHaveCount(50);
    await expect(page.getByTestId('sla-pager-position')).toHaveText('Rows 1 to 50 of 20,000');
    // Breached first: the earliest deadline leads.
    await expect(page.getByTestId('sla-batch-table').locator('tbody tr').first()).toHaveAttribute('data-status', 'breached');
    await page.getByRole('button', { name: 'Next 50' }).click();
    await expect(page.getByTestId('sla-pager-position')).toHaveText('Rows 51 to 100 of 20,000');
    await expect(page.getByTestId('sla-batch-table').locator('tbody tr')).toHaveCount(50);
  });
});

test.describe('SLA compliance report', () => {
  test('from a Zendesk export: per ticket why, per plan, priority and month, chart, table and CSV, nothing uploaded', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, REPORT);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('Export with received and reply times').fill(fixture('zendesk'));
    await page.getByRole('button', { name: 'Make the report' }).click();
    await page.getByLabel('Plan for every row').selectOption('standard');
    await expect(page.getByTestId('sla-report-summary')).toHaveText(
      'Compliance 60%: 3 of 5 decided tickets met every reply target, 2 breached (open tickets past their target count as breached).',
    );
    const tickets = page.getByTestId('sla-report-table').locator('tbody tr');
    await expect(tickets.locator('th')).toHaveText(['5104', '5101', '5105', '5102', '5103']);
    await expect(tickets.first()).toContainText('Breached (no reply yet)');
    await expect(tickets.nth(1)).toContainText('late by 17 minutes of working time');
    await expect(tickets.nth(1)).toContainText('The count skipped Christmas Day (Friday 25 December)');
    const groups = page.getByTestId('sla-report-groups');
    await expect(groups.getByRole('row', { name: /^High/ })).toContainText('0%');
    await expect(groups.getByRole('row', { name: /^December 2026/ })).toContainText('60%');
    await expect(page.getByRole('img', { name: 'Compliance by month: December 2026 60%' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download every reply target as CSV' }).click();
    const file = await (await download).path();
    const rows = csvParseRows(readFileSync(file, 'utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['Ticket', 'Subject', 'Plan']);
    expect(rows).toHaveLength(6);
    expect(requests.filter((url) => !url.startsWith('blob:') && !url.includes('/_astro/'))).toEqual([]);
    await expectNoAxeViolations(page);
    expect(health.problems).toEqual([]);
  });
});

test.describe('the calculator’s odd inputs', () => {
  test('a link with names in any case works, and a received time worth checking is flagged beside the result', async ({ page }) => {
    await openAt(page, `${CALCULATOR}?plan=Managed%20Plus&priority=HIGH&received=2025-06-02T10:00`);
    await expect(page.getByLabel('Client’s plan')).toHaveValue('enhanced');
    await expect(page.getByRole('radio', { name: 'High' })).toBeChecked();
    await expect(page.getByTestId('sla-sanity-warning')).toContainText(
      'Received more than a year ago (Monday 2 June 2025): check the year.',
    );
    await expect(page.getByLabel('Client’s plan')).toHaveAccessibleDescription(
      /Faster first replies than Standard for Urgent \(30 minutes, around the clock, against 1 hour, around the clock\), High/,
    );
    await expectNoAxeViolations(page);
  });

  test('year 9999 from a link or the form is refused with a message; the old deadline goes', async ({ page }) => {
    const health = watchPageHealth(page);
    await openAt(page, `${CALCULATOR}?plan=standard&priority=high&received=9999-12-24T17:45`);
    await expect(page.getByRole('alert')).toContainText(
      'The link’s received time is in 9999: this tool works only with years 2000 to 2099',
    );
    await expect(page.getByTestId('sla-deadline')).toHaveCount(0);

    await openAt(page, `${CALCULATOR}?plan=standard&priority=high&received=2026-12-24T17:45`);
    await expect(page.getByTestId('sla-deadline')).toBeVisible();
    await page.getByLabel('When the ticket was received').fill('9999-12-24T17:45');
    await page.getByRole('button', { name: 'Work out the deadline' }).click();
    await expect(page.getByRole('alert')).toContainText('The received time is in 9999: this tool works only with years 2000 to 2099');
    await expect(page.getByTestId('sla-deadline')).toHaveCount(0);
    expect(health.problems).toEqual([]);
  });
});
