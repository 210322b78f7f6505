import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlertExportError, formatAlertProblem, parseAlertExport } from '../../../../src/lib/on-call/alerts.ts';
import { fixMinutesOf, toilBetween, toilStatements, type ToilRules } from '../../../../src/lib/on-call/toil.ts';
import { calendar } from '../../../support/calendar.ts';
import { sampleRota } from '../../../support/on-call.ts';

const rules: ToilRules = {
  dedupWindowMinutes: 60,
  awakeHours: 1.75,
  wokenHours: 3.5,
  fixIncludedMinutes: 60,
  extraHours: 1.75,
  sleepingHours: { from: '23:00', to: '08:00' },
};
const dir = 'tests/fixtures/on-call/alerts';
const read = (name: string) =>
  parseAlertExport(readFileSync(`${dir}/${name}`, 'utf8'), `${dir}/${name}`, sampleRota().data.people, 'Europe/London');
const outcomes = (name: string, r = rules) =>
  Object.fromEntries(
    toilStatements(read(name), calendar, r).map((s) => [
      s.person || '(nobody)',
      {
        minutes: s.minutes,
        items: s.items.map((i) => `${i.alert.id} ${i.outcome.counted ? `${i.outcome.kind} ${i.outcome.minutes}` : i.outcome.reason}`),
      },
    ]),
  );

describe('time off in lieu', () => {
  it('Christmas 2026 alerts (given newest first) are taken oldest first', () => {
    expect(outcomes('christmas.csv')).toEqual({
      'aoife-brennan': {
        // 3.5 + 3.5 + (1.75 + 2 x 1.75) + 3.5 hours
        minutes: 210 + 210 + 315 + 210,
        items: [
          'A-100 woken 210',
          'A-101 within 60 minutes of A-100 (23:40), already counted',
          'A-103 woken 210',
          'A-104 awake 315',
          'A-105 it came in during working hours',
          'A-106 woken 210',
        ],
      },
      // Kwame's alert falls in Aoife's window, but windows are per person.
      'kwame-mensah': { minutes: 210, items: ['A-102 woken 210'] },
      '(nobody)': { minutes: 0, items: ['A-099 nobody acknowledged it'] },
    });
  });

  it('the de-duplication window is a setting', () => {
    expect(outcomes('christmas.csv', { ...rules, dedupWindowMinutes: 30 })['aoife-brennan']!.items.slice(0, 3)).toEqual([
      'A-100 woken 210',
      'A-101 woken 210',
      'A-103 woken 210',
    ]);
    expect(outcomes('christmas.csv', { ...rules, dedupWindowMinutes: 90 })['aoife-brennan']!.items.slice(0, 3)).toEqual([
      'A-100 woken 210',
      'A-101 within 90 minutes of A-100 (23:40), already counted',
      'A-103 within 90 minutes of A-100 (23:40), already counted',
    ]);
  });

  it('Opsgenie alert JSON: the night the clocks go back, 01:30 BST and 01:10 GMT are 40 minutes apart', () => {
    expect(outcomes('opsgenie-alerts.json')).toEqual({
      'ingrid-sorensen': { minutes: 210, items: ['1790 woken 210', '1791 within 60 minutes of 1790 (01:30), already counted'] },
      '(nobody)': { minutes: 0, items: ['1789 nobody acknowledged it'] },
    });
  });

  it('statements for a pay month keep the de-duplication of the whole export', () => {
    const all = toilStatements(read('christmas.csv'), calendar, rules);
    const boxing = toilBetween(all, Date.parse('2026-12-26T00:00:00Z'), Date.parse('2026-12-27T00:00:00Z'));
    expect(boxing.map((s) => [s.person, s.minutes])).toEqual([['aoife-brennan', 315]]);
  });

  it.each([
    [['fix:90m'], 90],
    [['fix:2h'], 120],
    [['Fix:1h30m'], 90],
    [['fixed=45m'], 45],
    [['fix:'], undefined],
    [['prod'], undefined],
  ])('fix time from tags %j is %s minutes', (tags, minutes) => expect(fixMinutesOf(tags)).toBe(minutes));

  it('an export with unknown people or bad times is refused, naming file, row and field', () => {
    try {
      read('bad.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AlertExportError);
      expect((error as AlertExportError).problems.map(formatAlertProblem)).toEqual([
        `${dir}/bad.csv, row 3, created: "2026-02-30T10:00" is not a real date; use ISO 8601 like 2026-12-24T23:40:00Z, or UK time like 2026-12-24T23:40`,
        `${dir}/bad.csv, row 4, acknowledged by: "someone.else@example.com" is not anyone in content/rota/people.yaml (by id or e-mail)`,
        `${dir}/bad.csv, row 5, created: is missing: when the alert was created`,
      ]);
    }
  });

  it('a CSV without the needed columns, or JSON that is not a list, is refused', () => {
    const people = sampleRota().data.people;
    expect(() => parseAlertExport('when,who\n2026-12-24T23:40Z,x\n', 'a.csv', people, 'Europe/London')).toThrow(
      /a.csv, row 1, \(header\): has no created or acknowledged by column/,
    );
    expect(() => parseAlertExport('{"alerts": 1}', 'a.json', people, 'Europe/London')).toThrow(
      /a.json, row 0, \(file\): must be a list of alerts/,
    );
    expect(() => parseAlertExport('{"data": [', 'a.json', people, 'Europe/London')).toThrow(/a.json, row 0, \(file\): is not valid JSON/);
  });
});
