import { describe, expect, it } from 'vitest';
import { groupByPlatform } from '../../../../src/lib/runbooks/group.ts';

const rb = (id: string, severity: string, platforms: string[]) => ({ id, data: { title: id, severity, platforms } });

describe('groupByPlatform', () => {
  it('lists a runbook under each of its platforms, critical first, then by title, skipping empty platforms', () => {
    const groups = groupByPlatform([
      rb('Zebra', 'critical', ['govpress']),
      rb('Apple', 'info', ['govpress', 'container-hosting']),
      rb('Mango', 'critical', ['govpress']),
    ]);
    expect(groups.map((g) => [g.platform.id, g.runbooks.map((r) => r.id)])).toEqual([
      ['govpress', ['Mango', 'Zebra', 'Apple']],
      ['container-hosting', ['Apple']],
    ]);
  });
});
