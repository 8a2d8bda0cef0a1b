// The heart of every command: given an application's snapshot before and after an event, write what
// changed in the same transaction — the snapshot (optimistic version check), the timeline events, the
// tasks with their deadlines, and the deadline timers. Unified issuance happens here too: when the
// statechart reaches `issuing`, the runtime numbers the certificates and sends ISSUE at once.
import {
  applicationStatus,
  applyApplicationEvent,
  pausedDeadline,
  persistApplication,
  warningDays,
  type ApplicationEvent,
  type ApplicationSnapshot,
  type CompiledBundle,
  type IssuedResult,
  type WorkingDayCalendar,
} from '@onego/engine';
import type { Knex } from 'knex';
import { NO_DEADLINE } from '../db/migrations.ts';
import { AppError } from '../http/appError.ts';
import { packJson } from '../db/packedJson.ts';

export interface TransitionInput {
  trx: Knex.Transaction;
  compiled: CompiledBundle;
  calendar: WorkingDayCalendar;
  applicationId: string;
  /** The row version read before the command (null for a new application). */
  expectedVersion: number | null;
  before: ApplicationSnapshot | null;
  /** The snapshot after the events (and after ISSUE when they led to issuance: see `issueIfReady`). */
  after: ApplicationSnapshot;
  /** The events sent, in order (one for most commands; a supplement of several matters sends several). */
  events: readonly ApplicationEvent[];
  /** Extra timeline details per event, by index (what a supplement changed, …): kept in the event's payload. */
  details?: readonly (Record<string, unknown> | undefined)[];
  /** Who caused it: a subject, or 'system' / 'scheduler'. */
  by: string;
  now: string;
  newId: () => string;
  /** For a new application: inserts its row, given the persisted snapshot, before anything that references it. */
  insertApplication?: (persisted: string) => Promise<void>;
}

type MatterStatuses = Map<string, string>;

/** Matter statuses that still expect a decision; their tasks are cancelled when the application ends. */
const OPEN_STATUSES = new Set(['waiting', 'pending', 'returned']);

const statusesOf = (snapshot: ApplicationSnapshot | null): MatterStatuses =>
  new Map(snapshot ? applicationStatus(snapshot).matters.map((m) => [m.matterId, m.status]) : []);

function certificateNumber(matterId: string, now: string, id: string): string {
  return `${now.slice(0, 10).replace(/-/g, '')}-${matterId.slice(0, 12).toUpperCase()}-${id.slice(0, 8).toUpperCase()}`;
}

/** The snapshot after ISSUE when the statechart waits for unified issuance (统一发证), else `snapshot`. */
export function issueIfReady(snapshot: ApplicationSnapshot, input: Pick<TransitionInput, 'compiled' | 'now' | 'newId'>): ApplicationSnapshot {
  if (snapshot.value !== 'issuing') return snapshot;
  const results: IssuedResult[] = Object.entries(snapshot.context.matters)
    .filter(([, record]) => record.status === 'approved')
    .map(([matterId]) => {
      const matter = input.compiled.matters.get(matterId);
      return {
        matterId,
        certificate: { type: matter?.result.type ?? 'certificate', number: certificateNumber(matterId, input.now, input.newId()), issuedAt: input.now },
      };
    });
  return applyApplicationEvent(input.compiled.machine(), snapshot, { type: 'ISSUE', at: input.now, results });
}

/** A task row as written (new or changed) by a transition. */
export interface WrittenTask {
  id?: string;
  matter_id: string;
  department?: string;
  status: string;
  accepted_at: string | null;
  due_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  updated_at: string;
}

export interface TransitionOutcome {
  snapshot: ApplicationSnapshot;
  status: string;
  /** The persisted snapshot and results as written to the application row (results: always null now). */
  persisted: string;
  results: string | null;
  /** The tasks inserted (with id and department) or changed, by matter id. */
  tasks: Map<string, WrittenTask>;
}

