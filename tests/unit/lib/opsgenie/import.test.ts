import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOpsgenie, type ImportResult } from '../../../../src/lib/opsgenie/import.ts';
import { emptyInput, readOpsgenieJson, type OpsgenieInput } from '../../../../src/lib/opsgenie/input.ts';
import { compareWithTimeline } from '../../../../src/lib/opsgenie/parity.ts';
import { userResolver } from '../../../../src/lib/opsgenie/import.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { checkRotaData } from '../../../../src/lib/rota/validate.ts';
import { ROTA_FILES } from '../../../../src/lib/rota/problems.ts';
import type { RotaData, Rotation } from '../../../../src/lib/rota/model.ts';
import { addDays } from '../../../../src/lib/time/civil-date.ts';
import { formatClockTime, fromZoned, toZoned } from '../../../../src/lib/time/zoned-time.ts';
import { calendar } from '../../../support/calendar.ts';
import { sampleRota, timelineFromRota } from '../../../support/opsgenie-sample.ts';

const read = (...names: string[]): OpsgenieInput => {
  const input = emptyInput();
  for (const name of names) readOpsgenieJson(name, JSON.parse(readFileSync(`tests/fixtures/opsgenie/${name}`, 'utf8')), input);
  return input;
};

/** The import as the rota engine's data, checked as the build checks it. */
function asRotaData(result: ImportResult): RotaData {
  const data: RotaData = {
    people: result.people,
    rotations: result.rotations.map((r): Rotation => ({ ...r })),
    overrides: result.overrides.map((o, i) => ({ ...o, entry: i + 1 })),
  };
  expect(checkRotaData(data, ROTA_FILES, 'Europe/London')).toEqual([]);
  return data;
}

describe('importing the first-line timeline (three months, rotations replaced under new names)', () => {
  const input = read('first_line_ooh_rotations.json', 'opsgenie_users.json');
  const result = importOpsgenie(input, { calendar });

  it('rebuilds the rotations: order, handoff, turn length, and the replacement as a change of order', () => {
    const ooh = result.rotations.find((r) => r.id === 'ooh');
    expect(ooh).toMatchObject({
      kind: 'on-call',
      tier: 'primary',
      start: '2020-05-27',
      turnWeeks: 1,
      handoff: { day: 'Wednesday', time: '10:00' },
      members: ['bob', 'carol', 'carlos', 'charlie'],
    });
    expect(ooh?.until).toBeUndefined();
    expect(ooh?.changes).toEqual([
      { from: '2020-06-24', members: ['chuck', 'alice', 'craig', 'dan', 'carol', 'dave', 'carlos', 'erin', 'eve', 'bob'] },
    ]);
    expect(result.rotations.find((r) => r.id === 'ops')).toMatchObject({
      kind: 'first-line',
      role: 'ops-engineer',
      members: ['bob', 'alice', 'carol', 'carlos'],
      changes: [],
    });
  });

  it('splits a 24-hour rotation into a working-hours and an out-of-hours one', () => {
    expect(result.rotations.filter((r) => r.id.startsWith('on-call-phone')).map((r) => [r.id, r.kind, r.members])).toEqual([
      ['on-call-phone-working-hours', 'first-line', ['systems']],
      ['on-call-phone-out-of-hours', 'on-call', ['systems']],
    ]);
  });

  it("turns Opsgenie's overrides into overrides, saying where they came from", () => {
    expect(result.overrides).toEqual([
      { rotation: 'ooh', from: '2020-08-21T18:00', to: '2020-08-24T10:00', cover: 'charlie', reason: 'swap', note: 'Opsgenie override' },
      { rotation: 'ops', from: '2020-08-31T10:00', to: '2020-08-31T18:00', cover: 'bob', reason: 'swap', note: 'Opsgenie override' },
    ]);
  });

  it('maps users to people with names from the users list, and reports who has no role, the unlisted user and the bank holiday', () => {
    expect(result.people.find((p) => p.id === 'bob')).toEqual({
      id: 'bob',
      name: 'bob example',
      role: 'ops-engineer',
      onCall: true,
      email: 'bob@example.com',
    });
    expect(result.people.find((p) => p.id === 'chuck')).toMatchObject({ role: 'developer', onCall: true });
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/person "chuck" \(chuck@example.com\) has no role from any rotation; given developer/);
    expect(warnings).toMatch(/user systems@example.com is not in the users list/);
    expect(warnings).toMatch(/2020-08-31 is a bank holiday \(Summer bank holiday\)/);
    expect(result.report.join('\n')).toMatch(/rotation "Dev to 2020-6-23": no periods in the window/);
  });

  it('takes roles from --role and --default-role', () => {
    const roles = importOpsgenie(input, {
      calendar,
      personRoles: new Map([['chuck@example.com', 'ops-engineer']]),
      defaultRole: 'ops-engineer',
    });
    expect(roles.people.find((p) => p.id === 'chuck')?.role).toBe('ops-engineer');
    expect(roles.warnings.join('\n')).not.toMatch(/"chuck".*no role/);
    expect(roles.people.find((p) => p.id === 'eve')?.role).toBe('ops-engineer');
  });

  it('matches the timeline to the minute, apart from the bank holiday the site treats as a day off', () => {
    const rota = createRota(asRotaData(result), calendar);
    const parity = compareWithTimeline(
      input.timelines[0]!,
      rota,
      userResolver(input, () => {}),
    );
    expect(parity.differences.filter((d) => !d.bankHoliday)).toEqual([]);
    expect(parity.differences.map((d) => [d.rotation, d.opsgenie ?? null, d.ours ?? null, d.bankHoliday])).toEqual([
      ['OOH', null, 'bob@example.com', 'Summer bank holiday, 2020-08-31'],
      ['Ops', 'bob@example.com', null, 'Summer bank holiday, 2020-08-31'],
    ]);
  });
});

