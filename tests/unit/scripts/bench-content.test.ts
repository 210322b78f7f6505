import { describe, expect, it } from 'vitest';
import { benchIndexPage, benchPage, benchRunbook } from '../../../scripts/lib/bench-content.ts';
import { sectionProblems } from '../../../src/lib/runbooks/sections.ts';

describe('generated content for the whole-site benchmark', () => {
  const pages = Array.from({ length: 3 }, (_, i) => benchPage(i, 3));

  it('pages are ordinary handbook-like pages: headings, both lists, a table, an aside and a code block', () => {
    const { source } = pages[0]!;
    expect(source).toMatch(/^---\ntitle: "Bench page 0001: Hosting"\ndescription: ".+"\n---\n/);
    expect(source.match(/^## /gm)).toHaveLength(6);
    expect(source).toMatch(/^- /m);
    expect(source).toMatch(/^1\. /m);
    expect(source).toContain('| --- | --- | --- | --- |');
    expect(source).toContain(':::tip[Out of hours?]');
    expect(source).toContain('```sh');
    expect(source.split(/\s+/).length).toBeGreaterThan(300);
  });

  it('link to their neighbours, wrapping round at both ends, with absolute trailing-slash links', () => {
    expect(pages[0]!.source).toContain('(/bench/bench-page-0003/)');
    expect(pages[0]!.source).toContain('(/bench/bench-page-0002/)');
    expect(pages[2]!.source).toContain('(/bench/bench-page-0001/)');
  });

  it('are the same every time, so both sites and every run build identical pages', () => {
    expect(benchPage(41, 200)).toEqual(benchPage(41, 200));
  });

  it('have one index page that links to each of them', () => {
    const index = benchIndexPage(pages);
    for (const p of pages) expect(index).toContain(`](/bench/${p.slug}/)`);
  });

  it('runbooks follow the runbook outline and link to a related neighbour', () => {
    const runbook = benchRunbook(4, 10);
    expect(sectionProblems(runbook.body)).toEqual([]);
    expect(runbook.source).toContain('related: [bench-runbook-0006]');
    expect(runbook.source).toContain('(/runbooks/bench-runbook-0004/)');
    expect(runbook.source).toMatch(/^lastReviewed: 2026-05-15$/m);
  });
});
