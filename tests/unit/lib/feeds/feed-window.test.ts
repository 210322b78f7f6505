import { describe, expect, it } from 'vitest';
import { feedWindow } from '../../../../src/lib/feeds/feed-window.ts';
import { at } from '../../../support/calendar.ts';
import { testRota } from '../../../support/rota.ts';

describe('the window the feeds cover', () => {
  it('is whole rota weeks, from 4 weeks before the build’s week to 52 weeks after it', () => {
    expect(feedWindow(testRota(), at('2026-11-30T05:15:00Z'))).toEqual({
      firstWeek: '2026-10-28',
      weeks: 57,
      firstDay: '2026-10-28',
      endDay: '2027-12-01',
      from: at('2026-10-28T10:00:00Z'),
      to: at('2027-12-01T10:00:00Z'),
    });
  });

  it('is the same for every build in one rota week, and moves on at the handoff', () => {
    const monday = feedWindow(testRota(), at('2026-11-30T05:15:00Z'));
    expect(feedWindow(testRota(), at('2026-11-25T10:00:00Z'))).toEqual(monday);
    expect(feedWindow(testRota(), at('2026-12-02T09:59:59Z'))).toEqual(monday);
    expect(feedWindow(testRota(), at('2026-12-02T10:00:00Z')).firstWeek).toBe('2026-11-04');
  });

  it('starts at the local handoff time in summer', () => {
    expect(feedWindow(testRota(), at('2026-07-01T12:00:00Z')).from).toBe(at('2026-06-03T09:00:00Z'));
  });
});
