// Batch triage at scale in Chromium: paste 20,000 rows, time to the first results on the page,
// and the longest main-thread task meanwhile (Long Tasks API). Used by `npm run bench:sla`.
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { startStaticServer } from './static-server.ts';

export interface BatchBrowserFigures {
  rows: number;
  /** From the click on "Triage the tickets" to the summary and first page being on the page. */
  firstResultsMs: number;
  /** Longest main-thread task from the click until then, and its count over 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  rowsDrawn: number;
}

export function batchRows(count: number): string {
  const lines = ['Ticket,Priority,Plan,Received'];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    lines.push(`T${i},${['Urgent', 'High', 'Normal', 'Low'][i % 4]},${i % 3 ? 'standard' : 'Managed Plus'},2026-12-${day}T${hour}:15`);
  }
  return lines.join('\n');
}

export async function benchBatchInBrowser(rows: number, runs = 3): Promise<BatchBrowserFigures[]> {
  const { server, origin } = await startStaticServer({ dir: 'dist' });
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  const text = batchRows(rows);
  const figures: BatchBrowserFigures[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/tools/sla-calculator/`);
      await page
        .locator('astro-island[ssr]')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.getByLabel('Rows from the helpdesk export').evaluate((el, value) => {
        (el as HTMLTextAreaElement).value = value;
      }, text);
      // Tasks are counted from here: laying out a megabyte of pasted text is the browser's own work.
      await page.waitForTimeout(300);
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const result = await page.evaluate(
        () =>
          new Promise<{ ms: number; drawn: number }>((resolve) => {
            const start = performance.now();
            const done = new MutationObserver(() => {
              const rowsDrawn = document.querySelectorAll('[data-testid="sla-batch-table"] tbody tr').length;
              if (document.querySelector('[data-testid="sla-batch-summary"]') && rowsDrawn) {
                done.disconnect();
                // The next frame: what was drawn is on screen.
                requestAnimationFrame(() => resolve({ ms: performance.now() - start, drawn: rowsDrawn }));
              }
            });
            done.observe(document.body, { childList: true, subtree: true });
            [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Triage the tickets')?.click();
          }),
      );
      // Let any task still running finish and be reported.
      await page.waitForTimeout(500);
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      figures.push({
        rows,
        firstResultsMs: result.ms,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        rowsDrawn: result.drawn,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
