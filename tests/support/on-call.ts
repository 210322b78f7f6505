import { readRota, rotaFilesIn } from '../../src/lib/data-files/rota-files.ts';
import type { Rota } from '../../src/lib/rota/rota.ts';
import { calendar } from './calendar.ts';

/** The sample team as it stood when the on-call figures were worked out by hand (a copy of content/rota). */
export const SAMPLE_TEAM = 'tests/fixtures/on-call/sample-team';
let sample: Rota | undefined;
export function sampleRota(): Rota {
  sample ??= readRota({ files: rotaFilesIn(SAMPLE_TEAM), now: Date.parse('2026-12-01T12:00:00Z'), calendar }).rota;
  return sample;
}

export const H = 60;
