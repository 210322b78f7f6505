// Generated content for the whole-site benchmark (scripts/bench.ts): handbook-like MDX pages, or
// runbooks, about as long as real ones. Both share one body: the runbook outline, both kinds of
// list, a table, an aside, a code block and links to the neighbours (so link checking has work).
import { PLATFORMS, SERVICES, SEVERITIES, SLA_PRIORITIES, TEAMS } from '../../src/lib/runbooks/vocabulary.ts';
import { addMonths } from '../../src/lib/time/civil-date.ts';

/** `source` is the whole file for this site; bare Starlight gets `title`, `description` and `body`. */
export type BenchFile = Record<'slug' | 'title' | 'description' | 'body' | 'source', string>;

const AREAS = ['Hosting', 'Backups', 'Email', 'Certificates', 'Accounts', 'Releases', 'Monitoring', 'Data protection'];
const pad = (n: number) => String(n).padStart(4, '0');
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The shared body; `link(k)` is the address of generated file k (wrapping round at both ends). */
export function benchBody(i: number, link: (k: number) => string): string {
  const area = pick(AREAS, i).toLowerCase();
  const n = pad(i + 1);
  const para = (what: string) =>
    `${what} is part of the ${area} work every client's service depends on. Most weeks nothing needs ` +
    `doing beyond a quick look, but when something does change, doing it in the same order every ` +
    `time keeps the change small, easy to check and easy to undo.`;
  return `## What the alert means

${para(`Looking after ${area}`)} This is number ${i + 1} of a generated set used to measure the site at scale.

## Impact and SLA priority

${para('Judging the impact')} It is usually a **High** priority ticket, and **Urgent** if the service is down.

- Check the [previous one](${link(i - 1)}) if you came from there.
- Make sure you can reach the client's dashboard and the shared password manager.
- Tell the client's project team, in their usual channel, what you are about to do.

:::tip[Out of hours?]
Only urgent work happens out of hours. Everything else waits for first-line support, 10:00 to 18:00.
:::

## How to check

1. Open the service's dashboard and note the current state.
2. Compare the last hour with the same hour yesterday, and with the deploy log.
3. Check the result from outside our network:

   \`\`\`sh
   curl --silent --show-error --head https://service-${n}.example.gov.uk/ | head -5
   \`\`\`

4. Record what you found on the ticket, with the time.

## How to fix

| Cause | First line | On call | Project team |
| --- | --- | --- | --- |
| Recent deploy | Roll back | Roll back | Investigate |
| Capacity in ${area} | Scale out | Scale out | Plan |
| Upstream failure | Tell clients | Tell clients | If asked |

## When and how to escalate

${para('Escalating')} Escalate after 20 minutes without progress, or at once if several clients are affected.

## Out of hours

${para('Follow-up')} Then carry on with the [next one](${link(i + 1)}).
`;
}

const wrap = (k: number, count: number) => pad((((k % count) + count) % count) + 1);

/** A generated handbook page, at /bench/bench-page-NNNN/ in both sites. */
export function benchPage(i: number, count: number): BenchFile {
  const slug = `bench-page-${pad(i + 1)}`;
  const title = `Bench page ${pad(i + 1)}: ${pick(AREAS, i)}`;
  const description = `How the support team handles ${pick(AREAS, i).toLowerCase()} (generated page ${pad(i + 1)} of the site benchmark).`;
  const body = benchBody(i, (k) => `/bench/bench-page-${wrap(k, count)}/`);
  return {
    slug,
    title,
    description,
    body,
    source: `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body}`,
  };
}

/** A generated runbook, valid against this site's schema, spread over every platform, severity and service. */
export function benchRunbook(i: number, count: number): BenchFile {
  const n = pad(i + 1);
  const slug = `bench-runbook-${n}`;
  const title = `Bench runbook ${n}: ${pick(AREAS, i)}`;
  const description = `Generated runbook ${n} about ${pick(AREAS, i).toLowerCase()}, for the scale benchmark.`;
  const platforms = PLATFORMS.filter((_, p) => (i >> p) % 2 === 1 || p === i % PLATFORMS.length).map((p) => p.id);
  const services = [...new Set([pick(SERVICES, i).id, pick(SERVICES, i + 5).id])];
  const body = benchBody(i, (k) => `/runbooks/bench-runbook-${wrap(k, count)}/`);
  const source = `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(description)}
alerts: [BenchAlert${n}, bench_alert_${n}_secondary]
severity: ${pick(SEVERITIES, i).id}
slaPriority: ${pick(SLA_PRIORITIES, i).id}
platforms: [${platforms.join(', ')}]
services: [${services.join(', ')}]
owner: ${pick(TEAMS, i).id}
lastReviewed: ${addMonths('2026-01-15', i % 12)}
reviewIntervalMonths: 6
related: ${count > 1 ? `[bench-runbook-${wrap(i + 1, count)}]` : '[]'}
---

${body}`;
  return { slug, title, description, body, source };
}

/** The one page that lists every generated page: how this site links many pages (like the runbook finder). */
export function benchIndexPage(pages: readonly BenchFile[]): string {
  return `---\ntitle: Generated pages\ndescription: Every page generated for the site benchmark.\n---\n\n${pages.map((p) => `- [${p.title}](/bench/${p.slug}/)`).join('\n')}\n`;
}
