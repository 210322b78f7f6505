import { PRIORITY_IDS, type PriorityId } from '../sla/terms.ts';
/**
 * The fixed lists a runbook's front matter chooses from. Filters and reports only work if every
 * runbook spells a platform or service the same way, so free text is not allowed: adding a value
 * here is a deliberate, reviewed change.
 */

export interface Term<Id extends string = string> {
  id: Id;
  label: string;
  /** A shorter name where space is tight (a runbook's one-line summary on a phone). */
  short?: string;
}

export const SEVERITIES = [
  { id: 'critical', label: 'Critical' },
  { id: 'warning', label: 'Warning' },
  { id: 'info', label: 'Info' },
] as const satisfies readonly Term[];

export const PLATFORMS = [
  { id: 'govpress', label: 'GovPress managed WordPress hosting', short: 'GovPress' },
  { id: 'container-hosting', label: 'Container hosting for Rails apps', short: 'Container hosting' },
  { id: 'secure-wordpress', label: 'Secure WordPress hosting (blogs and campaign multisites)', short: 'Secure WordPress' },
] as const satisfies readonly Term[];

export const SERVICES = [
  { id: 'web', label: 'Web serving and load balancers' },
  { id: 'cdn', label: 'CDN and page caching' },
  { id: 'dns', label: 'DNS' },
  { id: 'tls', label: 'TLS certificates' },
  { id: 'database', label: 'Databases' },
  { id: 'storage', label: 'Disk storage' },
  { id: 'compute', label: 'CPU and memory' },
  { id: 'containers', label: 'Containers and orchestration' },
  { id: 'background-jobs', label: 'Background jobs' },
  { id: 'wordpress-core', label: 'WordPress core' },
  { id: 'wordpress-plugins', label: 'WordPress plugins and themes' },
  { id: 'updates', label: 'Automatic updates' },
  { id: 'logins', label: 'Logins and authentication' },
  { id: 'security', label: 'Security incidents' },
  { id: 'backups', label: 'Backups' },
  { id: 'email', label: 'Outbound email' },
] as const satisfies readonly Term[];

export const TEAMS = [
  { id: 'hosting', label: 'Hosting team' },
  { id: 'support', label: 'Support team' },
  { id: 'wordpress', label: 'WordPress team' },
  { id: 'rails', label: 'Rails team' },
  { id: 'security', label: 'Security team' },
] as const satisfies readonly Term[];

/** The support contract's ticket priorities, most pressing first. */
export const SLA_PRIORITIES: ReadonlyArray<{ id: PriorityId; label: string }> = PRIORITY_IDS.map((id) => ({
  id,
  label: `${id[0]!.toUpperCase()}${id.slice(1)}`,
}));

type IdOf<T extends readonly Term[]> = T[number]['id'];
export type Severity = IdOf<typeof SEVERITIES>;
export type Platform = IdOf<typeof PLATFORMS>;
export type Service = IdOf<typeof SERVICES>;
export type Team = IdOf<typeof TEAMS>;
export type SlaPriority = IdOf<typeof SLA_PRIORITIES>;

export function ids<T extends readonly Term[]>(terms: T): [IdOf<T>, ...IdOf<T>[]] {
  return terms.map((t) => t.id) as [IdOf<T>, ...IdOf<T>[]];
}

export function labelOf(terms: readonly Term[], id: string): string {
  return terms.find((t) => t.id === id)?.label ?? id;
}

/** The short name of a term, or its label when it has none. */
export function shortLabelOf(terms: readonly Term[], id: string): string {
  const term = terms.find((t) => t.id === id);
  return term?.short ?? term?.label ?? id;
}

/** Rank for sorting: critical before warning before info. */
export function severityRank(severity: string): number {
  const i = SEVERITIES.findIndex((s) => s.id === severity);
  return i === -1 ? SEVERITIES.length : i;
}
