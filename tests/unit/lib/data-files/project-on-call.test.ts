// The rota's fairness and content/rota/on-call.yaml are part of the one data check: the build
// (content-check), `npm run check:content`, `npm run check:rota` and `astro dev` see the same findings.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildStopError, contentCheck } from '../../../../src/integrations/content-check.ts';
import { checkContent } from '../../../../src/lib/data-files/project.ts';
import { formatDataProblem } from '../../../../src/lib/data-files/problems.ts';
import { loadDocument } from '../../../../src/lib/fairness/api.ts';
import { sharesOverLimit } from '../../../../src/lib/fairness/checks.ts';
import { fairnessSettingsOf } from '../../../../src/lib/fairness/settings.ts';
import { createRota, type Rota } from '../../../../src/lib/rota/rota.ts';
import { SAMPLE_TEAM } from '../../../support/on-call.ts';

type SetupOptions = Parameters<NonNullable<ReturnType<typeof contentCheck>['hooks']['astro:config:setup']>>[0];

const NOW = Date.parse('2026-12-01T12:00:00Z');
const work = mkdtempSync(join(tmpdir(), 'project-on-call-'));
let copies = 0;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project's content with the frozen sample team's rota (Kwame on both on-call rotations). */
function project(files: Record<string, string> = {}): string {
  const root = join(work, String(++copies));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync(SAMPLE_TEAM, join(root, 'content/rota'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}
const lines = (problems: ReturnType<typeof checkContent>['errors']) => problems.map(formatDataProblem);

describe('fairness in the data check', () => {
  it('warns, naming file and entry, and the data is still there for the build', () => {
    const { errors, warnings, data } = checkContent({ root: project(), now: NOW });
    expect(lines(errors)).toEqual([]);
    expect(data).toBeDefined();
    expect(lines(warnings)).toContainEqual(
      expect.stringMatching(
        /^content\/rota\/rotations\.yaml, person "kwame-mensah" \(on "on-call" and "on-call-second-line"\): Kwame Mensah is on call for 51% of the out-of-hours time in the next 16 weeks/,
      ),
    );
    expect(lines(warnings)).toContainEqual(
      expect.stringMatching(
        /^content\/rota\/overrides\.yaml, entry 3 \(on-call, 2026-12-23T10:00 to 2026-12-30T10:00\): "aoife-brennan" \(Aoife Brennan\) is on call two weeks in a row: .*\(override 3, swap: Christmas swap with Tomasz\)/,
      ),
    );
  });

  it('with strictness: error they are errors, and there is no data', () => {
    const { errors, warnings, data } = checkContent({ root: project({ 'content/rota/settings.yaml': 'strictness: error\n' }), now: NOW });
    expect(warnings).toEqual([]);
    expect(data).toBeUndefined();
    expect(lines(errors)).toContainEqual(expect.stringMatching(/^content\/rota\/rotations\.yaml, person "kwame-mensah"/));
  });

  it('a higher limit in settings.yaml silences the share warning but not two weeks in a row', () => {
    const found = lines(checkContent({ root: project({ 'content/rota/settings.yaml': 'onCallShareLimit: 0.6\n' }), now: NOW }).warnings);
    expect(found.filter((l) => l.includes('of the out-of-hours time'))).toEqual([]);
    expect(found.some((l) => l.includes('two weeks in a row'))).toBe(true);
  });

  it('the real sample rota: nobody on both on-call rotations, and no share warnings on any day of the coming year', () => {
    const { errors, data } = checkContent({ now: Date.parse('2026-12-07T12:00:00Z') });
    expect(lines(errors)).toEqual([]);
    const [primary, secondary] = ['on-call', 'on-call-second-line'].map(
      (id) => new Set(data!.rota.rotations.find((r) => r.id === id)!.segments.at(-1)!.members),
    );
    expect([...primary!].filter((p) => secondary!.has(p))).toEqual([]);
    // Four to a rotation: over the bare 13-week horizon someone always has a fourth turn in view
    // (31%), which warned on some days' builds. Judged over whole turns, the rota as planned never
    // warns; the only warning left is the Christmas swap's, while Tomasz's taken week is in view
    // and the week he gave is not (5 turns in 16 weeks).
    const settings = fairnessSettingsOf(data!.settings!);
    const start = Date.parse('2026-12-07T12:00:00Z');
    const overOn = (rota: Rota, days: number) =>
      Array.from({ length: days }, (_, d) => start + d * 86_400_000).flatMap((now) =>
        sharesOverLimit(rota, now, settings).map((o) => `${new Date(now).toISOString().slice(0, 10)} ${o.load.person}`),
      );
    const plain = createRota({ ...data!.rota.data, overrides: [] }, data!.rota.calendar);
    expect(overOn(plain, 120)).toEqual([]);
    // ... although on some of those days the bare 13 weeks show someone above 30%: the page and
    // the API say the same as the check.
    const day = Array.from({ length: 28 }, (_, d) => start + d * 86_400_000).find((now) =>
      loadDocument(plain, now, settings).people.some((p) => p.planned && p.planned.share > 0.3),
    );
    expect(day).toBeDefined();
    expect(loadDocument(plain, day!, settings).people.filter((p) => p.planned?.overLimit)).toEqual([]);
    const withSwaps = overOn(data!.rota, 60);
    expect(new Set(withSwaps.map((o) => o.split(' ')[1]))).toEqual(new Set(['tomasz-wojcik']));
    expect([withSwaps[0], withSwaps.at(-1)]).toEqual(['2026-12-29 tomasz-wojcik', '2027-01-14 tomasz-wojcik']);
  });
});

describe('content/rota/on-call.yaml in the data check', () => {
  const withRules = (rules: string) => checkContent({ root: project({ 'content/rota/on-call.yaml': rules }), now: NOW });

  it('the shipped rules are read into the project data', () => {
    expect(checkContent({ now: NOW }).data?.onCall.rules.map((r) => r.id)).toEqual(['flat']);
  });

  it('unordered rules or a wrong field are errors naming file, rule and field', () => {
    expect(lines(withRules(readFileSync('tests/fixtures/on-call/bad-rates/unordered.yaml', 'utf8')).errors)).toEqual([
      expect.stringMatching(/^content\/rota\/on-call\.yaml, rule 2 \("bank-holidays"\), dayKind: it is narrower than rule 1 \("nights"\)/),
    ]);
    expect(lines(withRules(readFileSync('tests/fixtures/on-call/bad-rates/wrong-type.yaml', 'utf8')).errors)).toContainEqual(
      expect.stringMatching(/^content\/rota\/on-call\.yaml, rule 1 \("weekends"\), multiplier: must be a number/),
    );
    expect(lines(withRules('rates: [\n').errors)).toEqual([expect.stringMatching(/^content\/rota\/on-call\.yaml.*not valid YAML/)]);
  });

  describe('through the build hook', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
    });
    afterEach(() => vi.useRealTimers());

    it('stops the build, with the same words and no stack trace', () => {
      const root = project({ 'content/rota/on-call.yaml': readFileSync('tests/fixtures/on-call/bad-rates/overlapping.yaml', 'utf8') });
      const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
      const options = { command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as SetupOptions;
      let stopped: unknown;
      try {
        contentCheck().hooks['astro:config:setup']!(options);
      } catch (error) {
        stopped = error;
      }
      expect(stopped).toBeInstanceOf(BuildStopError);
      expect((stopped as Error).stack).toBe('');
      expect((stopped as Error).message).toMatch(
        /in the data files; fix it and build again:\n {2}- content\/rota\/on-call\.yaml, rule 2 \("nights"\), hours: it overlaps rule 1 \("evenings"\)/,
      );
    });
  });
});
