import { formatIsoWithOffset } from '../time/zoned-time.ts';
import type { Shift } from './model.ts';
import type { Rota } from './rota.ts';
import { shiftsBetween } from './shifts.ts';

/**
 * The documents served at /api/rota/v1/. Version 1 only ever gains fields; anything that would
 * change or remove one goes in a v2. Times are ISO 8601 with the UK offset in force.
 */

export const API_VERSION = 1;

export interface ApiPerson {
  id: string;
  name: string;
  role: 'developer' | 'ops-engineer';
  onCall: boolean;
  email: string | null;
}

export interface ApiShift {
  id: string;
  rotation: string;
  kind: 'first-line' | 'on-call';
  person: string;
  start: string;
  end: string;
  override: { reason: 'swap' | 'leave' | 'illness'; note: string | null; instead: string | null } | null;
}

export function peopleDocument(rota: Rota, generatedAt: number) {
  return {
    version: API_VERSION,
    generatedAt: new Date(generatedAt).toISOString(),
    people: rota.data.people.map((p): ApiPerson => ({ id: p.id, name: p.name, role: p.role, onCall: p.onCall, email: p.email ?? null })),
  };
}

export function shiftsDocument(rota: Rota, from: number, to: number, generatedAt: number) {
  const zone = rota.timeZone;
  return {
    version: API_VERSION,
    generatedAt: new Date(generatedAt).toISOString(),
    timeZone: zone,
    from: formatIsoWithOffset(from, zone),
    to: formatIsoWithOffset(to, zone),
    rotations: rota.rotations.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      tier: r.kind === 'on-call' ? r.tier : null,
      role: r.role ?? null,
      turnWeeks: r.turnWeeks,
      handoff: r.handoff,
    })),
    shifts: shiftsBetween(rota, from, to).map((s) => apiShift(rota, s)),
  };
}

export function apiShift(rota: Rota, shift: Shift): ApiShift {
  const zone = rota.timeZone;
  return {
    id: shiftId(shift),
    rotation: shift.rotation,
    kind: rota.rotation(shift.rotation)!.kind,
    person: shift.person,
    start: formatIsoWithOffset(shift.start, zone),
    end: formatIsoWithOffset(shift.end, zone),
    override: shift.override
      ? { reason: shift.override.reason, note: shift.override.note ?? null, instead: shift.override.instead ?? null }
      : null,
  };
}

/** Stable while the shift's rotation and start stay the same, e.g. "on-call/2026-12-24T18:00:00Z". */
export function shiftId(shift: Shift): string {
  return `${shift.rotation}/${new Date(shift.start).toISOString().replace('.000Z', 'Z')}`;
}
