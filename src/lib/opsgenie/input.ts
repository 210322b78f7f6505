/**
 * Reading Opsgenie's JSON (already parsed) into typed records, checking each field on the way so a
 * mistake is reported with the file and the JSON path (`$.data.finalTimeline.rotations[1]...`).
 * Accepts the REST API's responses (timeline, schedule(s), users, overrides; with or without the
 * `data` wrapper) and a configuration-backup dump (one entity per file, or one file of lists).
 */

export class OpsgenieInputError extends Error {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
  constructor(file: string, path: string, reason: string) {
    super(`${file}, at ${path}: ${reason}`);
    this.name = 'OpsgenieInputError';
    this.file = file;
    this.path = path;
    this.reason = reason;
  }
}

export interface Recipient {
  type: string;
  id?: string | undefined;
  /** For a user, the username (an e-mail address); otherwise the team's or escalation's name. */
  name?: string | undefined;
}

export interface Period {
  start: number;
  end: number;
  /** historical, default or override. */
  type: string;
  recipient: Recipient;
  path: string;
}

export interface TimelineRotation {
  id: string;
  name: string;
  order: number;
  periods: Period[];
  path: string;
}

export interface Timeline {
  file: string;
  schedule: { id: string; name: string };
  start: number;
  end: number;
  final: TimelineRotation[];
  base?: TimelineRotation[] | undefined;
}

export interface OpsgenieUser {
  id: string;
  username: string;
  fullName?: string | undefined;
  path: string;
}

export interface Participant {
  type: string;
  id?: string | undefined;
  username?: string | undefined;
  name?: string | undefined;
}

export interface WeeklyRestriction {
  startDay: string;
  startMinutes: number;
  endDay: string;
  endMinutes: number;
}

export type TimeRestriction =
  | { type: 'time-of-day'; startMinutes: number; endMinutes: number }
  | { type: 'weekday-and-time-of-day'; restrictions: WeeklyRestriction[] };

export interface ScheduleRotation {
  id: string;
  name: string;
  start: number;
  end?: number | undefined;
  type: string;
  length: number;
  participants: Participant[];
  timeRestriction?: TimeRestriction | undefined;
  path: string;
}

export interface Schedule {
  file: string;
  id: string;
  name: string;
  timezone: string;
  rotations: ScheduleRotation[];
  path: string;
}

export interface OpsgenieOverride {
  file: string;
  alias: string;
  user: Participant;
  start: number;
  end: number;
  rotations: Array<{ id?: string | undefined; name?: string | undefined }>;
  path: string;
}

export interface OpsgenieInput {
  timelines: Timeline[];
  schedules: Schedule[];
  users: OpsgenieUser[];
  overrides: OpsgenieOverride[];
  /** Entities read but not used (teams, escalations), and lists cut short by paging, for the report. */
  ignored: string[];
}

export function emptyInput(): OpsgenieInput {
  return { timelines: [], schedules: [], users: [], overrides: [], ignored: [] };
}

type Json = unknown;

/** A tiny cursor over parsed JSON that knows its path, for messages. */
class At {
  readonly file: string;
  readonly path: string;
  readonly value: Json;
  constructor(file: string, path: string, value: Json) {
    this.file = file;
    this.path = path;
    this.value = value;
  }
  fail(reason: string): never {
    throw new OpsgenieInputError(this.file, this.path, reason);
  }
  isObject(): boolean {
    return typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value);
  }
  has(key: string): boolean {
    return this.isObject() && (this.value as Record<string, unknown>)[key] !== undefined;
  }
  get(key: string): At {
    if (!this.isObject()) this.fail(`expected an object, found ${describe(this.value)}`);
    return new At(this.file, `${this.path}.${key}`, (this.value as Record<string, unknown>)[key]);
  }
  items(): At[] {
    if (!Array.isArray(this.value)) this.fail(`expected a list, found ${describe(this.value)}`);
    return (this.value as unknown[]).map((v, i) => new At(this.file, `${this.path}[${i}]`, v));
  }
  string(): string {
    if (typeof this.value !== 'string')
      this.fail(this.value === undefined ? 'is missing (expected a string)' : `expected a string, found ${describe(this.value)}`);
    return this.value as string;
  }
  optionalString(): string | undefined {
    return this.value === undefined || this.value === null ? undefined : this.string();
  }
  number(): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value))
      this.fail(this.value === undefined ? 'is missing (expected a number)' : `expected a number, found ${describe(this.value)}`);
    return this.value as number;
  }
  instant(): number {
    const text = this.string();
    const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(ms)) this.fail(`"${text}" is not an ISO 8601 date and time like 2020-02-25T10:14:22.766Z`);
    return ms;
  }
}

