import { PLATFORMS, severityRank } from './vocabulary.ts';

export interface Listable {
  id: string;
  data: { title: string; severity: string; platforms: readonly string[] };
}

export interface PlatformGroup<T extends Listable> {
  platform: (typeof PLATFORMS)[number];
  runbooks: T[];
}

/**
 * Runbooks grouped by platform, in vocabulary order, for the no-JavaScript list. A runbook on
 * several platforms appears under each, because readers look under the platform they are on.
 * Within a group: critical first, then by title.
 */
export function groupByPlatform<T extends Listable>(runbooks: readonly T[]): PlatformGroup<T>[] {
  return PLATFORMS.map((platform) => ({
    platform,
    runbooks: runbooks
      .filter((r) => r.data.platforms.includes(platform.id))
      .sort((a, b) => severityRank(a.data.severity) - severityRank(b.data.severity) || a.data.title.localeCompare(b.data.title, 'en-GB')),
  })).filter((group) => group.runbooks.length > 0);
}
