import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4411/');
const qs = process.argv.slice(2);
const out = await p.evaluate(async (qs) => {
  const pf = await import(`${location.origin}/pagefind/pagefind.js`); await pf.init();
  const res = [];
  for (const q of qs) { const s = await pf.search(q); const top = await Promise.all(s.results.slice(0, 4).map(async (r) => (await r.data()).url)); res.push([q, s.results.length, top.join('  ')]); }
  return res;
}, qs);
for (const r of out) console.log(r.join(' | '));
await b.close();
