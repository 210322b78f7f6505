import { describe, expect, it } from 'vitest';
import { buildReviewReport, formatReviewReport, type Reviewable } from '../../../../src/lib/runbooks/review-report.ts';

const runbook = (title: string, owner: string, lastReviewed: string, months = 6): Reviewable => ({
  filePath: `content/runbooks/${title.toLowerCase().replace(/ /g, '-')}.md`,
  data: { title, owner, lastReviewed, reviewIntervalMonths: months },
});

const runbooks = [
  runbook('Disk nearly full', 'hosting', '2026-01-10'), // due 2026-07-10: overdue
  runbook('Backup failed', 'hosting', '2026-05-20'), // due 2026-11-20: overdue
  runbook('Brute force', 'security', '2026-06-10'), // due 2026-12-10: due soon
  runbook('DNS failure', 'hosting', '2026-11-01', 12), // up to date
];

describe('review report', () => {
  it('lists overdue and soon-due runbooks, most pressing first, with their owners', () => {
    const report = buildReviewReport(runbooks, '2026-11-30');
    expect(report.overdue.map((i) => [i.title, i.owner, i.daysUntilDue])).toEqual([
      ['Disk nearly full', 'Hosting team', -143],
      ['Backup failed', 'Hosting team', -10],
    ]);
    expect(report.dueSoon.map((i) => [i.title, i.owner, i.due])).toEqual([['Brute force', 'Security team', '2026-12-10']]);
  });

  it('formats a readable report', () => {
    const text = formatReviewReport(buildReviewReport(runbooks, '2026-11-30'));
    expect(text).toContain('Runbook reviews on 30 November 2026 ("due soon" means within 30 days)');
    expect(text).toMatch(
      /Overdue \(2\)\n {2}Owner +Due +When +Runbook +File\n {2}Hosting team +10 July 2026 +143 days ago +Disk nearly full +content\/runbooks\/disk-nearly-full\.md/,
    );
    expect(text).toContain('Due soon (1)');
    expect(text).toContain('  Hosting team: 2 overdue, 0 due soon\n  Security team: 0 overdue, 1 due soon');
    expect(text).toMatch(/1 of 4 runbooks are up to date\.$/);
  });

  it('says when everything is up to date', () => {
    expect(formatReviewReport(buildReviewReport(runbooks.slice(3), '2026-11-30'))).toBe(
      'Runbook reviews on 30 November 2026 ("due soon" means within 30 days)\n\n1 of 1 runbooks are up to date.',
    );
  });
});
