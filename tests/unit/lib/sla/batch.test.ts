import { describe, expect, it } from 'vitest';
import { parseDelimited, readBatch, triage } from '../../../../src/lib/sla/batch.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const iso = (ms: number) => formatIsoWithOffset(ms, 'Europe/London');

describe('reading pasted helpdesk rows', () => {
  it('splits CSV with quoted fields, and tab-separated text copied from a spreadsheet', () => {
    expect(parseDelimited('a,"b, with comma","say ""hi"""\r\nc,d,e')).toEqual([
      ['a', 'b, with comma', 'say "hi"'],
      ['c', 'd', 'e'],
    ]);
    expect(parseDelimited('\uFEFF1\tHigh\tstandard\t2026-12-24T17:45\n')).toEqual([['1', 'High', 'standard', '2026-12-24T17:45']]);
  });

  it('sorts tickets by deadline, with no header row', () => {
    const batch = readBatch(
      slaData,
      calendar,
      [
        'A,Low,standard,2026-12-21T10:00',
        'B,High,standard,2026-12-24T17:45',
        'C,Urgent,enhanced,2026-12-24T23:00',
        'D,Normal,Managed Plus,24/12/2026 09:30',
      ].join('\n'),
    );
    expect(batch.errors).toEqual([]);
    expect(batch.tickets.map((t) => [t.id, iso(t.result.deadline)])).toEqual([
      ['D', '2026-12-24T14:00:00+00:00'],
      ['C', '2026-12-24T23:30:00+00:00'],
      ['B', '2026-12-29T10:45:00+00:00'],
      ['A', '2026-12-29T18:00:00+00:00'],
    ]);
    expect(batch.tickets.find((t) => t.id === 'D')?.plan).toBe('enhanced');
  });

  it('reads a header row naming the columns in any order', () => {
    const batch = readBatch(
      slaData,
      calendar,
      'Created at\tPlan\tTicket ID\tPriority\n2026-12-07T09:00\tEnhanced (Managed Plus)\t#77\tnormal\n',
    );
    expect(batch.errors).toEqual([]);
    expect(batch.tickets).toHaveLength(1);
    expect(batch.tickets[0]).toMatchObject({ row: 2, id: '#77', plan: 'enhanced', priority: 'normal' });
    expect(iso(batch.tickets[0]!.result.deadline)).toBe('2026-12-07T14:00:00+00:00');
  });

  it('reports every problem in a bad row by row number, and keeps the good rows', () => {
    const batch = readBatch(
      slaData,
      calendar,
      [
        'Ticket,Priority,Plan,Received',
        'T1,High,standard,2026-12-24T17:45',
        'T2,Critical,gold,2026-02-30T10:00',
        '',
        'T3,Low',
        ',Normal,standard,yesterday',
      ].join('\n'),
    );
    expect(batch.tickets.map((t) => t.id)).toEqual(['T1']);
    expect(batch.errors).toEqual([
      {
        row: 3,
        id: 'T2',
        problems: [
          'priority “Critical” is not one of Urgent, High, Normal, Low',
          'plan “gold” is not standard or enhanced',
          'received “2026-02-30T10:00” is not a real date',
        ],
      },
      { row: 5, id: 'T3', problems: ['plan is empty', 'received is empty'] },
      {
        row: 6,
        id: '',
        problems: ['ticket id is empty', 'received “yesterday” is not a date and time like 2026-12-24T17:45 or 24/12/2026 17:45'],
      },
    ]);
  });

  it('says when a header row has no received time, and asks for it and for a plan', () => {
    const batch = readBatch(slaData, calendar, 'Ticket,Priority\nT1,High');
    expect(batch.tickets).toEqual([]);
    expect(batch.refusal).toBe('No column holds the received time: choose it below.');
    expect(batch.needs.map((n) => n.kind)).toEqual(['column', 'plan']);
  });

  it('without a header, a short row is reported as such', () => {
    expect(readBatch(slaData, calendar, 'T1,High,standard').errors).toEqual([
      { row: 1, id: 'T1', problems: ['has 3 values; expected ticket id, priority, plan and received'] },
    ]);
  });
});

describe('triage at a given moment', () => {
  it('marks tickets breached, due within a working hour, or on track at 10:30 on Tuesday 29 December 2026', () => {
    const batch = readBatch(
      slaData,
      calendar,
      ['late,Normal,standard,2026-12-23T09:00', 'soon,High,standard,2026-12-24T17:45', 'fine,Low,standard,2026-12-29T10:00'].join('\n'),
    );
    const rows = triage(calendar, batch.tickets, at('2026-12-29T10:30:00Z'));
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['late', 'breached'],
      ['soon', 'due-soon'],
      ['fine', 'on-track'],
    ]);
  });
});
