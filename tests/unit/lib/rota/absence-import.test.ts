import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absencesFromHrCsv, absencesFromIcal, absenceTypeFrom } from '../../../../src/lib/rota/absence-import.ts';
import type { Person } from '../../../../src/lib/rota/model.ts';
import { calendar } from '../../../support/calendar.ts';

const people: Person[] = [
  { id: 'wei-li', name: 'Wei Li', role: 'developer', onCall: true, email: 'wei.li@example.gov.uk' },
  { id: 'kwame-mensah', name: 'Kwame Mensah', role: 'ops-engineer', onCall: true, email: 'kwame.mensah@example.gov.uk' },
  { id: 'aoife-brennan', name: 'Aoife Brennan', role: 'ops-engineer', onCall: true, email: 'aoife.brennan@example.gov.uk' },
  { id: 'rhys-morgan', name: 'Rhys Morgan', role: 'ops-engineer', onCall: false, email: 'rhys.morgan@example.gov.uk' },
  { id: 'chloe-dubois', name: 'Chloé Dubois', role: 'developer', onCall: false, email: 'chloe.dubois@example.gov.uk' },
];

describe('absencesFromHrCsv', () => {
  const csv = readFileSync('tests/fixtures/absences/hr-export.csv', 'utf8');

  it('reads approved rows by email, with half days and types, and never copies notes', () => {
    const { absences, skipped, problems } = absencesFromHrCsv(csv, people);
    expect(problems).toEqual([]);
    expect(skipped).toEqual(['row 5: status "Pending", not approved']);
    expect(absences).toEqual([
      { person: 'wei-li', from: '2099-02-15', to: '2099-02-19', type: 'holiday' },
      { person: 'kwame-mensah', from: '2099-03-03', to: '2099-03-04', firstDay: 'afternoon', lastDay: 'morning', type: 'sickness' },
      { person: 'aoife-brennan', from: '2099-04-01', to: '2099-04-01', lastDay: 'morning', type: 'other' },
      { person: 'chloe-dubois', from: '2020-05-01', to: '2020-05-02', type: 'holiday' },
    ]);
    expect(JSON.stringify(absences)).not.toMatch(/Skiing|private/);
  });

  it('names a missing column, an unknown email, a bad date and a bad half day', () => {
    expect(absencesFromHrCsv('Email,Start date\nx,2027-01-01\n', people).problems).toEqual([
      'the CSV has no "Absence type", "End date" column (it has: Email, Start date)',
    ]);
    const bad =
      'Email,Absence type,Start date,End date,Start half\nnobody@example.gov.uk,Holiday,2027-01-01,2027-01-02,\nwei.li@example.gov.uk,Holiday,31/02/2027,2027-03-01,\nwei.li@example.gov.uk,Holiday,2027-03-01,2027-03-01,noon\n';
    expect(absencesFromHrCsv(bad, people).problems).toEqual([
      'row 2: "nobody@example.gov.uk" is not the email of anyone in people.yaml',
      'row 3: dates must be like 2027-01-25 or 25/01/2027 (start "31/02/2027", end "2027-03-01")',
      'row 4: "Start half" must be AM, PM or empty, not "NOON"',
    ]);
  });

  it('maps the wording of absence types', () => {
    expect(['Annual leave', 'Holiday', 'Sick leave', 'Sickness', 'Jury service'].map(absenceTypeFrom)).toEqual([
      'holiday',
      'holiday',
      'sickness',
      'sickness',
      'other',
    ]);
  });
});

describe('absencesFromIcal', () => {
  const ics = readFileSync('tests/fixtures/absences/out-of-office.ics', 'utf8');
  const options = {
    people,
    hours: calendar.hours,
    person: 'wei-li',
    since: Date.parse('2026-12-01T00:00:00Z'),
    until: Date.parse('2027-12-01T00:00:00Z'),
  };

  it('takes out-of-office events, widening timed ones to half or whole days, and expands repeats', () => {
    const { absences, skipped, problems } = absencesFromIcal(ics, options);
    expect(problems).toEqual([]);
    expect(absences).toEqual([
      // All day, DTEND the day after the last.
      { person: 'wei-li', type: 'holiday', from: '2027-02-15', to: '2027-02-19' },
      // 15:00 to 17:00: the afternoon (from 14:00); marked out of office, but not as leave.
      { person: 'wei-li', type: 'other', from: '2027-03-03', to: '2027-03-03', firstDay: 'afternoon' },
      // 09:00 to 12:00 UTC (GMT in March): the morning.
      { person: 'wei-li', type: 'holiday', from: '2027-03-05', to: '2027-03-05', lastDay: 'morning' },
      { person: 'wei-li', type: 'holiday', from: '2027-04-02', to: '2027-04-02' },
      { person: 'wei-li', type: 'holiday', from: '2027-04-09', to: '2027-04-09' },
      { person: 'wei-li', type: 'holiday', from: '2027-04-16', to: '2027-04-16' },
    ]);
    expect(skipped).toEqual([
      'event "standup@example": not marked out of office',
      'event "cancelled@example": cancelled',
      'event "old@example": over before the import\'s start',
    ]);
  });

  it('needs to know whose feed it is, and says so', () => {
    const { problems } = absencesFromIcal(ics, { ...options, person: undefined });
    expect(problems[0]).toBe('event "holiday-1@example": whose absence it is is unknown (organizer "none"); give --person');
    expect(absencesFromIcal(ics, { ...options, person: 'nobody' }).problems).toEqual(['"nobody" is not in people.yaml']);
  });

  it('matches the organizer email when there is one, and refuses what is not iCalendar', () => {
    const one = ics.replace('UID:holiday-1@example', 'UID:holiday-1@example\nORGANIZER:mailto:Kwame.Mensah@example.gov.uk');
    const { absences } = absencesFromIcal(one, { ...options, person: undefined });
    expect(absences[0]).toMatchObject({ person: 'kwame-mensah', from: '2027-02-15' });
    expect(absencesFromIcal('hello', options).problems[0]).toMatch(/^not an iCalendar file/);
  });
});
