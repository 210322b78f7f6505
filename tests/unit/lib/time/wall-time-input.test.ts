import { describe, expect, it } from 'vitest';
import { formatWallTimeInput, parseWallTimeInput } from '../../../../src/lib/time/wall-time-input.ts';
import { formatIsoWithOffset } from '../../../../src/lib/time/zoned-time.ts';

const LONDON = 'Europe/London';
const read = (text: string) => {
  const r = parseWallTimeInput(text, LONDON);
  return r.ok ? formatIsoWithOffset(r.instant, LONDON) : r.error;
};

describe('reading typed UK times', () => {
  it('reads the link format, a space, seconds, and the UK day-first style', () => {
    expect(read('2026-12-24T17:45')).toBe('2026-12-24T17:45:00+00:00');
    expect(read('2026-07-01 09:05:30')).toBe('2026-07-01T09:05:30+01:00');
    expect(read('24/12/2026 17:45')).toBe('2026-12-24T17:45:00+00:00');
    expect(read('1/7/2026, 9:05')).toBe('2026-07-01T09:05:00+01:00');
  });

  it('takes an explicit offset at its word', () => {
    expect(read('2026-07-01T09:00:00Z')).toBe('2026-07-01T10:00:00+01:00');
  });

  it('explains what is wrong', () => {
    expect(read('')).toBe('is empty');
    expect(read('2026-02-29T10:00')).toBe('“2026-02-29T10:00” is not a real date');
    expect(read('2026-01-01T24:00')).toBe('“2026-01-01T24:00” is not a real time of day');
    expect(read('next Tuesday')).toMatch(/is not a date and time like/);
  });

  it('reads 01:30 on 29 March 2026, which never happened, as 02:30 BST and says so', () => {
    const r = parseWallTimeInput('2026-03-29T01:30', LONDON);
    expect(r.ok && r.note?.kind).toBe('skipped');
    expect(read('2026-03-29T01:30')).toBe('2026-03-29T02:30:00+01:00');
  });

  it('reads 01:30 on 25 October 2026, which happened twice, as the earlier (BST) one and says so', () => {
    const r = parseWallTimeInput('2026-10-25T01:30', LONDON);
    expect(r.ok && r.note).toMatchObject({ kind: 'ambiguous', typed: '2026-10-25 01:30' });
    expect(read('2026-10-25T01:30')).toBe('2026-10-25T01:30:00+01:00');
  });

  it('writes instants back as datetime-local values in UK time', () => {
    expect(formatWallTimeInput(Date.parse('2026-07-01T09:00:00Z'), LONDON)).toBe('2026-07-01T10:00');
  });
});

describe('reading times as helpdesk exports write them', () => {
  it('reads an offset after a space, with or without a colon', () => {
    expect(read('2026-12-24 17:45:00 +0000')).toBe('2026-12-24T17:45:00+00:00');
    expect(read('2026-07-01 09:00:00 +01:00')).toBe('2026-07-01T09:00:00+01:00');
    expect(read('2026-07-01 08:00 UTC')).toBe('2026-07-01T09:00:00+01:00');
  });

  it('reads numeric dates day first unless told month first, and 12-hour times', () => {
    expect(read('03/04/2026 17:45')).toBe('2026-04-03T17:45:00+01:00');
    const us = parseWallTimeInput('03/04/2026 5:45 PM', LONDON, { order: 'month-first' });
    expect(us.ok && formatIsoWithOffset(us.instant, LONDON)).toBe('2026-03-04T17:45:00+00:00');
    expect(read('24/12/26 12:05 am')).toBe('2026-12-24T00:05:00+00:00');
    expect(read('24/12/2026 13:00 PM')).toMatch(/not a real time of day/);
  });

  it('reads Jira’s day/month-name/year and a written-out US date', () => {
    expect(read('24/Dec/26 5:45 PM')).toBe('2026-12-24T17:45:00+00:00');
    expect(read('1 July 2026 09:05')).toBe('2026-07-01T09:05:00+01:00');
    expect(read('Dec 24, 2026 5:45 PM')).toBe('2026-12-24T17:45:00+00:00');
    expect(read('24/Dex/26 5:45 PM')).toMatch(/is not a date and time like/);
  });
});
