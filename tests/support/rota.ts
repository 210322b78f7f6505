import { createRota, type Rota } from '../../src/lib/rota/rota.ts';
import type { Override, Person, RotaData, Rotation } from '../../src/lib/rota/model.ts';
import { formatIsoWithOffset } from '../../src/lib/time/zoned-time.ts';
import { calendar } from './calendar.ts';

/** A small team for engine tests, independent of the sample data in content/rota. */
export const people: Person[] = [
  { id: 'ana', name: 'Ana', role: 'developer', onCall: true },
  { id: 'ben', name: 'Ben', role: 'developer', onCall: false },
  { id: 'eve', name: 'Eve', role: 'developer', onCall: true },
  { id: 'cai', name: 'Cai', role: 'ops-engineer', onCall: true },
  { id: 'dee', name: 'Dee', role: 'ops-engineer', onCall: true },
  { id: 'fay', name: 'Fay', role: 'ops-engineer', onCall: false },
];

const weekly = { turnWeeks: 1, handoff: { day: 'Wednesday', time: '10:00' }, changes: [], tier: 'primary' } as const;

export const rotations: Rotation[] = [
  {
    ...weekly,
    id: 'dev',
    name: 'First-line developer',
    kind: 'first-line',
    role: 'developer',
    start: '2025-12-31',
    members: ['ana', 'ben', 'eve'],
  },
  {
    ...weekly,
    id: 'ops',
    name: 'First-line ops engineer',
    kind: 'first-line',
    role: 'ops-engineer',
    start: '2025-12-31',
    members: ['fay', 'cai', 'dee'],
  },
  { ...weekly, id: 'on-call', name: 'On call', kind: 'on-call', start: '2025-12-31', members: ['cai', 'dee', 'ana', 'eve'] },
];

export function testRota(overrides: Array<Omit<Override, 'entry'>> = [], extraRotations: Rotation[] = []): Rota {
  const data: RotaData = {
    people,
    rotations: [...rotations, ...extraRotations],
    overrides: overrides.map((o, i) => ({ ...o, entry: i + 1 })),
  };
  return createRota(data, calendar);
}

export const london = (ms: number): string => formatIsoWithOffset(ms, 'Europe/London');

/** Shifts as readable tuples: [rotation, person, start, end, override reason]. */
export const readable = (
  shifts: ReadonlyArray<{ rotation: string; person: string; start: number; end: number; override?: { reason: string } | undefined }>,
) => shifts.map((s) => [s.rotation, s.person, london(s.start), london(s.end), ...(s.override ? [s.override.reason] : [])]);
