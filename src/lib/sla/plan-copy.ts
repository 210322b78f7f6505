import { formatTarget } from './format.ts';
import { durationMinutes, type PlanId, type SlaTerms } from './terms.ts';

/**
 * What a plan gets beyond the standard one, worked out from the targets in content/sla.yaml so
 * the words cannot drift from the numbers: "Faster first replies than Standard for Urgent (30
 * minutes, around the clock, against 1 hour, around the clock), High (...) and Normal (...)."
 */
export function fasterThan(
  terms: SlaTerms,
  plan: PlanId,
  than: PlanId = 'standard',
): Array<{ priority: string; target: string; other: string }> {
  if (plan === than) return [];
  return terms.priorities.flatMap((p) => {
    const mine = durationMinutes(p.firstReply[plan], p.clock, terms);
    const theirs = durationMinutes(p.firstReply[than], p.clock, terms);
    return mine < theirs
      ? [{ priority: p.name, target: formatTarget(p.firstReply[plan], p.clock), other: formatTarget(p.firstReply[than], p.clock) }]
      : [];
  });
}

/** A plan's description followed by how it differs, in one sentence each. */
export function planSummary(terms: SlaTerms, plan: PlanId): string {
  const found = terms.plans.find((p) => p.id === plan);
  if (!found) return '';
  const standard = terms.plans.find((p) => p.id === 'standard');
  const faster = fasterThan(terms, plan);
  if (!faster.length || !standard) return `${found.name}: ${found.description}`;
  const items = faster.map((f) => `${f.priority} (${f.target}, against ${f.other})`);
  const list = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${found.name}: ${found.description} Faster first replies than ${standard.name} for ${list}.`;
}
