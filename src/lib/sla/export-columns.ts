import type { DateOrder } from '../time/wall-time-input.ts';
import type { PriorityId } from './terms.ts';

/**
 * Which column of a helpdesk export holds what. Exact header names from the three helpdesks the
 * team's clients use come first; looser name matches only when a single column fits; two date
 * columns that could both be the received time are never chosen between: the reader is asked.
 * Every choice says how it was made, so the page can show it and let the reader change it.
 */
export type ColumnRole = 'id' | 'subject' | 'priority' | 'plan' | 'received' | 'firstReply' | 'firstReplyMinutes' | 'laterReplies';

export const TRIAGE_ROLES: readonly ColumnRole[] = ['received', 'priority', 'plan', 'id', 'subject'];
export const REPORT_ROLES: readonly ColumnRole[] = [
  'received',
  'firstReply',
  'firstReplyMinutes',
  'laterReplies',
  'priority',
  'plan',
  'id',
  'subject',
];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  id: 'Ticket id',
  subject: 'Subject',
  priority: 'Priority',
  plan: 'Plan',
  received: 'Received time',
  firstReply: 'First reply time',
  firstReplyMinutes: 'Minutes to first reply',
  laterReplies: 'Later reply times',
};

/** Roles whose values are dates: two candidates are never chosen between silently. */
const DATE_ROLES = new Set<ColumnRole>(['received', 'firstReply', 'laterReplies']);

export type PresetId = 'zendesk' | 'jira' | 'freshdesk';

export interface HelpdeskPreset {
  id: PresetId;
  name: string;
  /** Header names as the helpdesk writes them in its CSV export. */
  headers: Partial<Record<ColumnRole, readonly string[]>>;
  /** Headers that together say the export came from this helpdesk. */
  signature: readonly string[];
  /** How the helpdesk writes numeric dates, used only when every value reads both ways. */
  dateOrder?: DateOrder;
  /** Its own priority names, where they differ from the SLA's. */
  priorities: Readonly<Record<string, PriorityId>>;
}

export const PRESETS: readonly HelpdeskPreset[] = [
  {
    id: 'zendesk',
    name: 'Zendesk',
    headers: {
      id: ['Id', 'ID', 'Ticket ID'],
      subject: ['Subject'],
      priority: ['Priority'],
      received: ['Created at'],
      firstReplyMinutes: ['First reply time in minutes'],
    },
    signature: [
      'Id',
      'Requester',
      'Subject',
      'Status',
      'Priority',
      'Created at',
      'Updated at',
      'Due date',
      'Solved at',
      'First reply time in minutes',
    ],
    priorities: {},
  },
  {
    id: 'jira',
    name: 'Jira Service Management',
    headers: { id: ['Issue key'], subject: ['Summary'], priority: ['Priority'], received: ['Created'] },
    signature: ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Created', 'Updated', 'Resolved', 'Due date'],
    // Jira's own date format is day first (dd/MMM/yy); a site set to numeric months keeps that order.
    dateOrder: 'day-first',
    priorities: { highest: 'urgent', medium: 'normal', lowest: 'low' },
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk',
    headers: {
      id: ['Ticket ID'],
      subject: ['Subject'],
      priority: ['Priority'],
      received: ['Created time'],
      firstReply: ['Initial response time'],
    },
    signature: [
      'Ticket ID',
      'Subject',
      'Status',
      'Priority',
      'Source',
      'Type',
      'Created time',
      'Due by Time',
      'Resolved time',
      'Closed time',
      'Last update time',
      'Initial response time',
    ],
    priorities: { medium: 'normal' },
  },
];

