import { describe, expect, it } from 'vitest';
import { cellInvolves, summariseWeeks, weekContaining, weekOfDate, weekRows } from '../../../../src/lib/rota/weeks.ts';
import { at } from '../../../support/calendar.ts';
import { london, testRota } from '../../../support/rota.ts';

describe('week rows (Wednesday to Tuesday)', () => {
  const rota = testRota([
    { rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'dee', reason: 'swap', note: 'Christmas' },
    { rotation: 'dev', from: '2026-12-29T10:00', to: '2026-12-29T18:00', cover: 'eve', reason: 'illness' },
  ]);

  it('a week starts at the Wednesday handoff: Wednesday 09:00 still belongs to the week before', () => {
    expect(weekContaining(rota, at('2026-12-23T09:00:00Z'))).toBe('2026-12-16');
    expect(weekContaining(rota, at('2026-12-23T10:00:00Z'))).toBe('2026-12-23');
    expect(weekContaining(rota, at('2026-12-29T23:00:00Z'))).toBe('2026-12-23');
    expect(weekOfDate(rota, '2026-12-29')).toBe('2026-12-23');
  });

  it('the Christmas week shows the swap as one run covering for the scheduled person', () => {
    const [row] = weekRows(rota, '2026-12-23', 1);
    expect([row!.start, row!.end]).toEqual(['2026-12-23', '2026-12-29']);
    const onCall = row!.cells.find((c) => c.rotation === 'on-call')!;
    expect(onCall.scheduled).toEqual(['eve']);
    expect(onCall.working).toEqual([]);
    expect(onCall.covers.map((c) => [c.person, london(c.start), london(c.end), c.override.reason, c.override.instead])).toEqual([
      ['dee', '2026-12-23T18:00:00+00:00', '2026-12-30T10:00:00+00:00', 'swap', 'eve'],
    ]);
  });

  it('a one-day cover leaves the scheduled person working the other days', () => {
    const dev = weekRows(rota, '2026-12-23', 1)[0]!.cells.find((c) => c.rotation === 'dev')!;
    expect(dev.working).toEqual(['ana']);
    expect(dev.covers.map((c) => [c.person, london(c.start)])).toEqual([['eve', '2026-12-29T10:00:00+00:00']]);
    expect(dev.people).toEqual(['ana', 'eve']);
    expect(cellInvolves(dev, 'eve')).toBe(true);
    expect(cellInvolves(dev, 'ben')).toBe(false);
  });

  it('a summary is the rows without their shifts, as plain data that survives JSON', () => {
    const rows = weekRows(rota, '2026-12-16', 3);
    const summary = summariseWeeks(rows);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    summary.forEach((week, i) => {
      const row = rows[i]!;
      expect([week.start, week.end]).toEqual([row.start, row.end]);
      week.cells.forEach((cell, j) => {
        const { shifts, ...shown } = row.cells[j]!;
        expect(cell).toEqual(shown);
        expect(cell).not.toHaveProperty('shifts');
        expect(cell.people).toEqual([...new Set(shifts.map((s) => s.person))]);
      });
    });
    // No undefined fields: an override without a note or a person it replaces has no such keys.
    const covers = summary.flatMap((w) => w.cells.flatMap((c) => c.covers));
    expect(covers.length).toBeGreaterThan(0);
    for (const { override } of covers) expect(Object.values(override)).not.toContain(undefined);
  });

  it('gives consecutive weeks, each a week of the order', () => {
    const rows = weekRows(rota, '2026-12-30', 3);
    expect(rows.map((r) => [r.start, r.cells.map((c) => c.scheduled.join())])).toEqual([
      ['2026-12-30', ['ben', 'cai', 'cai']],
      ['2027-01-06', ['eve', 'dee', 'dee']],
      ['2027-01-13', ['ana', 'fay', 'ana']],
    ]);
  });
});
