import { describe, expect, it } from 'vitest';
import { fasterThan, planSummary } from '../../../../src/lib/sla/plan-copy.ts';
import { slaData } from '../../../support/calendar.ts';

describe('what Managed Plus gets, from the targets', () => {
  it('names every priority whose first reply is faster, Urgent included', () => {
    expect(fasterThan(slaData, 'enhanced').map((f) => f.priority)).toEqual(['Urgent', 'High', 'Normal']);
    expect(planSummary(slaData, 'enhanced')).toBe(
      'Enhanced (Managed Plus): Clients on the Managed Plus plan. Faster first replies than Standard for Urgent (30 minutes, around the clock, against 1 hour, around the clock), High (30 working minutes, against 1 working hour) and Normal (4 working hours, against 8 working hours).',
    );
    expect(planSummary(slaData, 'standard')).toBe('Standard: Every client not on Managed Plus.');
  });

  it('follows the data: a target made equal drops out of the wording', () => {
    const terms = structuredClone(slaData);
    terms.priorities.find((p) => p.id === 'urgent')!.firstReply.enhanced = { value: 1, unit: 'hours' };
    expect(fasterThan(terms, 'enhanced').map((f) => f.priority)).toEqual(['High', 'Normal']);
  });
});
