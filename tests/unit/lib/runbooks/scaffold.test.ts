import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScaffold, slugify } from '../../../../src/lib/runbooks/scaffold.ts';
import { parseRunbook } from '../../../../src/lib/runbooks/read-runbooks.ts';
import { sectionProblems, RUNBOOK_SECTIONS } from '../../../../src/lib/runbooks/sections.ts';

const template = readFileSync('content/runbooks/_template.md', 'utf8');

describe('new runbook scaffold', () => {
  it('makes a file name from a title', () => {
    expect(slugify('Varnish: cache purge fails!')).toBe('varnish-cache-purge-fails');
    expect(slugify('  Café 5xx errors ')).toBe('cafe-5xx-errors');
  });

  it('fills in what is known and lets the build name what is not', () => {
    const text = renderScaffold(template, {
      title: 'Varnish: cache purge fails',
      lastReviewed: '2026-11-30',
      alerts: ['VarnishPurgeFailed'],
      platforms: ['govpress', 'secure-wordpress'],
    });
    expect(text).toContain('title: "Varnish: cache purge fails"\n');
    expect(text).toContain('alerts: [VarnishPurgeFailed]\n');
    expect(text).toContain('platforms: [govpress, secure-wordpress]\n');
    expect(text).not.toContain('npm run new:runbook');

    const { problems } = parseRunbook(text, 'content/runbooks/varnish.md');
    expect(problems.map((p) => p.split(': ')[0]!.split(', ')[1])).toEqual(['description', 'severity', 'slaPriority', 'services', 'owner']);
    expect(sectionProblems(text)).toEqual(RUNBOOK_SECTIONS.map((s) => `section "## ${s}" is empty`));
  });

  it('produces valid front matter once every field is given', () => {
    const text = renderScaffold(template, {
      title: 'Varnish cache purge fails',
      lastReviewed: '2026-11-30',
      alerts: ['VarnishPurgeFailed'],
      severity: 'warning',
      slaPriority: 'normal',
      platforms: ['govpress'],
      services: ['cdn'],
      owner: 'hosting',
    }).replace(/^description:$/m, 'description: Purges are failing.');
    expect(parseRunbook(text, 'x.md').problems).toEqual([]);
  });
});
