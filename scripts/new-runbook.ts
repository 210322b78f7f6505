// Creates content/runbooks/<slug>.md from content/runbooks/_template.md.
//   npm run new:runbook -- "Disk nearly full"
//   npm run new:runbook -- "Disk nearly full" --alert DiskSpaceLow --severity warning \
//     --priority normal --platform govpress --service storage --owner hosting
// Anything not given is left empty; the build then says which fields still need filling in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { renderScaffold, slugify } from '../src/lib/runbooks/scaffold.ts';
import { localCalendarDate } from '../src/lib/runbooks/calendar-date.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    alert: { type: 'string', multiple: true },
    severity: { type: 'string' },
    priority: { type: 'string' },
    platform: { type: 'string', multiple: true },
    service: { type: 'string', multiple: true },
    owner: { type: 'string' },
    dir: { type: 'string', default: 'content/runbooks' },
  },
});

const title = positionals.join(' ').trim();
const slug = slugify(title);
if (!title || !slug) {
  console.error('Usage: npm run new:runbook -- "Title of the runbook" [--alert NAME]... [--severity S] [--priority P]');
  console.error('                              [--platform P]... [--service S]... [--owner TEAM]');
  process.exit(2);
}

const dir = join(process.cwd(), values.dir);
const file = join(dir, `${slug}.md`);
const shown = relative(process.cwd(), file);
if (existsSync(file) || existsSync(`${file}x`)) {
  console.error(`${shown} already exists: choose another title or edit that runbook.`);
  process.exit(1);
}

const template = readFileSync(join(dir, '_template.md'), 'utf8');
writeFileSync(
  file,
  renderScaffold(template, {
    title,
    lastReviewed: localCalendarDate(),
    alerts: values.alert,
    severity: values.severity,
    slaPriority: values.priority,
    platforms: values.platform,
    services: values.service,
    owner: values.owner,
  }),
);

console.log(`Created ${shown}.

Next:
  1. Fill in the front matter and write each section (see /runbooks/how-to-write-a-runbook/).
  2. Run \`npm run dev\`: until the runbook is complete, the error names each field or section left to do.
  3. Ask the owning team to review it.`);
