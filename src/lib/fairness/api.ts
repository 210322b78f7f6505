import { API_VERSION } from '../rota/api.ts';
import type { Rota } from '../rota/rota.ts';
import { formatIsoWithOffset } from '../time/zoned-time.ts';
import { fairnessWindows, loadByPerson, outOfHoursMinutes, type LoadWindow, type PersonLoad } from './load.ts';
import { sharesOverLimit } from './checks.ts';
import type { FairnessSettings } from './settings.ts';

/**
 * /api/rota/v1/load.json: each person's load over the last 12 months and the planned weeks, as
 * the fairness page shows it. Hours and counts only, never money. Like the rest of v1, it only
 * ever gains fields.
 */
export interface FairnessWindowLoad {
  window: LoadWindow;
  outOfHoursMinutes: number;
  people: PersonLoad[];
  /** Who is over the share limit, as the build's check judges it (the planned weeks over whole turns). */
  over: ReadonlySet<string>;
}

export interface Fairness {
  limit: number;
  plannedWeeks: number;
  past: FairnessWindowLoad;
  planned: FairnessWindowLoad;
}

export function fairness(rota: Rota, now: number, settings: FairnessSettings): Fairness {
  const { past, planned } = fairnessWindows(rota, now, settings.planningHorizonWeeks);
  const part = (window: LoadWindow, over?: ReadonlySet<string>): FairnessWindowLoad => {
    const people = loadByPerson(rota, window);
    return {
      window,
      outOfHoursMinutes: outOfHoursMinutes(rota, window),
      people,
      over: over ?? new Set(people.filter((l) => l.share > settings.onCallShareLimit).map((l) => l.person)),
    };
  };
  const plannedOver = new Set(sharesOverLimit(rota, now, settings).map((o) => o.load.person));
  return {
    limit: settings.onCallShareLimit,
    plannedWeeks: settings.planningHorizonWeeks,
    past: part(past),
    planned: part(planned, plannedOver),
  };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function loadDocument(rota: Rota, now: number, settings: FairnessSettings) {
  const f = fairness(rota, now, settings);
  const zone = rota.timeZone;
  const windowOf = (w: FairnessWindowLoad) => ({
    from: formatIsoWithOffset(w.window.from, zone),
    to: formatIsoWithOffset(w.window.to, zone),
    outOfHoursHours: hours(w.outOfHoursMinutes),
  });
  const figures = (l: PersonLoad | undefined, over: ReadonlySet<string>) =>
    l
      ? {
          onCallWeeks: l.onCallWeeks,
          firstLineOnCallWeeks: l.onCallWeeksByLine.first,
          secondLineOnCallWeeks: l.onCallWeeksByLine.second,
          weekendDays: l.weekendDays,
          bankHolidayDays: l.bankHolidayDays,
          nights: l.nights,
          firstLineWeeks: l.firstLineWeeks,
          swapsGiven: l.swapsGiven,
          swapsTaken: l.swapsTaken,
          coverGiven: l.coverGiven,
          coverTaken: l.coverTaken,
          onCallHours: hours(l.onCallMinutes),
          share: Math.round(l.share * 10_000) / 10_000,
          overLimit: over.has(l.person),
        }
      : null;
  const ids = [...new Set([...f.past.people, ...f.planned.people].map((l) => l.person))];
  const order = new Map(rota.data.people.map((p, i) => [p.id, i]));
  ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return {
    version: API_VERSION,
    generatedAt: new Date(now).toISOString(),
    timeZone: zone,
    onCallShareLimit: f.limit,
    windows: { past: windowOf(f.past), planned: { ...windowOf(f.planned), weeks: f.plannedWeeks } },
    people: ids.map((id) => ({
      id,
      name: rota.nameOf(id),
      past: figures(
        f.past.people.find((l) => l.person === id),
        f.past.over,
      ),
      planned: figures(
        f.planned.people.find((l) => l.person === id),
        f.planned.over,
      ),
    })),
  };
}