export async function writeTransition(input: TransitionInput): Promise<TransitionOutcome> {
  const { trx, compiled, applicationId, now, by } = input;
  const after = input.after;
  const status = applicationStatus(after);
  const persisted = packJson(persistApplication(after));
  // The issued results are kept once, in the snapshot's context: not in the row's results column (null
  // since; rows written before keep theirs) nor in the APPLICATION_COMPLETED event (the timeline shows
  // them from the snapshot). About 1.5 KB less per completed newborn application (npm run bench).
  const results = null;

  if (input.insertApplication) await input.insertApplication(persisted);
  if (input.expectedVersion !== null) {
    const updated = await trx('applications')
      .where({ id: applicationId, version: input.expectedVersion })
      .update({ snapshot: persisted, status: status.status, results, version: input.expectedVersion + 1, updated_at: now });
    if (updated !== 1) throw new AppError(409, 'CONCURRENT_UPDATE');
  }

  // Timeline: the events themselves, then what they caused.
  const events: Record<string, unknown>[] = [];
  const eventMatters = new Set<string>();
  for (const [index, event] of input.events.entries()) {
    const { type, ...payload } = event;
    const matterId = 'matterId' in event ? event.matterId : null;
    if (matterId) eventMatters.add(matterId);
    if (type === 'SUBMIT') continue;
    events.push({ application_id: applicationId, type, matter_id: matterId, actor: by, at: now, payload: JSON.stringify({ ...payload, ...input.details?.[index] }) });
  }
  const before = statusesOf(input.before);
  const afterStatuses = statusesOf(after);
  for (const [matterId, matterStatus] of afterStatuses) {
    if (before.get(matterId) === matterStatus || matterStatus === 'excluded') continue;
    const record = after.context.matters[matterId];
    const cause = record?.decidedBy === 'rule' ? `rule ${record.ruleVersion ?? ''}`.trim() : eventMatters.has(matterId) ? by : 'system';
    events.push({ application_id: applicationId, type: `MATTER_${matterStatus.toUpperCase()}`, matter_id: matterId, actor: cause, at: now, payload: null });
  }
  const ended = (status.status === 'completed' || status.status === 'rejected') && (input.before ? applicationStatus(input.before).status : null) !== status.status;
  const stillOpen = [...afterStatuses].filter(([, s]) => OPEN_STATUSES.has(s)).map(([matterId]) => matterId);
  if (ended) {
    events.push({ application_id: applicationId, type: `APPLICATION_${status.status.toUpperCase()}`, matter_id: null, actor: 'system', at: now, payload: null });
    for (const matterId of stillOpen) events.push({ application_id: applicationId, type: 'MATTER_CANCELLED', matter_id: matterId, actor: 'system', at: now, payload: null });
  }
  if (events.length > 0) await trx('events').insert(events);

  // Tasks and deadline timers of the included matters, written in as few statements as possible.
  const newTasks: Record<string, unknown>[] = [];
  // How many tasks each department gains or loses in each status (table task_counts, the inbox's count).
  const counted = new Map<string, { department: string; status: string; tasks: number }>();
  const count = (department: string, status: string, delta: number) => {
    const key = `${department}\u0000${status}`;
    const entry = counted.get(key) ?? { department, status, tasks: 0 };
    entry.tasks += delta;
    counted.set(key, entry);
  };
  const changedTasks: (Record<string, unknown> & { matter_id: string })[] = [];
  const written = new Map<string, WrittenTask>();
  const newTimers: Record<string, unknown>[] = [];
  const leftPending: string[] = [];
  for (const [matterId, matterStatus] of afterStatuses) {
    if (matterStatus === 'excluded') continue;
    const record = after.context.matters[matterId];
    const limit = compiled.timeLimit(matterId);
    const acceptedAt = record?.startedAt ?? null;
    // Time spent returned to the applicant (补正) does not count: the deadline moves by the pauses.
    const pauses = record?.pauses ?? [];
    const due = acceptedAt && limit ? pausedDeadline(acceptedAt, limit, pauses, input.calendar).dueAt : null;
    const row = {
      status: matterStatus,
      accepted_at: acceptedAt,
      due_at: due,
      sort_due: due ?? NO_DEADLINE,
      decided_at: record?.decidedAt ?? null,
      decided_by: record?.decidedBy === 'rule' ? `rule ${record.ruleVersion ?? ''}`.trim() : (record?.by ?? null),
      updated_at: now,
    };
    const department = compiled.matters.get(matterId)?.department.id ?? 'unknown';
    const previous = before.get(matterId);
    if (previous === undefined) {
      const id = input.newId();
      newTasks.push({ id, application_id: applicationId, matter_id: matterId, department, ...row });
      written.set(matterId, { id, matter_id: matterId, department, ...row });
      count(department, matterStatus, 1);
    } else if (previous !== matterStatus) {
      changedTasks.push({ matter_id: matterId, department, ...row });
      written.set(matterId, { matter_id: matterId, ...row });
      count(department, previous, -1);
      count(department, matterStatus, 1);
    }
    const wasPending = before.get(matterId) === 'pending';
    const isPending = matterStatus === 'pending';
    if (isPending && !wasPending && acceptedAt && limit && due) {
      // Once warned or overdue, a matter is not told again after a supplement (the engine would refuse it).
      const warning = pausedDeadline(acceptedAt, { ...limit, days: warningDays(limit.days, 0.8) }, pauses, input.calendar).dueAt;
      if (warning && record?.warned !== true) {
        newTimers.push({ application_id: applicationId, matter_id: matterId, kind: 'warning', due_at: warning, status: 'scheduled' });
      }
      if (record?.overdue !== true) newTimers.push({ application_id: applicationId, matter_id: matterId, kind: 'overdue', due_at: due, status: 'scheduled' });
    } else if (wasPending && !isPending) {
      leftPending.push(matterId);
    }
  }
  if (newTasks.length > 0) await trx('tasks').insert(newTasks);
  if (changedTasks.length === 1) {
    const task = changedTasks[0] as Record<string, unknown> & { matter_id: string };
    const row = Object.fromEntries(Object.entries(task).filter(([column]) => column !== 'matter_id' && column !== 'department'));
    await trx('tasks').where({ application_id: applicationId, matter_id: task.matter_id }).update(row);
  } else if (changedTasks.length > 1) {
    // A decision that starts its dependants changes several tasks: one statement (an upsert on the
    // task's unique application and matter; the id and department only satisfy the insert's columns,
    // the row exists) instead of one UPDATE each. Portable: ON CONFLICT … DO UPDATE (SQLite, PostgreSQL).
    await trx('tasks')
      .insert(changedTasks.map((task) => ({ id: input.newId(), application_id: applicationId, ...task })))
      .onConflict(['application_id', 'matter_id'])
      .merge(['status', 'accepted_at', 'due_at', 'sort_due', 'decided_at', 'decided_by', 'updated_at']);
  }
  if (newTimers.length > 0) await trx('timers').insert(newTimers);
  // A timer that will never fire is deleted, not kept as 'cancelled': timers are a queue, the timeline
  // is the record (about 1.6 KB of rows and indexes per completed newborn application, npm run bench).
  if (leftPending.length > 0) {
    await trx('timers').where({ application_id: applicationId, status: 'scheduled' }).whereIn('matter_id', leftPending).delete();
  }
  if (ended) {
    // The application is over (a required matter rejected): matters still open will never be decided.
    if (stillOpen.length > 0) {
      await trx('tasks').where({ application_id: applicationId }).whereIn('matter_id', stillOpen).update({ status: 'cancelled', updated_at: now });
      for (const matterId of stillOpen) {
        const task = written.get(matterId);
        if (task) written.set(matterId, { ...task, status: 'cancelled', updated_at: now });
        const department = compiled.matters.get(matterId)?.department.id ?? 'unknown';
        count(department, afterStatuses.get(matterId) ?? 'pending', -1);
        count(department, 'cancelled', 1);
      }
    }
    await trx('timers').where({ application_id: applicationId, status: 'scheduled' }).delete();
  }
  const deltas = [...counted.values()].filter((entry) => entry.tasks !== 0);
  if (deltas.length > 0) {
    await trx('task_counts')
      .insert(deltas)
      .onConflict(['department', 'status'])
      .merge({ tasks: trx.raw('?? + ??', ['task_counts.tasks', 'excluded.tasks']) });
  }
  return { snapshot: after, status: status.status, persisted, results, tasks: written };
}
