import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 2400 }, timezoneId: 'Europe/London', locale: 'en-GB' });
p.on('console', (m) => console.log('console', m.type(), m.text())); p.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4413' + process.argv[2]);
await p.waitForTimeout(1500);
if (process.argv[4]) { await p.fill('#sla-batch-rows', process.argv[4].replaceAll('\\n', '\n')); await p.click('text=Triage the tickets'); await p.waitForTimeout(500); }
await p.screenshot({ path: process.argv[3], fullPage: true });
await b.close();
