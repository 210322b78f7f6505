import { describe, expect, it } from 'vitest';
import { RUNBOOK_SECTIONS, sectionProblems } from '../../../../src/lib/runbooks/sections.ts';

const outline = (sections: readonly string[]) => sections.map((s) => `## ${s}\n\nSome text.\n`).join('\n');

describe('runbook outline', () => {
  it('accepts the standard sections in order, with subsections and asides', () => {
    const body = `:::caution\nCareful.\n:::\n\n${outline(RUNBOOK_SECTIONS)}\n### A detail\n\nMore.\n`;
    expect(sectionProblems(body)).toEqual([]);
  });

  it('ignores "##" inside fenced code blocks', () => {
    const body = outline(RUNBOOK_SECTIONS).replace('Some text.', '```sh\n## not a heading\n```');
    expect(sectionProblems(body)).toEqual([]);
  });

  it('names missing sections', () => {
    expect(sectionProblems(outline(RUNBOOK_SECTIONS.filter((s) => s !== 'How to fix')))).toEqual(['missing section "## How to fix"']);
  });

  it('rejects sections out of order', () => {
    const swapped = [...RUNBOOK_SECTIONS];
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(sectionProblems(outline(swapped))[0]).toMatch(/^sections are out of order: they must be "## What the alert means", /);
  });

  it('rejects extra top-level sections and a hand-written related section', () => {
    expect(sectionProblems(outline([...RUNBOOK_SECTIONS, 'Background', 'Related runbooks']))).toEqual([
      'unexpected section "## Background": use "###" inside one of the standard sections',
      'remove the "## Related runbooks" section: list related runbooks in the `related` field and the page adds the section',
    ]);
  });

  it('rejects sections left empty, as the template leaves them', () => {
    const body = outline(RUNBOOK_SECTIONS).replace('## How to check\n\nSome text.', '## How to check\n\n<!-- steps -->');
    expect(sectionProblems(body)).toEqual(['section "## How to check" is empty']);
  });

  it('notices a section written twice', () => {
    expect(sectionProblems(outline([...RUNBOOK_SECTIONS, 'How to fix']))).toEqual(['a standard section appears twice']);
  });
});
