import { csvParse } from 'd3-dsv';
import type { Person } from '../rota/model.ts';
import { parseWallTimeInput } from '../time/wall-time-input.ts';

/**
 * Reading an alert export: a CSV file (columns created, acknowledged by, tags; optional id and
 * message) or Opsgenie's alert JSON (GET /v2/alerts: `{ data: [{ id, tinyId, message, createdAt,
 * tags, report: { acknowledgedBy } }] }`, or the list alone). The person is matched by their id in
 * people.yaml or their work e-mail (Opsgenie's username), ignoring case. Every problem names the
 * file, the row (the line in a CSV, the alert's place in the list from 1 in JSON) and the field.
 */

export interface Alert {
  row: number;
  id: string;
  message?: string | undefined;
  createdAt: number;
  /** Person id from people.yaml; absent when nobody acknowledged it. */
  acknowledgedBy?: string | undefined;
  tags: string[];
}

export interface AlertProblem {
  file: string;
  row: number;
  field: string;
  reason: string;
}

export const formatAlertProblem = (p: AlertProblem): string => `${p.file}, row ${p.row}, ${p.field}: ${p.reason}`;

export class AlertExportError extends Error {
  readonly problems: readonly AlertProblem[];
  constructor(problems: readonly AlertProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatAlertProblem(p)}`);
    if (problems.length > 20) shown.push(`  - and ${problems.length - 20} more`);
    super(`The alert export has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${shown.join('\n')}`);
    this.name = 'AlertExportError';
    this.problems = problems;
  }
}

/** Reads the export's text; throws AlertExportError listing every problem. */
export function parseAlertExport(text: string, file: string, people: readonly Person[], timeZone: string): Alert[] {
  const byKey = new Map<string, string>();
  for (const p of people) {
    byKey.set(p.id.toLowerCase(), p.id);
    if (p.email) byKey.set(p.email.toLowerCase(), p.id);
  }
  const problems: AlertProblem[] = [];
  const rows = looksLikeJson(text) ? jsonRows(text, file, problems) : csvRows(text, file, problems);
  const alerts: Alert[] = [];
  for (const row of rows) {
    const add = (field: string, reason: string) => problems.push({ file, row: row.row, field, reason });
    let createdAt: number | undefined;
    if (row.created === undefined || row.created.trim() === '') add(row.fields.created, 'is missing: when the alert was created');
    else {
      const parsed = parseWallTimeInput(row.created, timeZone);
      if (parsed.ok) createdAt = parsed.instant;
      else
        add(
          row.fields.created,
          `${parsed.error.replace(/[“”]/g, '"')}; use ISO 8601 like 2026-12-24T23:40:00Z, or UK time like 2026-12-24T23:40`,
        );
    }
    let acknowledgedBy: string | undefined;
    const who = row.acknowledgedBy?.trim();
    if (who) {
      acknowledgedBy = byKey.get(who.toLowerCase());
      if (!acknowledgedBy) add(row.fields.acknowledgedBy, `"${who}" is not anyone in content/rota/people.yaml (by id or e-mail)`);
    }
    if (createdAt !== undefined)
      alerts.push({ row: row.row, id: row.id || `row ${row.row}`, message: row.message, createdAt, acknowledgedBy, tags: row.tags });
  }
  if (problems.length) throw new AlertExportError(problems);
  return alerts;
}

interface RawRow {
  row: number;
  id: string;
  message?: string | undefined;
  created?: string | undefined;
  acknowledgedBy?: string | undefined;
  tags: string[];
  /** The names of the fields as the export spells them, for messages. */
  fields: { created: string; acknowledgedBy: string };
}

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

function jsonRows(text: string, file: string, problems: AlertProblem[]): RawRow[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problems.push({
      file,
      row: 0,
      field: '(file)',
      reason: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
    return [];
  }
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object' && Array.isArray((raw as { data?: unknown }).data)
      ? (raw as { data: unknown[] }).data
      : undefined;
  if (!list) {
    problems.push({ file, row: 0, field: '(file)', reason: 'must be a list of alerts, or Opsgenie\'s { "data": [...] }' });
    return [];
  }
  return list.map((item, i): RawRow => {
    const a = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const report = (a['report'] && typeof a['report'] === 'object' ? a['report'] : {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
    const tags = Array.isArray(a['tags']) ? a['tags'].filter((t): t is string => typeof t === 'string') : [];
    return {
      row: i + 1,
      id: text(a['tinyId']) ?? text(a['id']) ?? '',
      message: text(a['message']),
      created: text(a['createdAt']),
      acknowledgedBy: text(report['acknowledgedBy']) ?? text(a['acknowledgedBy']),
      tags,
      fields: { created: 'createdAt', acknowledgedBy: 'report.acknowledgedBy' },
    };
  });
}

const normal = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const COLUMNS = {
  created: ['created', 'createdat', 'createddate', 'time'],
  acknowledgedBy: ['acknowledgedby', 'ackedby', 'acknowledger'],
  tags: ['tags', 'tag'],
  id: ['id', 'tinyid', 'alias', 'alertid'],
  message: ['message', 'title', 'alert'],
} as const;

function csvRows(text: string, file: string, problems: AlertProblem[]): RawRow[] {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  const columns = parsed.columns;
  const find = (names: readonly string[]) => columns.find((c) => (names as readonly string[]).includes(normal(c)));
  const created = find(COLUMNS.created);
  const acked = find(COLUMNS.acknowledgedBy);
  const tags = find(COLUMNS.tags);
  const id = find(COLUMNS.id);
  const message = find(COLUMNS.message);
  const missing = [!created && 'created', !acked && 'acknowledged by'].filter(Boolean);
  if (missing.length) {
    problems.push({
      file,
      row: 1,
      field: '(header)',
      reason: `has no ${missing.join(' or ')} column; the first row must name the columns, like: created,acknowledged by,tags`,
    });
    return [];
  }
  return parsed.map((r, i): RawRow => ({
    // Row 1 is the header, as in a spreadsheet.
    row: i + 2,
    id: (id && r[id]?.trim()) || '',
    message: message ? r[message] : undefined,
    created: r[created!],
    acknowledgedBy: r[acked!],
    tags: tags ? (r[tags] ?? '').split(/[;,\s]+/).filter(Boolean) : [],
    fields: { created: created!, acknowledgedBy: acked! },
  }));
}
