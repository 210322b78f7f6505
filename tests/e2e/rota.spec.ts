import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { searchIndex } from './support/pagefind.ts';

// "Now" is fixed with Playwright's clock; the sample rota in content/rota is planned for all of
// 2026 and 2027, so these times have known answers. The week of Wednesday 2 December 2026 has
// Siobhán O'Neill and Rhys Morgan on first line, Kwame Mensah on call and 李伟 (Wei Li) second line.

async function openAt(page: Page, iso: string, path = '/rota/') {
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(path);
  // The panel says "At ..." only once the island has worked out now in the browser.
  await expect(page.locator('.rota-now__at')).toBeVisible();
}

function status(page: Page, rotation: string) {
  return page
    .locator('.rota-now__list > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${rotation}$`) }) })
    .locator('dd');
}

test.describe('who is on now', () => {
  test('on a weekday afternoon: first line is on, on call starts at 18:00', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    await expect(page.locator('.rota-now__at')).toHaveText('At Thu 3 Dec, 15:00 UK time.');
    await expect(status(page, 'First-line developer')).toHaveText("Siobhán O'Neill until 18:00");
    await expect(status(page, 'First-line ops engineer')).toHaveText('Rhys Morgan until 18:00');
    await expect(status(page, 'On call')).toHaveText('Working hours: first line is on. Next: Kwame Mensah from 18:00');
    await expect(page.locator('.rota-now__handoff')).toHaveText('Next handoff: Wed 9 Dec, 10:00.');
    await expect(page.locator('.rota-now__changes')).toContainText("First-line developer: Siobhán O'Neill hands over to Zoë Martin");
  });

  test('on a weeknight: on call is on until 10:00, first line is off', async ({ page }) => {
    await openAt(page, '2026-12-03T22:00:00Z');
    await expect(status(page, 'On call')).toHaveText('Kwame Mensah until Fri 4 Dec, 10:00');
    await expect(status(page, 'On call, second line')).toHaveText('李伟 (Wei Li) until Fri 4 Dec, 10:00');
    await expect(status(page, 'First-line developer')).toHaveText("Outside working hours. Next: Siobhán O'Neill from Fri 4 Dec, 10:00");
  });

  test('at a weekend: one on-call block until Monday 10:00', async ({ page }) => {
    await openAt(page, '2026-12-05T12:00:00Z');
    await expect(status(page, 'On call')).toHaveText('Kwame Mensah until Mon 7 Dec, 10:00');
    await expect(status(page, 'First-line ops engineer')).toHaveText('Outside working hours. Next: Rhys Morgan from Mon 7 Dec, 10:00');
  });

  test('on Christmas Day, a bank holiday: the Christmas swap, on call until Tuesday 29 December', async ({ page }) => {
    await openAt(page, '2026-12-25T12:00:00Z');
    await expect(status(page, 'On call')).toHaveText('Aoife Brennan until Tue 29 Dec, 10:00 (swap for Tomasz Wójcik)');
    await expect(status(page, 'First-line developer')).toHaveText('Outside working hours. Next: Amara Okafor from Tue 29 Dec, 10:00');
  });

  test('across the clock change: Sunday 25 October 2026 at 12:00 BST is still in the Friday 18:00 block', async ({ page }) => {
    await openAt(page, '2026-10-25T11:00:00Z');
    await expect(page.locator('.rota-now__at')).toHaveText('At Sun 25 Oct, 11:00 UK time.');
    await expect(status(page, 'On call')).toContainText('until Mon 26 Oct, 10:00');
  });

  test('the compact panel on its own page shows the same people', async ({ page }) => {
    await openAt(page, '2026-12-03T22:00:00Z', '/rota/now/');
    await expect(status(page, 'On call')).toHaveText('Kwame Mensah until Fri 4 Dec, 10:00');
    await expect(page.locator('.rota-now__handoff')).toHaveText('Next handoff: Wed 9 Dec, 10:00.');
    await expect(page.getByRole('link', { name: 'See the whole rota' })).toHaveAttribute('href', '/rota/');
  });
});

test.describe('in a browser set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('still shows UK times and the same people', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    await expect(page.locator('.rota-now__at')).toHaveText('At Thu 3 Dec, 15:00 UK time.');
    await expect(status(page, 'On call')).toHaveText('Working hours: first line is on. Next: Kwame Mensah from 18:00');
    await expect(page.locator('tr[aria-current="date"] th')).toContainText('Wed 2 Dec to Tue 8 Dec 2026');
  });
});

