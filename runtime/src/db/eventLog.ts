// The timeline (table events) as rows and as the events they hold. A command writes one row per event
// it sends (SUBMITTED for a submission), and the events that command caused at the same instant (matters
// waiting, pending, approved …, the application completed) in the `caused` column of its last row
// (migration 011): [type, matterId | null, actor?] each, the actor left out when it is 'system' and null
// when it is the row's. Its payload leaves out what the row's columns say (the matter, the time, and the
// officer of a decision). Rows written before (and the rows other parts append: uploads, ratings,
// rectifications) have `caused` null: one event each, as is. Every reader of the timeline reads it
// through `loggedEvents`.
import { APPLICATION_EVENT_TYPES, REGION_STATUSES, type ApplicationEvent, type ApplicationEventType, type IssueEvent, type RegionStatus } from '@onego/engine';
import type { EventRow } from './rows.ts';

// ---- the event types of the timeline ----------------------------------------------------------------
// Every type a row or a caused event can have, built from the engine's event types and matter statuses:
// the OpenAPI document lists TIMELINE_EVENT_TYPES, and the writers are typed with TimelineEventType, so
// that a new type is listed or does not compile.

/** The events a command sends: every event the engine accepts but ISSUE, which the issue command sends (issuance/issueCommand.ts), logged as RESULTS_ISSUED with APPLICATION_COMPLETED caused. */
export type CommandEvent = Exclude<ApplicationEvent, IssueEvent>;
type CommandEventType = Exclude<ApplicationEventType, 'ISSUE'>;

/** A command's row: its event's type, SUBMIT logged as SUBMITTED. */
export const commandEventType = <T extends CommandEventType>(type: T): T extends 'SUBMIT' ? 'SUBMITTED' : T =>
  (type === 'SUBMIT' ? 'SUBMITTED' : type) as T extends 'SUBMIT' ? 'SUBMITTED' : T;

/** What a matter's change is logged as: its new status, or cancelled when the application ended while it was open. */
export const matterEventType = <S extends RegionStatus | 'cancelled'>(status: S): `MATTER_${Uppercase<S>}` => `MATTER_${status.toUpperCase() as Uppercase<S>}`;

/** How an application ends. */
export const ENDED_STATUSES = ['completed', 'rejected', 'withdrawn'] as const;

/** What the end of an application is logged as. */
export const applicationEventType = <S extends (typeof ENDED_STATUSES)[number]>(status: S): `APPLICATION_${Uppercase<S>}` =>
  `APPLICATION_${status.toUpperCase() as Uppercase<S>}`;

/** The events the runtime's other parts append, one row each (`caused` null): uploads, ratings, rectifications, deadlines re-based on a loaded calendar, who holds a task, a step's deadline and the escalation to its lead, the applicant's reminders (催办); and RESULTS_ISSUED, the issuing system's numbers recorded (统一发证, its row's `caused` has APPLICATION_COMPLETED). */
export const APPENDED_EVENT_TYPES = [
  'MATERIAL_UPLOADED',
  'RATED',
  'RECTIFICATION_OPENED',
  'RECTIFICATION_ANSWERED',
  'RECTIFICATION_OVERDUE',
  'DEADLINE_REBASED',
  // who holds a task (tasks/taskHandling.ts): 签收, 指派, 转办, 委派, 委派交回
  'TASK_CLAIMED',
  'TASK_ASSIGNED',
  'TASK_TRANSFERRED',
  'TASK_DELEGATED',
  'TASK_HANDED_BACK',
  // a step's own deadline near and passed, and the task transferred to its lead when overdue (escalation/)
  'STEP_DEADLINE_WARNING',
  'STEP_OVERDUE',
  'TASK_ESCALATED',
  // the applicant's reminder (reminders/)
  'REMINDED',
  // the issuing system's numbers recorded (issuance/)
  'RESULTS_ISSUED',
  // 告知承诺 signed with a signature (applications/): payload {materials, sha256, method}
  'COMMITMENT_SIGNED',
  // who applies (applicants/): a co-applicant's confirmation, the represented person's consent, who applied for whom
  'COAPPLICANT_CONFIRMED',
  'PROXY_CONSENTED',
  'APPLIED_ON_BEHALF',
] as const;

export type TimelineEventType =
  | ReturnType<typeof commandEventType<CommandEventType>>
  | ReturnType<typeof matterEventType<RegionStatus | 'cancelled'>>
  | ReturnType<typeof applicationEventType<(typeof ENDED_STATUSES)[number]>>
  | (typeof APPENDED_EVENT_TYPES)[number];

