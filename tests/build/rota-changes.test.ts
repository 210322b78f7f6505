// The swap and cover builder's output, end to end: the override entries it produces in the browser
// (tests/e2e/rota-changes.spec.ts checks it produces exactly tests/fixtures/rota-changes/*.yaml),
// added to a copy of the project's overrides.yaml, make a build whose API and calendar feeds show
// the change, and whose leave warning is gone. Run with `npm run test:bad-input` (part of `npm test`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../support/ical.ts';
import { projectCopy, removeWorkDir, run, type RunResult } from './support/bad-input.ts';

const FIXTURES = 'tests/fixtures/rota-changes';
let root = '';
let build: RunResult;

beforeAll(async () => {
  root = projectCopy({
    kind: 'rota-changes',
    name: 'cover-and-swap',
    dir: join(FIXTURES, 'none'),
    about: '',
    file: '',
    field: [],
    edits: {},
    build: true,
    warning: false,
  });
  const file = join(root, 'content/rota/overrides.yaml');
  const text = readFileSync(file, 'utf8');
  const added = ['cover.yaml', 'swap.yaml'].map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  // As the builder's editor link does: the entries go at the end of the file.
  rmSync(file);
  writeFileSync(file, `${text.replace(/\s*$/, '')}\n\n${added.join('\n')}`);
  build = await run('npm', ['run', 'build'], root);
}, 300_000);

afterAll(removeWorkDir);

interface ApiShift {
  rotation: string;
  person: string;
  start: string;
  end: string;
  override: { reason: string; note: string | null; instead: string | null } | null;
}

const shifts = (): ApiShift[] => JSON.parse(readFileSync(join(root, 'dist/api/rota/v1/shifts.json'), 'utf8')).shifts;
const between = (list: ApiShift[], rotation: string, from: string, to: string) =>
  list.filter((s) => s.rotation === rotation && Date.parse(s.start) >= Date.parse(from) && Date.parse(s.end) <= Date.parse(to));

/** Events of a person's feed overlapping [from, to). */
function feedEvents(person: string, from: string, to: string) {
  const { events } = parseFeed(readFileSync(join(root, 'dist/feeds/people', `${person}.ics`), 'utf8'));
  const ms = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t));
  return events.filter((e) => ms(e.start) < Date.parse(to) && ms(e.end) > Date.parse(from));
}

describe('a build with the builder’s cover and swap added to overrides.yaml', () => {
  it('succeeds, and no longer warns about Wei Li’s first-line days while away', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toContain('wei-li, 2027-02-15 to 2027-02-19');
  });

  it('gives the cover in the API: Dafydd ap Rhys on Wei Li’s two first-line days', () => {
    const days = between(shifts(), 'first-line-developer', '2027-02-15T10:00:00Z', '2027-02-16T18:00:00Z');
    expect(days.map((s) => [s.start, s.person, s.override?.reason, s.override?.instead, s.override?.note])).toEqual([
      ['2027-02-15T10:00:00+00:00', 'dafydd-ap-rhys', 'leave', 'wei-li', 'Wei on leave'],
      ['2027-02-16T10:00:00+00:00', 'dafydd-ap-rhys', 'leave', 'wei-li', 'Wei on leave'],
    ]);
  });

  it('gives the swap in the API: each takes the other’s week of the second line', () => {
    const all = shifts();
    const january = between(all, 'on-call-second-line', '2027-01-13T18:00:00Z', '2027-01-20T10:00:00Z');
    const february = between(all, 'on-call-second-line', '2027-02-24T18:00:00Z', '2027-03-03T10:00:00Z');
    expect(january.length).toBeGreaterThan(0);
    expect(february.length).toBeGreaterThan(0);
    expect(new Set(january.map((s) => `${s.person} for ${s.override?.instead}`))).toEqual(new Set(['wei-li for siobhan-oneill']));
    expect(new Set(february.map((s) => `${s.person} for ${s.override?.instead}`))).toEqual(new Set(['siobhan-oneill for wei-li']));
  });

  it('gives the change in the calendar feeds, read with ical.js', () => {
    expect(feedEvents('dafydd-ap-rhys', '2027-02-15T10:00:00Z', '2027-02-16T18:00:00Z').length).toBeGreaterThan(0);
    expect(feedEvents('wei-li', '2027-02-15T10:00:00Z', '2027-02-16T18:00:00Z').filter((e) => /first/i.test(e.summary))).toEqual([]);
    expect(
      feedEvents('wei-li', '2027-01-14T00:00:00Z', '2027-01-19T00:00:00Z').filter((e) => /second line/i.test(e.summary)).length,
    ).toBeGreaterThan(0);
    expect(
      feedEvents('siobhan-oneill', '2027-01-14T00:00:00Z', '2027-01-19T00:00:00Z').filter((e) => /second line/i.test(e.summary)),
    ).toEqual([]);
    expect(
      feedEvents('siobhan-oneill', '2027-02-25T00:00:00Z', '2027-03-02T00:00:00Z').filter((e) => /second line/i.test(e.summary)).length,
    ).toBeGreaterThan(0);
  });
});