function describe(value: Json): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * Reads one parsed file into `into`, working out what it holds from its shape. Throws
 * OpsgenieInputError naming the file and JSON path for anything it cannot read.
 */
export function readOpsgenieJson(file: string, raw: unknown, into: OpsgenieInput = emptyInput()): OpsgenieInput {
  const root = new At(file, '$', raw);
  const data = root.has('data') ? root.get('data') : root;
  if (data.isObject() && data.has('finalTimeline')) {
    into.timelines.push(readTimeline(file, data));
    return into;
  }
  if (Array.isArray(data.value)) {
    const items = data.items();
    for (const item of items) readEntity(item, into);
    const total = root.has('totalCount') ? root.get('totalCount').value : undefined;
    if (typeof total === 'number' && total > items.length) {
      into.ignored.push(
        `${file}: holds ${items.length} of ${total} entries (the API returns a page at a time); export the other pages with offset and import them too`,
      );
    }
    return into;
  }
  if (data.isObject() && (data.has('users') || data.has('schedules') || data.has('scheduleOverrides') || data.has('overrides'))) {
    // A backup dump gathered into one file: lists keyed by entity.
    for (const key of ['users', 'schedules', 'scheduleOverrides', 'overrides']) {
      if (data.has(key)) for (const item of data.get(key).items()) readEntity(item, into);
    }
    for (const key of ['teams', 'escalations', 'heartbeats', 'integrations', 'policies']) {
      if (data.has(key))
        into.ignored.push(
          `${file}: ${key} (${Array.isArray((data.value as Record<string, unknown>)[key]) ? (data.get(key).value as unknown[]).length : 1}) are not part of a rota`,
        );
    }
    return into;
  }
  if (data.isObject()) {
    readEntity(data, into);
    return into;
  }
  return data.fail(`expected an Opsgenie timeline, schedule, users list or overrides list, found ${describe(data.value)}`);
}

function readEntity(at: At, into: OpsgenieInput): void {
  if (!at.isObject()) at.fail(`expected an object, found ${describe(at.value)}`);
  if (at.has('finalTimeline')) into.timelines.push(readTimeline(at.file, at));
  else if (at.has('username')) into.users.push(readUser(at));
  else if (at.has('alias') && at.has('user')) into.overrides.push(readOverride(at));
  else if (at.has('rotations') && (at.has('timezone') || at.has('ownerTeam') || at.has('enabled'))) into.schedules.push(readSchedule(at));
  else if (at.has('members') || at.has('rules'))
    into.ignored.push(
      `${at.file}, ${at.path}: a team or escalation ("${String((at.value as Record<string, unknown>)['name'] ?? '?')}") is not part of a rota`,
    );
  else at.fail('is not a timeline, schedule, user or override (no finalTimeline, rotations, username or alias field)');
}

function readTimeline(file: string, data: At): Timeline {
  const parent = data.get('_parent');
  const timeline: Timeline = {
    file,
    schedule: { id: parent.has('id') ? parent.get('id').string() : '', name: parent.has('name') ? parent.get('name').string() : '' },
    start: data.get('startDate').instant(),
    end: data.get('endDate').instant(),
    final: readTimelineRotations(data.get('finalTimeline')),
  };
  if (timeline.end <= timeline.start) data.get('endDate').fail('the timeline ends before it starts');
  if (data.has('baseTimeline')) timeline.base = readTimelineRotations(data.get('baseTimeline'));
  return timeline;
}

function readTimelineRotations(at: At): TimelineRotation[] {
  return at
    .get('rotations')
    .items()
    .map((r) => {
      const periods = r.has('periods') ? r.get('periods').items().map(readPeriod) : [];
      return {
        id: r.get('id').string(),
        name: r.get('name').string(),
        order: r.has('order') ? r.get('order').number() : 0,
        periods,
        path: r.path,
      };
    });
}

