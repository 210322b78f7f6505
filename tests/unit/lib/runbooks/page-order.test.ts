import { describe, expect, it } from 'vitest';
import { PAGE_ORDER, PageOrderError, headingId, headingsInPageOrder, inPageOrder } from '../../../../src/lib/runbooks/page-order.ts';
import { RUNBOOK_SECTIONS } from '../../../../src/lib/runbooks/sections.ts';

const section = (title: string, body = `<p>${title} text</p>`) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${headingId(title)}">${title}</h2><a class="sl-anchor-link" href="#${headingId(title)}">#</a></div>${body}`;

describe('PAGE_ORDER', () => {
  it('has every section of the outline, once', () => {
    expect([...PAGE_ORDER].sort()).toEqual([...RUNBOOK_SECTIONS].sort());
  });
  it('leads with what to do', () => {
    expect(PAGE_ORDER.slice(0, 2)).toEqual(['Out of hours', 'How to check']);
  });
});

describe('inPageOrder', () => {
  const html = '<aside>before</aside>' + RUNBOOK_SECTIONS.map((s) => section(s)).join('');

  it('moves the sections into page order, each wrapped, keeping what comes before them', () => {
    const out = inPageOrder(html);
    expect(out.startsWith('<aside>before</aside><div class="rb-section rb-section--out-of-hours">')).toBe(true);
    const order = [...out.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(PAGE_ORDER.map(headingId));
    for (const s of RUNBOOK_SECTIONS) expect(out).toContain(`<p>${s} text</p>`);
    expect(out.match(/class="rb-section /g)).toHaveLength(RUNBOOK_SECTIONS.length);
  });

  it('keeps h3 subsections with their section', () => {
    const withSub = html.replace('<p>How to fix text</p>', '<p>How to fix text</p><h3 id="a-cause">A cause</h3><p>Fix it</p>');
    const out = inPageOrder(withSub);
    const fix = out.slice(out.indexOf('rb-section--how-to-fix'), out.indexOf('rb-section--when-and-how-to-escalate'));
    expect(fix).toContain('<h3 id="a-cause">A cause</h3><p>Fix it</p>');
  });

  it('stops with a reason rather than scramble a page it does not recognise', () => {
    expect(() => inPageOrder('<p>no headings</p>')).toThrow(PageOrderError);
    expect(() => inPageOrder(html.replace(section('How to fix'), ''))).toThrow(/expected the sections/);
    expect(() => inPageOrder(html + section('How to fix'))).toThrow(/appears twice/);
    expect(() => inPageOrder(html.replace('<h2 id="how-to-fix">', '<h2>'))).toThrow(/without an id/);
  });
});

describe('headingsInPageOrder', () => {
  it('orders level-two headings like the page, each followed by its own level-three headings', () => {
    const headings = RUNBOOK_SECTIONS.flatMap((text) => [
      { depth: 2, slug: headingId(text), text },
      ...(text === 'How to fix' ? [{ depth: 3, slug: 'a-cause', text: 'A cause' }] : []),
    ]);
    const out = headingsInPageOrder(headings).map((h) => h.slug);
    expect(out).toEqual(PAGE_ORDER.flatMap((t) => (t === 'How to fix' ? [headingId(t), 'a-cause'] : [headingId(t)])));
  });
});
