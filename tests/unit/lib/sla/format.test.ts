import { describe, expect, it } from 'vitest';
import {
  divisionName,
  formatElapsed,
  formatInstant,
  formatMinutes,
  formatShortInstant,
  formatTarget,
  formatWeekdays,
  zoneName,
} from '../../../../src/lib/sla/format.ts';
import { at } from '../../../support/calendar.ts';

describe('wording of times and targets', () => {
  it('names GMT in winter and BST in summer', () => {
    expect(formatInstant(at('2026-12-24T17:45:00Z'), 'Europe/London')).toBe('Thursday 24 December 2026 at 17:45 GMT');
    expect(formatInstant(at('2026-07-01T09:00:00Z'), 'Europe/London')).toBe('Wednesday 1 July 2026 at 10:00 BST');
    expect(zoneName(120, 'Europe/Paris')).toBe('UTC+02:00');
  });

  it('says targets as people do', () => {
    expect(formatTarget({ value: 1, unit: 'hours' }, 'working')).toBe('1 working hour');
    expect(formatTarget({ value: 30, unit: 'minutes' }, 'working')).toBe('30 working minutes');
    expect(formatTarget({ value: 5, unit: 'days' }, 'working')).toBe('5 working days');
    expect(formatTarget({ value: 30, unit: 'minutes' }, 'wall')).toBe('30 minutes, around the clock');
    expect(formatTarget({ value: 1, unit: 'hours' }, 'wall')).toBe('1 hour, around the clock');
  });

  it('spells out durations', () => {
    expect(formatMinutes(125)).toBe('2 hours 5 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(0.5)).toBe('less than a minute');
    expect(formatMinutes(3000)).toBe('50 hours');
    expect(formatElapsed(-(2 * 86_400_000 + 61 * 60_000))).toBe('2 days 1 hour 1 minute');
  });

  it('names working weeks and holiday divisions', () => {
    expect(formatWeekdays(['Friday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday'])).toBe('Monday to Friday');
    expect(formatWeekdays(['Monday', 'Wednesday', 'Friday'])).toBe('Monday, Wednesday and Friday');
    expect(divisionName('england-and-wales')).toBe('England and Wales');
  });
});

describe('short times for tables', () => {
  it('abbreviates the day and month', () => {
    expect(formatShortInstant(at('2026-12-23T09:00:00Z'), 'Europe/London')).toBe('Wed 23 Dec 2026, 09:00 GMT');
  });
});
