import { describe, expect, it } from 'vitest';
import { absenceSchema, absencesFileSchema } from '../../../src/schemas/absences.ts';

const valid = { person: 'wei-li', from: '2027-02-15', to: '2027-02-19', type: 'holiday' };
const issues = (entry: unknown) => {
  const result = absenceSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('absenceSchema', () => {
  it('takes whole days, half days and a note', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, firstDay: 'afternoon', lastDay: 'morning', note: 'Skiing' })).toEqual([]);
    expect(absencesFileSchema.parse(null)).toEqual([]);
  });

  it('refuses dates that do not exist, unknown types and half days the wrong way round', () => {
    expect(issues({ ...valid, from: '2027-02-30' })).toEqual(['from: must be a real date like 2027-01-25']);
    expect(issues({ ...valid, type: 'vacation' })[0]).toMatch(/^type: /);
    expect(issues({ ...valid, firstDay: 'morning' })[0]).toMatch(/^firstDay: /);
    expect(issues({ ...valid, lastDay: 'afternoon' })[0]).toMatch(/^lastDay: /);
    expect(issues({ ...valid, person: 'Wei Li' })).toEqual(['person: must be an id from people.yaml, like "ingrid-sorensen"']);
    expect(issues({ ...valid, reason: 'x' })[0]).toMatch(/reason|Unrecognized/);
  });
});
