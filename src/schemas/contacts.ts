import { z } from 'astro/zod';

/**
 * content/contacts.yaml: where the team's phone numbers and paging tool are, so that every page
 * that says "call" can say where to find the number. Never the numbers themselves: the site is
 * public, so text that looks like a phone number is refused. Used by the content collection and
 * by the one data check (src/lib/data-files/project.ts), so it must not import anything Astro-only.
 */

// Seven or more digits in a row, allowing the spaces, dots, dashes and brackets people write
// numbers with, and a leading +: "07700 900123", "+44 (0)20 7946 0000", "0800-123-456".
const PHONE_NUMBER = /\+?\d(?:[\s.()-]*\d){6,}/;

const isMissing = (input: unknown) => input === undefined || input === null;

function text(what: string) {
  return z
    .string({ error: (iss) => (isMissing(iss.input) ? `is required: ${what}` : `must be text: ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what}` })
    .refine((value) => !PHONE_NUMBER.test(value), {
      error: 'looks like it contains a phone number: say where the numbers are kept, never the numbers (this site is public)',
    });
}

const link = z
  .string({ error: 'must be a web address starting https://' })
  .trim()
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'must be a web address starting https://' },
  )
  .refine((value) => !PHONE_NUMBER.test(value.replace(/^https:\/\/[^/]+/, '')), {
    error: 'looks like it contains a phone number: link to where the numbers are kept, never to a number',
  });

const place = (what: string) =>
  z.strictObject(
    {
      where: text(what),
      /** A link to it, when it has one. */
      link: link.optional(),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `unknown field(s) ${iss.keys.join(', ')}: use where and link`
          : isMissing(iss.input)
            ? `is required: ${what}, under "where:" (and a "link:" if it has one)`
            : `must be a mapping with "where:" (and "link:" if it has one): ${what}`,
    },
  );

export const contactsSchema = z.strictObject(
  {
    phoneNumbers: place(
      'where to find the phone numbers of the people on call and the second line, e.g. "Opsgenie: each person\'s profile"',
    ),
    paging: z.strictObject(
      {
        tool: text('the name of the paging tool, e.g. Opsgenie'),
        where: text('how to reach it, e.g. "the Opsgenie app on your phone"'),
        link: link.optional(),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `unknown field(s) ${iss.keys.join(', ')}: use tool, where and link`
            : isMissing(iss.input)
              ? 'is required: the paging tool, under "tool:", and how to reach it, under "where:"'
              : 'must be a mapping with "tool:" and "where:" (and "link:" if it has one)',
      },
    ),
  },
  {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s) ${iss.keys.join(', ')}: use phoneNumbers and paging` : undefined),
  },
);

export type ContactsData = z.output<typeof contactsSchema>;
