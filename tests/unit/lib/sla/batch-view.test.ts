import { describe, expect, it } from 'vitest';
import { openSession, PAGE_SIZE, sessionCsv, viewSession } from '../../../../src/lib/sla/batch-view.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const NOW = at('2026-12-29T10:30:00Z');
const rows = (n: number) =>
  [
    'Ticket,Priority,Plan,Received',
    ...Array.from({ length: n }, (_, i) => `T${i},High,standard,2026-12-${String(1 + (i % 28)).padStart(2, '0')}T10:00`),
  ].join('\n');

describe('what the batch page draws', () => {
  it('counts every row but hands over one page at a time, earliest deadline first', () => {
    const session = openSession(slaData, calendar, { mode: 'triage', text: rows(120), now: NOW });
    const first = viewSession(slaData, calendar, session, 0, NOW);
    if (first.mode !== 'triage') throw new Error('expected triage');
    expect(first.counts.total).toBe(120);
    expect(first.counts.breached + first.counts['due-soon'] + first.counts['on-track']).toBe(120);
    expect(first.page).toMatchObject({ page: 0, pages: 3, total: 120 });
    expect(first.page.rows).toHaveLength(PAGE_SIZE);
    expect(first.page.rows[0]!.status).toBe('breached');
    const dues = first.page.rows.map((r) => r.dueIso);
    expect([...dues].sort()).toEqual(dues);
    const last = viewSession(slaData, calendar, session, 99, NOW);
    expect(last.page).toMatchObject({ page: 2, total: 120 });
    expect(last.page.rows).toHaveLength(20);
  });

  it('says how the export was read, and what must be chosen first', () => {
    const session = openSession(slaData, calendar, { mode: 'triage', text: 'Ticket;Priority;Received\nA;;03/04/2026 10:00', now: NOW });
    const view = viewSession(slaData, calendar, session, 0, NOW);
    expect(view.reading.separator).toBe('semicolons');
    expect(view.reading.needs.map((n) => n.kind)).toEqual(['date-order', 'plan']);
    expect(view.page.total).toBe(0);
  });

  it('puts breached tickets first in the report, and gives its CSV', () => {
    const text =
      'Ticket,Priority,Plan,Received,First reply at\nok,High,standard,2026-12-01 10:00,2026-12-01 10:30\nlate,High,standard,2026-12-01 10:00,2026-12-01 12:00\n';
    const session = openSession(slaData, calendar, { mode: 'report', text, now: NOW });
    const view = viewSession(slaData, calendar, session, 0, NOW);
    if (view.mode !== 'report') throw new Error('expected report');
    expect(view.page.rows.map((r) => r.id)).toEqual(['late', 'ok']);
    expect(view.page.rows[0]!.checks[0]!.why).toContain('late by 1 hour of working time');
    expect(sessionCsv(slaData, calendar, session, 'summary').split('\n')[1]).toBe('All,All tickets,1,1,0,50%');
  });
});
