import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDelimited, readBatch } from '../../../../src/lib/sla/batch.ts';
import { describeChoice, detectColumns } from '../../../../src/lib/sla/export-columns.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/sla-exports/${name}.csv`, 'utf8');
const iso = (ms: number) => formatIsoWithOffset(ms, 'Europe/London');
const isDate = (cell: string) => /\d{1,4}[-/]\w{1,3}[-/]\d{2,4}/.test(cell);
const NOW = at('2026-12-29T10:30:00Z');

/** The same export with its columns in reverse order. */
function reversed(text: string): string {
  return parseDelimited(text)
    .map((cells) =>
      cells
        .reverse()
        .map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
        .join(','),
    )
    .join('\n');
}

const deadlines = (text: string, options: Parameters<typeof readBatch>[3] = {}) => {
  const batch = readBatch(slaData, calendar, text, { now: NOW, ...options });
  expect(batch.errors).toEqual([]);
  expect(batch.needs).toEqual([]);
  return Object.fromEntries(batch.tickets.map((t) => [t.id, iso(t.result.deadline)]));
};

describe('finding the columns of a helpdesk export', () => {
  it('knows Zendesk’s headers, and never takes Updated at or Due date for the received time', () => {
    const rows = parseDelimited(fixture('zendesk'));
    const found = detectColumns(rows, isDate);
    expect(found.preset?.name).toBe('Zendesk');
    expect(found.names[found.columns.received.index!]).toBe('Created at');
    expect(found.columns.received.how).toBe('exact');
    expect(found.names[found.columns.id.index!]).toBe('Id');
    expect(found.columns.plan).toEqual({ index: undefined, how: 'none', candidates: [] });
    expect(describeChoice(found, 'received')).toBe('“Created at” (column 12), by its name in Zendesk exports');
  });

  it('asks rather than choose between two date columns that could each be the received time', () => {
    const found = detectColumns(
      [
        ['Ticket', 'Priority', 'Updated', 'Opened', 'Logged on'],
        ['1', 'High', '2026-12-24 10:00', '2026-12-23 10:00', '2026-12-23 10:00'],
      ],
      isDate,
    );
    expect(found.columns.received).toEqual({ index: undefined, how: 'ask', candidates: [3, 4] });
    const batch = readBatch(
      slaData,
      calendar,
      'Ticket,Priority,Plan,Updated,Opened,Logged on\n1,High,standard,2026-12-24 10:00,2026-12-23 10:00,2026-12-23 10:00',
    );
    expect(batch.tickets).toEqual([]);
    expect(batch.needs).toEqual([{ kind: 'column', role: 'received', candidates: [4, 5] }]);
  });

  it('takes the reader’s choice of column over its own', () => {
    const found = detectColumns(
      [
        ['Ticket', 'Created at', 'Opened'],
        ['1', 'x', 'y'],
      ],
      isDate,
      { received: 2 },
    );
    expect(found.columns.received).toEqual({ index: 2, how: 'chosen', candidates: [] });
    expect(describeChoice(found, 'received')).toBe('“Opened” (column 3), as you chose');
  });
});

