import { describe, expect, it } from 'vitest';
import { collectionProblems, type RunbookRecord } from '../../../../src/lib/runbooks/collection-checks.ts';
import { readRunbooks } from '../../../../src/lib/runbooks/read-runbooks.ts';
import { RUNBOOK_SECTIONS } from '../../../../src/lib/runbooks/sections.ts';

const body = RUNBOOK_SECTIONS.map((s) => `## ${s}\n\nText.\n`).join('\n');
const record = (id: string, alerts: string[], related: string[] = []): RunbookRecord => ({
  id,
  filePath: `content/runbooks/${id}.md`,
  alerts,
  related,
  body,
});

describe('collection checks', () => {
  it('fails on an alert claimed by two runbook files, naming both files', () => {
    const { runbooks, problems } = readRunbooks('tests/fixtures/runbooks/duplicate-alert');
    expect(runbooks).toHaveLength(2);
    expect(problems).toEqual([
      'tests/fixtures/runbooks/duplicate-alert: alert "DiskSpaceLow" is claimed by 2 runbooks: tests/fixtures/runbooks/duplicate-alert/backups-b.md and tests/fixtures/runbooks/duplicate-alert/disk-a.md. An alert must have exactly one runbook.',
    ]);
  });

  it('treats alert names that differ only in case as the same alert', () => {
    expect(collectionProblems([record('a', ['DiskSpaceLow']), record('b', ['diskspacelow'])])).toEqual([
      'alert "DiskSpaceLow" is claimed by 2 runbooks: content/runbooks/a.md and content/runbooks/b.md. An alert must have exactly one runbook.',
    ]);
  });

  it('lists every file when more than two claim an alert', () => {
    const [problem] = collectionProblems([record('a', ['X']), record('b', ['X']), record('c', ['X'])]);
    expect(problem).toContain('claimed by 3 runbooks: content/runbooks/a.md, content/runbooks/b.md, content/runbooks/c.md');
  });

  it('checks related runbooks exist and are not the runbook itself', () => {
    expect(collectionProblems([record('a', ['A'], ['a', 'missing'])])).toEqual([
      'content/runbooks/a.md: related lists the runbook itself ("a").',
      'content/runbooks/a.md: related runbook "missing" does not exist (no content/runbooks/missing.md).',
    ]);
  });

  it('keeps runbooks off URLs other pages use, and out of subfolders', () => {
    expect(collectionProblems([record('alerts', ['A']), record('team/x', ['B'])], ['alerts'])).toEqual([
      'content/runbooks/alerts.md: the name "alerts" is already used by the page /runbooks/alerts/; rename the file.',
      'content/runbooks/team/x.md: runbooks must sit directly in content/runbooks/, not in a subfolder.',
    ]);
  });

  it('reports the outline problems of a body with the file name', () => {
    const bad = { ...record('a', ['A']), body: '## What the alert means\n\nText.\n' };
    expect(collectionProblems([bad])[0]).toBe('content/runbooks/a.md: missing section "## Impact and SLA priority".');
  });

  it('lists every problem, one sentence each', () => {
    expect(collectionProblems([record('a', ['X']), record('b', ['X'], ['nope'])])).toEqual([
      expect.stringMatching(/^alert "X" is claimed by 2 runbooks/),
      'content/runbooks/b.md: related runbook "nope" does not exist (no content/runbooks/nope.md).',
    ]);
    expect(collectionProblems([record('a', ['X'])])).toEqual([]);
  });
});
