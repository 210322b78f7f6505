// Lists runbooks whose review is overdue or due soon, with their owners.
//   npm run check:reviews                      report only (exit 0)
//   npm run check:reviews -- --strict          exit 1 if any review is overdue
//   npm run check:reviews -- --today=2027-01-31 --within=14
// Exit 2 if a runbook cannot be read, with the same messages the build gives.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { readRunbooks } from '../src/lib/runbooks/read-runbooks.ts';
import { buildReviewReport, formatReviewReport } from '../src/lib/runbooks/review-report.ts';
import { localCalendarDate } from '../src/lib/runbooks/calendar-date.ts';
import { isCivilDate } from '../src/lib/time/civil-date.ts';
import { DUE_SOON_DAYS } from '../src/lib/runbooks/review-status.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    today: { type: 'string' },
    within: { type: 'string', default: String(DUE_SOON_DAYS) },
    dir: { type: 'string', default: 'content/runbooks' },
  },
});

const today = values.today ?? localCalendarDate();
const within = Number(values.within);
if (!isCivilDate(today) || !Number.isInteger(within) || within < 0) {
  console.error('Usage: check-reviews [--strict] [--today=YYYY-MM-DD] [--within=DAYS]');
  process.exit(2);
}

const { runbooks, problems } = readRunbooks(join(process.cwd(), values.dir));
if (problems.length > 0) {
  console.error(`Some runbooks could not be checked:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
}

const report = buildReviewReport(runbooks, today, within);
console.log(formatReviewReport(report));

if (problems.length > 0) process.exit(2);
if (values.strict && report.overdue.length > 0) {
  console.error(`\n--strict: ${report.overdue.length} overdue review(s).`);
  process.exit(1);
}
