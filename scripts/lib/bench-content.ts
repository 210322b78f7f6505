// Generated runbooks for the scale benchmark: valid, about as long as real ones, each with a code
// block and a link to a neighbour (so link checking has work to do), spread over every platform,
// severity and service.
import { PLATFORMS, SERVICES, SEVERITIES, SLA_PRIORITIES, TEAMS } from '../../src/lib/runbooks/vocabulary.ts';
import { addMonths } from '../../src/lib/time/civil-date.ts';

export interface BenchRunbook {
  slug: string;
  title: string;
  description: string;
  body: string;
  /** The whole file for this site's content/runbooks/. */
  source: string;
}

const TOPICS = ['disk usage', 'queue latency', 'certificate expiry', 'error rate', 'memory', 'replication', 'DNS', 'mail delivery'];

const pad = (n: number) => String(n).padStart(4, '0');
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export function benchRunbookBody(i: number, count: number): string {
  const next = `bench-runbook-${pad(((i + 1) % count) + 1)}`;
  const para = (topic: string) =>
    `When the ${topic} check fires, start with the dashboard for the affected service and compare the ` +
    `last hour with the same hour yesterday. A sudden step usually follows a deploy or configuration ` +
    `change; a slow climb usually means growth that needs planning rather than a fix tonight.`;
  const topic = pick(TOPICS, i);
  return `## What the alert means

${para(topic)} This alert is number ${i + 1} of a generated set used to measure the site at scale.

## Impact and SLA priority

Clients notice slower pages or delayed emails. It is usually a **High** priority ticket, and
**Urgent** if the service becomes unavailable. See also [the next runbook](/runbooks/${next}/).

## How to check

1. Open the monitoring dashboard for the service and note when the change started.
2. Compare with the deploy log and the change calendar.
3. Look at the logs for the same window:

   \`\`\`sh
   journalctl --since "-1h" -u app.service | grep -i -E 'error|timeout' | tail -50
   \`\`\`

4. Check the database and cache dashboards for the same period.

## How to fix

- **Recent deploy:** roll back, then investigate.
- **Capacity:** scale out by one instance and watch for ten minutes.
- **Upstream failure:** wait for the provider, and tell affected clients.

${para(topic)}

## When and how to escalate

Escalate to the on-call engineer after 20 minutes without progress, or straight away if more
than one client is affected.

## Out of hours

This alert pages the on-call engineer. Stabilise the service and leave root-cause work to the
support team in the morning.
`;
}

export function benchRunbook(i: number, count: number): BenchRunbook {
  const n = pad(i + 1);
  const slug = `bench-runbook-${n}`;
  const title = `Bench runbook ${n}: ${pick(TOPICS, i)}`;
  const description = `Generated runbook ${n} about ${pick(TOPICS, i)}, for the scale benchmark.`;
  const platforms = PLATFORMS.filter((_, p) => (i >> p) % 2 === 1 || p === i % PLATFORMS.length).map((p) => p.id);
  const services = [pick(SERVICES, i).id, pick(SERVICES, i + 5).id].filter((s, k, all) => all.indexOf(s) === k);
  const body = benchRunbookBody(i, count);
  const related = count > 1 ? `[bench-runbook-${pad(((i + 1) % count) + 1)}]` : '[]';
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
related: ${related}
---

${body}`;
  return { slug, title, description, body, source };
}

export interface BenchPage {
  slug: string;
  title: string;
  /** The whole MDX file, for content/docs/bench/ here and src/content/docs/bench/ in bare Starlight. */
  source: string;
}

const AREAS = ['Hosting', 'Backups', 'Email', 'Certificates', 'Accounts', 'Releases', 'Monitoring', 'Data protection'];

/**
 * A generated handbook page for the whole-site benchmark: an ordinary MDX docs page about as long
 * as a real handbook page (around 450 words), with headings, paragraphs, both kinds of list, a table,
 * an aside, a code block and links to its neighbours. Valid for this site and bare Starlight alike.
 */
export function benchPage(i: number, count: number): BenchPage {
  const n = pad(i + 1);
  const area = pick(AREAS, i);
  const slug = `bench-page-${n}`;
  const title = `Bench page ${n}: ${area}`;
  const neighbour = (k: number) => `/bench/bench-page-${pad(((k % count) + count) % count + 1)}/`;
  const para = (what: string) =>
    `${what} is part of the ${area.toLowerCase()} work every client's service depends on. Most weeks ` +
    `nothing needs doing beyond a quick look, but when something does change, doing it in the same ` +
    `order every time keeps the change small, easy to check and easy to undo.`;
  const source = `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(`How the support team handles ${area.toLowerCase()} (generated page ${n} of the site benchmark).`)}
---

import { Aside } from '@astrojs/starlight/components';

${para(`Looking after ${area.toLowerCase()}`)} This page is number ${i + 1} of a generated set used to measure the site at scale.

## Before you start

${para('Preparation')}

- Check the [previous page](${neighbour(i - 1)}) if you came from there.
- Make sure you can reach the client's dashboard and the shared password manager.
- Tell the client's project team, in their usual channel, what you are about to do.

<Aside type="tip" title="Out of hours?">
Only urgent work happens out of hours. Everything else waits for first-line support, 10:00 to 18:00.
</Aside>

## What to do

1. Open the service's dashboard and note the current state.
2. Make the change described in the ticket.
3. Check the result from outside our network:

   \`\`\`sh
   curl --silent --show-error --head https://service-${n}.example.gov.uk/ | head -5
   \`\`\`

4. Record what you did on the ticket, with the time.

## Who does what

| Task | First line | On call | Project team |
| --- | --- | --- | --- |
| Routine ${area.toLowerCase()} check | Yes | No | No |
| Urgent fix | Yes | Yes | If asked |
| Planned change | Reviews | No | Yes |

## Afterwards

${para('Follow-up')} Then carry on with the [next page](${neighbour(i + 1)}).
`;
  return { slug, title, source };
}

/** The one page that lists every generated page: how this site would link many pages (like the runbook finder). */
export function benchIndexPage(pages: readonly BenchPage[]): string {
  return `---
title: Generated pages
description: Every page generated for the site benchmark.
---

${pages.map((p) => `- [${p.title}](/bench/${p.slug}/)`).join('\n')}
`;
}
