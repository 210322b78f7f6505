import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  complianceCsv,
  complianceReport,
  complianceSummaryCsv,
  explainCheck,
  formatRate,
  type ReplyCheck,
} from '../../../../src/lib/sla/compliance.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';
import { at, calendar, slaData } from '../../../support/calendar.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/sla-exports/${name}.csv`, 'utf8');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : formatIsoWithOffset(ms, 'Europe/London'));
const NOW = at('2026-12-29T10:30:00Z');
const why = (c: ReplyCheck) => explainCheck(slaData, calendar, c, NOW);
const outcomes = (report: ReturnType<typeof complianceReport>) =>
  Object.fromEntries(report.tickets.map((t) => [t.id, t.checks.map((c) => c.outcome)]));

describe('SLA compliance, worked by hand', () => {
  it('Zendesk export (first reply as minutes after creation), Standard for every ticket', () => {
    const report = complianceReport(slaData, calendar, fixture('zendesk'), { now: NOW, planForAll: 'standard' });
    expect(report.errors).toEqual([]);
    expect(outcomes(report)).toEqual({
      '5101': ['breached'], // High, due 10:45 on the 29th, answered 11:02
      '5102': ['met'], // Normal, due 18:00, answered 16:00
      '5103': ['met'], // Urgent, due 04:10, answered 03:55
      '5104': ['open-breached'], // no reply; due 14:00 on Christmas Eve
      '5105': ['met'], // Low, answered within two hours
    });
    const high = report.tickets.find((t) => t.id === '5101')!.checks[0]!;
    expect(iso(high.at)).toBe('2026-12-29T11:02:00+00:00');
    expect(high.clockMinutes).toBe(77); // 15 minutes on the 24th, 62 on the 29th
    expect(why(high)).toBe(
      'First reply at Tue 29 Dec 2026, 11:02 GMT, 1 hour 17 minutes of working time after it was received (target 1 working hour): late by 17 minutes of working time; it was due by Tue 29 Dec 2026, 10:45 GMT. The count skipped Christmas Day (Friday 25 December), the weekend Saturday 26 December to Sunday 27 December and Boxing Day (substitute day) (Monday 28 December).',
    );
    expect(why(report.tickets.find((t) => t.id === '5102')!.checks[0]!)).toBe(
      'First reply at Tue 22 Dec 2026, 16:00 GMT, 6 hours of working time after it was received (target 8 working hours): met with 2 hours of working time to spare.',
    );
    expect(why(report.tickets.find((t) => t.id === '5103')!.checks[0]!)).toContain(
      'met with 15 minutes to spare. Urgent counts every minute',
    );
    expect(report.tickets.find((t) => t.id === '5104')).toMatchObject({ priority: 'normal', priorityDefaulted: true, outcome: 'breached' });
    expect(report.overall).toMatchObject({ met: 3, breached: 2, open: 0, rate: 0.6 });
    expect(report.byPriority.map((g) => [g.label, g.met, g.breached])).toEqual([
      ['Urgent', 1, 0],
      ['High', 0, 1],
      ['Normal', 1, 1],
      ['Low', 1, 0],
    ]);
    expect(report.byMonth.map((g) => g.label)).toEqual(['December 2026']);
    expect(report.byPlan.map((g) => [g.label, formatRate(g.rate)])).toEqual([['Standard', '60%']]);
  });

  it('Freshdesk export (Initial response time), Managed Plus: a ticket still inside its target is left out of the rate', () => {
    const report = complianceReport(slaData, calendar, fixture('freshdesk'), { now: NOW, planForAll: 'enhanced' });
    expect(outcomes(report)).toEqual({ '9001': ['met'], '9002': ['breached'], '9003': ['met'], '9004': ['open'] });
    expect(why(report.tickets.find((t) => t.id === '9002')!.checks[0]!)).toContain('late by 25 minutes of working time');
    expect(why(report.tickets.find((t) => t.id === '9003')!.checks[0]!)).toContain('met with 30 minutes of working time to spare');
    expect(report.overall).toMatchObject({ met: 2, breached: 1, open: 1 });
    expect(formatRate(report.overall.rate)).toBe('66.6%'); // rounded down: never shown as more than was achieved
  });

  it('Low’s target covers each later reply, counted from the reply before', () => {
    const text =
      'Ticket,Priority,Plan,Received,First reply at,Later replies\nL1,Low,standard,2026-12-01 10:00,2026-12-02 10:00,2026-12-16 10:00; 2026-12-08 10:00\n';
    const report = complianceReport(slaData, calendar, text, { now: NOW });
    const checks = report.tickets[0]!.checks;
    expect(checks.map((c) => [c.number, iso(c.due), c.outcome])).toEqual([
      [1, '2026-12-07T18:00:00+00:00', 'met'],
      [2, '2026-12-08T18:00:00+00:00', 'met'], // 40 working hours from 10:00 on Wednesday 2nd: Wednesday to Tuesday 8th, weekend skipped,
      [3, '2026-12-14T18:00:00+00:00', 'breached'], // answered 10:00 on the 16th: all of the 15th late,
    ]);
    expect(why(checks[2]!)).toContain('late by 8 hours of working time');
    expect(why(checks[2]!)).toContain('after the reply before');
    expect(report.tickets[0]!.outcome).toBe('breached');
  });

  it('lists rows it cannot use, and asks for a plan when there is no plan column', () => {
    expect(complianceReport(slaData, calendar, fixture('freshdesk'), { now: NOW }).needs).toEqual([{ kind: 'plan' }]);
    const report = complianceReport(
      slaData,
      calendar,
      'Ticket,Priority,Plan,Received,First reply at\nB1,High,standard,2026-12-02 10:00,2026-12-01 10:00\n',
      { now: NOW },
    );
    expect(report.errors).toEqual([{ row: 2, id: 'B1', problems: ['the first reply is before the ticket was received'] }]);
  });

  it('writes one CSV row per reply target, and the summary, safe to open in a spreadsheet', () => {
    const report = complianceReport(slaData, calendar, fixture('zendesk'), { now: NOW, planForAll: 'standard' });
    const rows = csvParse(complianceCsv(slaData, calendar, report));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      Ticket: '5101',
      Outcome: 'Breached',
      'Due by': '2026-12-29T10:45:00+00:00',
      'Minutes early (negative: late)': '-17',
    });
    const summary = csvParse(complianceSummaryCsv(report));
    expect(summary[0]).toMatchObject({ Group: 'All', Met: '3', Breached: '2', Compliance: '60%' });
    const evil = complianceReport(
      slaData,
      calendar,
      'Ticket,Subject,Priority,Plan,Received,First reply at\nX,=HYPERLINK("x"),High,standard,2026-12-01 10:00,2026-12-01 10:30\n',
      { now: NOW },
    );
    expect(csvParse(complianceCsv(slaData, calendar, evil))[0]!.Subject).toBe('\'=HYPERLINK("x")');
  });
});
