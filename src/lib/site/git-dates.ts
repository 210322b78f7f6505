import { spawnSync } from 'node:child_process';

/**
 * The newest commit date of every file under `dir`, keyed by its path from `root`.
 * One `git log` for the whole tree, so the cost does not grow with page count.
 * Files never committed, or a checkout without git, simply have no date.
 */
export function readCommitDates(root: string, dir = 'content'): Map<string, Date> {
  const dates = new Map<string, Date>();
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', dir], {
    cwd: root,
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0 || !log.stdout) return dates;
  let current = 0;
  // git log lists newest commits first, so the first date seen for a file is its newest.
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) current = Number(line.slice(2)) * 1000;
    else if (line && !dates.has(line)) dates.set(line, new Date(current));
  }
  return dates;
}

let cache: Map<string, Date> | undefined;

/** readCommitDates for the project, read once per build. */
export function lastCommitDates(): Map<string, Date> {
  cache ??= readCommitDates(process.cwd());
  return cache;
}
