import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readRunbooks } from '../../src/lib/runbooks/read-runbooks.ts';
import { contactsSchema } from '../../src/schemas/contacts.ts';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './support/axe.ts';

/**
 * Wherever the site says to call, it says where the numbers and the paging tool are: from the one
 * setting in content/contacts.yaml, and never a number.
 */
const contacts = contactsSchema.parse(parse(readFileSync('content/contacts.yaml', 'utf8')));
const { runbooks } = readRunbooks('content/runbooks');

for (const [size, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    for (const path of ['/handbook/getting-help/', '/handbook/on-call/']) {
      test(`${path} says where the phone numbers and the paging tool are`, async ({ page }) => {
        await page.goto(path);
        const box = page.locator('.where-to-call');
        await expect(box).toBeVisible();
        await expect(box).toContainText(`Phone numbers: ${contacts.phoneNumbers.where}.`);
        await expect(box).toContainText(`Paging: ${contacts.paging.tool}, in ${contacts.paging.where}.`);
        if (contacts.phoneNumbers.link) await expect(box.getByRole('link').first()).toHaveAttribute('href', contacts.phoneNumbers.link);
        await expectNoAxeViolations(page);
      });
    }

    test('every runbook says where the numbers are in its escalation section, which says to call', async ({ page }) => {
      test.setTimeout(90_000);
      for (const runbook of runbooks) {
        await page.goto(`/runbooks/${runbook.id}/`);
        const section = page.locator('.rb-section--when-and-how-to-escalate');
        await expect(section, runbook.id).toContainText(/call/i);
        await expect(section.locator('.where-to-call'), runbook.id).toContainText(`Phone numbers: ${contacts.phoneNumbers.where}.`);
      }
    });

    test('without JavaScript the runbook and the getting-help page still say where to call, and pass axe', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      await page.goto('/runbooks/site-unreachable/');
      await expect(page.locator('.rb-section--when-and-how-to-escalate .where-to-call')).toContainText(contacts.paging.tool);
      await context.close();
      await expectNoAxeViolationsWithoutJs(browser, '/handbook/getting-help/', { viewport });
    });
  });
}

test('no built page carries a phone number', () => {
  // UK numbers as people write them: 07700 900123, +44 20 7946 0000, (020) 7946 0000.
  const phone = /(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
  const files = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => join(f.parentPath, f.name));
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) => {
    // Text only: scripts and attributes hold hashes and ids full of digits.
    const text = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g, ' ');
    const match = phone.exec(text);
    return match ? [`${file}: ${match[0]}`] : [];
  });
  expect(found).toEqual([]);
});
