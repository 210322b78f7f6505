import { holdingsBetween } from './assignments.ts';
import { absencesOverlapping } from './absences.ts';
import { recentShiftLoad, type CoverLoad, type LoadMeasure } from './cover-load.ts';
import { ROLE_LABELS, type Person } from './model.ts';
import type { Rota } from './rota.ts';

const DAY = 86_400_000;

/** A stretch of one rotation someone else should take: a clash with an absence, a shift or a turn. */
export interface CoverRequest {
  rotation: string;
  start: number;
  end: number;
  /** Who holds it now and is being covered; never suggested. */
  instead?: string | undefined;
}

/** Why someone cannot take a stretch, one code per eligibility rule, with the reason in words. */
export type IneligibleCode = 'covered' | 'role' | 'not-opted-in' | 'absent' | 'other-rotation' | 'already-on' | 'adjacent-turn';

export interface Ineligible {
  code: IneligibleCode;
  reason: string;
}

export interface CoverCandidate {
  person: Person;
  load: CoverLoad;
}

export interface CoverAssessment {
  /** People who could take it, least loaded first (then by name). */
  eligible: CoverCandidate[];
  /** Everyone else, with every rule they fail. */
  ineligible: Array<{ person: Person; reasons: Ineligible[] }>;
}

export interface CoverOptions {
  /** The load is counted over the 12 months before this instant (by default the request's start). */
  loadAt?: number | undefined;
  load?: LoadMeasure | undefined;
}

/**
 * Who could take [start, end) of a rotation. Eligible means: not the person being covered; the
 * rotation's role; opted in to on call for an on-call rotation; not away at any time in it; not
 * holding another rotation then (a turn counts, as in the build's clash check); not already on this
 * rotation then; and not on this rotation in the week before or after, so nobody does two weeks
 * running. The eligible are ranked by their recent load of the same kind of duty.
 */
export function assessCover(rota: Rota, request: CoverRequest, options: CoverOptions = {}): CoverAssessment {
  const rotation = rota.rotation(request.rotation);
  if (!rotation) throw new Error(`no rotation "${request.rotation}"`);
  const { start, end } = request;
  const zone = rota.timeZone;
  const window = rotation.turnDays * DAY;
  // Who holds what around the stretch, worked out once for everyone.
  const around = new Map<string, Array<{ rotation: string; start: number; end: number }>>();
  for (const r of rota.rotations) {
    const from = r.id === rotation.id ? start - window : start;
    const to = r.id === rotation.id ? end + window : end;
    for (const h of holdingsBetween(r, from, to, zone)) {
      const list = around.get(h.person) ?? [];
      list.push({ rotation: r.id, start: h.start, end: h.end });
      around.set(h.person, list);
    }
  }
  const measure = options.load ?? recentShiftLoad;
  const loadAt = options.loadAt ?? start;
  const eligible: CoverCandidate[] = [];
  const ineligible: CoverAssessment['ineligible'] = [];
  for (const person of rota.people.values()) {
    const reasons: Ineligible[] = [];
    const add = (code: IneligibleCode, reason: string) => reasons.push({ code, reason });
    if (person.id === request.instead) add('covered', 'is the person being covered');
    if (rotation.role && person.role !== rotation.role)
      add(
        'role',
        `is ${ROLE_LABELS[person.role] === 'ops engineer' ? 'an' : 'a'} ${ROLE_LABELS[person.role]}; ${rotation.name} is for ${ROLE_LABELS[rotation.role]}s`,
      );
    if (rotation.kind === 'on-call' && !person.onCall) add('not-opted-in', 'has not opted in to on call');
    if (absencesOverlapping(rota, person.id, start, end).length) add('absent', 'is away then');
    const held = around.get(person.id) ?? [];
    const other = held.find((h) => h.rotation !== rotation.id && h.start < end && h.end > start);
    if (other) add('other-rotation', `is on ${rota.rotation(other.rotation)?.name ?? other.rotation} then`);
    const same = held.filter((h) => h.rotation === rotation.id);
    if (person.id !== request.instead) {
      if (same.some((h) => h.start < end && h.end > start)) add('already-on', `is already on ${rotation.name} then`);
      else if (same.some((h) => h.end > start - window && h.start < end + window))
        add('adjacent-turn', `is on ${rotation.name} the week before or after`);
    }
    if (reasons.length) ineligible.push({ person, reasons });
    else eligible.push({ person, load: measure(rota, person.id, rotation, loadAt) });
  }
  eligible.sort((a, b) => a.load.value - b.load.value || a.person.name.localeCompare(b.person.name, 'en-GB'));
  return { eligible, ineligible };
}
