// Opsgenie timelines made from a site rota, for tests and the benchmark: what Opsgenie would
// return for a schedule that follows the rota (its restrictions know nothing of bank holidays, so
// the rota is expanded on the working hours without them).
import { createRota, type Rota } from '../../src/lib/rota/rota.ts';
import { shiftsBetween } from '../../src/lib/rota/shifts.ts';
import type { Person, RotaData, Rotation } from '../../src/lib/rota/model.ts';
import { calendarWithoutHolidays } from '../../src/lib/opsgenie/periods.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';
import { addDays } from '../../src/lib/time/civil-date.ts';

export interface TimelineJson {
  data: {
    _parent: { id: string; name: string; enabled: boolean };
    startDate: string;
    endDate: string;
    finalTimeline: { rotations: Array<{ id: string; name: string; order: number; periods: unknown[] }> };
  };
}

/** Opsgenie's final timeline of `data` over [from, to), overrides marked as such. */
export function timelineFromRota(data: RotaData, calendar: WorkingCalendar, from: number, to: number, requestAt?: number): TimelineJson {
  const rota: Rota = createRota(data, calendarWithoutHolidays(calendar.hours));
  const rotations = rota.rotations.map((r, order) => {
    const periods: unknown[] = [];
    for (const s of shiftsBetween(rota, from, to, { rotations: [r.id] })) {
      const person = rota.people.get(s.person)!;
      const recipient = { id: `user-${person.id}`, name: person.email ?? `${person.id}@example.com`, type: 'user' };
      const start = Math.max(s.start, from);
      const end = Math.min(s.end, to);
      const type = s.override ? 'override' : 'default';
      // Opsgenie splits the period running at the moment of the request.
      if (requestAt !== undefined && start < requestAt && requestAt < end) {
        periods.push({ startDate: iso(start), endDate: iso(requestAt), type: 'historical', recipient, flattenedRecipients: [recipient] });
        periods.push({ startDate: iso(requestAt), endDate: iso(end), type, recipient });
      } else
        periods.push({
          startDate: iso(start),
          endDate: iso(end),
          type: requestAt !== undefined && end <= requestAt ? 'historical' : type,
          recipient,
        });
    }
    return { id: `rotation-${r.id}`, name: r.name, order: order + 1, periods };
  });
  return {
    data: {
      _parent: { id: 'sample', name: 'sample', enabled: true },
      startDate: iso(from),
      endDate: iso(to),
      finalTimeline: { rotations },
    },
  };
}

/** A team of `size` people on four weekly rotations (developers, ops, two lines of on call) with a swap every few weeks. */
export function sampleRota(size: number, start: string, weeks: number): RotaData {
  const people: Person[] = Array.from({ length: size }, (_, i) => ({
    id: `person-${i + 1}`,
    name: `Person ${i + 1}`,
    role: i % 3 === 2 ? 'ops-engineer' : 'developer',
    onCall: i % 2 === 0,
    email: `person.${i + 1}@example.gov.uk`,
  }));
  const ids = (filter: (p: Person) => boolean) => people.filter(filter).map((p) => p.id);
  const weekly = { tier: 'primary', start, turnWeeks: 1, handoff: { day: 'Wednesday', time: '10:00' }, changes: [] } as const;
  const devs = ids((p) => p.role === 'developer');
  const ops = ids((p) => p.role === 'ops-engineer');
  const onCall = ids((p) => p.onCall);
  const half = Math.ceil(onCall.length / 2);
  const rotations: Rotation[] = [
    { ...weekly, id: 'dev', name: 'Dev', kind: 'first-line', role: 'developer', members: devs },
    { ...weekly, id: 'ops', name: 'Ops', kind: 'first-line', role: 'ops-engineer', members: ops },
    { ...weekly, id: 'ooh', name: 'OOH', kind: 'on-call', members: onCall.slice(0, half) },
    { ...weekly, id: 'ooh-second', name: 'OOH second', kind: 'on-call', tier: 'secondary', members: onCall.slice(half) },
  ];
  const overrides = [];
  for (let w = 1; w < weeks; w += 3) {
    const day = addDays(start, 7 * w + 1);
    overrides.push({
      entry: overrides.length + 1,
      rotation: 'dev',
      from: `${day}T10:00`,
      to: `${day}T18:00`,
      cover: devs[(w * 7) % devs.length]!,
      reason: 'swap' as const,
    });
    overrides.push({
      entry: overrides.length + 1,
      rotation: 'ooh',
      from: `${addDays(day, 2)}T18:00`,
      to: `${addDays(day, 5)}T10:00`,
      cover: onCall[(w * 5) % half]!,
      reason: 'leave' as const,
    });
  }
  return { people, rotations, overrides };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
