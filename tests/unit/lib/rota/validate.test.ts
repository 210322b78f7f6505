import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRota, readRotaData } from '../../../../src/lib/data-files/rota-files.ts';
import { DataFileError, formatDataProblem } from '../../../../src/lib/data-files/problems.ts';
import { checkRota } from '../../../../src/lib/rota/check.ts';
import { formatProblem, type RotaFileNames } from '../../../../src/lib/rota/problems.ts';
import { calendar } from '../../../support/calendar.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const DIR = 'tests/fixtures/rota';

/** A fixture folder holds only the files that differ from the valid base set. */
function fixture(name: string): RotaFileNames {
  const pick = (file: string) => (existsSync(join(DIR, name, file)) ? join(DIR, name, file) : join(DIR, 'base', file));
  return {
    people: pick('people.yaml'),
    rotations: pick('rotations.yaml'),
    overrides: pick('overrides.yaml'),
    settings: pick('settings.yaml'),
    absences: pick('absences.yaml'),
  };
}

function problemsIn(name: string, now = NOW): string[] {
  const files = fixture(name);
  const { data, settings } = readRotaData(files);
  return checkRota(data, { calendar, files, now, settings }).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
}

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(problemsIn('base')).toEqual([]);
  });
});

describe('errors that fail the build name the file, the entry and the reason', () => {
  it('an unknown person', () => {
    expect(problemsIn('unknown-person')).toEqual([
      'error: tests/fixtures/rota/unknown-person/rotations.yaml, rotation "dev": member "bob" is not in tests/fixtures/rota/base/people.yaml',
    ]);
  });

  it('a developer in the ops rotation', () => {
    expect(problemsIn('developer-in-ops-rotation')).toEqual([
      'error: tests/fixtures/rota/developer-in-ops-rotation/rotations.yaml, rotation "ops": member "ben" (Ben Okoro) is a developer, but "ops" is for ops engineers only',
    ]);
  });

  it('an ops engineer in the developer rotation', () => {
    expect(problemsIn('ops-engineer-in-developer-rotation')).toEqual([
      'error: tests/fixtures/rota/ops-engineer-in-developer-rotation/rotations.yaml, rotation "dev": member "fay" (Fay O\'Brien) is an ops engineer, but "dev" is for developers only',
    ]);
  });

  it('someone on call who has not opted in', () => {
    expect(problemsIn('not-opted-in')).toEqual([
      'error: tests/fixtures/rota/not-opted-in/rotations.yaml, rotation "on-call": member "ben" (Ben Okoro) has not opted in to on call; only people with onCall: true in tests/fixtures/rota/base/people.yaml can be on "on-call"',
    ]);
  });

  it('overlapping overrides on one rotation (an override on another rotation at the same time is fine)', () => {
    expect(problemsIn('overlapping-overrides')).toEqual([
      'error: tests/fixtures/rota/overlapping-overrides/overrides.yaml, entry 3 (on-call, 2026-12-29T18:00 to 2026-12-31T10:00): it overlaps entry 1 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00); only one override can apply to a rotation at a time',
    ]);
  });

  it('an override that ends before it starts', () => {
    expect(problemsIn('override-ends-before-start')).toEqual([
      'error: tests/fixtures/rota/override-ends-before-start/overrides.yaml, entry 2 (dev, 2027-01-08T10:00 to 2027-01-07T18:00): it ends (2027-01-07T18:00) before it starts (2027-01-08T10:00); "to" must be later than "from"',
    ]);
  });

  it('an override that starts or ends in the hour the clocks skip or repeat', () => {
    expect(problemsIn('override-in-clock-change')).toEqual([
      'error: tests/fixtures/rota/override-in-clock-change/overrides.yaml, entry 2 (on-call, 2027-03-27T18:00 to 2027-03-28T01:30): "to" 2027-03-28T01:30 never happens in Europe/London: the clocks go forward over it that night; use a time outside the skipped hour',
      'error: tests/fixtures/rota/override-in-clock-change/overrides.yaml, entry 3 (on-call, 2027-10-31T01:30 to 2027-11-01T10:00): "from" 2027-10-31T01:30 happens twice in Europe/London: the clocks go back over it that night, so it could mean either; use a time outside the repeated hour',
    ]);
  });

  it('a weekly handoff at a time the clocks skip or repeat on one of its days', () => {
    // From 30 November 2026 the first such Sunday is 28 March 2027, when the clocks go forward.
    expect(problemsIn('handoff-in-clock-change')).toEqual([
      'error: tests/fixtures/rota/handoff-in-clock-change/rotations.yaml, rotation "on-call": its handoff, Sundays at 01:30, never happens on Sun 28 Mar 2027 in Europe/London: the clocks go forward over it that night; choose a handoff time outside that hour',
    ]);
  });

  it('a weekly handoff in the repeated hour, once the skipped one has passed', () => {
    expect(problemsIn('handoff-in-clock-change', Date.parse('2027-04-01T12:00:00Z'))).toEqual([
      'error: tests/fixtures/rota/handoff-in-clock-change/rotations.yaml, rotation "on-call": its handoff, Sundays at 01:30, happens twice on Sun 31 Oct 2027 in Europe/London: the clocks go back over it that night, so it could mean either; choose a handoff time outside that hour',
    ]);
  });

  it('an override with a cover who may not cover, an unknown cover or an unknown rotation', () => {
    expect(problemsIn('override-unknown-cover')).toEqual([
      expect.stringContaining(
        'overrides.yaml, entry 1 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00): the cover "fay" (Fay O\'Brien) has not opted in to on call',
      ),
      expect.stringContaining('overrides.yaml, entry 2 (on-call, 2027-01-06T18:00 to 2027-01-07T10:00): the cover "zed" is not in'),
      expect.stringContaining('overrides.yaml, entry 3 (nights, 2027-01-13T18:00 to 2027-01-14T10:00): rotation "nights" is not in'),
    ]);
  });

  it('a schema mistake names the file and the field', () => {
    const error = (() => {
      try {
        readRotaData(fixture('bad-date'));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toContain('tests/fixtures/rota/bad-date/overrides.yaml');
    expect((error as DataFileError).problems.map(formatDataProblem)).toEqual([
      'tests/fixtures/rota/bad-date/overrides.yaml, entry 1, from: must be a UK local date and time like 2026-12-23T10:00',
      expect.stringMatching(/^tests\/fixtures\/rota\/bad-date\/overrides.yaml, entry 1, reason: .*"swap"\|"leave"\|"illness"/),
    ]);
  });
});

describe('look-ahead checks warn by default, over the next 13 weeks', () => {
  it('time with nobody on a rotation (here it starts in January; the Christmas override covers one week)', () => {
    expect(problemsIn('gap')).toEqual([
      'warning: tests/fixtures/rota/gap/rotations.yaml, rotation "on-call": nobody is on it from Mon 30 Nov 2026, 18:00 to Wed 23 Dec 2026, 10:00',
      'warning: tests/fixtures/rota/gap/rotations.yaml, rotation "on-call": nobody is on it from Wed 30 Dec 2026, 18:00 to Wed 6 Jan 2027, 10:00',
    ]);
  });

  it('someone on first line and on call in the same week because of an override', () => {
    expect(problemsIn('clash')).toEqual([
      'warning: tests/fixtures/rota/clash/overrides.yaml, entry 2 (on-call, 2027-01-05T18:00 to 2027-01-06T10:00): "ana" (Ana Silva) is on "dev" and "on-call" at overlapping times, Tue 5 Jan 2027, 18:00 to Wed 6 Jan 2027, 10:00',
    ]);
  });

  it('someone on first line and on call in the same weeks because of the orders', () => {
    const problems = problemsIn('clash-in-order');
    expect(problems[0]).toBe(
      'warning: tests/fixtures/rota/clash-in-order/rotations.yaml, rotation "on-call": "cai" (Cai Jones) is on "ops" and "on-call" at overlapping times, Wed 2 Dec 2026, 10:00 to Wed 9 Dec 2026, 10:00',
    );
    expect(problems.length).toBeGreaterThan(3);
  });

  it('a rotation planned less than 13 weeks ahead', () => {
    expect(problemsIn('short-plan')).toEqual([
      'warning: tests/fixtures/rota/short-plan/rotations.yaml, rotation "on-call": it is planned only until Wed 20 Jan 2027, 10:00 (until: 2027-01-20), less than 13 weeks ahead; move "until" later, or remove it so the rotation repeats',
    ]);
  });

  it('with strictness: error they fail the build instead', () => {
    expect(problemsIn('strict')[0]).toMatch(
      /^error: .*short-plan|^error: .*strict\/rotations.yaml, rotation "on-call": it is planned only until/,
    );
    expect(() => readRota({ files: fixture('strict'), now: NOW, calendar })).toThrow(DataFileError);
  });

  it('readRota throws one error listing every problem, and returns warnings otherwise', () => {
    expect(() => readRota({ files: fixture('overlapping-overrides'), now: NOW, calendar })).toThrow(
      /1 problem in the data files; fix it and build again:\n {2}- .*overrides.yaml, entry 3/,
    );
    expect(readRota({ files: fixture('gap'), now: NOW, calendar }).warnings).toHaveLength(3);
  });
});

describe('the real rota in content/rota', () => {
  // The sample data keeps one leave clash on purpose (absences.yaml entry 5), to show the warning and its cover suggestions.
  const intended = (p: { file: string; entry: string }) =>
    p.file === 'content/rota/absences.yaml' && p.entry.startsWith('entry 5 (wei-li,');

  it('has no errors and no warnings for the next 13 weeks from now, but the intended leave clash', () => {
    expect(
      readRota({ calendar })
        .warnings.filter((p) => !(p.file === 'content/rota/absences.yaml' && (p.where ?? '').startsWith('entry 5 (wei-li,')))
        .map(formatDataProblem),
    ).toEqual([]);
  });

  it('has no clashes or gaps anywhere in 2026 and 2027', () => {
    const files: RotaFileNames = {
      people: 'content/rota/people.yaml',
      rotations: 'content/rota/rotations.yaml',
      overrides: 'content/rota/overrides.yaml',
      settings: 'content/rota/settings.yaml',
      absences: 'content/rota/absences.yaml',
    };
    const { data } = readRotaData(files);
    const { problems } = checkRota(data, {
      calendar,
      files,
      now: Date.parse('2026-01-01T00:00:00Z'),
      settings: { strictness: 'warn', planningHorizonWeeks: 104 },
    });
    expect(problems.filter((p) => !intended(p)).map(formatProblem)).toEqual([]);
    expect(problems.filter(intended)).toHaveLength(1);
  });
});
