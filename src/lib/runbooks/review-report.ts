import type { CivilDate } from '../time/civil-date.ts';
import { formatCalendarDate } from './calendar-date.ts';
import { DUE_SOON_DAYS, reviewStatus, type ReviewState } from './review-status.ts';
import { TEAMS, labelOf } from './vocabulary.ts';

export interface Reviewable {
  filePath: string;
  data: { title: string; owner: string; lastReviewed: CivilDate; reviewIntervalMonths: number };
}

export interface ReviewItem {
  title: string;
  filePath: string;
  owner: string;
  due: CivilDate;
  daysUntilDue: number;
  state: ReviewState;
}

export interface ReviewReport {
  today: CivilDate;
  soonDays: number;
  total: number;
  overdue: ReviewItem[];
  dueSoon: ReviewItem[];
}

/** Runbooks whose review is overdue or due soon on `today`, most pressing first. */
export function buildReviewReport(runbooks: readonly Reviewable[], today: CivilDate, soonDays: number = DUE_SOON_DAYS): ReviewReport {
  const items = runbooks
    .map((r): ReviewItem => {
      const status = reviewStatus(r.data.lastReviewed, r.data.reviewIntervalMonths, today, soonDays);
      return {
        title: r.data.title,
        filePath: r.filePath,
        owner: labelOf(TEAMS, r.data.owner),
        due: status.due,
        daysUntilDue: status.daysUntilDue,
        state: status.state,
      };
    })
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue || a.title.localeCompare(b.title, 'en-GB'));
  return {
    today,
    soonDays,
    total: runbooks.length,
    overdue: items.filter((i) => i.state === 'overdue'),
    dueSoon: items.filter((i) => i.state === 'due-soon'),
  };
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function table(items: readonly ReviewItem[]): string[] {
  const rows = items.map((i) => [
    i.owner,
    formatCalendarDate(i.due),
    i.daysUntilDue < 0 ? `${days(-i.daysUntilDue)} ago` : i.daysUntilDue === 0 ? 'today' : `in ${days(i.daysUntilDue)}`,
    i.title,
    i.filePath,
  ]);
  const header = ['Owner', 'Due', 'When', 'Runbook', 'File'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The report as plain text for the terminal or a CI log. */
export function formatReviewReport(report: ReviewReport): string {
  const lines = [`Runbook reviews on ${formatCalendarDate(report.today)} ("due soon" means within ${days(report.soonDays)})`, ''];
  if (report.overdue.length > 0) lines.push(`Overdue (${report.overdue.length})`, ...table(report.overdue), '');
  if (report.dueSoon.length > 0) lines.push(`Due soon (${report.dueSoon.length})`, ...table(report.dueSoon), '');

  const owners = new Map<string, { overdue: number; soon: number }>();
  for (const item of [...report.overdue, ...report.dueSoon]) {
    const entry = owners.get(item.owner) ?? { overdue: 0, soon: 0 };
    if (item.state === 'overdue') entry.overdue++;
    else entry.soon++;
    owners.set(item.owner, entry);
  }
  if (owners.size > 0) {
    lines.push('By owner');
    for (const [owner, n] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${owner}: ${n.overdue} overdue, ${n.soon} due soon`);
    }
    lines.push('');
  }
  const upToDate = report.total - report.overdue.length - report.dueSoon.length;
  lines.push(`${upToDate} of ${report.total} runbooks are up to date.`);
  return lines.join('\n');
}