test.describe('week by week', () => {
  const table = (page: Page) => page.getByRole('table');
  const rowHeaders = (page: Page) => table(page).locator('tbody th[scope="row"]');

  test('starts at this week, marked in words as well as colour, and moves a week at a time', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    await expect(rowHeaders(page)).toHaveCount(13);
    const current = table(page).locator('tr[aria-current="date"]');
    await expect(current).toHaveCount(1);
    await expect(current.locator('th')).toHaveText('Wed 2 Dec to Tue 8 Dec 2026This week');
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(rowHeaders(page).first()).toHaveText('Wed 9 Dec to Tue 15 Dec 2026');
    await expect(page).toHaveURL(/[?&]week=2026-12-09/);
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await expect(rowHeaders(page).first()).toHaveText('Wed 25 Nov to Tue 1 Dec 2026');
    await page.getByRole('button', { name: 'This week' }).click();
    await expect(rowHeaders(page).first()).toContainText('Wed 2 Dec to Tue 8 Dec 2026');
    await expect(page).not.toHaveURL(/week=/);
  });

  test('opened in the week the site was built, the built weeks are kept and this week is marked', async ({ page }) => {
    // No fixed clock: the page is opened now, normally in the week of the build the tests run on,
    // when the live view reuses the built rows and only marks this week.
    await page.goto('/rota/');
    await expect(page.locator('.rota-now__at')).toBeVisible();
    await expect(table(page).locator('caption')).not.toContainText('as of the last site update');
    await expect(rowHeaders(page)).toHaveCount(13);
    const current = table(page).locator('tr[aria-current="date"]');
    await expect(current).toHaveCount(1);
    await expect(table(page).locator('tbody tr').first()).toHaveAttribute('aria-current', 'date');
    await expect(current.locator('.rota-this-week')).toHaveText('This week');
  });

  test('jumps to any week with the date picker', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    await page.getByLabel('Go to the week of').fill('2027-06-12');
    await expect(rowHeaders(page).first()).toHaveText('Wed 9 Jun to Tue 15 Jun 2027');
  });

  test('marks overrides and says why', async ({ page }) => {
    await openAt(page, '2026-12-17T12:00:00Z');
    const christmas = table(page).locator('tr', { has: page.locator('th', { hasText: 'Wed 23 Dec to Tue 29 Dec 2026' }) });
    const onCall = christmas.locator('td').nth(2);
    await expect(onCall).toContainText('swap');
    await expect(onCall).toContainText(
      'Aoife Brennan for Tomasz Wójcik, Wed 23 Dec, 18:00 to Wed 30 Dec, 10:00. Christmas swap with Tomasz',
    );
  });

  test('"only my shifts" keeps the person in the URL and on this device', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    await page.getByLabel('Show only the shifts of').selectOption({ label: 'Tomasz Wójcik' });
    await expect(page).toHaveURL(/[?&]person=tomasz-wojcik/);
    await expect(table(page).locator('caption')).toContainText('Tomasz Wójcik’s shifts in the 26 weeks from Wed 2 Dec 2026');
    // Every row shown involves Tomasz; columns he is not on read "Not on".
    const rows = table(page).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    for (const row of await rows.all()) await expect(row).toContainText('Tomasz Wójcik');
    await expect(rows.first().locator('td', { hasText: 'Not on' })).not.toHaveCount(0);
    await expectNoAxeViolations(page);

    // A fresh visit without the parameter remembers the choice and puts it back in the URL.
    await page.goto('/rota/');
    await expect(page.getByLabel('Show only the shifts of')).toHaveValue('tomasz-wojcik');
    await expect(page).toHaveURL(/[?&]person=tomasz-wojcik/);

    // A link with someone else in it wins over the remembered choice.
    await page.goto('/rota/?person=aoife-brennan');
    await expect(page.getByLabel('Show only the shifts of')).toHaveValue('aoife-brennan');

    await page.getByLabel('Show only the shifts of').selectOption({ label: 'Everyone' });
    await expect(page).not.toHaveURL(/person=/);
    await page.goto('/rota/');
    await expect(page.getByLabel('Show only the shifts of')).toHaveValue('');
  });

  test('works from the keyboard', async ({ page }) => {
    await openAt(page, '2026-12-03T15:00:00Z');
    const select = page.getByLabel('Show only the shifts of');
    await select.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Previous week' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'This week' })).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Next week' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rowHeaders(page).first()).toHaveText('Wed 9 Dec to Tue 15 Dec 2026');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'This week' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(rowHeaders(page).first()).toContainText('Wed 2 Dec to Tue 8 Dec 2026');
    // Focus stays on the button once it has done its job.
    await expect(page.getByRole('button', { name: 'This week' })).toBeFocused();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('each week is a block with a line per rotation, nothing is off to the side, and it is still a table', async ({ page }) => {
      await openAt(page, '2026-12-17T12:00:00Z');
      const wrap = page.locator('.rota-table-wrap');
      expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the rota scrolls sideways').toBe(true);
      const christmas = table(page).locator('tr', { has: page.locator('th', { hasText: 'Wed 23 Dec to Tue 29 Dec 2026' }) });
      const lines = christmas.locator('td');
      await expect(lines.locator('.stack-table__label')).toHaveText([
        'First-line developer',
        'First-line ops engineer',
        'On call',
        'On call, second line',
      ]);
      for (const line of await lines.all()) {
        await expect(line).toBeVisible();
        const box = (await line.boundingBox())!;
        expect(box.x + box.width, 'right edge of a rotation line').toBeLessThanOrEqual(375);
      }
      await expect(lines.nth(2)).toContainText('Aoife Brennan for Tomasz Wójcik');
      // Screen readers still get a table: column headers, a header for each week, cells.
      await expect(table(page).getByRole('columnheader')).toHaveText([
        'Week',
        'First-line developer',
        'First-line ops engineer',
        'On call',
        'On call, second line',
      ]);
      await expect(table(page).getByRole('rowheader')).toHaveCount(13);
      await expect(table(page).getByRole('cell')).toHaveCount(13 * 4);
      await expectNoAxeViolations(page);
    });

    test.describe('in dark mode', () => {
      test.use({ colorScheme: 'dark' });

      test('the stacked weeks, this week marked, pass axe', async ({ page }) => {
        await openAt(page, '2026-12-17T12:00:00Z');
        await expect(table(page).locator('tr[aria-current="date"] .stack-table__label').first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  });

  test('passes axe after moving weeks', async ({ page }) => {
    await openAt(page, '2026-12-17T12:00:00Z');
    await page.getByRole('button', { name: 'Next week' }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the rota page shows the weeks from the build as a plain table', async ({ page }) => {
    await page.goto('/rota/');
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toContainText('The rota for the 13 weeks from');
    await expect(table.locator('thead th')).toHaveText([
      'Week',
      'First-line developer',
      'First-line ops engineer',
      'On call',
      'On call, second line',
    ]);
    await expect(table.locator('tbody tr')).toHaveCount(13);
    await expect(table.locator('tbody tr').first().locator('td').first()).not.toBeEmpty();
    await expect(page.locator('.rota-now')).toContainText('needs JavaScript');
    // The controls are in the built HTML but need JavaScript, so they stay hidden.
    await expect(page.getByLabel('Show only the shifts of')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Next week' })).toBeHidden();
    await expect(page.getByLabel('Go to the week of')).toBeHidden();
  });
});

test('the page as built, before any JavaScript runs, passes axe', async ({ page }) => {
  // axe needs JavaScript itself, so keep the page's own scripts from loading instead.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/rota/');
  await expect(page.locator('.rota-now')).toContainText('needs JavaScript');
  await expectNoAxeViolations(page);
});

test('until the viewer runs, its controls keep their place out of sight and out of reach', async ({ page }) => {
  // Scripts on, but the island's own never arrive: the page as it is while it loads.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/rota/');
  const controls = page.locator('.rota-controls');
  await expect(controls).toBeHidden();
  // Their space is kept, so the table does not move down when they appear.
  expect((await controls.boundingBox())?.height).toBeGreaterThan(20);
  await expect(page.getByRole('combobox', { name: 'Show only the shifts of' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next week' })).toHaveCount(0);
});

test('search indexes the rota itself, not the labels and options of its controls', async ({ page }) => {
  await page.goto('/rota/');
  const [results] = await searchIndex(page, ['rota']);
  const indexed = results!.find((r) => r.url === '/rota/')?.content;
  expect(indexed).toContain('Week by week');
  // The controls' labels, buttons and options; the page's prose may name the person filter.
  for (const control of ['Go to the week of', 'Previous week', 'Next week', 'Everyone']) expect(indexed).not.toContain(control);
  // The table's caption once, not again for the copy shown above the table.
  expect(indexed!.match(/The rota for the 13 weeks from/g)).toHaveLength(1);
});

test('the API files are valid JSON with the documented fields', async ({ request }) => {
  const people = await (await request.get('/api/rota/v1/people.json')).json();
  expect(people.version).toBe(1);
  expect(people.people).toContainEqual(
    expect.objectContaining({ id: 'siobhan-oneill', name: "Siobhán O'Neill", role: 'developer', onCall: true }),
  );
  const response = await request.get('/api/rota/v1/shifts.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const doc = await response.json();
  expect(doc).toMatchObject({ version: 1, timeZone: 'Europe/London' });
  expect(doc.rotations.map((r: { id: string }) => r.id)).toEqual([
    'first-line-developer',
    'first-line-ops',
    'on-call',
    'on-call-second-line',
  ]);
  const ids = new Set(people.people.map((p: { id: string }) => p.id));
  for (const shift of doc.shifts) {
    expect(ids.has(shift.person)).toBe(true);
    expect(Date.parse(shift.end)).toBeGreaterThan(Date.parse(shift.start));
  }
  // From 4 weeks before the build to 52 weeks after it.
  const days = (Date.parse(doc.to) - Date.parse(doc.from)) / 86_400_000;
  expect(Math.round(days)).toBe(392);
  expect(Date.parse(doc.shifts[0].start)).toBeLessThanOrEqual(Date.parse(doc.from));
});
