import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

// Leave clashes, the swap and cover builder and the person filter's context on /rota/, with "now"
// fixed by Playwright's clock against the sample rota in content/rota. The entries the builder
// produces must be exactly tests/fixtures/rota-changes/*.yaml, which tests/build/rota-changes.test.ts
// adds to a copy of the project and builds, to see the change in the feeds and the API.
const COVER_YAML = readFileSync('tests/fixtures/rota-changes/cover.yaml', 'utf8');
const SWAP_YAML = readFileSync('tests/fixtures/rota-changes/swap.yaml', 'utf8');

async function openAt(page: Page, iso: string, path = '/rota/') {
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(path);
  await expect(page.locator('.rota-now__at')).toBeVisible();
}

const table = (page: Page) => page.getByRole('table');
const week = (page: Page, heading: string) => table(page).locator('tr', { has: page.locator('th', { hasText: heading }) });
const selected = (page: Page, id: string) => page.locator(`#${id} option:checked`);

/** Wei Li is away from Monday 15 February 2027 but on first line that week: the sample's one clash. */
async function findCoverForWei(page: Page) {
  await openAt(page, '2027-02-10T12:00:00Z');
  const dev = week(page, 'Wed 10 Feb to Tue 16 Feb 2027').locator('td').first();
  await expect(dev.locator('.rota-away')).toHaveText(
    'Away 李伟 (Wei Li) is away, Mon 15 Feb, 10:00 to Tue 16 Feb, 18:00: needs cover. Could cover: Dafydd ap Rhys, Tomasz Wójcik, Priya Raman. Find cover for 李伟 (Wei Li)',
  );
  await dev.getByRole('button', { name: 'Find cover for 李伟 (Wei Li)' }).click();
  await expect(page.getByRole('heading', { name: 'Swap or cover a shift' })).toBeFocused();
}

