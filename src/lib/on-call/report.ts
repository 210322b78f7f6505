import { csvFormatRows } from 'd3-dsv';
import { formatDay } from '../rota/format.ts';
import type { Rota } from '../rota/rota.ts';
import { formatClockTime, formatIsoWithOffset, toZoned } from '../time/zoned-time.ts';
import { DAY_KINDS, DAY_KIND_LABELS, LINES, LINE_LABELS, type Line } from './hours.ts';
import { formatMinor, formatMoney, type BasePay } from './local-pay.ts';
import type { PayMonth } from './pay-month.ts';
import type { RateRule } from './rates.ts';
import { monthStatements, type Statement } from './statement.ts';
import { toilBetween, type ToilStatement } from './toil.ts';

/**
 * The on-call report for one pay month: each person's hours by line and kind of day, the bank
 * holidays by name, pay when a base rate is given, time off in lieu when an alert export is, and
 * every statement line with the shift and override it comes from. Rendered as a table for people,
 * CSV for payroll spreadsheets and JSON for other tools. Only the command line prints it: money
 * never goes on the site.
 */
export interface OnCallReport {
  month: PayMonth;
  timeZone: string;
  statements: Statement[];
  pay?: BasePay | undefined;
  /** Per person, alerts created in the month; absent without an alert export. */
  toil?: { file: string; statements: ToilStatement[] } | undefined;
}

export function onCallReport(
  rota: Rota,
  month: PayMonth,
  rules: readonly RateRule[],
  options: {
    pay?: BasePay | undefined;
    people?: readonly string[] | undefined;
    toil?: { file: string; statements: readonly ToilStatement[] } | undefined;
  } = {},
): OnCallReport {
  let toil: ToilStatement[] | undefined;
  if (options.toil) {
    toil = toilBetween(options.toil.statements, month.start, month.end).filter((s) => s.person !== '');
    if (options.people) toil = toil.filter((s) => options.people!.includes(s.person));
  }
  // Someone with time off in lieu but no on call that month still gets a row.
  const alsoWithout = toil?.map((t) => t.person);
  const statements = monthStatements(rota, month, rules, { pay: options.pay, people: options.people, alsoWithout });
  const report: OnCallReport = { month, timeZone: rota.timeZone, statements, pay: options.pay };
  if (options.toil && toil) report.toil = { file: options.toil.file, statements: toil };
  return report;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10_000) / 10_000;
/** "272h", "32h 35m". */
const hm = (minutes: number) =>
  minutes % 60 ? `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m` : `${minutes / 60}h`;

/** ISO times with the UK offset, remembered: a shift's start and end repeat on each of its lines. */
function isoFormatter(timeZone: string): (instant: number) => string {
  const seen = new Map<number, string>();
  return (instant) => {
    let text = seen.get(instant);
    if (text === undefined) seen.set(instant, (text = formatIsoWithOffset(instant, timeZone)));
    return text;
  };
}

export function reportJson(report: OnCallReport): unknown {
  const zone = report.timeZone;
  const iso = isoFormatter(zone);
  const toilByPerson = new Map((report.toil?.statements ?? []).map((t) => [t.person, t]));
  const toilOf = (id: string) => toilByPerson.get(id);
  return {
    month: { id: report.month.id, start: iso(report.month.start), end: iso(report.month.end) },
    timeZone: zone,
    currency: report.pay?.currency ?? null,
    people: report.statements.map((s) => {
      const toil = toilOf(s.person.id);
      return {
        id: s.person.id,
        name: s.person.name,
        minutes: s.hours.minutes,
        hours: hours(s.hours.minutes),
        lines: Object.fromEntries(LINES.map((l) => [l, { minutes: s.hours.byLine[l].minutes, byKind: s.hours.byLine[l].byKind }])),
        bankHolidays: s.hours.holidays,
        byRule: s.byRule.map((r) => ({ ...r, amount: r.amount === undefined ? null : formatMinor(r.amount) })),
        total: s.total === undefined ? null : formatMinor(s.total),
        toil: toil
          ? {
              minutes: toil.minutes,
              hours: hours(toil.minutes),
              alerts: toil.items.map((i) => ({ id: i.alert.id, row: i.alert.row, createdAt: iso(i.alert.createdAt), ...i.outcome })),
            }
          : null,
        statement: s.lines.map((l) => ({
          rotation: l.rotation,
          line: l.line,
          date: l.date,
          kind: l.kind,
          holiday: l.holiday ?? null,
          start: iso(l.start),
          end: iso(l.end),
          minutes: l.minutes,
          rule: l.rule.id,
          multiplier: l.rule.multiplier,
          amount: l.amount === undefined ? null : formatMinor(l.amount),
          shift: { id: l.shift.id, start: iso(l.shift.start), end: iso(l.shift.end) },
          override: l.override
            ? { entry: l.override.entry, reason: l.override.reason, instead: l.override.instead ?? null, note: l.override.note ?? null }
            : null,
        })),
      };
    }),
  };
}

export const CSV_COLUMNS = [
  'record',
  'person',
  'name',
  'rotation',
  'line',
  'date',
  'kind',
  'bank_holiday',
  'start',
  'end',
  'minutes',
  'hours',
  'rule',
  'multiplier',
  'amount',
  'shift',
  'override_entry',
  'override_reason',
  'instead_of',
  'alert',
  'toil_outcome',
] as const;

