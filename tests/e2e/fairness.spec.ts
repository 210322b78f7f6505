import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

// The page is worked out at build time from the sample rota in content/rota. Until 9 December
// 2026 Kwame Mensah was on both on-call rotations, so he is over the 30% limit in the last 12
// months; since then nobody is on both, and who (if anyone) is over it in the planned weeks
// depends on the day of the build, so that section is compared with the API instead.

test.describe('the fairness page, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chart and a table for the next 13 weeks and the last 12 months', async ({ page }) => {
    await page.goto('/rota/fairness/');
    await expect(page.getByRole('heading', { level: 1, name: 'Fairness of the rota' })).toBeVisible();
    const sections: Array<[heading: string, caption: string]> = [
      ['The next 13 weeks', 'Load per person, the next 13 weeks'],
      ['The last 12 months', 'Load per person, the last 12 months'],
    ];
    for (const [heading, caption] of sections) {
      const section = page.getByRole('region', { name: heading });
      await expect(section.getByRole('img', { name: `Share of the out-of-hours time on call, ${heading.toLowerCase()}` })).toBeVisible();
      const table = section.getByRole('table', { name: caption });
      await expect(table.getByRole('columnheader')).toHaveText([
        'Person',
        'On-call weeks (first line, second line)',
        'Weekend days on call',
        'Bank-holiday days on call',
        'Nights on call',
        'First-line weeks',
        'Swaps given, taken',
        'Leave or illness cover given, taken',
        'Share of on-call time',
      ]);
    }
    const past = page.getByRole('region', { name: 'The last 12 months' });
    const kwame = past
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Kwame Mensah' }) });
    await expect(kwame.getByRole('cell').last()).toContainText('(over the limit)');
    await expect(past.getByText(/Over the 30% limit: .*Kwame Mensah/)).toBeVisible();
  });

  test('the planned weeks name as over the limit exactly those the API puts over it', async ({ page, request }) => {
    const doc = await (await request.get('/api/rota/v1/load.json')).json();
    const over = (doc.people as Array<{ name: string; planned: { overLimit: boolean } | null }>)
      .filter((p) => p.planned?.overLimit)
      .map((p) => p.name);
    await page.goto('/rota/fairness/');
    const planned = page.getByRole('region', { name: 'The next 13 weeks' });
    if (over.length === 0) await expect(planned.getByText('Nobody is over the 30% limit.')).toBeVisible();
    else for (const name of over) await expect(planned.getByText(/Over the 30% limit: /)).toContainText(name);
    // Kwame is no longer on both rotations, so never near half the time.
    const kwame = (doc.people as Array<{ id: string; planned: { share: number } | null }>).find((p) => p.id === 'kwame-mensah')!;
    expect(kwame.planned!.share).toBeLessThan(0.4);
  });

  test('the table gives the same shares as /api/rota/v1/load.json', async ({ page, request }) => {
    const doc = await (await request.get('/api/rota/v1/load.json')).json();
    expect(doc.onCallShareLimit).toBe(0.3);
    await page.goto('/rota/fairness/');
    const table = page.getByRole('table', { name: 'Load per person, the next 13 weeks' });
    for (const person of doc.people as Array<{ name: string; planned: { share: number; onCallWeeks: number } | null }>) {
      if (!person.planned) continue;
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: person.name, exact: true }) });
      await expect(row.getByRole('cell').last()).toContainText(`${Math.round(person.planned.share * 100)}%`);
      await expect(row.getByRole('cell').first()).toContainText(`${person.planned.onCallWeeks} (`);
    }
    // Hours and counts only: no money on the page or in the file.
    expect(await page.locator('main').innerText()).not.toMatch(/£\s?\d/);
    expect(JSON.stringify(doc)).not.toMatch(/£|"(amount|rate|baseRate|pay|currency)"/);
  });
});

test.describe('the fairness page as built, before any JavaScript runs', () => {
  // axe needs JavaScript itself, so keep the page's own scripts from loading instead.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });

  test('passes axe in the light theme', async ({ page }) => {
    await page.goto('/rota/fairness/');
    await expectNoAxeViolations(page);
  });

  test('passes axe in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/rota/fairness/');
    // Starlight's theme script is one of the scripts kept out, so set the theme it would have set.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoAxeViolations(page);
  });

  test('on a phone-sized screen the tables stack and nothing scrolls sideways; still axe clean', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/rota/fairness/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cell = page.getByRole('table', { name: 'Load per person, the next 13 weeks' }).getByRole('cell').first();
    await expect(cell.locator('.stack-table__label')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
