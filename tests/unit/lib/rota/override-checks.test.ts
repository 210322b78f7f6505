import { describe, expect, it } from 'vitest';
import { overrideWarnings } from '../../../../src/lib/rota/override-checks.ts';
import { formatProblem, ROTA_FILES } from '../../../../src/lib/rota/problems.ts';
import type { Override } from '../../../../src/lib/rota/model.ts';
import { testRota } from '../../../support/rota.ts';

const warningsFor = (override: Omit<Override, 'entry'>) => overrideWarnings(testRota([override]), ROTA_FILES).map(formatProblem);

describe('overrides that do nothing are warned about', () => {
  it('a real change gives no warning', () => {
    // On call in the week of 23 December 2026 is eve's turn (week 51 of cai, dee, ana, eve).
    expect(warningsFor({ rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'dee', reason: 'swap' })).toEqual(
      [],
    );
  });

  it('cover by the person already on duty', () => {
    expect(warningsFor({ rotation: 'on-call', from: '2026-12-23T10:00', to: '2026-12-30T10:00', cover: 'eve', reason: 'swap' })).toEqual([
      'content/rota/overrides.yaml, entry 1 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00): the cover "eve" is already on "on-call" then, so it changes nobody',
    ]);
  });

  it('first-line cover on a Saturday, or on-call cover in a working afternoon', () => {
    expect(warningsFor({ rotation: 'dev', from: '2026-12-05T10:00', to: '2026-12-05T18:00', cover: 'ana', reason: 'swap' })[0]).toMatch(
      /"dev" covers no hours between 2026-12-05T10:00 and 2026-12-05T18:00/,
    );
    expect(warningsFor({ rotation: 'on-call', from: '2026-12-08T12:00', to: '2026-12-08T15:00', cover: 'ana', reason: 'swap' })[0]).toMatch(
      /"on-call" covers no hours/,
    );
  });

  it('an override over before its rotation starts', () => {
    expect(warningsFor({ rotation: 'on-call', from: '2025-12-01T10:00', to: '2025-12-08T10:00', cover: 'ana', reason: 'swap' })).toEqual([
      'content/rota/overrides.yaml, entry 1 (on-call, 2025-12-01T10:00 to 2025-12-08T10:00): it is over before the rotation "on-call" starts (2025-12-31); check the dates',
    ]);
  });
});