function readPeriod(at: At): Period {
  const start = at.get('startDate').instant();
  const end = at.get('endDate').instant();
  if (end <= start)
    at.get('endDate').fail(`the period ends (${at.get('endDate').string()}) before or when it starts (${at.get('startDate').string()})`);
  const r = at.get('recipient');
  const recipient: Recipient = { type: r.get('type').string(), id: r.get('id').optionalString(), name: r.get('name').optionalString() };
  return { start, end, type: at.get('type').string(), recipient, path: at.path };
}

function readUser(at: At): OpsgenieUser {
  const username = at.get('username').string();
  return { id: at.has('id') ? at.get('id').string() : username, username, fullName: at.get('fullName').optionalString(), path: at.path };
}

function readParticipant(at: At): Participant {
  return {
    type: at.get('type').string(),
    id: at.get('id').optionalString(),
    username: at.get('username').optionalString(),
    name: at.get('name').optionalString(),
  };
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function minutesOf(at: At, hourKey: string, minKey: string): number {
  const hour = at.get(hourKey).number();
  const min = at.has(minKey) ? at.get(minKey).number() : 0;
  if (!Number.isInteger(hour) || hour < 0 || hour > 24) at.get(hourKey).fail(`hour ${hour} is not 0 to 24`);
  if (!Number.isInteger(min) || min < 0 || min > 59) at.get(minKey).fail(`minute ${min} is not 0 to 59`);
  return hour * 60 + min;
}

function readRestriction(at: At): TimeRestriction {
  const type = at.get('type').string();
  if (type === 'time-of-day') {
    const r = at.get('restriction');
    return { type, startMinutes: minutesOf(r, 'startHour', 'startMin'), endMinutes: minutesOf(r, 'endHour', 'endMin') };
  }
  if (type === 'weekday-and-time-of-day') {
    const restrictions = at
      .get('restrictions')
      .items()
      .map((r) => {
        const day = (key: string) => {
          const value = r.get(key).string().toLowerCase();
          if (!DAYS.includes(value)) r.get(key).fail(`"${value}" is not a day of the week like monday`);
          return value;
        };
        return {
          startDay: day('startDay'),
          startMinutes: minutesOf(r, 'startHour', 'startMin'),
          endDay: day('endDay'),
          endMinutes: minutesOf(r, 'endHour', 'endMin'),
        };
      });
    return { type, restrictions };
  }
  return at.get('type').fail(`unknown time restriction type "${type}" (expected time-of-day or weekday-and-time-of-day)`);
}

function readSchedule(at: At): Schedule {
  const rotations = at
    .get('rotations')
    .items()
    .map((r): ScheduleRotation => ({
      id: r.has('id') ? r.get('id').string() : r.get('name').string(),
      name: r.get('name').string(),
      start: r.get('startDate').instant(),
      end: r.has('endDate') ? r.get('endDate').instant() : undefined,
      type: r.get('type').string(),
      length: r.has('length') ? r.get('length').number() : 1,
      participants: r.has('participants') ? r.get('participants').items().map(readParticipant) : [],
      timeRestriction: r.has('timeRestriction') ? readRestriction(r.get('timeRestriction')) : undefined,
      path: r.path,
    }));
  return {
    file: at.file,
    id: at.has('id') ? at.get('id').string() : '',
    name: at.has('name') ? at.get('name').string() : '',
    timezone: at.has('timezone') ? at.get('timezone').string() : 'Europe/London',
    rotations,
    path: at.path,
  };
}

function readOverride(at: At): OpsgenieOverride {
  const start = at.get('startDate').instant();
  const end = at.get('endDate').instant();
  if (end <= start) at.get('endDate').fail('the override ends before or when it starts');
  const rotations = at.has('rotations')
    ? at
        .get('rotations')
        .items()
        .map((r) => ({ id: r.get('id').optionalString(), name: r.get('name').optionalString() }))
    : [];
  return { file: at.file, alias: at.get('alias').string(), user: readParticipant(at.get('user')), start, end, rotations, path: at.path };
}
