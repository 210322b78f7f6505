import type { Rota } from '../rota/rota.ts';
import { shiftsBetween } from '../rota/shifts.ts';
import { shiftId } from '../rota/api.ts';
import { formatIsoWithOffset } from '../time/zoned-time.ts';

/**
 * Every shift as a paging tool wants it: one row per shift, with the e-mail the tool knows the
 * person by. The site's shifts are already whole working days and out-of-hours blocks, split only
 * at handoffs and overrides, so one row per shift is one row per stretch someone is paged.
 */
export interface PagerShift {
  id: string;
  rotation: string;
  rotationName: string;
  kind: 'first-line' | 'on-call';
  start: number;
  end: number;
  personId: string;
  name: string;
  /** Undefined for someone people.yaml has no address for: a pager cannot page them. */
  email?: string | undefined;
}

export function pagerShifts(rota: Rota, from: number, to: number, rotations?: readonly string[]): PagerShift[] {
  return shiftsBetween(rota, from, to, rotations ? { rotations } : {}).map((s) => {
    const rotation = rota.rotation(s.rotation)!;
    const person = rota.people.get(s.person);
    return {
      id: shiftId(s),
      rotation: s.rotation,
      rotationName: rotation.name,
      kind: rotation.kind,
      start: s.start,
      end: s.end,
      personId: s.person,
      name: person?.name ?? s.person,
      email: person?.email,
    };
  });
}

export const OVERRIDE_COLUMNS = ['rotation', 'start', 'end', 'email'] as const;

/** Rows for a tool that takes overrides: the rotation, ISO start and end with the UK offset, the e-mail. */
export function overrideRows(rota: Rota, shifts: readonly PagerShift[]): Array<Record<(typeof OVERRIDE_COLUMNS)[number], string>> {
  return shifts.map((s) => ({
    rotation: s.rotation,
    start: formatIsoWithOffset(s.start, rota.timeZone),
    end: formatIsoWithOffset(s.end, rota.timeZone),
    email: s.email ?? '',
  }));
}
