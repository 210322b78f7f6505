// The SLA compliance report, the command line on a large export, and batch triage in Chromium:
// `npm run bench:sla` (run `npm run build` first for the browser figures). The deadline and batch
// engine timings are in engines.bench.ts; the calculator's JavaScript budget is size-limit's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { describe, test } from 'vitest';
import { readSla, readWorkingCalendar } from '../../src/lib/data-files/working-time-files.ts';
import { complianceCsv, complianceReport } from '../../src/lib/sla/compliance.ts';
import { formatWallTimeInput } from '../../src/lib/time/wall-time-input.ts';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { recorder } from './record.ts';
import { random } from './synthetic-rota.ts';

const terms = readSla();
const calendar = readWorkingCalendar();
const zone = terms.workingHours.timeZone;
const { measure, record } = recorder();

/** An export of closed and open tickets across 2026-2027: received, first reply, later replies for Low. */
function exportOf(count: number): string {
  const next = random(11);
  const [from, span, hour] = [Date.parse('2026-01-01T00:00:00Z'), 2 * 365 * 86_400_000, 3_600_000];
  const lines = ['Ticket ID,Subject,Priority,Plan,Created time,Initial response time,Later replies'];
  for (let i = 0; i < count; i++) {
    const priority = ['Urgent', 'High', 'Medium', 'Low'][i % 4]!;
    const received = from + Math.floor(next() * span);
    const reply = received + Math.floor(next() * 30 * hour);
    const later = priority === 'Low' ? [1, 2, 3].map((n) => formatWallTimeInput(reply + n * Math.floor(next() * 100 * hour), zone)) : [];
    const open = i % 20 === 0;
    const cells = [i, `Ticket ${i}`, priority, i % 3 ? 'Standard' : 'Managed Plus', formatWallTimeInput(received, zone)];
    lines.push([...cells, open ? '' : formatWallTimeInput(reply, zone), open ? '' : later.join(';')].join(','));
  }
  return lines.join('\n');
}

/** Rows as a support engineer pastes them from a helpdesk: id, priority, plan, received. */
function pastedRows(count: number): string {
  const lines = ['Ticket,Priority,Plan,Received'];
  for (let i = 0; i < count; i++) {
    const [day, hour] = [String(1 + (i % 28)).padStart(2, '0'), String(8 + (i % 10)).padStart(2, '0')];
    lines.push(`T${i},${['Urgent', 'High', 'Normal', 'Low'][i % 4]},${i % 3 ? 'standard' : 'Managed Plus'},2026-12-${day}T${hour}:15`);
  }
  return lines.join('\n');
}

describe('SLA compliance report, 10,000 tickets', () => {
  const text = exportOf(10_000);
  const now = Date.parse('2028-01-10T12:00:00Z');
  const report = complianceReport(terms, calendar, text, { now });
  if (report.errors.length || report.tickets.length !== 10_000) throw new Error('the generated export should read cleanly');
  measure('sla-report', 'every reply target judged, grouped by plan, priority and month', () => {
    complianceReport(terms, calendar, text, { now });
  });
  measure('sla-report', 'its CSV, one row per reply target with the reason in words', () => {
    complianceCsv(terms, calendar, report);
  });
});

describe('SLA command line', () => {
  test('npm run sla -- --csv on 100,000 rows, streamed, in its own process', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-sla-')), 'tickets.csv');
    writeFileSync(file, pastedRows(100_000));
    // The child reports its own resource use as it exits.
    const usage = `data:text/javascript,process.on('exit',()=>{process.stderr.write('USAGE '+JSON.stringify(process.resourceUsage())+'\\n')})`;
    const wall: number[] = [];
    const memory: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const args = ['--import', usage, 'scripts/sla.ts', '--csv', file, '--now', '2026-12-29T10:30'];
      const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
      wall.push(performance.now() - start);
      const line = /USAGE (.*)/.exec(child.stderr)?.[1];
      if (child.status !== 0 || !line) throw new Error(`the CLI failed: ${child.stderr.slice(0, 500)}`);
      memory.push((JSON.parse(line) as { maxRSS: number }).maxRSS / 1024);
    }
    record('sla-cli', '100,000 rows to JSON, streamed (wall time of the whole process)', wall, { peakMemoryMb: Math.max(...memory) });
  });
});

describe('batch triage in Chromium, 20,000 pasted rows', () => {
  test.skipIf(!existsSync('dist/tools/sla-calculator/index.html'))('three fresh pages (needs npm run build)', async () => {
    const { server, origin } = await startStaticServer({ dir: 'dist' });
    const executablePath = findChromium();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
    const first: number[] = [];
    const longest: number[] = [];
    try {
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage();
        await page.goto(`${origin}/tools/sla-calculator/`);
        await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
        await page.getByLabel('Rows from the helpdesk export').evaluate((el, text) => {
          (el as HTMLTextAreaElement).value = text;
        }, pastedRows(20_000));
        // Long tasks count from here: laying out a megabyte of pasted text is the browser's own work.
        await page.waitForTimeout(300);
        await page.evaluate(() => {
          const w = window as unknown as { longTasks: number[] };
          w.longTasks = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
        });
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              const done = new MutationObserver(() => {
                if (!document.querySelector('[data-testid="sla-batch-summary"]')) return;
                if (!document.querySelector('[data-testid="sla-batch-table"] tbody tr')) return;
                done.disconnect();
                // The next frame: what was drawn is on screen.
                requestAnimationFrame(() => resolve(performance.now() - start));
              });
              done.observe(document.body, { childList: true, subtree: true });
              [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Triage the tickets')?.click();
            }),
        );
        await page.waitForTimeout(500); // a task still running is reported when it ends
        first.push(ms);
        longest.push(Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks))));
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
    record('sla-browser', 'from the click to the first results on screen', first);
    record('sla-browser', 'longest main-thread task meanwhile (0: none over 50 ms)', longest);
  });
});
