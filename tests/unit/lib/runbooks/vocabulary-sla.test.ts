import { describe, expect, it } from 'vitest';
import { SLA_PRIORITIES } from '../../../../src/lib/runbooks/vocabulary.ts';
import { PRIORITY_IDS } from '../../../../src/lib/sla/terms.ts';
import { slaData } from '../../../support/calendar.ts';

// Runbooks name the SLA priority they usually map to; the list they choose from must be the SLA's own.
describe('runbook SLA priorities', () => {
  it('are exactly the priorities in content/sla.yaml, with the same names', () => {
    expect(SLA_PRIORITIES.map((p) => p.id)).toEqual([...PRIORITY_IDS]);
    expect(SLA_PRIORITIES.map((p) => [p.id, p.label])).toEqual(slaData.priorities.map((p) => [p.id, p.name]));
  });
});
