import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runbookSchema } from '../../../src/schemas/runbook.ts';
import { parseRunbook } from '../../../src/lib/runbooks/read-runbooks.ts';
import { splitFrontmatter } from '../../../src/lib/runbooks/frontmatter.ts';

const fixture = (name: string) => `tests/fixtures/runbooks/${name}`;
const parseFixture = (name: string) => parseRunbook(readFileSync(fixture(name), 'utf8'), fixture(name));
const validData = () => splitFrontmatter(readFileSync(fixture('valid.md'), 'utf8')).data as Record<string, unknown>;

/** The "field: message" lines Astro prints for an invalid entry (it uses each issue's path and message). */
function issues(data: unknown): string[] {
  const result = runbookSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('runbook schema fixtures', () => {
  it('accepts a complete runbook and normalises its date', () => {
    const { data, problems } = parseFixture('valid.md');
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ severity: 'warning', lastReviewed: '2026-03-14', related: [] });
  });

  it('names the file and the missing field', () => {
    expect(parseFixture('missing-field.md').problems).toEqual([
      'tests/fixtures/runbooks/missing-field.md, owner: is required: one of hosting, support, wordpress, rails, security',
    ]);
  });

  it('names the file, the field and the allowed values for a bad severity', () => {
    expect(parseFixture('bad-severity.md').problems).toEqual([
      'tests/fixtures/runbooks/bad-severity.md, severity: "high" is not a known severity: use one of critical, warning, info',
    ]);
  });
});

describe('runbook schema messages', () => {
  it('accepts the Date that Astro’s YAML parser makes of 2026-03-14', () => {
    const result = runbookSchema.safeParse({ ...validData(), lastReviewed: new Date('2026-03-14T00:00:00Z') });
    expect(result.success && result.data.lastReviewed).toBe('2026-03-14');
  });

  it.each([
    ['lastReviewed', '2026-02-30', 'lastReviewed: must be a date like 2026-03-14, with no time (got "2026-02-30")'],
    ['lastReviewed', new Date('2026-03-14T09:30:00Z'), 'lastReviewed: must be a date like 2026-03-14, with no time'],
    ['alerts', [], 'alerts: must list at least one alert name, exactly as the monitoring system emits it'],
    ['alerts', ['Disk space low'], 'alerts.0: "Disk space low" is not a usable alert name'],
    ['alerts', ['DiskSpaceLow', 'DiskSpaceLow'], 'alerts: lists the same value twice'],
    [
      'platforms',
      ['wordpress'],
      'platforms.0: "wordpress" is not a known platform: use one of govpress, container-hosting, secure-wordpress',
    ],
    ['reviewIntervalMonths', 0, 'reviewIntervalMonths: must be a whole number of months, 1 to 24'],
    ['reviewIntervalMonths', '6', 'reviewIntervalMonths: must be a whole number of months, 1 to 24'],
    ['title', '  ', 'title: must not be empty: the runbook title'],
    ['related', ['Disk Nearly Full'], 'related.0: must be the file name of another runbook, without .md'],
    ['alsoKnownAs', 'site down', 'alsoKnownAs: must be a list of short phrases, like [site down, outage]'],
    ['alsoKnownAs', [' '], 'alsoKnownAs.0: must not contain an empty phrase'],
    ['alsoKnownAs', [42], 'alsoKnownAs.0: must be a list of short phrases (text)'],
    ['alsoKnownAs', ['x'.repeat(61)], 'alsoKnownAs.0: phrases must be at most 60 characters'],
    ['alsoKnownAs', ['Site down', 'site down'], 'alsoKnownAs: lists the same phrase twice'],
  ])('%s = %j is rejected with a clear message', (field, value, message) => {
    const found = issues({ ...validData(), [field]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('takes the phrases a runbook is also known as, trimmed, and none by default', () => {
    const parsed = runbookSchema.parse({ ...validData(), alsoKnownAs: [' site down ', 'outage'] });
    expect(parsed.alsoKnownAs).toEqual(['site down', 'outage']);
    expect(runbookSchema.parse(validData()).alsoKnownAs).toEqual([]);
  });

  it('rejects misspelt field names rather than ignoring them', () => {
    expect(issues({ ...validData(), relatd: ['x'] })).toEqual([': unknown field(s) relatd: check the spelling']);
  });

  it('reports every missing field at once', () => {
    const fields = issues({});
    expect(fields.map((f) => f.split(':')[0])).toEqual([
      'title',
      'description',
      'alerts',
      'severity',
      'slaPriority',
      'platforms',
      'services',
      'owner',
      'lastReviewed',
      'reviewIntervalMonths',
    ]);
  });
});
