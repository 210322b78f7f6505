import type { CivilDate, WeekdayName } from '../time/civil-date.ts';
import type { Absence } from './absences.ts';

/**
 * The rota as it is written in content/rota/*.yaml, after schema validation. Plain data that can be
 * serialised, so the same objects feed the build, the JSON API and the browser.
 */

export const ROLES = ['developer', 'ops-engineer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { developer: 'developer', 'ops-engineer': 'ops engineer' };

/** First line works the working hours; on call covers the time between them. */
export const ROTATION_KINDS = ['first-line', 'on-call'] as const;
export type RotationKind = (typeof ROTATION_KINDS)[number];

/** An on-call rotation is the primary line, or the second line called when the primary does not acknowledge. */
export const TIERS = ['primary', 'secondary'] as const;
export type Tier = (typeof TIERS)[number];

export const OVERRIDE_REASONS = ['swap', 'leave', 'illness'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

export interface Person {
  id: string;
  name: string;
  role: Role;
  /** Has volunteered for on call; only then may they be in an on-call rotation. */
  onCall: boolean;
  email?: string | undefined;
}

export interface Handoff {
  day: WeekdayName;
  /** "HH:mm", local time in the calendar's zone. */
  time: string;
}

/** From `from` (a handoff day) the rotation follows a new order, starting with its first member. */
export interface RotationChange {
  from: CivilDate;
  members: readonly string[];
}

export interface Rotation {
  id: string;
  name: string;
  kind: RotationKind;
  /** When set, every member (and anyone covering) must have this role. */
  role?: Role | undefined;
  tier: Tier;
  /** Day of the first handoff; must fall on the handoff day. */
  start: CivilDate;
  /** Day of the handoff that ends the rotation; absent means it repeats indefinitely. */
  until?: CivilDate | undefined;
  turnWeeks: number;
  handoff: Handoff;
  members: readonly string[];
  changes: readonly RotationChange[];
}

export interface Override {
  /** Position in overrides.yaml, from 1, so messages can point at it. */
  entry: number;
  rotation: string;
  /** Local date and time, "2026-12-23T10:00", in the calendar's zone. */
  from: string;
  to: string;
  /** Person who covers. */
  cover: string;
  reason: OverrideReason;
  note?: string | undefined;
}

export interface RotaData {
  people: readonly Person[];
  rotations: readonly Rotation[];
  overrides: readonly Override[];
  /** Time away, from absences.yaml (none when the file is left out). */
  absences?: readonly Absence[] | undefined;
}

export interface RotaSettings {
  /** What the look-ahead checks (gaps, clashes, short plans) do: print a warning, or fail the build. */
  strictness: 'warn' | 'error';
  /** How far ahead, in weeks, the look-ahead checks look and the rota must be planned. */
  planningHorizonWeeks: number;
}

/** How a shift came from an override rather than the rotation's order. */
export interface ShiftOverride {
  entry: number;
  reason: OverrideReason;
  note?: string | undefined;
  /** The person the rotation would have had; absent if it had nobody. */
  instead?: string | undefined;
}

/** A stretch of time someone holds a rotation, as instants (ms since the epoch), half-open [start, end). */
export interface Shift {
  rotation: string;
  person: string;
  start: number;
  end: number;
  override?: ShiftOverride | undefined;
}

export interface Span {
  start: number;
  end: number;
}
