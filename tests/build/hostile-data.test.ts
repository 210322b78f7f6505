// Issue 24, item 0: every value from a data file is escaped wherever it lands (element text,
// attributes, <head>, inline scripts and JSON, search attributes). One build of a copy of the
// project in which every text field of every data file carries markup with a marker, then every
// built HTML file is parsed: no element may carry the marker attribute.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify, type Document } from 'yaml';
import { splitFrontmatter } from '../../src/lib/runbooks/frontmatter.ts';
import { projectCopy, removeWorkDir, run, type BadInputCase } from './support/bad-input.ts';

afterAll(removeWorkDir);

const fields: string[] = [];
/** Markup that would become an element (or end a <title> or <script>) if written unescaped. */
function hostile(label: string): string {
  const id = `f${fields.length}`;
  fields.push(`${id}: ${label}`);
  return `"'&</title></script><b data-xss="${id}">${id}</b>`;
}

function editYaml(path: string, edit: (doc: Document) => void): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  rmSync(path);
  writeFileSync(path, doc.toString());
}

const empty: BadInputCase = {
  kind: 'hostile',
  name: 'markup-in-every-field',
  dir: join(process.cwd(), 'tests/fixtures/hostile'),
  about: '',
  file: '',
  field: [],
  edits: {},
  build: true,
  warning: false,
};

function makeHostileCopy(): string {
  const root = projectCopy(empty);
  const content = join(root, 'content');
  editYaml(join(content, 'sla.yaml'), (doc) => {
    const plans = doc.get('plans') as { items: Array<{ set(k: string, v: unknown): void }> };
    plans.items.forEach((p, i) => {
      p.set('name', hostile(`sla plan ${i} name`));
      p.set('description', hostile(`sla plan ${i} description`));
    });
    const priorities = doc.get('priorities') as { items: Array<{ set(k: string, v: unknown): void }> };
    priorities.items.forEach((p, i) => {
      p.set('name', hostile(`sla priority ${i} name`));
      p.set('summary', hostile(`sla priority ${i} summary`));
      p.set('examples', [hostile(`sla priority ${i} example`)]);
    });
  });
  const holidaysPath = join(content, 'bank-holidays.json');
  const holidays = JSON.parse(readFileSync(holidaysPath, 'utf8')) as Record<string, { events: Array<{ title: string; notes: string }> }>;
  for (const division of Object.values(holidays)) {
    division.events.forEach((e, i) => {
      e.title = hostile(`bank holiday ${i} title`);
      e.notes = hostile(`bank holiday ${i} notes`);
    });
  }
  rmSync(holidaysPath);
  writeFileSync(holidaysPath, JSON.stringify(holidays, null, 2));
  for (const [file, keys] of [
    ['rota/people.yaml', ['name']],
    ['rota/rotations.yaml', ['name']],
    ['rota/overrides.yaml', ['note']],
  ] as const) {
    editYaml(join(content, file), (doc) => {
      (doc.contents as { items: Array<{ set(k: string, v: unknown): void }> }).items.forEach((item, i) => {
        for (const key of keys) item.set(key, hostile(`${file} ${i} ${key}`));
      });
    });
  }
  const runbooks = join(content, 'runbooks');
  for (const name of readdirSync(runbooks).filter((n) => /^[^_].*\.md$/.test(n))) {
    const path = join(runbooks, name);
    const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'), name) as { data: Record<string, unknown>; body: string };
    data.title = hostile(`${name} title`);
    data.description = hostile(`${name} description`);
    data.alsoKnownAs = [hostile(`${name} alsoKnownAs`)];
    if (data.lastReviewed instanceof Date) data.lastReviewed = data.lastReviewed.toISOString().slice(0, 10);
    rmSync(path);
    writeFileSync(path, `---\n${stringify(data)}---\n${body}`);
  }
  return root;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Elements carrying the marker. Data written unescaped into text, an attribute, the <title> or an
 * inline script (whose `</script>` would end it) all end up as such an element.
 */
function injections(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if ('data-xss' in attrs) found.push(`<${name} data-xss="${attrs['data-xss']}">`);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

describe('markup in every text field of every data file', () => {
  it('never becomes markup in the built site', { timeout: 600_000 }, async () => {
    const root = makeHostileCopy();
    const build = await run('npm', ['run', 'build'], root);
    expect(build.code, build.output).toBe(0);
    const dist = join(root, 'dist');
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let markersSeen = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      markersSeen += (html.match(/data-xss/g) ?? []).length;
      for (const found of injections(html)) problems.push(`${page.slice(dist.length)}: ${found}`);
    }
    // The data did reach the pages (escaped), so the test is looking at the right places.
    expect(markersSeen).toBeGreaterThan(100);
    expect(problems.slice(0, 20), `${problems.length} injections; fields:\n${fields.join('\n')}`).toEqual([]);
  });
});
