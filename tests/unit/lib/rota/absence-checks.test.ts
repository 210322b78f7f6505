import { describe, expect, it } from 'vitest';
import { checkAbsenceData, checkLeave, leaveClashes } from '../../../../src/lib/rota/absence-checks.ts';
import { absenceSpan, middayMinutes, type Absence } from '../../../../src/lib/rota/absences.ts';
import { checkRota } from '../../../../src/lib/rota/check.ts';
import { ROTA_FILES } from '../../../../src/lib/rota/problems.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { at, calendar } from '../../../support/calendar.ts';
import { london, people, rotations } from '../../../support/rota.ts';

const settings = { strictness: 'warn', planningHorizonWeeks: 13 } as const;
const absence = (a: Omit<Absence, 'entry' | 'type'> & Partial<Absence>, entry = 1): Absence => ({ type: 'holiday', ...a, entry });
const data = (absences: Absence[]) => ({ people, rotations, overrides: [], absences });
const messages = (absences: Absence[], hours = calendar.hours) =>
  checkAbsenceData(data(absences), ROTA_FILES, hours).map((p) => `${p.file}, ${p.entry}: ${p.reason}`);

describe('absence times', () => {
  it('are whole local days, with half days split halfway through the working day', () => {
    expect(middayMinutes(calendar.hours)).toBe(14 * 60);
    const whole = absenceSpan(absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' }), calendar.hours);
    expect([london(whole.start), london(whole.end)]).toEqual(['2026-12-07T00:00:00+00:00', '2026-12-09T00:00:00+00:00']);
    const halves = absenceSpan(
      absence({ person: 'ana', from: '2027-06-07', to: '2027-06-08', firstDay: 'afternoon', lastDay: 'morning' }),
      calendar.hours,
    );
    expect([london(halves.start), london(halves.end)]).toEqual(['2027-06-07T14:00:00+01:00', '2027-06-08T14:00:00+01:00']);
  });
});

describe('checkAbsenceData', () => {
  it('accepts sound absences', () => {
    expect(
      messages([
        absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' }),
        absence({ person: 'ana', from: '2026-12-09', to: '2026-12-09', lastDay: 'morning' }, 2),
      ]),
    ).toEqual([]);
  });

  it('names someone not in people.yaml', () => {
    expect(messages([absence({ person: 'zed', from: '2026-12-07', to: '2026-12-08' })])).toEqual([
      'content/rota/absences.yaml, entry 1 (zed, 2026-12-07 to 2026-12-08): person "zed" is not in content/rota/people.yaml',
    ]);
  });

  it('refuses one that ends before it starts, or leaves no time away', () => {
    expect(messages([absence({ person: 'ana', from: '2026-12-08', to: '2026-12-07' })])).toEqual([
      'content/rota/absences.yaml, entry 1 (ana, 2026-12-08 to 2026-12-07): it ends (to: 2026-12-07) before it starts (from: 2026-12-08); "to" is the last day away',
    ]);
    expect(
      messages([absence({ person: 'ana', from: '2026-12-08', to: '2026-12-08', firstDay: 'afternoon', lastDay: 'morning' })])[0],
    ).toContain('firstDay: afternoon and lastDay: morning on the same day leave no time away');
  });

  it('refuses two for one person that overlap, naming both, but not two people away at once', () => {
    const list = [
      absence({ person: 'ana', from: '2026-12-07', to: '2026-12-11' }),
      absence({ person: 'ben', from: '2026-12-07', to: '2026-12-11' }, 2),
      absence({ person: 'ana', from: '2026-12-11', to: '2026-12-14' }, 3),
    ];
    expect(messages(list)).toEqual([
      'content/rota/absences.yaml, entry 3 (ana, 2026-12-11 to 2026-12-14): it overlaps entry 1 (ana, 2026-12-07 to 2026-12-11) for the same person; join them into one absence, or change the dates',
    ]);
    // Back at midday, away again from midday: touching, not overlapping.
    expect(
      messages([
        absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08', lastDay: 'morning' }),
        absence({ person: 'ana', from: '2026-12-08', to: '2026-12-09', firstDay: 'afternoon' }, 2),
      ]),
    ).toEqual([]);
  });

  it('refuses a start or end the clocks skip, where the clocks change at midnight', () => {
    // Chile puts its clocks forward at midnight: 00:00 on Sunday 6 September 2026 never happens there.
    const santiago = { ...calendar.hours, timeZone: 'America/Santiago' };
    expect(messages([absence({ person: 'ana', from: '2026-09-06', to: '2026-09-07' })], santiago)).toEqual([
      'content/rota/absences.yaml, entry 1 (ana, 2026-09-06 to 2026-09-07): "from" begins or ends at 2026-09-06 00:00, which never happens in America/Santiago: the clocks go forward over it; move the day, or use a whole day',
    ]);
    expect(messages([absence({ person: 'ana', from: '2026-09-01', to: '2026-09-05' })], santiago)[0]).toContain(
      '"to" begins or ends at 2026-09-06 00:00',
    );
    // In the UK the clocks change at 01:00 and 02:00, never at midnight or midday.
    expect(
      messages([
        absence({ person: 'ana', from: '2027-03-28', to: '2027-03-28' }),
        absence({ person: 'ana', from: '2026-10-25', to: '2026-10-25' }, 2),
      ]),
    ).toEqual([]);
  });

  it('stops checkRota before the look-ahead checks, as other data errors do', () => {
    const { rota, problems } = checkRota(data([absence({ person: 'zed', from: '2026-12-07', to: '2026-12-08' })]), {
      calendar,
      files: ROTA_FILES,
      now: at('2026-11-30T12:00:00Z'),
      settings,
    });
    expect(rota).toBeUndefined();
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });
});

// tests/support/rota.ts's team: the week from Wednesday 2 December 2026 has ana on dev first line and cai on call.
describe('leaveClashes', () => {
  const rotaWith = (absences: Absence[]) => createRota(data(absences), calendar);
  const span = (from: string, to: string) => [at(from), at(to)] as const;

  it('finds the shifts someone holds while away, one run per absence and rotation', () => {
    const rota = rotaWith([absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' })]);
    const clashes = leaveClashes(rota, ...span('2026-11-30T00:00:00Z', '2027-01-01T00:00:00Z'));
    expect(clashes.map((c) => [c.rotation, c.person, london(c.start), london(c.end), c.shifts.length])).toEqual([
      ['dev', 'ana', '2026-12-07T10:00:00+00:00', '2026-12-08T18:00:00+00:00', 2],
    ]);
  });

  it('counts half days: a morning off meets the night before, an afternoon off the night after', () => {
    const rota = rotaWith([
      absence({ person: 'cai', from: '2026-12-03', to: '2026-12-03', lastDay: 'morning' }),
      absence({ person: 'cai', from: '2026-12-04', to: '2026-12-04', firstDay: 'afternoon' }, 2),
    ]);
    const clashes = leaveClashes(rota, ...span('2026-11-30T00:00:00Z', '2027-01-01T00:00:00Z'));
    expect(clashes.map((c) => [c.absence.entry, c.rotation, london(c.start), london(c.end)])).toEqual([
      [1, 'on-call', '2026-12-02T18:00:00+00:00', '2026-12-03T10:00:00+00:00'],
      [2, 'on-call', '2026-12-04T18:00:00+00:00', '2026-12-07T10:00:00+00:00'],
    ]);
  });

  it('finds none once an override gives the shifts to someone else', () => {
    const rota = createRota(
      {
        ...data([absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' })]),
        overrides: [{ entry: 1, rotation: 'dev', from: '2026-12-07T10:00', to: '2026-12-08T18:00', cover: 'eve', reason: 'leave' }],
      },
      calendar,
    );
    expect(leaveClashes(rota, ...span('2026-11-30T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual([]);
  });
});

describe('checkLeave', () => {
  const ivy = { id: 'ivy', name: 'Ivy', role: 'developer', onCall: false } as const;
  const rota = createRota(
    { ...data([absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' })]), people: [...people, ivy] },
    calendar,
  );
  const now = at('2026-11-30T12:00:00Z');

  it('warns naming file, entry, person, rotation and shifts, with who could cover', () => {
    const [problem, ...rest] = checkLeave(rota, now, settings, ROTA_FILES);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'warning',
      file: 'content/rota/absences.yaml',
      entry: 'entry 1 (ana, 2026-12-07 to 2026-12-08)',
    });
    expect(problem!.reason).toBe(
      '"ana" (Ana) is away (holiday) but holds "dev" (First-line developer), 2 shifts, Mon 7 Dec, 10:00 to Tue 8 Dec, 18:00; add an override in content/rota/overrides.yaml. ' +
        'Could cover, least loaded first: Ivy (0 first-line days in the last 12 months)',
    );
  });

  it('is an error under strictness: error, and looks only as far as the planning horizon', () => {
    expect(checkLeave(rota, now, { ...settings, strictness: 'error' }, ROTA_FILES).map((p) => p.severity)).toEqual(['error']);
    expect(checkLeave(rota, at('2026-11-20T12:00:00Z'), { ...settings, planningHorizonWeeks: 2 }, ROTA_FILES)).toEqual([]);
  });

  it('says so when nobody is free: here, the other developers are on first line the week before and after', () => {
    const team = createRota(data([absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08' })]), calendar);
    expect(checkLeave(team, now, settings, ROTA_FILES)[0]!.reason).toMatch(
      /; add an override in content\/rota\/overrides\.yaml\. Nobody else is free to cover it$/,
    );
  });
});

describe('weeks for the rota page', () => {
  it('mark the shifts someone holds while away, and hand the marks to the browser without why', async () => {
    const { summariseWeeks, weekRows } = await import('../../../../src/lib/rota/weeks.ts');
    const { bundleRota } = await import('../../../../src/lib/rota/bundle.ts');
    const away = absence({ person: 'ana', from: '2026-12-07', to: '2026-12-08', type: 'sickness', note: 'private' });
    const rota = createRota(data([away]), calendar);
    const [week] = summariseWeeks(weekRows(rota, '2026-12-02', 1));
    const dev = week!.cells.find((c) => c.rotation === 'dev')!;
    expect(dev.away?.map((a) => [a.person, london(a.start), london(a.end)])).toEqual([
      ['ana', '2026-12-07T10:00:00+00:00', '2026-12-08T18:00:00+00:00'],
    ]);
    expect(week!.cells.filter((c) => c.away)).toHaveLength(1);
    const bundle = bundleRota(data([away]), calendar.hours, { division: 'england-and-wales', events: [] });
    expect(bundle.rota.absences).toEqual([{ entry: 1, person: 'ana', from: '2026-12-07', to: '2026-12-08' }]);
    expect(JSON.stringify(bundle)).not.toMatch(/sickness|private/);
  });
});