describe('deadlines from real-shaped exports, whatever the column order', () => {
  const zendesk = {
    '5101': '2026-12-29T10:45:00+00:00', // High: 15 minutes on Christmas Eve, the rest after Boxing Day's substitute
    '5102': '2026-12-22T18:00:00+00:00', // Normal, before hours: the whole of Tuesday
    '5103': '2026-12-26T04:10:00+00:00', // Urgent, wall clock: an hour later, Saturday night or not
    '5104': '2026-12-24T14:00:00+00:00', // blank priority, so Normal: 4 hours Wednesday, 4 Thursday
    '5105': '2026-12-29T18:00:00+00:00', // Low: 21-24 December and the 29th
  };

  it('Zendesk, with Standard chosen for every row (no plan column); blank priority is Normal and says so', () => {
    for (const text of [fixture('zendesk'), reversed(fixture('zendesk'))]) {
      expect(readBatch(slaData, calendar, text).needs).toEqual([{ kind: 'plan' }]);
      expect(deadlines(text, { planForAll: 'standard' })).toEqual(zendesk);
      const batch = readBatch(slaData, calendar, text, { planForAll: 'standard', now: NOW });
      expect(batch.planForAll).toBe('standard');
      expect(batch.tickets.filter((t) => t.priorityDefaulted).map((t) => [t.id, t.priority])).toEqual([['5104', 'normal']]);
      expect(batch.tickets.find((t) => t.id === '5101')?.subject).toBe('Checkout gives wrong totals, all baskets');
    }
  });

  it('Jira Service Management: its own date format, Highest and Medium read as Urgent and Normal, plan from a custom field', () => {
    const expected = {
      'SUP-201': '2026-12-23T23:50:00+00:00', // Urgent on Managed Plus: 30 minutes, around the clock
      'SUP-202': '2026-12-29T10:45:00+00:00',
      'SUP-203': '2026-12-29T12:00:00+00:00', // Normal on Managed Plus: 2 hours Christmas Eve, 2 on the 29th
      'SUP-204': '2026-12-29T18:00:00+00:00',
    };
    for (const text of [fixture('jira'), reversed(fixture('jira'))]) {
      expect(deadlines(text)).toEqual(expected);
      const batch = readBatch(slaData, calendar, text, { now: NOW });
      expect(batch.columns.preset?.id).toBe('jira');
      expect(batch.aliasesUsed).toEqual(
        expect.arrayContaining([
          { value: 'Highest', priority: 'urgent', rows: 1 },
          { value: 'Medium', priority: 'normal', rows: 1 },
        ]),
      );
    }
  });

  it('Freshdesk, Managed Plus for every row: Created time, not Due by Time or Last update time', () => {
    const expected = {
      '9001': '2026-12-24T18:15:00+00:00',
      '9002': '2026-12-29T10:15:00+00:00',
      '9003': '2026-12-23T11:00:00+00:00',
      '9004': '2027-01-04T18:00:00+00:00', // Low across Christmas and New Year’s Day
    };
    for (const text of [fixture('freshdesk'), reversed(fixture('freshdesk'))])
      expect(deadlines(text, { planForAll: 'enhanced' })).toEqual(expected);
  });

  it('reads a semicolon-separated export and names the separator', () => {
    const text = 'Ticket;Priority;Plan;Received\nT1;High;standard;24/12/2026 17:45\n';
    const batch = readBatch(slaData, calendar, text);
    expect(batch.separator).toBe('semicolon');
    expect(batch.tickets.map((t) => iso(t.result.deadline))).toEqual(['2026-12-29T10:45:00+00:00']);
    expect(readBatch(slaData, calendar, fixture('jira')).separator).toBe('comma');
    expect(readBatch(slaData, calendar, 'a\tHigh\tstandard\t2026-12-24T17:45').separator).toBe('tab');
  });
});

describe('day first or month first', () => {
  const header = 'Ticket,Priority,Plan,Received\n';
  it('a part above 12 decides, and says which row showed it', () => {
    const batch = readBatch(slaData, calendar, `${header}A,Normal,standard,03/04/2026 10:00\nB,Normal,standard,12/24/2026 10:00\n`);
    expect(batch.dateOrder).toMatchObject({ order: 'month-first', how: 'values', finding: { kind: 'decided', evidence: { row: 3 } } });
    expect(batch.tickets.map((t) => [t.id, iso(t.received)])).toEqual([
      ['A', '2026-03-04T10:00:00+00:00'],
      ['B', '2026-12-24T10:00:00+00:00'],
    ]);
  });

  it('when every date reads both ways, asks, or uses what the reader chose', () => {
    const text = `${header}A,Normal,standard,03/04/2026 10:00\n`;
    expect(readBatch(slaData, calendar, text).needs).toEqual([{ kind: 'date-order', example: { row: 2, value: '03/04/2026 10:00' } }]);
    const chosen = readBatch(slaData, calendar, text, { dateOrder: 'day-first' });
    expect(chosen.dateOrder.how).toBe('chosen');
    expect(iso(chosen.tickets[0]!.received)).toBe('2026-04-03T10:00:00+01:00');
  });

  it('refuses a column written both ways, naming rows of each', () => {
    const batch = readBatch(slaData, calendar, `${header}A,Normal,standard,24/12/2026 10:00\nB,Normal,standard,12/25/2026 10:00\n`);
    expect(batch.tickets).toEqual([]);
    expect(batch.refusal).toBe(
      'Dates are written both day first and month first, so none can be trusted: day first in row 2 (“24/12/2026 10:00”); month first in row 3 (“12/25/2026 10:00”). Export again with one date format.',
    );
  });
});

describe('odd received times', () => {
  it('refuses a year outside those supported, and warns about the future, long ago and years without holiday data', () => {
    const batch = readBatch(
      slaData,
      calendar,
      'A,High,standard,9999-12-24T17:45\nB,High,standard,2026-12-30T10:00\nC,High,standard,2025-06-02T10:00\nD,Normal,standard,2031-03-03T10:00',
      {
        now: NOW,
      },
    );
    expect(batch.errors).toEqual([
      { row: 1, id: 'A', problems: ['received time is in 9999: this tool works only with years 2000 to 2099'] },
    ]);
    const warnings = Object.fromEntries(batch.tickets.map((t) => [t.id, t.warnings.map((w) => w.kind)]));
    expect(warnings).toEqual({ B: ['future'], C: ['old'], D: ['future', 'outside-holidays'] });
    expect(batch.tickets.find((t) => t.id === 'D')!.warnings[1]!.text).toBe(
      'Received in 2031, outside the years of published bank holidays here (2024 to 2027): bank holidays that year are worked out from the usual rules.',
    );
  });
});
