import type { RUNBOOK_SECTIONS } from './sections.ts';

/**
 * The order a runbook's sections are shown in: what to do first, what it means after. Someone
 * paged at 3am needs the first check, and what must be done tonight, on the first screen; the
 * explanation and the SLA background can follow. Files keep the outline authors think in
 * (RUNBOOK_SECTIONS, checked by the build); the page moves the sections, so the reading order,
 * the visual order and the contents list all agree.
 */
export const PAGE_ORDER = [
  'Out of hours',
  'How to check',
  'How to fix',
  'When and how to escalate',
  'What the alert means',
  'Impact and SLA priority',
] as const satisfies readonly (typeof RUNBOOK_SECTIONS)[number][];

/** The id Starlight gives a heading: lower case, words joined by hyphens. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

// Starlight wraps each level-two heading of rendered Markdown (with its anchor link) in this element.
const SECTION_START = '<div class="sl-heading-wrapper level-h2">';
const ID = /^<div class="sl-heading-wrapper level-h2"><h2 id="([^"]+)"/;

export class PageOrderError extends Error {}

/**
 * A runbook body's rendered HTML with its sections in PAGE_ORDER, each in a
 * `<div class="rb-section rb-section--<id>">`, with `appendTo[id]` (HTML) added at the end of section `id`. Throws if it
 * does not have exactly the expected sections (the build checks the Markdown outline first, so this means Starlight changed
 * how it renders headings, which must stop the build rather than scramble a runbook).
 */
export function inPageOrder(html: string, appendTo: Readonly<Record<string, string>> = {}): string {
  const parts = html.split(SECTION_START);
  const before = parts.shift() ?? '';
  const sections = new Map<string, string>();
  for (const part of parts) {
    const chunk = SECTION_START + part;
    const id = ID.exec(chunk)?.[1];
    if (!id) throw new PageOrderError(`a level-two heading without an id: ${chunk.slice(0, 120)}`);
    if (sections.has(id)) throw new PageOrderError(`the section "${id}" appears twice`);
    sections.set(id, chunk);
  }
  const wanted = PAGE_ORDER.map(headingId);
  const found = [...sections.keys()];
  if (found.length !== wanted.length || wanted.some((id) => !sections.has(id))) {
    throw new PageOrderError(`expected the sections ${wanted.join(', ')}; found ${found.join(', ') || 'none'}`);
  }
  return before + wanted.map((id) => `<div class="rb-section rb-section--${id}">${sections.get(id)}${appendTo[id] ?? ''}</div>`).join('');
}

/** Headings (as Astro's render() lists them) in the order inPageOrder puts their sections. */
export function headingsInPageOrder<H extends { depth: number; slug: string }>(headings: readonly H[]): H[] {
  const groups = new Map<string, H[]>();
  const before: H[] = [];
  let current: H[] = before;
  for (const heading of headings) {
    if (heading.depth <= 2) {
      current = [];
      groups.set(heading.slug, current);
    }
    current.push(heading);
  }
  const ordered = PAGE_ORDER.map(headingId).flatMap((id) => groups.get(id) ?? []);
  const rest = [...groups].filter(([id]) => !PAGE_ORDER.map(headingId).includes(id)).flatMap(([, hs]) => hs);
  return [...before, ...ordered, ...rest];
}
