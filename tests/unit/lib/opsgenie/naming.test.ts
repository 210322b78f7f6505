import { describe, expect, it } from 'vitest';
import { roleFromName, tierFromName } from '../../../../src/lib/opsgenie/import.ts';
import { baseRotationName, belongsTo, nameFromEmail, personIdFromEmail, slug } from '../../../../src/lib/opsgenie/naming.ts';

describe('Opsgenie rotation names', () => {
  it('drop the dates of rotations ended and replaced under a new name', () => {
    expect(baseRotationName('Dev to 2020-6-23')).toBe('Dev');
    expect(baseRotationName('Dev 2020-06-24 to 2020-12-23')).toBe('Dev');
    expect(baseRotationName('OOH to 2020-06-24')).toBe('OOH');
    expect(baseRotationName('OOH  2020-06-24 till 2020-12-23')).toBe('OOH');
    expect(baseRotationName('On Call Phone')).toBe('On Call Phone');
    expect(baseRotationName('2020-06-24')).toBe('2020-06-24');
  });

  it('become site ids, and the parity check finds the rotations an import made from them', () => {
    expect(slug('On Call Phone')).toBe('on-call-phone');
    expect(slug('Équipe Ops!')).toBe('equipe-ops');
    expect(belongsTo('on-call-phone-working-hours', 'on-call-phone')).toBe(true);
    expect(belongsTo('on-call-phone-out-of-hours-2', 'on-call-phone')).toBe(true);
    expect(belongsTo('ooh-2', 'ooh')).toBe(true);
    expect(belongsTo('ooh-second', 'ooh')).toBe(false);
    expect(belongsTo('dev', 'ops')).toBe(false);
  });

  it('turn e-mail usernames into people ids and names', () => {
    expect(personIdFromEmail('siobhan.oneill@example.gov.uk')).toBe('siobhan-oneill');
    expect(personIdFromEmail('Bob@Example.com')).toBe('bob');
    expect(nameFromEmail('siobhan.oneill@example.gov.uk')).toBe('Siobhan Oneill');
  });

  it('suggest a role for first-line rotations and the line for on call', () => {
    expect([roleFromName('Dev'), roleFromName('Developers'), roleFromName('Ops'), roleFromName('OOH')]).toEqual([
      'developer',
      'developer',
      'ops-engineer',
      undefined,
    ]);
    expect([tierFromName('OOH'), tierFromName('OOH 2'), tierFromName('Second line'), tierFromName('On Call Phone')]).toEqual([
      'primary',
      'secondary',
      'secondary',
      'primary',
    ]);
  });
});
