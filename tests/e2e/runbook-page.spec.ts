import { expect, test, type Page } from '@playwright/test';
import { readRunbooks } from '../../src/lib/runbooks/read-runbooks.ts';
import { PAGE_ORDER, headingId } from '../../src/lib/runbooks/page-order.ts';
import { TEAMS, labelOf } from '../../src/lib/runbooks/vocabulary.ts';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './support/axe.ts';

/**
 * A runbook leads with action: on the first screen of a phone (and of a laptop) are the first
 * step and what the person on call must do now and may leave until morning, with the metadata on
 * one compact line above them. Measured for every runbook, with JavaScript and without.
 */
const { runbooks } = readRunbooks('content/runbooks');

/** Where, from the top of the window, the Out of hours box and the first step's instruction end. */
async function firstScreenBottoms(page: Page) {
  return page.evaluate(() => {
    const li = document.querySelector('.rb-section--how-to-check ol > li');
    const outOfHours = document.querySelector('.rb-section--out-of-hours');
    if (!li || !outOfHours) return null;
    // The instruction is the step's text up to any list or code block inside it (a code block
    // or a list of cases can follow below the fold; what to do cannot).
    const range = document.createRange();
    range.setStart(li, 0);
    const block = [...li.children].find(
      (el) => /^(UL|OL|PRE|DIV|FIGURE|TABLE)$/.test(el.tagName) || (el.tagName === 'P' && el !== li.firstElementChild),
    );
    if (block) range.setEndBefore(block);
    else range.setEnd(li, li.childNodes.length);
    return { outOfHours: outOfHours.getBoundingClientRect().bottom, firstStep: range.getBoundingClientRect().bottom };
  });
}

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a laptop', { width: 1280, height: 800 }],
] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`on ${size} ${javaScriptEnabled ? 'with' : 'without'} JavaScript, every runbook's first step and out-of-hours advice are on the first screen`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport, javaScriptEnabled });
      const page = await context.newPage();
      const late: string[] = [];
      for (const runbook of runbooks) {
        await page.goto(`/runbooks/${runbook.id}/`);
        const bottoms = await firstScreenBottoms(page);
        expect(bottoms, `${runbook.id}: has an Out of hours section and a first step`).not.toBeNull();
        if (bottoms!.outOfHours > viewport.height) late.push(`${runbook.id}: Out of hours ends at ${Math.round(bottoms!.outOfHours)} px`);
        if (bottoms!.firstStep > viewport.height) late.push(`${runbook.id}: the first step ends at ${Math.round(bottoms!.firstStep)} px`);
        // The advice says both things, in that order.
        const advice = page.locator('.rb-section--out-of-hours');
        await expect(advice.locator('p > strong').first()).toHaveText('Do now:');
        await expect(advice.locator('p > strong').nth(1)).toHaveText('Can wait until morning:');
      }
      expect(late, `below the first ${viewport.height} px`).toEqual([]);
      await context.close();
    });
  }

  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    test('the metadata is one line, with the rest folded away', async ({ page }) => {
      const runbook = runbooks.find((r) => r.id === 'site-unreachable')!;
      await page.goto(`/runbooks/${runbook.id}/`);
      const line = page.locator('.rb-summary__line');
      await expect(line).toContainText('Critical');
      await expect(line).toContainText('Usually Urgent');
      await expect(line).toContainText('All platforms');
      await expect(line).toContainText(`Owner: ${labelOf(TEAMS, runbook.data.owner)}`);
      await expect(line).toContainText(/Reviewed \d+ \w+ \d{4}/);
      // Alert names and the review schedule are folded, and open with a click.
      const more = page.locator('.rb-summary__more');
      const alert = more.getByText(runbook.data.alerts[0]!, { exact: true });
      await expect(alert).toBeHidden();
      await more.locator('summary').click();
      await expect(alert).toBeVisible();
      await expect(more).toContainText(/Last reviewed \d+ \w+ \d{4}; next review due/);
      await expectNoAxeViolations(page);
    });

    test('sections come in the order of action, and so does the contents list', async ({ page }) => {
      await page.goto('/runbooks/disk-nearly-full/');
      const ids = await page.locator('.sl-markdown-content h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids).toEqual([...PAGE_ORDER.map(headingId), 'related-runbooks']);
      const toc = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const tocH2 = toc.filter((href) => ids.some((id) => href === `#${id}`));
      expect(tocH2).toEqual(ids.map((id) => `#${id}`));
    });

    test('an overdue review shows on the summary line', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2030-01-01T12:00:00'));
      await page.goto('/runbooks/site-unreachable/');
      await expect(page.locator('.rb-summary__line [data-review-status]')).toBeVisible();
      await expect(page.locator('.rb-summary__line [data-review-status]')).toHaveText(/^Review overdue by \d+ days$/);
    });

    test('a runbook without JavaScript passes axe', async ({ browser }) => {
      await expectNoAxeViolationsWithoutJs(browser, '/runbooks/suspected-compromise/', { viewport });
    });
  });
}
