import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { watchPageHealth } from './support/page-health.ts';

// The feeds are built for the site's published address (SITE_URL, or the placeholder below), not
// for the test server, so every link names that address.
const SITE = 'https://support-handbook.example.gov.uk';
const enc = encodeURIComponent;

function expectedLinks(path: string, name: string) {
  const https = `${SITE}/${path}`;
  const webcal = https.replace('https:', 'webcal:');
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${enc(webcal)}`,
    outlook: `https://outlook.office.com/calendar/0/addfromweb?url=${enc(https)}&name=${enc(name)}`,
    outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?url=${enc(https)}&name=${enc(name)}`,
  };
}

async function expectSubscribeLinks(scope: Locator, links: ReturnType<typeof expectedLinks>) {
  await expect(scope.getByRole('link', { name: /^Subscribe in your calendar app/ })).toHaveAttribute('href', links.webcal);
  await expect(scope.getByRole('link', { name: /^Add to Google Calendar/ })).toHaveAttribute('href', links.google);
  await expect(scope.getByRole('link', { name: /^Add to Outlook \(work account\)/ })).toHaveAttribute('href', links.outlook);
  await expect(scope.getByRole('link', { name: /^Add to Outlook\.com/ })).toHaveAttribute('href', links.outlookPersonal);
  await expect(scope.getByRole('textbox', { name: /^Calendar address/ })).toHaveValue(links.https);
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('subscribing to the rota on /rota/', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('each team feed has a webcal link, Google and Outlook links, and its address with a copy button', async ({ page }) => {
    const health = watchPageHealth(page);
    await page.goto('/rota/');
    const section = page.getByRole('region', { name: 'Subscribe to the rota' });
    await expect(section).toBeVisible();

    const support = section.getByRole('region', { name: 'First-line support' });
    await expectSubscribeLinks(support, expectedLinks('feeds/support.ics', 'Support rota: first line'));
    const onCall = section.getByRole('region', { name: 'On call' });
    await expectSubscribeLinks(onCall, expectedLinks('feeds/on-call.ics', 'Support rota: on call'));

    await onCall.getByRole('button', { name: 'Copy address of the on-call calendar' }).click();
    await expect(onCall.getByRole('status')).toHaveText('Copied');
    expect(await clipboard(page)).toBe(`${SITE}/feeds/on-call.ics`);
    await support.getByRole('button', { name: 'Copy address of the first-line support calendar' }).click();
    await expect(support.getByRole('status')).toHaveText('Copied');
    expect(await clipboard(page)).toBe(`${SITE}/feeds/support.ics`);

    await expect(section.getByRole('link', { name: 'Rota calendars' })).toHaveAttribute('href', '/handbook/rota-calendars/');
    expect(health.problems).toEqual([]);
  });

  test('every person’s feed is listed, and each listed feed is published', async ({ page, request }) => {
    await page.goto('/rota/');
    const people = page.getByRole('group').filter({ hasText: 'Calendars for each person' });
    await people.getByText('Calendars for each person').click();
    const wei = people.getByRole('listitem').filter({ hasText: '李伟 (Wei Li)' });
    await expect(wei.getByRole('link', { name: /^Subscribe/ })).toHaveAttribute(
      'href',
      `webcal://support-handbook.example.gov.uk/feeds/people/wei-li.ics`,
    );
    const addresses = await people
      .getByRole('link', { name: /^Address/ })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(addresses.length).toBe(13);
    for (const address of [...addresses, `${SITE}/feeds/support.ics`, `${SITE}/feeds/on-call.ics`]) {
      const response = await request.get(new URL(address).pathname);
      expect(response.status(), address).toBe(200);
      expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const body = await response.text();
      expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(body.replace(/\r\n /g, '')).toContain(`SOURCE;VALUE=URI:${address}\r\n`);
    }
  });

  test('choosing a person in the filter offers that person’s feed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T15:00:00Z'));
    await page.goto('/rota/');
    await expect(page.locator('.rota-now__at')).toBeVisible();
    await expect(page.getByRole('region', { name: /’s shifts in your calendar$/ })).toHaveCount(0);

    await page.getByLabel('Show only the shifts of').selectOption({ label: "Siobhán O'Neill" });
    const offer = page.getByRole('region', { name: "Siobhán O'Neill’s shifts in your calendar" });
    await expect(offer).toBeVisible();
    await expectSubscribeLinks(offer, expectedLinks('feeds/people/siobhan-oneill.ics', "Support rota: Siobhán O'Neill"));
    await offer.getByRole('button', { name: "Copy address of Siobhán O'Neill’s calendar" }).click();
    await expect(offer.getByRole('status')).toHaveText('Copied');
    expect(await clipboard(page)).toBe(`${SITE}/feeds/people/siobhan-oneill.ics`);
    await expectNoAxeViolations(page);

    // Another person: the offer follows the filter.
    await page.getByLabel('Show only the shifts of').selectOption({ label: '李伟 (Wei Li)' });
    await expect(page.getByRole('region', { name: '李伟 (Wei Li)’s shifts in your calendar' }).getByRole('textbox')).toHaveValue(
      `${SITE}/feeds/people/wei-li.ics`,
    );
    await page.getByLabel('Show only the shifts of').selectOption({ label: 'Everyone' });
    await expect(page.getByRole('region', { name: /’s shifts in your calendar$/ })).toHaveCount(0);
  });

  test('without clipboard access, the copy button selects the address instead', async ({ page, context }) => {
    await context.clearPermissions();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('/rota/');
    const onCall = page.getByRole('region', { name: 'On call', exact: true });
    await onCall.getByRole('button', { name: /^Copy address/ }).click();
    await expect(onCall.getByRole('status')).toHaveText('Selected: press Ctrl+C, or ⌘C on a Mac, to copy');
    const field = onCall.getByRole('textbox', { name: /^Calendar address/ });
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(
      `${SITE}/feeds/on-call.ics`,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the subscribe links work and there is no copy button that would do nothing', async ({ page }) => {
    await page.goto('/rota/');
    const onCall = page.getByRole('region', { name: 'On call', exact: true });
    await expectSubscribeLinks(onCall, expectedLinks('feeds/on-call.ics', 'Support rota: on call'));
    await expect(page.getByRole('button', { name: /^Copy address/ })).toHaveCount(0);
  });
});