/** Every event type the timeline holds, in the order a reader meets them. */
export const TIMELINE_EVENT_TYPES: readonly TimelineEventType[] = [
  ...APPLICATION_EVENT_TYPES.filter((type): type is CommandEventType => type !== 'ISSUE').map((type) => commandEventType(type)),
  ...REGION_STATUSES.map((status) => matterEventType(status)),
  matterEventType('cancelled'),
  ...ENDED_STATUSES.map((status) => applicationEventType(status)),
  ...APPENDED_EVENT_TYPES,
];

/** A row another part appends to the timeline (one event, `caused` null). */
export interface AppendedEventRow {
  application_id: string;
  type: (typeof APPENDED_EVENT_TYPES)[number];
  matter_id: string | null;
  actor: string;
  at: string;
  payload: string | null;
}

/** An event of the timeline: one row, or one of the events a command's row holds. */
export interface LoggedEvent {
  /** The row's id; `seq` orders the events of one row (0: the row's own event). */
  id: number;
  seq: number;
  application_id: string;
  type: string;
  matter_id: string | null;
  actor: string;
  at: string;
  /** The event's payload as the timeline shows it (`details`), or null when it has none. */
  payload: unknown;
}

/** An event a command caused, as its row keeps it (see causedEvent). */
export type CausedEvent = [type: TimelineEventType, matterId: string | null, actor?: string | null];

/** The row of one event a command sent, without its `caused`. */
export interface CommandEventRow {
  application_id: string;
  type: TimelineEventType;
  matter_id: string | null;
  actor: string;
  at: string;
  payload: string | null;
  caused: string;
}

/** The decisions: their payload always has `by`, the officer, who is the row's actor. */
const DECISIONS: ReadonlySet<string> = new Set(['APPROVE', 'REJECT', 'ACCEPT', 'RETURN']);

/**
 * A command's event payload as stored: without the matter id, the time and (of a decision) the officer
 * when its row says them. `loggedEvents` puts them back, in the order the engine's events have them.
 */
export function storedPayload(type: string, payload: Record<string, unknown>, row: { matter_id: string | null; at: string; actor: string }): string {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if ((key === 'matterId' && value === row.matter_id) || (key === 'at' && value === row.at) || (key === 'by' && DECISIONS.has(type) && value === row.actor)) continue;
    stored[key] = value;
  }
  return JSON.stringify(stored);
}

const SYSTEM = 'system';

/** An event a command caused, as its row keeps it: the actor left out when 'system', null when the row's. */
export const causedEvent = (type: TimelineEventType, matterId: string | null, actor: string, rowActor: string): CausedEvent =>
  actor === SYSTEM ? [type, matterId] : [type, matterId, actor === rowActor ? null : actor];

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The events of timeline rows, in order. */
export function loggedEvents(rows: readonly EventRow[]): LoggedEvent[] {
  const events: LoggedEvent[] = [];
  for (const row of rows) {
    const id = Number(row.id);
    const base = { id, application_id: row.application_id, actor: row.actor, at: row.at };
    if (row.caused === null || row.caused === undefined) {
      events.push({ ...base, seq: 0, type: row.type, matter_id: row.matter_id, payload: row.payload === null ? null : parsed(row.payload) });
      continue;
    }
    let payload: unknown = null;
    if (row.payload !== null) {
      const stored = parsed(row.payload);
      payload =
        typeof stored === 'object' && stored !== null && !Array.isArray(stored)
          ? {
              ...(row.matter_id !== null && !('matterId' in stored) ? { matterId: row.matter_id } : {}),
              ...(DECISIONS.has(row.type) && !('by' in stored) ? { by: row.actor } : {}),
              ...('at' in stored ? {} : { at: row.at }),
              ...stored,
            }
          : stored;
    }
    events.push({ ...base, seq: 0, type: row.type, matter_id: row.matter_id, payload });
    const caused = parsed(row.caused);
    if (!Array.isArray(caused)) continue;
    caused.forEach((entry: unknown, i) => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') return;
      const [type, matterId, actor] = entry as [string, unknown, unknown];
      events.push({ ...base, seq: i + 1, type, matter_id: typeof matterId === 'string' ? matterId : null, actor: typeof actor === 'string' ? actor : actor === null ? row.actor : SYSTEM, payload: null });
    });
  }
  return events;
}

/** Whether event `a` comes before event `b` in the timeline. */
export const isBefore = (a: Pick<LoggedEvent, 'id' | 'seq'>, b: Pick<LoggedEvent, 'id' | 'seq'>): boolean => a.id < b.id || (a.id === b.id && a.seq < b.seq);