test.describe('cover for a leave clash', () => {
  test('is found from the table, offers only the eligible, and produces the checked entry and an editor link', async ({ page }) => {
    await findCoverForWei(page);
    await expect(page.getByLabel('Whose shifts')).toHaveValue('wei-li');
    await expect(selected(page, 'builder-shift')).toHaveText('First-line developer: Mon 15 Feb, 10:00 to Tue 16 Feb, 18:00 (2 shifts)');
    const options = page.locator('#builder-other option');
    await expect(options.first()).toHaveText('Dafydd ap Rhys (0 first-line days in the last 12 months)');
    // Only developers free that week, none on first line the week before or after.
    for (const name of await options.allTextContents()) expect(name).not.toMatch(/Zoë|Amara|Kwame|Siobhán/);
    await page.getByText('Why is someone not listed?').click();
    const why = page.locator('.rota-builder__why');
    await expect(why).toContainText('Zoë Martin is on First-line developer the week before or after.');
    await expect(why).toContainText('Rhys Morgan is an ops engineer; First-line developer is for developers.');
    await expect(why).toContainText("Siobhán O'Neill is on On call, second line then.");

    await page.getByRole('button', { name: 'Check the change' }).click();
    const result = page.locator('.rota-builder__result');
    await expect(result).toBeFocused();
    await expect(result).toContainText(
      'Dafydd ap Rhys covers 李伟 (Wei Li) on First-line developer, Mon 15 Feb, 10:00 to Tue 16 Feb, 18:00 (2 shifts).',
    );
    await expect(result).toContainText(
      'It clears a warning the build gives today: content/rota/absences.yaml, entry 5 (wei-li, 2027-02-15 to 2027-02-19)',
    );
    await expect(result.locator('pre')).toHaveText(COVER_YAML);
    await expect(result.getByText('Commit message:')).toContainText(
      'Rota: Dafydd ap Rhys covers 李伟 (Wei Li) on First-line developer, Mon 15 Feb to Tue 16 Feb 2027',
    );

    const link = result.getByRole('link', { name: /Open overrides.yaml in the editor/ });
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe(
      'https://github.com/support-handbook/support-handbook/edit/main/content/rota/overrides.yaml',
    );
    expect(href.searchParams.get('message')).toBe(
      'Rota: Dafydd ap Rhys covers 李伟 (Wei Li) on First-line developer, Mon 15 Feb to Tue 16 Feb 2027',
    );
    const value = href.searchParams.get('value')!;
    // The whole file, comments and all, with the entry at the end.
    expect(value).toMatch(/^# Changes to who is on a rotation/);
    expect(value.endsWith(`note: Ingrid on leave\n\n${COVER_YAML}`)).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('the builder loads only when it is opened', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openAt(page, '2027-02-10T12:00:00Z');
    expect(scripts.filter((url) => /ChangeBuilder/.test(url))).toEqual([]);
    await page.getByRole('button', { name: 'Arrange a swap or cover' }).click();
    await expect(page.getByLabel('Whose shifts')).toBeVisible();
    expect(scripts.filter((url) => /ChangeBuilder/.test(url))).toHaveLength(1);
  });
});

test.describe('a swap', () => {
  test('is arranged from someone’s own next shifts, by keyboard alone', async ({ page }) => {
    await openAt(page, '2027-01-06T12:00:00Z');
    await page.getByRole('button', { name: 'Arrange a swap or cover' }).focus();
    await page.keyboard.press('Enter');
    const person = page.getByLabel('Whose shifts');
    await expect(page.getByRole('heading', { name: 'Swap or cover a shift' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(person).toBeFocused();
    await page.keyboard.type('Siob');
    await expect(person).toHaveValue('siobhan-oneill');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Which shifts')).toBeFocused();
    await expect(selected(page, 'builder-shift')).toHaveText('On call, second line: Wed 13 Jan, 18:00 to Wed 20 Jan, 10:00 (5 shifts)');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Cover by someone else')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Swap with someone')).toBeChecked();
    await page.keyboard.press('Tab');
    const partner = page.getByLabel('Swap with', { exact: true });
    await expect(partner).toBeFocused();
    await expect(page.locator('#builder-other option')).toHaveCount(1);
    await expect(selected(page, 'builder-other')).toContainText('李伟 (Wei Li) (');
    await expect(selected(page, 'builder-other')).toContainText(
      'on-call shifts in the last 12 months); you take theirs, Wed 24 Feb, 18:00 to Wed 3 Mar, 10:00',
    );
    await page.getByLabel('Note for the rota page (optional)').focus();
    await page.keyboard.press('Enter');

    const result = page.locator('.rota-builder__result');
    await expect(result).toBeFocused();
    await expect(result).toContainText(
      "李伟 (Wei Li) takes Siobhán O'Neill’s On call, second line shifts, Wed 13 Jan, 18:00 to Wed 20 Jan, 10:00 (5 shifts).",
    );
    await expect(result).toContainText(
      "In return, Siobhán O'Neill takes 李伟 (Wei Li)’s, Wed 24 Feb, 18:00 to Wed 3 Mar, 10:00 (5 shifts).",
    );
    await expect(result.locator('pre')).toHaveText(SWAP_YAML);
    await expectNoAxeViolations(page);
  });
});

test.describe('bad choices produce nothing', () => {
  test('a week that is over says so', async ({ page }) => {
    await openAt(page, '2026-12-09T12:00:00Z', '/rota/?person=siobhan-oneill&week=2026-12-02');
    const row = week(page, 'Wed 2 Dec to Tue 8 Dec 2026');
    await row.getByRole('button', { name: "Swap or cover Siobhán O'Neill’s First-line developer shifts this week" }).click();
    await expect(selected(page, 'builder-shift')).toHaveText('First-line developer: Wed 2 Dec, 10:00 to Tue 8 Dec, 18:00 (5 shifts)');
    // Nobody is offered for a week that is over.
    await expect(page.locator('#builder-other')).toHaveCount(0);
    await page.getByRole('button', { name: 'Check the change' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Nothing was produced.That shift (Wed 2 Dec, 10:00 to Tue 8 Dec, 18:00) is over. Only shifts still to come can be covered or swapped.',
    );
    await expect(page.locator('.rota-builder__result pre')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open overrides.yaml/ })).toHaveCount(0);
  });

  test('a change the build would refuse says why in the build’s words', async ({ page }) => {
    // Aoife's Christmas week on call is itself an override: a second one over it would overlap.
    await openAt(page, '2026-12-17T12:00:00Z', '/rota/?person=aoife-brennan');
    await week(page, 'Wed 23 Dec to Tue 29 Dec 2026')
      .getByRole('button', { name: 'Swap or cover Aoife Brennan’s On call shifts this week' })
      .click();
    await page.getByRole('button', { name: 'Check the change' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'content/rota/overrides.yaml, entry 6 (on-call, 2026-12-23T18:00 to 2026-12-30T10:00): it overlaps entry 3',
    );
    await expect(page.locator('.rota-builder__result pre')).toHaveCount(0);
  });
});

test.describe('filtered to one person', () => {
  test('keeps whom they are paired with, and overrides that touch their shifts', async ({ page }) => {
    await openAt(page, '2026-12-17T12:00:00Z', '/rota/?person=tomasz-wojcik');
    // Aoife covers all of Tomasz's Christmas week on call: the week stays, with the override.
    const christmas = week(page, 'Wed 23 Dec to Tue 29 Dec 2026');
    await expect(christmas.locator('td').nth(2)).toContainText('Aoife Brennan for Tomasz Wójcik');
    // His first-line week: the ops engineer he is paired with is named, and he is picked out.
    const newYear = week(page, 'Wed 30 Dec to Tue 5 Jan 2027');
    await expect(newYear.locator('td').nth(0).locator('.rota-person--chosen')).toHaveText('Tomasz Wójcik');
    await expect(newYear.locator('td').nth(1)).toHaveText(/Not on.*Rhys Morgan/);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the builder fits the screen, and passes axe with a result shown', async ({ page }) => {
    await findCoverForWei(page);
    await page.getByRole('button', { name: 'Check the change' }).click();
    await expect(page.locator('.rota-builder__result pre')).toHaveText(COVER_YAML);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page scrolls sideways').toBeLessThanOrEqual(390);
    for (const field of await page.locator('.rota-builder select, .rota-builder button, .rota-builder pre').all()) {
      const box = (await field.boundingBox())!;
      expect(box.x + box.width, 'right edge of a builder field').toBeLessThanOrEqual(390);
    }
    await expectNoAxeViolations(page);
  });
});
