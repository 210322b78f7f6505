import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpsgenieInputError, readOpsgenieJson } from '../../../../src/lib/opsgenie/input.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/opsgenie/${name}`, 'utf8')) as unknown;

describe('reading Opsgenie JSON', () => {
  it('reads a timeline response, keeping rotations without periods', () => {
    const input = readOpsgenieJson('t.json', fixture('support_rotations_today.json'));
    const [timeline] = input.timelines;
    expect(timeline?.start).toBe(Date.parse('2020-02-11T00:00:00Z'));
    expect(timeline?.final.map((r) => [r.name, r.periods.length])).toEqual([
      ['On Call Phone', 0],
      ['Ops', 3],
      ['Dev to 2020-6-23', 0],
      ['Dev 2020-06-24 to 2020-12-23', 0],
      ['OOH to 2020-06-24', 0],
    ]);
    expect(timeline?.final[1]?.periods[1]).toMatchObject({
      type: 'default',
      recipient: { type: 'user', name: 'bob@example.com' },
      path: '$.data.finalTimeline.rotations[1].periods[1]',
    });
  });

  it('reads a users list, a schedule, and backup dumps of single entities or lists', () => {
    expect(readOpsgenieJson('u.json', fixture('opsgenie_users.json')).users.map((u) => u.username)).toContain('alice@example.com');
    expect(readOpsgenieJson('s.json', fixture('schedule_e71d500f.json')).schedules[0]).toMatchObject({
      name: 'first_line',
      timezone: 'Europe/London',
      rotations: [],
    });
    const dump = readOpsgenieJson('backup.json', {
      users: [{ username: 'a@example.com', fullName: 'A' }],
      schedules: [
        {
          name: 'first_line',
          timezone: 'Europe/London',
          rotations: [
            {
              name: 'Dev',
              startDate: '2020-06-24T09:00:00Z',
              type: 'weekly',
              length: 1,
              participants: [{ type: 'user', username: 'a@example.com' }],
              timeRestriction: { type: 'time-of-day', restriction: { startHour: 10, startMin: 0, endHour: 18, endMin: 0 } },
            },
          ],
        },
      ],
      scheduleOverrides: [
        {
          alias: 'x',
          user: { type: 'user', username: 'a@example.com' },
          startDate: '2020-06-25T09:00:00Z',
          endDate: '2020-06-25T17:00:00Z',
          rotations: [{ name: 'Dev' }],
        },
      ],
      teams: [{ name: 'support_team' }],
    });
    expect(dump.users).toHaveLength(1);
    expect(dump.schedules[0]?.rotations[0]?.timeRestriction).toEqual({ type: 'time-of-day', startMinutes: 600, endMinutes: 1080 });
    expect(dump.overrides[0]?.alias).toBe('x');
    expect(dump.ignored[0]).toMatch(/teams \(1\) are not part of a rota/);
  });

  it('names the file and JSON path of a wrong field', () => {
    const raw = fixture('support_rotations_today.json') as {
      data: { finalTimeline: { rotations: Array<{ periods: Array<Record<string, unknown>> }> } };
    };
    raw.data.finalTimeline.rotations[1]!.periods[2]!['startDate'] = '11 Feb 2020';
    expect(() => readOpsgenieJson('today.json', raw)).toThrow(
      new OpsgenieInputError(
        'today.json',
        '$.data.finalTimeline.rotations[1].periods[2].startDate',
        '"11 Feb 2020" is not an ISO 8601 date and time like 2020-02-25T10:14:22.766Z',
      ),
    );
    raw.data.finalTimeline.rotations[1]!.periods[2]!['startDate'] = '2020-02-11T19:00:00Z';
    expect(() => readOpsgenieJson('today.json', raw)).toThrow(/periods\[2\]\.endDate: the period ends .* before or when it starts/);
    expect(() => readOpsgenieJson('x.json', [1])).toThrow(/x\.json, at \$\[0\]: expected an object, found number 1/);
  });

  it('notices a list that is one page of several', () => {
    const page = readOpsgenieJson('users.json', { totalCount: 3, data: [{ username: 'a@example.com' }] });
    expect(page.ignored).toEqual([
      'users.json: holds 1 of 3 entries (the API returns a page at a time); export the other pages with offset and import them too',
    ]);
    expect(readOpsgenieJson('u.json', fixture('opsgenie_users.json')).ignored).toEqual([]);
  });
});