describe('importing the support timelines', () => {
  it('ends rotations whose periods stop inside the window, and leaves out periods outside it', () => {
    const result = importOpsgenie(read('support_rotations.json'), { calendar });
    expect(result.rotations.map((r) => [r.id, r.start, r.until ?? null])).toEqual([
      ['on-call-phone-working-hours', '2020-01-29', null],
      ['on-call-phone-out-of-hours', '2020-01-29', null],
      ['ops', '2020-02-05', '2020-02-12'],
      ['dev', '2020-02-05', '2020-02-12'],
      ['ooh', '2020-01-29', '2020-02-05'],
    ]);
    expect(result.warnings.join('\n')).toMatch(/rotation "Ops": 1 period\(s\) lie outside the timeline's window/);
  });

  it('joins a period split at the moment of the request', () => {
    const result = importOpsgenie(read('support_rotations_today.json'), { calendar });
    expect(result.overrides).toEqual([]);
    expect(result.rotations.map((r) => r.id)).toEqual(['ops']);
  });
});

describe('a schedule definition', () => {
  it('becomes rotations when no timeline describes them, with its overrides', () => {
    const input = emptyInput();
    readOpsgenieJson(
      'backup.json',
      {
        schedules: [
          {
            name: 'first_line',
            timezone: 'Europe/London',
            rotations: [
              {
                id: 'r-dev',
                name: 'Dev 2020-06-24 to 2020-12-23',
                startDate: '2020-06-24T09:00:00Z',
                endDate: '2020-12-23T10:00:00Z',
                type: 'weekly',
                length: 2,
                participants: [
                  { type: 'user', username: 'a@example.com' },
                  { type: 'team', name: 'platform' },
                  { type: 'user', username: 'b@example.com' },
                ],
                timeRestriction: {
                  type: 'weekday-and-time-of-day',
                  restrictions: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => ({
                    startDay: d,
                    startHour: 10,
                    startMin: 0,
                    endDay: d,
                    endHour: 18,
                    endMin: 0,
                  })),
                },
              },
              {
                id: 'r-odd',
                name: 'Nine to five',
                startDate: '2020-06-24T09:00:00Z',
                type: 'weekly',
                length: 1,
                participants: [{ type: 'user', username: 'a@example.com' }],
                timeRestriction: { type: 'time-of-day', restriction: { startHour: 9, endHour: 17 } },
              },
              {
                id: 'r-daily',
                name: 'Daily',
                startDate: '2020-06-24T09:00:00Z',
                type: 'daily',
                length: 1,
                participants: [{ type: 'user', username: 'a@example.com' }],
              },
            ],
          },
        ],
        scheduleOverrides: [
          {
            alias: 'swap-1',
            user: { type: 'user', username: 'c@example.com' },
            startDate: '2020-07-01T09:00:00Z',
            endDate: '2020-07-01T17:00:00Z',
            rotations: [{ id: 'r-dev' }],
          },
        ],
      },
      input,
    );
    const result = importOpsgenie(input, { calendar, rotationRoles: new Map([['Dev', 'developer']]) });
    expect(result.rotations).toEqual([
      {
        id: 'dev',
        name: 'Dev',
        kind: 'first-line',
        role: 'developer',
        tier: 'primary',
        start: '2020-06-24',
        until: '2020-12-23',
        turnWeeks: 2,
        handoff: { day: 'Wednesday', time: '10:00' },
        members: ['a', 'b'],
        changes: [],
      },
    ]);
    expect(result.overrides).toEqual([
      { rotation: 'dev', from: '2020-07-01T10:00', to: '2020-07-01T18:00', cover: 'c', reason: 'swap', note: 'Opsgenie override swap-1' },
    ]);
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/participant 2 is a team \(platform\)/);
    expect(warnings).toMatch(/"Nine to five".*neither the working hours nor the time between them/);
    expect(warnings).toMatch(/"Daily".*turns of 1 day/);
    asRotaData(result);
  });
});