/** Names any export might use, beyond the presets'. */
const GENERIC_EXACT: Partial<Record<ColumnRole, readonly string[]>> = {
  id: ['ticket', 'ticket id', 'ticket number', 'id', '#', 'reference', 'ref'],
  subject: ['subject', 'summary', 'title'],
  priority: ['priority', 'ticket priority'],
  plan: ['plan', 'sla plan', 'support plan', 'service plan'],
  received: ['received', 'received at', 'received time'],
  firstReply: ['first reply', 'first reply at', 'first replied at', 'first response', 'first response at'],
  laterReplies: ['later replies', 'later reply times'],
};

const LOOSE: Record<ColumnRole, { match: RegExp; not?: RegExp }> = {
  id: { match: /^(ticket|issue|request|case)\s*(id|key|number|no\.?|#|ref)$/i },
  subject: { match: /subject|summary|title/i },
  priority: { match: /priority/i },
  plan: { match: /\bplan\b|\btier\b|service level/i },
  received: {
    match: /creat|receiv|opened|submit|logged|raised|reported/i,
    not: /updat|due|resolv|clos|solv|modif|repl|respon|assign|view|\bby\b|minutes|hrs|hours/i,
  },
  firstReply: { match: /(first|initial).*(repl|respon)/i, not: /minutes|\(in|hrs|hours|status|time to|business/i },
  firstReplyMinutes: { match: /^first reply time in minutes$/i },
  laterReplies: { match: /later repl|subsequent repl|reply times|replies at/i },
};

export type ChoiceHow =
  /** A header name the helpdesk (or this tool) documents exactly. */
  | 'exact'
  /** The only header whose name suggests it. */
  | 'name'
  /** No header row: the standard order (ticket id, priority, plan, received). */
  | 'position'
  /** Chosen by the reader. */
  | 'chosen'
  /** Not in the export. */
  | 'none'
  /** Several columns fit and at least one is a date: the reader must choose. */
  | 'ask';

export interface ColumnChoice {
  index: number | undefined;
  how: ChoiceHow;
  /** Columns that fitted, when the reader must choose. */
  candidates: number[];
}

export interface ColumnDetection {
  hasHeader: boolean;
  /** Column names: the header row's, or "Column 1"... without one. */
  names: string[];
  /** First non-empty value in each column, to help the reader choose. */
  samples: string[];
  preset: HelpdeskPreset | undefined;
  columns: Record<ColumnRole, ColumnChoice>;
}

/** A reader's choice per role: a column index, or null for "not in the export". */
export type ColumnOverrides = Partial<Record<ColumnRole, number | null>>;

const ROLES: readonly ColumnRole[] = ['id', 'subject', 'priority', 'plan', 'received', 'firstReply', 'firstReplyMinutes', 'laterReplies'];
const POSITIONAL: Partial<Record<ColumnRole, number>> = { id: 0, priority: 1, plan: 2, received: 3 };
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function findPreset(header: readonly string[]): HelpdeskPreset | undefined {
  const names = new Set(header.map(norm));
  let best: HelpdeskPreset | undefined;
  let bestCount = 2; // at least three of its headers
  for (const preset of PRESETS) {
    const count = preset.signature.filter((h) => names.has(norm(h))).length;
    if (count > bestCount) [best, bestCount] = [preset, count];
  }
  return best;
}

/**
 * Where each role's column is. `isDateTime` tells a data row from a header: a header has no
 * dates in it and names at least one known column.
 */
export function detectColumns(
  rows: readonly string[][],
  isDateTime: (cell: string) => boolean,
  overrides: ColumnOverrides = {},
): ColumnDetection {
  const first = rows[0] ?? [];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const knownName = (cell: string) => ROLES.some((role) => exactNames(role, undefined).has(norm(cell)) || LOOSE[role].match.test(cell));
  const hasHeader = first.length > 0 && !first.some(isDateTime) && first.some(knownName);
  const names = Array.from({ length: width }, (_, i) => (hasHeader && first[i] ? first[i]! : `Column ${i + 1}`));
  const samples = Array.from({ length: width }, (_, i) => {
    for (let r = hasHeader ? 1 : 0; r < Math.min(rows.length, 50); r++) {
      const v = rows[r]?.[i];
      if (v) return v;
    }
    return '';
  });
  const preset = hasHeader ? findPreset(first) : undefined;
  const columns = {} as Record<ColumnRole, ColumnChoice>;
  const taken = new Set<number>();
  // Exact names first for every role, so a loose match never takes another role's exact column.
  const exactFor = new Map<ColumnRole, number[]>();
  for (const role of ROLES) {
    const wanted = exactNames(role, preset);
    exactFor.set(role, hasHeader ? first.flatMap((cell, i) => (wanted.has(norm(cell)) ? [i] : [])) : []);
  }
  for (const list of exactFor.values()) if (list.length === 1) taken.add(list[0]!);

  for (const role of ROLES) {
    const override = overrides[role];
    if (override !== undefined) {
      columns[role] =
        override === null || override >= width
          ? { index: undefined, how: 'none', candidates: [] }
          : { index: override, how: 'chosen', candidates: [] };
      continue;
    }
    if (!hasHeader) {
      // Positions stand even past a short row's end, so the row is reported as short.
      const index = POSITIONAL[role];
      columns[role] = index !== undefined ? { index, how: 'position', candidates: [] } : { index: undefined, how: 'none', candidates: [] };
      continue;
    }
    const exact = exactFor.get(role)!;
    if (exact.length === 1) {
      columns[role] = { index: exact[0], how: 'exact', candidates: [] };
      continue;
    }
    const loose =
      exact.length > 1
        ? exact
        : first.flatMap((cell, i) => (!taken.has(i) && LOOSE[role].match.test(cell) && !LOOSE[role].not?.test(cell) ? [i] : []));
    if (loose.length === 1) {
      columns[role] = { index: loose[0], how: exact.length ? 'exact' : 'name', candidates: [] };
      taken.add(loose[0]!);
    } else if (loose.length > 1 && (DATE_ROLES.has(role) || exact.length > 1)) {
      columns[role] = { index: undefined, how: 'ask', candidates: loose };
    } else if (loose.length > 1) {
      columns[role] = { index: loose[0], how: 'name', candidates: [] };
      taken.add(loose[0]!);
    } else {
      columns[role] = { index: undefined, how: 'none', candidates: [] };
    }
  }
  return { hasHeader, names, samples, preset, columns };
}

function exactNames(role: ColumnRole, preset: HelpdeskPreset | undefined): Set<string> {
  const names = new Set((GENERIC_EXACT[role] ?? []).map(norm));
  // Every preset's names count (an export may have been trimmed below its signature), its own first.
  for (const p of preset ? [preset] : PRESETS) for (const h of p.headers[role] ?? []) names.add(norm(h));
  return names;
}

/** Priority names the helpdesks use beyond the SLA's own (shown when used, never silent). */
export function priorityAliases(preset: HelpdeskPreset | undefined): Readonly<Record<string, PriorityId>> {
  // Each helpdesk's names are known whichever export this is; the detected one's win.
  return Object.assign({}, ...PRESETS.map((p) => p.priorities), preset?.priorities ?? {});
}

/** "Created at (column 5), by its Zendesk name" and the like, for the page and the CLI. */
export function describeChoice(detection: ColumnDetection, role: ColumnRole): string {
  const choice = detection.columns[role];
  const column = (i: number) => `“${detection.names[i]}” (column ${i + 1})`;
  switch (choice.how) {
    case 'exact':
      return `${column(choice.index!)}, by its name${detection.preset ? ` in ${detection.preset.name} exports` : ''}`;
    case 'name':
      return `${column(choice.index!)}, the only column whose name fits`;
    case 'position':
      return `${column(choice.index!)}, by position (no header row)`;
    case 'chosen':
      return `${column(choice.index!)}, as you chose`;
    case 'none':
      return 'not in the export';
    case 'ask':
      return `choose one of ${choice.candidates.map(column).join(', ')}`;
  }
}
