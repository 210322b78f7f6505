import { describe, expect, it } from 'vitest';
import { peopleLeftBehind } from '../../../../src/lib/opsgenie/people-left-behind.ts';

describe('peopleLeftBehind', () => {
  it('lists each person not kept once, with the entry numbers (from 1) naming them, in file order', () => {
    const entries = [{ person: 'ingrid' }, { person: 'alice' }, { person: 'ingrid' }, { person: 'zoe' }];
    expect(peopleLeftBehind(entries, ['alice'])).toEqual([
      { person: 'ingrid', entries: [1, 3] },
      { person: 'zoe', entries: [4] },
    ]);
  });

  it('finds nothing when everyone named is kept, or there are no entries', () => {
    expect(peopleLeftBehind([{ person: 'alice' }], new Set(['alice', 'bob']))).toEqual([]);
    expect(peopleLeftBehind([], ['alice'])).toEqual([]);
  });
});