/** One row per statement line ("on-call"), then one per alert ("toil"), for spreadsheets. */
export function reportCsv(report: OnCallReport): string {
  const zone = report.timeZone;
  const iso = isoFormatter(zone);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const s of report.statements) {
    for (const l of s.lines) {
      rows.push([
        'on-call',
        s.person.id,
        s.person.name,
        l.rotation,
        l.line,
        l.date,
        l.kind,
        l.holiday ?? '',
        iso(l.start),
        iso(l.end),
        String(l.minutes),
        String(hours(l.minutes)),
        l.rule.id,
        String(l.rule.multiplier),
        l.amount === undefined ? '' : formatMinor(l.amount),
        l.shift.id,
        l.override ? String(l.override.entry) : '',
        l.override?.reason ?? '',
        l.override?.instead ?? '',
        '',
        '',
      ]);
    }
  }
  const names = new Map(report.statements.map((s) => [s.person.id, s.person.name]));
  for (const t of report.toil?.statements ?? []) {
    for (const i of t.items) {
      const date = toZoned(i.alert.createdAt, zone).date;
      const minutes = i.outcome.counted ? i.outcome.minutes : 0;
      const outcome = i.outcome.counted ? i.outcome.kind : `not counted: ${i.outcome.reason}`;
      rows.push([
        'toil',
        t.person,
        names.get(t.person) ?? t.person,
        '',
        '',
        date,
        '',
        '',
        iso(i.alert.createdAt),
        '',
        String(minutes),
        String(hours(minutes)),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        i.alert.id,
        outcome,
      ]);
    }
  }
  return `${csvFormatRows(rows)}\n`;
}

/** A table for people: one row per person and line, then bank holidays and time off in lieu. */
export function reportTable(report: OnCallReport): string {
  const zone = report.timeZone;
  const when = (t: number) => {
    const { date, minutes } = toZoned(t, zone);
    return `${formatDay(date, true)}, ${formatClockTime(minutes)}`;
  };
  const out: string[] = [`On call, pay month ${report.month.id}: ${when(report.month.start)} to ${when(report.month.end)} (UK time)`, ''];
  if (report.statements.length === 0) return `${out.join('\n')}Nobody was on call.\n`;
  const money = report.pay;
  const header = [
    'Person',
    'Line',
    ...DAY_KINDS.map((k) => capitalise(DAY_KIND_LABELS[k])),
    'Total',
    ...(money ? ['Pay'] : []),
    ...(report.toil ? ['TOIL'] : []),
  ];
  const body: string[][] = [];
  for (const s of report.statements) {
    const toil = report.toil?.statements.find((t) => t.person === s.person.id);
    const lines = LINES.filter((l) => s.hours.byLine[l].minutes > 0);
    if (lines.length === 0) lines.push('first');
    lines.forEach((line: Line, i) => {
      const part = s.hours.byLine[line];
      const amount = s.lines.filter((l) => l.line === line).reduce((t, l) => t + (l.amount ?? 0), 0);
      body.push([
        i === 0 ? s.person.name : '',
        LINE_LABELS[line],
        ...DAY_KINDS.map((k) => hm(part.byKind[k])),
        hm(part.minutes),
        ...(money ? [formatMoney(amount, money.currency)] : []),
        ...(report.toil ? [i === 0 && toil ? hm(toil.minutes) : ''] : []),
      ]);
    });
  }
  const totalMinutes = report.statements.reduce((t, s) => t + s.hours.minutes, 0);
  const totalPay = report.statements.reduce((t, s) => t + (s.total ?? 0), 0);
  const totalToil = (report.toil?.statements ?? []).reduce((t, s) => t + s.minutes, 0);
  body.push([
    'Everyone',
    '',
    '',
    '',
    '',
    hm(totalMinutes),
    ...(money ? [formatMoney(totalPay, money.currency)] : []),
    ...(report.toil ? [hm(totalToil)] : []),
  ]);
  out.push(...alignTable(header, body), '');

  const holidays = report.statements.flatMap((s) =>
    s.hours.holidays.map((h) => `  ${s.person.name}: ${h.name}, ${formatDay(h.date, true)}, ${hm(h.minutes)} ${LINE_LABELS[h.line]}`),
  );
  if (holidays.length) out.push('Bank holidays:', ...holidays, '');
  if (report.toil) {
    out.push(`Time off in lieu, from ${report.toil.file}:`);
    if (report.toil.statements.length === 0) out.push('  no alerts this month');
    for (const t of report.toil.statements) {
      const name = report.statements.find((s) => s.person.id === t.person)?.person.name ?? t.person;
      out.push(`  ${name}: ${hm(t.minutes)} for ${t.counted} alert${t.counted === 1 ? '' : 's'}`);
      for (const i of t.items)
        out.push(
          `    ${when(i.alert.createdAt)}  ${i.alert.id}: ${i.outcome.counted ? `${hm(i.outcome.minutes)} (${i.outcome.kind}${i.outcome.extraMinutes ? `, ${hm(i.outcome.extraMinutes)} for a long fix` : ''})` : `not counted, ${i.outcome.reason}`}`,
        );
    }
    out.push('');
  }
  out.push(
    money
      ? `Pay at the base rate from ${money.source}, times each rule's multiplier; --format csv lists every line with its shift and override.`
      : 'No base rate set (ON_CALL_BASE_RATE or content/rota/on-call.local.yaml), so hours only; --format csv lists every line with its shift and override.',
  );
  return `${out.join('\n')}\n`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Columns a terminal gives the text: Chinese, Japanese and Korean characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function alignTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (value: string, width: number, left: boolean) => {
    const fill = ' '.repeat(Math.max(0, width - displayWidth(value)));
    return left ? value + fill : fill + value;
  };
  // Names left, figures right.
  const cell = (value: string, i: number) => pad(value, widths[i]!, i < 2);
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
