// Every kind of bad data file stops the build with a message naming the file and the field (or
// entry), and no stack trace. Fixtures: tests/fixtures/bad-input/<kind>/<case>/ (see
// tests/build/support/bad-input.ts). Run with `npm run test:bad-input` (part of `npm test`).
//
// Every case goes through the checker the build runs first (scripts/lib/check-content.ts, from
// src/integrations/content-check.ts at astro:config:setup), in process: milliseconds each. Cases
// marked "build": true, at least one per kind of data file, also go through the real
// `npm run build` in a copy of the project (a few seconds each, since the build stops before
// Astro does any work). BAD_INPUT_BUILD_ALL=1 sends every case through the real build.
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { contentCopy, loadCases, namesFileAndField, PROJECT, projectCopy, removeWorkDir, run, stackTraceLines, type BadInputCase } from './support/bad-input.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const cases = loadCases();
const KINDS = ['bank-holidays', 'rota', 'runbooks', 'sla'];

afterAll(removeWorkDir);

/** The problem line (a "  - " item, with any lines that continue it) naming both the file and the field. */
function problemNaming(output: string, c: BadInputCase): string | undefined {
  const items = output.split(/\n(?=\s*- )/);
  return items.find((item) => namesFileAndField(item, c));
}

describe('the fixtures', () => {
  it('cover every kind of data file, each with a syntax error, a wrong type or missing field, and an unknown reference or value', () => {
    expect([...new Set(cases.map((c) => c.kind))]).toEqual(KINDS);
    for (const kind of KINDS) {
      const names = cases.filter((c) => c.kind === kind).map((c) => c.name);
      expect(names.some((n) => /malformed|no-front-matter/.test(n)), `${kind}: syntax`).toBe(true);
      expect(names.some((n) => /wrong-type|missing-field/.test(n)), `${kind}: types`).toBe(true);
      expect(names.some((n) => /unknown|missing-division|mismatch|duplicate|reserved/.test(n)), `${kind}: references`).toBe(true);
      expect(cases.some((c) => c.kind === kind && c.build), `${kind}: one case through the real build`).toBe(true);
    }
  });

  it('apply to data that is valid to start with', () => {
    expect(checkContent({ root: contentCopy(undefined), now: NOW }).errors).toEqual([]);
  });
});

describe('the data check names the file and the field', () => {
  it.each(cases.map((c) => [`${c.kind}/${c.name}: ${c.about}`, c] as const))('%s', (_, c) => {
    const { errors } = checkContent({ root: contentCopy(c), now: NOW });
    expect(errors.length, 'no error reported').toBeGreaterThan(0);
    expect(
      errors.find((e) => namesFileAndField(e, c)),
      `no problem names both ${c.file} and ${JSON.stringify(c.field)}:\n${errors.join('\n')}`,
    ).toBeDefined();
  });
});

describe('npm run check:content', () => {
  it('exits 1 with the report, and no stack trace', async () => {
    const c = cases.find((x) => x.kind === 'rota' && x.name === 'overrides-unknown-cover')!;
    const root = contentCopy(c, 'cli');
    const { code, output } = await run(process.execPath, [`${PROJECT}/scripts/check-content.ts`], root);
    expect(code).toBe(1);
    expect(problemNaming(output, c)).toBeDefined();
    expect(stackTraceLines(output)).toEqual([]);
  });
});

const buildCases = process.env.BAD_INPUT_BUILD_ALL ? cases : cases.filter((c) => c.build);

// Concurrent: each build runs in its own copy of the project (maxConcurrency in vitest.bad-input.config.ts).
describe.concurrent('the real build stops with a clean message', () => {
  it.each(buildCases.map((c) => [`${c.kind}/${c.name}: ${c.about}`, c] as const))('%s', async (_, c) => {
    const root = projectCopy(c);
    const { code, output } = await run('npm', ['run', 'build'], root);
    expect(code, output).not.toBe(0);
    expect(problemNaming(output, c), `no problem names both ${c.file} and ${JSON.stringify(c.field)}:\n${output}`).toBeDefined();
    expect(stackTraceLines(output), output).toEqual([]);
    // Stopped by the data check, before Astro's content layer or any page met the mistake.
    expect(output).toContain('in the data files; fix');
    expect(output).not.toContain('Syncing content');
  });
});
