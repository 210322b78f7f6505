import { z } from 'astro/zod';

/**
 * Text fields of the data files. Lengths are generous for people and short enough that one
 * mistake (a pasted document) cannot swell every page, feed and API response that repeats it.
 */
export const MAX_LENGTH = { name: 80, title: 120, summary: 300, note: 500 } as const;

// Right-to-left and other bidirectional controls reverse the text after them on the page and in
// calendars (an override character in a name turns the rest of its line around).
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Text of at most `max` characters, not empty once trimmed. */
export function boundedText(max: number, what = 'text') {
  return z.string().trim().min(1, `needs ${what}`).max(max, `must be at most ${max} characters`);
}

/** A person's or rotation's name: one line, no bidirectional controls. */
export function nameText(what = 'a name') {
  return boundedText(MAX_LENGTH.name, what).refine(
    (v) => !BIDI_CONTROLS.test(v),
    'must not contain right-to-left or other direction control characters; type the name without them',
  );
}

/** Each item once (compared ignoring case for text). */
export function uniqueItems(list: readonly string[]): boolean {
  return new Set(list.map((v) => v.toLowerCase())).size === list.length;
}
