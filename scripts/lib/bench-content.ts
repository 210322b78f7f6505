// Generated runbooks for the scale benchmark: valid, about as long as real ones, each with a code
// block and a link to a neighbour (so link checking has work to do), spread over every platform,
// severity and service.
import { PLATFORMS, SERVICES, SEVERITIES, SLA_PRIORITIES, TEAMS } from '../../src/lib/runbooks/vocabulary.ts';
import { addMonths } from '../../src/lib/runbooks/calendar-date.ts';

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
