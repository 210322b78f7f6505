import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * The W3C Nu HTML checker (npm vnu-jar, run with Java) over every HTML file of the built site:
 * every page template, the rota, SLA and alert pages, the alert permalinks and the 404 page.
 * Any error fails the test except those below, each matched by its message and by the markup at
 * the place it points to, so that the same mistake in this project's own markup still fails.
 */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  lastColumn?: number;
  extract?: string;
}

/** `before`: the source line up to the end of the reported span; `after`: the file from there on. */
type Known = { why: string; message: RegExp; at: (before: string, after: string) => boolean };

const NOT_OURS: Known[] = [
  {
    why: 'Expressive Code (Starlight\'s code blocks) lays out each line as <div class="ec-line"> inside <code>',
    message: /^Element “div” not allowed as child of element “code”/,
    at: (before) => /<code><div class="ec-line">$|<\/div><div class="ec-line">$/.test(before),
  },
  {
    why: 'Expressive Code colours tokens with custom properties named --0, --1, which the checker’s CSS parser rejects',
    message: /^CSS: “--”: Parse Error\.$/,
    at: (before) => /<span style="--0:[^"]*">$/.test(before),
  },
  {
    why: 'Expressive Code’s copy button keeps the code in data-code, lines joined by U+007F',
    message: /^Forbidden code point U\+007f\.$/,
    at: (before) => /<button title="[^"]*" data-copied="[^"]*" data-code="[^"]*$/.test(before),
  },
  {
    why: 'Expressive Code’s copy button holds an empty <div> for its icon',
    message: /^Element “div” not allowed as child of element “button”/,
    at: (before) => /<button title="[^"]*" data-copied="[^"]*" data-code="[^"]*"><div>$/.test(before),
  },
  {
    why: 'Starlight’s sidebar state scripts (SidebarPersister.astro) carry aria-hidden',
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    at: (before, after) =>
      before.endsWith('<script aria-hidden="true">') &&
      /^\s*\(\(\) => \{\s*(try \{\s*if \(!matchMedia|const scroller = document\.getElementById\('starlight__sidebar'\))/.test(after),
  },
  {
    why: 'Astro writes its island styles (astro-island { display: contents }) as a <style> in the body',
    message: /^A “style” element in “body” must be the first child of its parent\.$/,
    at: (before, after) =>
      before.endsWith('<style>') && after.startsWith('astro-island,astro-slot,astro-static-slot{display:contents}</style>'),
  },
  {
    // Not Starlight's or Astro's, and not a markup error: container queries are CSS every current
    // browser supports (the stacked tables use them), but the checker's CSS parser predates them.
    why: 'the checker does not know CSS container queries',
    message: /^CSS: Unrecognized at-rule “@container”$/,
    at: (before) => before.endsWith('@container'),
  },
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

test('the built site has no HTML errors of its own (Nu HTML checker)', async () => {
  test.setTimeout(300_000);
  const files = htmlFiles('dist');
  for (const page of [
    'dist/index.html',
    'dist/404.html',
    'dist/rota/index.html',
    'dist/sla/index.html',
    'dist/runbooks/alerts/index.html',
  ]) {
    expect(files, 'run the build first').toContain(page);
  }
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Could not run the HTML checker with Java (${run.error.message}); install a Java runtime (17 or later).`);
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const sources = new Map<string, string[]>();
  const notOurs = (m: VnuMessage): boolean => {
    const file = m.url ? fileURLToPath(m.url) : undefined;
    if (!file || m.lastLine === undefined || m.lastColumn === undefined) return false;
    if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
    const lines = sources.get(file)!;
    const line = lines[m.lastLine - 1] ?? '';
    const before = line.slice(0, m.lastColumn);
    const after = [line.slice(m.lastColumn), ...lines.slice(m.lastLine)].join('\n');
    return NOT_OURS.some((known) => known.message.test(m.message) && known.at(before, after));
  };
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .filter((m) => !notOurs(m))
    .map(
      (m) =>
        `${m.url?.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message}  [${(m.extract ?? '').trim().slice(0, 120)}]`,
    );
  expect(errors).toEqual([]);
});
