import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactsSchema } from '../../../src/schemas/contacts.ts';

const valid = {
  phoneNumbers: { where: "each person's profile in Opsgenie", link: 'https://app.opsgenie.com/' },
  paging: { tool: 'Opsgenie', where: 'the Opsgenie app on your phone' },
};

/** The problems with some contacts data, as "field: message". */
function problems(data: unknown): string[] {
  const result = contactsSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('contacts schema', () => {
  it('accepts the project file', () => {
    expect(problems(parse(readFileSync('content/contacts.yaml', 'utf8')))).toEqual([]);
  });

  it('accepts places with and without links', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, phoneNumbers: { where: 'the team sheet' } })).toEqual([]);
  });

  it.each(['07700 900123', '+44 (0)20 7946 0000', '0800-123-456', 'call 01632960001 first'])('refuses a phone number (%s)', (number) => {
    expect(problems({ ...valid, phoneNumbers: { where: number } })).toEqual([
      'phoneNumbers.where: looks like it contains a phone number: say where the numbers are kept, never the numbers (this site is public)',
    ]);
    expect(problems({ ...valid, paging: { ...valid.paging, where: `ring ${number}` } })[0]).toMatch(
      /^paging\.where: looks like it contains a phone number/,
    );
  });

  it('allows the small numbers ordinary text has', () => {
    expect(problems({ ...valid, phoneNumbers: { where: 'row 12 of the 2026 sheet, tab 3' } })).toEqual([]);
  });

  it('names the field and says what is wanted', () => {
    expect(problems({ paging: valid.paging })).toEqual([
      'phoneNumbers: is required: where to find the phone numbers of the people on call and the second line, e.g. "Opsgenie: each person\'s profile", under "where:" (and a "link:" if it has one)',
    ]);
    expect(problems({ ...valid, paging: 'Opsgenie' })).toEqual([
      'paging: must be a mapping with "tool:" and "where:" (and "link:" if it has one)',
    ]);
    expect(problems({ ...valid, paging: { where: 'x' } })).toEqual([
      'paging.tool: is required: the name of the paging tool, e.g. Opsgenie',
    ]);
    expect(problems({ ...valid, phoneNumbers: { where: '' } })[0]).toMatch(/^phoneNumbers\.where: must not be empty/);
    expect(problems({ ...valid, phoneNumbers: { where: 'x', link: 'http://example.org/' } })).toEqual([
      'phoneNumbers.link: must be a web address starting https://',
    ]);
    expect(problems({ ...valid, phoneNumbers: { where: 'x', link: 'tel:07700900123' } })[0]).toBe(
      'phoneNumbers.link: must be a web address starting https://',
    );
    expect(problems({ ...valid, phoneNumbers: { where: 'x', link: 'https://example.org/call/07700900123' } })[0]).toMatch(
      /^phoneNumbers\.link: looks like it contains a phone number/,
    );
    expect(problems({ ...valid, numbers: 'x' })).toEqual([': unknown field(s) numbers: use phoneNumbers and paging']);
  });
});
