import { PLATFORMS, SERVICES, SEVERITIES, type Term } from './vocabulary.ts';

/**
 * The finder's state, kept in the URL so a filtered view can be shared or bookmarked:
 * /runbooks/?q=disk&severity=critical&platform=govpress&service=database
 * Parameters use vocabulary ids; Pagefind filters use the labels shown on runbook pages.
 */

export interface FinderState {
  q: string;
  severity: string[];
  platform: string[];
  service: string[];
  /** Set when the reader arrived from a link that found no runbook: an alert without one, or a runbook no longer there. */
  from: MissingLink | null;
}

export type FacetKey = 'severity' | 'platform' | 'service';

export interface Facet {
  key: FacetKey;
  /** The filter name in the Pagefind index (data-pagefind-filter). */
  pagefindName: string;
  legend: string;
  terms: readonly Term[];
}

export const FACETS: readonly Facet[] = [
  { key: 'severity', pagefindName: 'Severity', legend: 'Severity', terms: SEVERITIES },
  { key: 'platform', pagefindName: 'Platform', legend: 'Platform', terms: PLATFORMS },
  { key: 'service', pagefindName: 'Service', legend: 'Service', terms: SERVICES },
];

/** The links that can bring a reader to the finder instead of a runbook (see alert-permalinks.ts). */
export const MISSING_LINKS = ['unknown-alert', 'unknown-runbook'] as const;
export type MissingLink = (typeof MISSING_LINKS)[number];
const FROM_PARAM = 'from';
const isMissingLink = (value: string | null): value is MissingLink => MISSING_LINKS.some((m) => m === value);

export const EMPTY_STATE: FinderState = { q: '', severity: [], platform: [], service: [], from: null };

/** Reads the state from a query string; unknown ids are dropped rather than breaking the page. */
export function parseFinderQuery(search: string): FinderState {
  const params = new URLSearchParams(search);
  const pick = (facet: Facet) => {
    const wanted = new Set(params.getAll(facet.key).flatMap((v) => v.split(',')));
    // Keep vocabulary order, so the same selection always gives the same URL.
    return facet.terms.map((t) => t.id).filter((id) => wanted.has(id));
  };
  const [severity, platform, service] = FACETS.map(pick) as [string[], string[], string[]];
  const from = params.get(FROM_PARAM);
  return {
    q: (params.get('q') ?? '').trim(),
    severity,
    platform,
    service,
    from: isMissingLink(from) ? from : null,
  };
}

export interface UnknownFilterValue {
  facet: Facet;
  value: string;
}

/** Filter values in a query string that the finder does not have (parseFinderQuery drops them), to say so. */
export function unknownFilterValues(search: string): UnknownFilterValue[] {
  const params = new URLSearchParams(search);
  const unknown: UnknownFilterValue[] = [];
  for (const facet of FACETS) {
    const known = new Set(facet.terms.map((t) => t.id));
    const given = new Set(
      params
        .getAll(facet.key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim()),
    );
    for (const value of given) if (value && !known.has(value)) unknown.push({ facet, value });
  }
  return unknown;
}

/** The query string for a state, "" when nothing is chosen. */
export function finderQueryString(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const id of state[facet.key]) params.append(facet.key, id);
  if (state.from && state.q.trim()) params.set(FROM_PARAM, state.from);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a state. Ticked values in one group are alternatives ("any"); groups
 * combine with AND. Severity is always present: every runbook has one and no other page does, so
 * "any severity" is how the finder keeps handbook pages out of its results.
 */
export function pagefindFilters(state: FinderState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    const chosen = state[facet.key];
    const ids = chosen.length > 0 ? chosen : facet.key === 'severity' ? facet.terms.map((t) => t.id) : [];
    if (ids.length === 0) continue;
    filters[facet.pagefindName] = { any: ids.map((id) => facet.terms.find((t) => t.id === id)?.label ?? id) };
  }
  return filters;
}

export function hasSelection(state: FinderState): boolean {
  return Boolean(state.q.trim()) || FACETS.some((f) => state[f.key].length > 0);
}

/** How many filter values are ticked, across every group. */
export function chosenFilterCount(state: FinderState): number {
  return FACETS.reduce((n, f) => n + state[f.key].length, 0);
}

/** What the results are, in words, for the live region: "3 runbooks match “disk” and 1 filter". */
export function describeResults(count: number, state: FinderState): string {
  const noun = count === 1 ? 'runbook' : 'runbooks';
  const filterCount = chosenFilterCount(state);
  const parts: string[] = [];
  if (state.q.trim()) parts.push(`“${state.q.trim()}”`);
  if (filterCount) parts.push(`${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}`);
  if (parts.length === 0) return `Showing all ${count} ${noun}`;
  const verb = count === 1 ? 'matches' : 'match';
  return `${count === 0 ? 'No' : count} ${noun} ${verb} ${parts.join(' and ')}`;
}
