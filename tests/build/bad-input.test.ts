// Every kind of bad data file stops the build with a message naming the file and the field (or
// entry), and no stack trace. Fixtures: tests/fixtures/bad-input/<kind>/<case>/ (see
// tests/build/support/bad-input.ts). Run with `npm run test:bad-input` (part of `npm test`).
//
// Every case goes through the checker the build runs first (src/lib/data-files/project.ts, from
// src/integrations/content-check.ts at astro:config:setup), in process: milliseconds each. Then
// every case goes through both `npm run check:content` and the real `npm run build` in a copy of
// the project (a few seconds each, since the build stops before Astro does any work), which must
// give the same verdict and the same problems. BAD_INPUT_QUICK=1 sends only the cases marked
// "build": true (at least one per kind) through the second part.
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/data-files/project.ts';
import { formatDataProblem } from '../../src/lib/data-files/problems.ts';
import {
  contentCopy,
  loadCases,
  namesFileAndField,
  PROJECT,
  removeWorkDir,
  run,
  stackTraceLines,
  STRICT,
  withProjectSlot,
  type BadInputCase,
} from './support/bad-input.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const cases = loadCases();
const KINDS = ['bank-holidays', 'pages', 'rota', 'runbooks', 'sla'];
/** Data files: each has a syntax error, a type mistake and a wrong reference among its cases. */
const DATA_KINDS = ['bank-holidays', 'rota', 'runbooks', 'sla'];

afterAll(removeWorkDir);

/** The problem line (a "  - " item, with any lines that continue it) naming both the file and the field. */
function problemNaming(output: string, c: BadInputCase): string | undefined {
  const items = output.split(/\n(?=\s*- )/);
  return items.find((item) => namesFileAndField(item, c));
}

describe('the fixtures', () => {
  it('cover every kind of data file, each with a syntax error, a wrong type or missing field, and an unknown reference or value', () => {
    expect([...new Set(cases.map((c) => c.kind))]).toEqual(KINDS);
    for (const kind of DATA_KINDS) {
      const names = cases.filter((c) => c.kind === kind).map((c) => c.name);
      expect(
        names.some((n) => /malformed|no-front-matter/.test(n)),
        `${kind}: syntax`,
      ).toBe(true);
      expect(
        names.some((n) => /wrong-type|missing-field/.test(n)),
        `${kind}: types`,
      ).toBe(true);
      expect(
        names.some((n) => /unknown|missing-division|mismatch|duplicate|reserved/.test(n)),
        `${kind}: references`,
      ).toBe(true);
      expect(
        cases.some((c) => c.kind === kind && c.build),
        `${kind}: one case through the real build`,
      ).toBe(true);
    }
  });

  it('apply to data that is valid to start with', () => {
    expect(checkContent({ root: contentCopy(undefined), now: NOW }).errors).toEqual([]);
  });
});

describe('the data check names the file and the field', () => {
  it.each(cases.map((c) => [`${c.kind}/${c.name}: ${c.about}`, c] as const))('%s', (_, c) => {
    const { errors, warnings } = checkContent({ root: contentCopy(c), now: NOW });
    const reported = (c.warning ? warnings : errors).map(formatDataProblem);
    expect(reported.length, `no ${c.warning ? 'warning' : 'error'} reported`).toBeGreaterThan(0);
    expect(
      reported.find((e) => namesFileAndField(e, c)),
      `no problem names both ${c.file} and ${JSON.stringify(c.field)}:\n${reported.join('\n')}`,
    ).toBeDefined();
    if (c.warning) {
      expect(errors.map(formatDataProblem), 'a warning, not an error').toEqual([]);
      // strictness: error turns it into an error, worded the same.
      const strict = checkContent({ root: contentCopy(c, `${c.kind}-${c.name}-strict`, STRICT), now: NOW }).errors.map(formatDataProblem);
      expect(strict.find((e) => namesFileAndField(e, c))).toBeDefined();
    }
  });
});

/** The problem lines of a report ("  - ..." with any lines that continue them), for comparing two reports. */
function problemLines(output: string): string[] {
  const report = output.slice(output.search(/\d+ problems? in the data files/));
  return report
    .split(/\n(?=\s*- )/)
    .slice(1)
    .map((item) => item.split(/\n(?!\s{4})/)[0]!.trim());
}

const verdictCases = process.env.BAD_INPUT_QUICK ? cases.filter((c) => c.build) : cases;

// Every case through both `npm run check:content` and `npm run build` in one copy of the project:
// the same verdict, the same problems in the same words, and no stack trace. Warnings are made
// errors (strictness: error) so that both stop. Concurrent: maxConcurrency in vitest.bad-input.config.ts.
describe.concurrent('npm run check:content and npm run build give one verdict', () => {
  it.each(verdictCases.map((c) => [`${c.kind}/${c.name}: ${c.about}`, c] as const))('%s', async (_, c) => {
    const { check, build } = await withProjectSlot(c, c.warning ? STRICT : {}, async (root) => ({
      check: await run(process.execPath, [`${PROJECT}/scripts/check-content.ts`], root),
      build: await run('npm', ['run', 'build'], root),
    }));
    expect(check.code, check.output).toBe(1);
    expect(build.code, build.output).not.toBe(0);
    expect(
      problemNaming(check.output, c),
      `check:content: no problem names both ${c.file} and ${JSON.stringify(c.field)}:\n${check.output}`,
    ).toBeDefined();
    expect(
      problemNaming(build.output, c),
      `build: no problem names both ${c.file} and ${JSON.stringify(c.field)}:\n${build.output}`,
    ).toBeDefined();
    expect(problemLines(build.output)).toEqual(problemLines(check.output));
    expect(stackTraceLines(check.output), check.output).toEqual([]);
    expect(stackTraceLines(build.output), build.output).toEqual([]);
    // Stopped by the data check, before Astro's content layer or any page met the mistake.
    expect(build.output).toContain('in the data files; fix');
    expect(build.output).not.toContain('Syncing content');
  });
});
