import { describe, expect, it } from 'vitest';
import { formatDay, formatSpan, formatWhen } from '../../../../src/lib/rota/format.ts';
import { at } from '../../../support/calendar.ts';

describe('rota wording', () => {
  it('writes days and times in UK time whatever the machine’s zone', () => {
    expect(formatDay('2026-12-23')).toBe('Wed 23 Dec');
    expect(formatDay('2027-01-05', true)).toBe('Tue 5 Jan 2027');
    expect(formatWhen(at('2026-07-01T09:00:00Z'), 'Europe/London')).toBe('Wed 1 Jul, 10:00');
  });

  it('gives a span within a day once, and across days in full', () => {
    expect(formatSpan(at('2026-12-10T10:00:00Z'), at('2026-12-10T18:00:00Z'), 'Europe/London')).toBe('Thu 10 Dec, 10:00 to 18:00');
    expect(formatSpan(at('2026-12-24T18:00:00Z'), at('2026-12-29T10:00:00Z'), 'Europe/London')).toBe(
      'Thu 24 Dec, 18:00 to Tue 29 Dec, 10:00',
    );
  });
});
