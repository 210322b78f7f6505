import type { Override, Person, RotaData, Rotation } from '../../src/lib/rota/model.ts';
import { addDays } from '../../src/lib/time/civil-date.ts';

/** A fixed pseudo-random sequence, so every run times the same work. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Names as long and as varied as real ones: accents, apostrophes, a comma, non-Latin scripts.
const GIVEN = [
  'Siobhán',
  'Zoë',
  '李伟',
  'Amara',
  'Tomasz',
  'Priya',
  'Gareth',
  'Chloé',
  'Dafydd',
  'Rhys',
  'Aoife',
  'Kwame',
  'Ingrid',
  'Óscar',
  'Ярослава',
  'محمد',
];
const FAMILY = [
  "O'Neill",
  'Martin',
  'Wójcik',
  'Okafor',
  'Raman',
  'Llewellyn',
  'Dubois',
  'ap Rhys',
  'Morgan',
  'Brennan',
  'Sørensen',
  'Nguyễn',
  'Smith, Jr.',
  '田中',
];

/**
 * 200 people in 10 rotations of 20: 3 developer and 2 ops first-line rotations, 5 on call (3
 * primary, 2 secondary), each changing its order once (January 2027), and 40 overrides a rotation,
 * a day to a week long, over 2026-2027.
 */
export function syntheticRota(): RotaData {
  const next = random(2026);
  const people: Person[] = Array.from({ length: 200 }, (_, i) => ({
    id: `person-${i}`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]} ${i}`,
    role: i < 120 ? 'developer' : 'ops-engineer',
    onCall: true,
    email: `person.${i}@example.gov.uk`,
  }));
  const member = (r: number, m: number) => `person-${r < 3 ? r * 20 + m : r < 5 ? 120 + (r - 3) * 20 + m : (r * 20 + m) % 200}`;
  const rotations: Rotation[] = Array.from({ length: 10 }, (_, r) => ({
    id: `rotation-${r}`,
    name: `${r < 5 ? 'First line' : 'On call'} ${r}`,
    kind: r < 5 ? 'first-line' : 'on-call',
    role: r < 3 ? 'developer' : r < 5 ? 'ops-engineer' : undefined,
    tier: r < 8 ? 'primary' : 'secondary',
    start: '2025-12-31',
    turnWeeks: 1,
    handoff: { day: 'Wednesday', time: '10:00' },
    members: Array.from({ length: 20 }, (_, m) => member(r, m)),
    changes: [{ from: '2027-01-06', members: Array.from({ length: 20 }, (_, m) => member(r, (m + 7) % 20)) }],
  }));
  const overrides: Override[] = [];
  for (const rotation of rotations) {
    const weeks = new Set<number>();
    while (weeks.size < 40) weeks.add(Math.floor(next() * 104));
    for (const week of [...weeks].sort((a, b) => a - b)) {
      const day = addDays('2025-12-31', week * 7 + Math.floor(next() * 3));
      overrides.push({
        entry: overrides.length + 1,
        rotation: rotation.id,
        from: `${day}T10:00`,
        to: `${addDays(day, 1 + Math.floor(next() * 4))}T10:00`,
        cover: rotation.members[Math.floor(next() * rotation.members.length)]!,
        reason: (['swap', 'leave', 'illness'] as const)[overrides.length % 3]!,
        note: 'Cover, arranged in advance; see the thread',
      });
    }
  }
  return { people, rotations, overrides };
}
