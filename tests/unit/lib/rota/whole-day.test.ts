import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../../../src/lib/calendar/bank-holidays.ts';
import { createWorkingCalendar } from '../../../../src/lib/calendar/working-hours.ts';
import { createRota } from '../../../../src/lib/rota/rota.ts';
import { shiftsBetween } from '../../../../src/lib/rota/shifts.ts';
import { people, rotations } from '../../../support/rota.ts';
import { englandAndWales } from '../../../support/calendar.ts';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const from = Date.parse('2026-12-02T10:00:00Z');
const to = Date.parse('2026-12-30T10:00:00Z');

describe('working hours that make the day 24 hours', () => {
  it.each(['23:59', '24:00'])('00:00 to %s every day is worked whole: no one-minute on-call shifts', (end) => {
    const calendar = createWorkingCalendar(
      { timeZone: 'Europe/London', start: '00:00', end, weekdays: EVERY_DAY },
      createHolidayCalendar({ division: 'england-and-wales', events: [] }),
    );
    const period = calendar.periodsBetween(from, from + 86_400_000)[0]!;
    expect(period.end - period.start).toBe(24 * 3600_000);
    const rota = createRota({ people, rotations, overrides: [] }, calendar);
    // On call is left only the bank holidays (estimated here: Christmas), each a whole day or more.
    const onCall = shiftsBetween(rota, from, to, { rotations: ['on-call'] });
    expect(onCall.length).toBeLessThanOrEqual(2);
    for (const shift of onCall) expect(shift.end - shift.start).toBeGreaterThanOrEqual(24 * 3600_000);
    // First line has the whole of each day, back to back.
    expect(shiftsBetween(rota, from, to, { rotations: ['dev'] }).every((s) => s.end - s.start >= 3600_000)).toBe(true);
  });

  it('the real hours still leave on call the evenings', () => {
    const calendar = createWorkingCalendar(
      { timeZone: 'Europe/London', start: '10:00', end: '18:00', weekdays: [1, 2, 3, 4, 5] },
      createHolidayCalendar(englandAndWales),
    );
    const rota = createRota({ people, rotations, overrides: [] }, calendar);
    expect(shiftsBetween(rota, from, to, { rotations: ['on-call'] }).length).toBeGreaterThan(10);
  });
});
