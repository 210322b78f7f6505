import { expect, test, type Locator } from '@playwright/test';

/**
 * The stacked tables (.stack-table in src/styles/site.css) carry no ARIA roles: the HTML checker
 * rejects roles on table parts, and browsers keep a table's semantics whatever its CSS display.
 * This reads Chromium's accessibility tree on a phone-sized screen, where every row is a block,
 * and checks that each table is still a table of rows, headers and cells, and that the visual
 * labels (aria-hidden) are left out of what a screen reader says for a cell.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function expectStackedTable(table: Locator) {
  const rows = table.locator('tr');
  expect(await rows.first().evaluate((el) => getComputedStyle(el).display), 'rows are stacked blocks').toBe('block');
  const snapshot = await table.ariaSnapshot();
  // A name with a colon in it ("Wei Li: away") makes the snapshot quote the whole line: - 'row "…"'.
  const count = (role: string) => snapshot.split('\n').filter((line) => new RegExp(`^\\s*- '?${role}\\b`).test(line)).length;
  expect(snapshot).toMatch(/^- table\b/);
  expect(count('rowgroup')).toBe(await table.locator('thead, tbody').count());
  expect(count('row')).toBe(await rows.count());
  expect(count('columnheader')).toBe(await table.locator('thead th').count());
  expect(count('rowheader')).toBe(await table.locator('tbody th').count());
  expect(count('cell')).toBe(await table.locator('td').count());
  expect(count('cell')).toBeGreaterThan(0);
  // A cell's accessible name is its value, not the label shown beside it on a phone.
  const cell = table.getByRole('cell').first();
  const label = (await cell.locator('.stack-table__label').textContent())?.trim();
  if (label) expect(await cell.ariaSnapshot()).not.toContain(label);
}

for (const { path, tables } of [
  { path: '/sla/', tables: 2 },
  { path: '/runbooks/alerts/', tables: 1 },
  { path: '/rota/', tables: 1 },
]) {
  test(`${path}: stacked tables are still tables to assistive technology`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const stacked = page.locator('table.stack-table');
    await expect(stacked).toHaveCount(tables);
    for (const table of await stacked.all()) {
      expect(await table.evaluate((el) => el.querySelectorAll('[role]').length), 'no ARIA roles on table parts').toBe(0);
      await expectStackedTable(table);
    }
  });
}
