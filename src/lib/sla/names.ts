import type { PlanId, PriorityId, SlaTerms } from './terms.ts';

/** Plan and priority names as people and helpdesks write them, in any case. */

/** Accepts a plan's id, its name, or either part of a name like "Enhanced (Managed Plus)", in any case. */
export function planMatcher(terms: SlaTerms): (value: string) => PlanId | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const names = new Map<string, PlanId>();
  for (const plan of terms.plans) {
    names.set(key(plan.id), plan.id);
    names.set(key(plan.name), plan.id);
    const parts = /^(.*?)\s*\((.*)\)\s*$/.exec(plan.name);
    if (parts) for (const part of [parts[1]!, parts[2]!]) names.set(key(part), plan.id);
  }
  return (value) => names.get(key(value));
}

/** The SLA's priority ids and names in any case, plus helpdesk names given as aliases. */
export function priorityMatcher(
  terms: SlaTerms,
  aliases: Readonly<Record<string, PriorityId>> = {},
): (value: string) => { id: PriorityId; alias: boolean } | undefined {
  const names = new Map<string, { id: PriorityId; alias: boolean }>();
  for (const [name, id] of Object.entries(aliases)) names.set(name, { id, alias: true });
  for (const p of terms.priorities) {
    names.set(p.id, { id: p.id, alias: false });
    names.set(p.name.toLowerCase(), { id: p.id, alias: false });
  }
  return (value) => names.get(value.trim().toLowerCase());
}
