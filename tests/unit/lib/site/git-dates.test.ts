import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCommitDates } from '../../../../src/lib/site/git-dates.ts';

function git(cwd: string, args: string[], date: string) {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
    stdio: 'ignore',
  });
}

describe('readCommitDates', () => {
  it('gives each content file the date of the newest commit that touched it', () => {
    const root = mkdtempSync(join(tmpdir(), 'git-dates-'));
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    git(root, ['init', '-q'], '2026-01-01T00:00:00Z');
    writeFileSync(join(root, 'content/docs/a.mdx'), 'a');
    writeFileSync(join(root, 'content/docs/b.mdx'), 'b');
    git(root, ['add', '.'], '2026-01-01T00:00:00Z');
    git(root, ['commit', '-qm', 'first'], '2026-03-02T12:00:00Z');
    writeFileSync(join(root, 'content/docs/b.mdx'), 'b2');
    git(root, ['commit', '-qam', 'second'], '2026-06-15T09:30:00Z');

    const dates = readCommitDates(root);
    expect(dates.get('content/docs/a.mdx')?.toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(dates.get('content/docs/b.mdx')?.toISOString()).toBe('2026-06-15T09:30:00.000Z');
  });

  it('returns no dates, rather than failing, where there is no git history', () => {
    const root = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readCommitDates(root).size).toBe(0);
  });
});
