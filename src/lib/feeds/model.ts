import type { CivilDate } from '../time/civil-date.ts';

/** When an event happens: whole days (end exclusive, as iCalendar wants), or two instants. */
export type EventTime = { allDay: true; start: CivilDate; end: CivilDate } | { allDay: false; start: number; end: number };

/** One event as the rota makes it, before it is compared with what was published before. */
export interface FeedEvent {
  uid: string;
  time: EventTime;
  summary: string;
  description: string;
  /** The rota page at the event's week. */
  url: string;
  /** How many overrides shaped the event: its lowest SEQUENCE (see feed-state.ts). */
  overrides: number;
}

export type EventStatus = 'confirmed' | 'cancelled';

/** An event as it is (or was) published, with its bookkeeping. */
export interface PublishedEvent {
  uid: string;
  time: EventTime;
  summary: string;
  description: string;
  url?: string | undefined;
  status: EventStatus;
  sequence: number;
  /** Set on cancelled events: when the cancellation was first published. */
  lastModified?: number | undefined;
}

/** One .ics file: where it is published, what calendar apps call it, and its events. */
export interface Feed {
  /** Below the site root, e.g. "feeds/on-call.ics". */
  path: string;
  name: string;
  description: string;
  events: FeedEvent[];
}