describe('a rota exported to an Opsgenie timeline and imported back', () => {
  const start = '2020-01-01';
  const from = fromZoned({ date: start, minutes: 0 }, 'Europe/London');

  it('matches the timeline to the minute, whatever the order, turn length, handoff and overrides', () => {
    const rotation = fc.record({
      kind: fc.constantFrom('first-line' as const, 'on-call' as const),
      turnWeeks: fc.integer({ min: 1, max: 3 }),
      day: fc.constantFrom('Monday' as const, 'Wednesday' as const, 'Friday' as const),
      time: fc.constantFrom('09:00', '10:00', '12:30', '18:00', '20:00'),
      members: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 6 }),
      overrides: fc.array(
        fc.record({ day: fc.integer({ min: 1, max: 160 }), hours: fc.integer({ min: 1, max: 60 }), cover: fc.integer({ min: 0, max: 7 }) }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(rotation, fc.integer({ min: 4, max: 24 }), (r, weeks) => {
        const base = sampleRota(8, '2020-01-01', 1);
        const people = base.people.map((p) => ({ ...p, onCall: true, role: 'developer' as const }));
        const first = addDays(start, (['Monday', 'Wednesday', 'Friday'].indexOf(r.day) * 2 + 5) % 7);
        const rotations: Rotation[] = [
          {
            id: 'line',
            name: 'Line',
            kind: r.kind,
            tier: 'primary',
            start: first,
            turnWeeks: r.turnWeeks,
            handoff: { day: r.day, time: r.time },
            members: r.members.map((i) => people[i]!.id),
            changes: [],
          },
        ];
        const overrides = r.overrides
          .sort((a, b) => a.day - b.day)
          .filter((o, i, all) => i === 0 || o.day * 24 >= all[i - 1]!.day * 24 + all[i - 1]!.hours + 24)
          // From the day after the rotation starts: before it, a past override looks just like
          // the rotation starting early, and the importer can only report the hours it cannot match.
          .map((o, i) => {
            const at = fromZoned({ date: addDays(first, o.day), minutes: 11 * 60 }, 'Europe/London');
            const end = toZoned(at + o.hours * 3_600_000, 'Europe/London');
            return {
              entry: i + 1,
              rotation: 'line',
              from: `${addDays(first, o.day)}T11:00`,
              to: `${end.date}T${formatClockTime(end.minutes)}`,
              cover: people[o.cover]!.id,
              reason: 'swap' as const,
            };
          })
          // Keep to whole-hour local times outside the small hours, where clock changes fall.
          .filter((o) => Number(o.to.slice(11, 13)) >= 4);
        const data: RotaData = { people, rotations, overrides };
        const to = fromZoned({ date: addDays(start, 7 * weeks), minutes: 0 }, 'Europe/London');
        const json = timelineFromRota(data, calendar, from, to, from + 86_400_000 * 9 + 1234);
        const input = readOpsgenieJson('generated.json', json);
        const result = importOpsgenie(input, { calendar });
        const rota = createRota(asRotaData(result), calendar);
        const parity = compareWithTimeline(
          input.timelines[0]!,
          rota,
          userResolver(input, () => {}),
        );
        expect(parity.differences.filter((d) => !d.bankHoliday)).toEqual([]);
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  });
});

describe('a timeline exported with expand=base', () => {
  it("reads the rotation's own order from the base timeline, so past overrides (shown as historical) stay overrides", () => {
    const night = (day: number) => ({ start: `2020-01-0${day}T18:00:00Z`, end: `2020-01-0${day + 1}T10:00:00Z` });
    const period = (span: { start: string; end: string }, name: string) => ({
      startDate: span.start,
      endDate: span.end,
      type: 'historical',
      recipient: { type: 'user', name },
    });
    const nights = [6, 7, 8].map(night);
    const json = {
      data: {
        _parent: { id: 's', name: 's', enabled: true },
        startDate: '2020-01-06T00:00:00Z',
        endDate: '2020-01-09T00:00:00Z',
        finalTimeline: {
          rotations: [
            {
              id: 'r',
              name: 'OOH',
              order: 1,
              periods: nights.map((n, i) => period(n, i === 0 ? 'bob@example.com' : 'charlie@example.com')),
            },
          ],
        },
        baseTimeline: { rotations: [{ id: 'r', name: 'OOH', order: 1, periods: nights.map((n) => period(n, 'bob@example.com')) }] },
      },
    };
    const withBase = importOpsgenie(readOpsgenieJson('base.json', json), { calendar });
    expect(withBase.rotations[0]?.members).toEqual(['bob']);
    expect(withBase.overrides.map((o) => [o.cover, o.from, o.to])).toEqual([['charlie', '2020-01-07T18:00', '2020-01-09T00:00']]);
    const { baseTimeline: _, ...finalOnly } = json.data;
    const without = importOpsgenie(readOpsgenieJson('final.json', { data: finalOnly }), { calendar });
    expect(without.rotations[0]?.members).toEqual(['charlie']);
  });
});
