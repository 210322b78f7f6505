import { describe, expect, it } from 'vitest';
import { timeZoneProblem } from '../../../src/schemas/time-zone.ts';

describe('time zones in the data files', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'UTC'])('%s is accepted', (zone) => {
    expect(timeZoneProblem(zone)).toBeUndefined();
  });

  it('a zone in the wrong case is refused with its spelling', () => {
    expect(timeZoneProblem('europe/london')).toBe('must be written "Europe/London", the IANA database\'s own spelling');
  });

  it.each(['+01:00', '-05:00', 'Etc/GMT-1', 'GMT+1', 'UTC+01:00'])('the fixed offset %s is refused', (zone) => {
    expect(timeZoneProblem(zone)).toMatch(/fixed offset|IANA time zone/);
  });

  it('an unknown zone is refused', () => {
    expect(timeZoneProblem('Europe/Londres')).toBe('must be an IANA time zone such as Europe/London');
  });
});
