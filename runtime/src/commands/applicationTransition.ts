// The heart of every command: given an application's snapshot before and after an event, plan what
// changed (planTransition, before the write transaction) and write it in one transaction (writePlan) —
// the snapshot (optimistic version check), the timeline events, the tasks with their deadlines, the
// deadline timers and the inbox counts. Unified issuance starts here too: when the statechart reaches
// `issuing`, the transition writes an issuance request (table issuance_requests, an outbox row) for the
// issuance pass (issuance/issuancePass.ts), which asks the issuing system for the numbers; the runtime
// numbers nothing itself. Payments too (收费): a matter left unpaid (待缴费) gets its payment row (table
// payments, an outbox row for the payment pass, payments/paymentPass.ts), and a paid matter rejected, or an
// application ended without issuing, has its fee's refund requested there.
import {
  applicationStatus,
  matterDeadline,
  onlineFee,
  persistApplication,
  type MatterStatus,
  type ApplicationSnapshot,
  type CompiledBundle,
  type WorkingDayCalendar,
} from '@onego/engine';
import type { Knex } from 'knex';
import { NO_DEADLINE } from '../db/taskInbox.ts';
import { DomainError } from '../domainError.ts';
import {
  applicationEventType,
  causedEvent,
  commandEventType,
  matterEventType,
  storedPayload,
  type CausedEvent,
  type CommandEvent,
  type CommandEventRow,
} from '../db/eventLog.ts';
import { packerOf, snapshotColumns } from '../db/packedJson.ts';
import { matterEscalationTimer, NO_STEP_DUE, stepDue } from '../escalation/stepTimers.ts';
import { applicationPauses } from '../stats/processingTime.ts';

export interface TransitionInput {
  compiled: CompiledBundle;
  calendar: WorkingDayCalendar;
  applicationId: string;
  before: ApplicationSnapshot | null;
  /** The snapshot after the events (after ISSUE for the issue command: issuance/issueCommand.ts). */
  after: ApplicationSnapshot;
  /** The events sent, in order (one for most commands; a supplement of several matters sends several). */
  events: readonly CommandEvent[];
  /** Extra timeline details per event, by index (what a supplement changed, …): kept in the event's payload. */
  details?: readonly (Record<string, unknown> | undefined)[];
  /** Who caused it: a subject, or 'system' / 'scheduler'. */
  by: string;
  now: string;
  newId: () => string;
}

type MatterStatuses = Map<string, MatterStatus>;

/** An ended application's row: when it ended, and the periods it waited for the applicant (JSON, null when none). */
interface EndColumns {
  ended_at: string;
  pauses: string | null;
}

/** The instant it ended (results issued, or rejected; withdrawn: now) and its merged waits (stats/processingTime.ts). */
function endColumnsOf(after: ApplicationSnapshot, now: string): EndColumns {
  const endedAt = after.context.completedAt ?? after.context.rejectedAt ?? now;
  const pauses = applicationPauses(
    Object.values(after.context.matters).map((m) => m.pauses ?? []),
    endedAt,
  );
  return { ended_at: endedAt, pauses: pauses.length === 0 ? null : JSON.stringify(pauses) };
}

/** Matter statuses that still expect a decision; their tasks are cancelled when the application ends. */
const OPEN_STATUSES = new Set(['unpaid', 'waiting', 'pending', 'returned']);

const statusesOf = (snapshot: ApplicationSnapshot | null): MatterStatuses =>
  new Map(snapshot ? applicationStatus(snapshot).matters.map((m) => [m.matterId, m.status]) : []);

/** A task row as written (new or changed) by a transition; its deadline: `dueAtOf` (rows.ts). */
export interface WrittenTask {
  id?: string;
  matter_id: string;
  department?: string;
  status: string;
  accepted_at: string | null;
  sort_due: string;
  /** The deadline counted days of a year whose holiday schedule is not loaded (weekday rule). */
  due_provisional: boolean;
  decided_at: string | null;
  decided_by: string | null;
  step_id?: string | null;
  step_name?: string | null;
  signed?: string | null;
  holder?: string | null;
  delegated_by?: string | null;
  step_due_at?: string | null;
  step_warning_at?: string | null;
}

/**
 * A task's review step columns (migration 019) as a matter's record says them: its current step with the
 * step's name, and who signed it so far; null for a matter without steps or past them.
 */
function stepColumns(compiled: CompiledBundle, matterId: string, snapshot: ApplicationSnapshot | null) {
  const record = snapshot?.context.matters[matterId];
  const stepId = record?.step ?? null;
  const step = stepId === null ? undefined : compiled.matters.get(matterId)?.review?.steps.find((s) => s.id === stepId);
  const signed = (record?.signatures ?? []).map((s) => s.by);
  return { step_id: stepId, step_name: step ? JSON.stringify(step.name) : null, signed: signed.length > 0 ? JSON.stringify(signed) : null };
}

export interface TransitionOutcome {
  snapshot: ApplicationSnapshot;
  status: string;
  /** The persisted snapshot (packed: packedJson.ts) and results as written to the application row (results: always null now). */
  persisted: Buffer;
  results: string | null;
  /** The tasks inserted (with id and department) or changed, by matter id. */
  tasks: Map<string, WrittenTask>;
}

/**
 * Everything a transition writes, computed without the database: the persisted snapshot, the timeline
 * rows, the tasks with their deadlines, the timers and the inbox counts. A command computes it before
 * its write transaction, so that the one writing connection is held only for the writes.
 */
export interface TransitionPlan {
  applicationId: string;
  now: string;
  status: string;
  persisted: Buffer;
  events: CommandEventRow[];
  newTasks: Record<string, unknown>[];
  changedTasks: (Record<string, unknown> & { matter_id: string })[];
  newTimers: Record<string, unknown>[];
  /** Tasks whose status stays but whose review step or signatures changed: these columns only (stepColumns). */
  stepChanges: (Record<string, unknown> & { matter_id: string })[];
  /** Matters that left pending: their scheduled timers are deleted. */
  leftPending: string[];
  /** Pending matters that moved to another step: the scheduled timers of the step they left are deleted. */
  leftStep: string[];
  /** The application ended now: its open tasks are cancelled, its timers deleted. */
  ended: boolean;
  /** When it ended now: the row's ended_at and pauses (migration 027), which the statistics aggregate. */
  endColumns: EndColumns | null;
  stillOpen: string[];
  /** The issuance request to write when the application has just reached `issuing` (统一发证), else null. */
  issuanceRequest: Record<string, unknown> | null;
  /** Payment rows to write for the matters left unpaid now (收费: the payment pass creates their orders). */
  paymentOrders: Record<string, unknown>[];
  /** Paid matters whose fee is to be refunded now (rejected, or the application ended without issuing), with the refund's idempotency key. */
  refunds: { matterId: string; key: string }[];
  /** Matters that left unpaid without a payment (rejected with a dependency): their orders are no longer asked about. */
  unpaidClosed: string[];
  /** Changes of table task_counts. */
  counts: { department: string; status: string; tasks: number }[];
  outcome: TransitionOutcome;
}

export function planTransition(input: TransitionInput): TransitionPlan {
  const { compiled, applicationId, now, by } = input;
  const after = input.after;
  const status = applicationStatus(after);
  const persisted = packerOf(compiled).pack(persistApplication(after));
  // The issued results are kept once, in the snapshot's context: not in the row's results column (null
  // since; rows written before keep theirs) nor in the APPLICATION_COMPLETED event (the timeline shows
  // them from the snapshot). About 1.5 KB less per completed newborn application (npm run bench).
  const results = null;

  // Timeline: a row per event sent (SUBMITTED for the submission), and what they caused in the last one's
  // `caused` (eventLog.ts): a newborn application is 5 rows, not 20 (about 2.3 KB less, npm run bench).
  const events: CommandEventRow[] = [];
  const eventMatters = new Set<string>();
  for (const [index, event] of input.events.entries()) {
    const { type, ...payload } = event;
    const matterId = 'matterId' in event ? event.matterId : null;
    if (matterId) eventMatters.add(matterId);
    events.push(
      type === 'SUBMIT'
        ? { application_id: applicationId, type: 'SUBMITTED', matter_id: null, actor: by, at: now, payload: null, caused: '[]' }
        : { application_id: applicationId, type: commandEventType(type), matter_id: matterId, actor: by, at: now, payload: storedPayload(type, { ...payload, ...input.details?.[index] }, { matter_id: matterId, at: now, actor: by }), caused: '[]' },
    );
  }
  const caused: CausedEvent[] = [];
  const before = statusesOf(input.before);
  const afterStatuses = statusesOf(after);
  for (const [matterId, matterStatus] of afterStatuses) {
    if (before.get(matterId) === matterStatus || matterStatus === 'excluded') continue;
    const record = after.context.matters[matterId];
    const cause = record?.decidedBy === 'rule' ? `rule ${record.ruleVersion ?? ''}`.trim() : eventMatters.has(matterId) ? by : 'system';
    caused.push(causedEvent(matterEventType(matterStatus), matterId, cause, by));
  }
  const end = status.status === 'completed' || status.status === 'rejected' || status.status === 'withdrawn' ? status.status : null;
  const ended = end !== null && (input.before ? applicationStatus(input.before).status : null) !== end;
  const stillOpen = ended ? [...afterStatuses].filter(([, s]) => OPEN_STATUSES.has(s)).map(([matterId]) => matterId) : [];
  if (ended) {
    caused.push(causedEvent(applicationEventType(end), null, 'system', by));
    for (const matterId of stillOpen) caused.push(causedEvent(matterEventType('cancelled'), matterId, 'system', by));
  }
  // The issue command sends ISSUE alone (no event of its own): its row says what was issued.
  if (events.length === 0 && status.phase === 'completed') {
    const issued = (after.context.results ?? []).map((result) => ({ matterId: result.matterId, number: result.certificate.number }));
    events.push({ application_id: applicationId, type: 'RESULTS_ISSUED', matter_id: null, actor: by, at: now, payload: JSON.stringify({ results: issued }), caused: '[]' });
  }
  const last = events[events.length - 1];
  if (last) last.caused = JSON.stringify(caused);

  // Tasks and deadline timers of the included matters.
  const newTasks: Record<string, unknown>[] = [];
  // How many tasks each department gains or loses in each status (table task_counts, the inbox's count).
  const counted = new Map<string, { department: string; status: string; tasks: number }>();
  const count = (department: string, taskStatus: string, delta: number) => {
    const key = `${department}\u0000${taskStatus}`;
    const entry = counted.get(key) ?? { department, status: taskStatus, tasks: 0 };
    entry.tasks += delta;
    counted.set(key, entry);
  };
  const changedTasks: (Record<string, unknown> & { matter_id: string })[] = [];
  const stepChanges: (Record<string, unknown> & { matter_id: string })[] = [];
  const written = new Map<string, WrittenTask>();
  const newTimers: Record<string, unknown>[] = [];
  const leftPending: string[] = [];
  const leftStep: string[] = [];
  for (const [matterId, matterStatus] of afterStatuses) {
    if (matterStatus === 'excluded') continue;
    const record = after.context.matters[matterId];
    const limit = compiled.timeLimit(matterId);
    const acceptedAt = record?.startedAt ?? null;
    // Time spent returned to the applicant (补正) does not count: the deadline moves by the pauses.
    const pauses = record?.pauses ?? [];
    const previous = before.get(matterId);
    const steps = stepColumns(compiled, matterId, after);
    const stepsBefore = stepColumns(compiled, matterId, input.before);
    // A new step is handled afresh: nobody holds it until claimed or assigned.
    const released = steps.step_id !== null && steps.step_id !== stepsBefore.step_id ? { holder: null, delegated_by: null } : {};
    const stepEntered = steps.step_id !== stepsBefore.step_id;
    const stepChanged = stepEntered || steps.signed !== stepsBefore.signed;
    const deadline = acceptedAt && limit && (previous !== matterStatus || stepEntered) ? matterDeadline(acceptedAt, limit, pauses, input.calendar) : null;
    const due = deadline?.dueAt ?? null;
    // The step's own deadline and timers when a step begins or its matter becomes pending (again).
    const isPending = matterStatus === 'pending';
    const stepTiming = isPending && (stepEntered || previous !== matterStatus) ? stepDue(compiled, applicationId, matterId, record, due, input.calendar) : null;
    if (stepTiming) newTimers.push(...stepTiming.timers);
    if (previous === matterStatus) {
      if (stepChanged) {
        const dueColumns = stepEntered ? (stepTiming?.columns ?? NO_STEP_DUE) : {};
        if (stepEntered && isPending) leftStep.push(matterId);
        stepChanges.push({ matter_id: matterId, ...steps, ...released, ...dueColumns });
        written.set(matterId, { ...written.get(matterId), matter_id: matterId, status: matterStatus, ...steps, ...released, ...dueColumns } as WrittenTask);
      }
      continue;
    }
    const row = {
      status: matterStatus,
      accepted_at: acceptedAt,
      sort_due: due ?? NO_DEADLINE,
      due_provisional: deadline?.provisional ?? false,
      decided_at: record?.decidedAt ?? null,
      decided_by: record?.decidedBy === 'rule' ? `rule ${record.ruleVersion ?? ''}`.trim() : (record?.by ?? null),
      ...steps,
      ...(stepTiming?.columns ?? NO_STEP_DUE),
    };
    const department = compiled.matters.get(matterId)?.department.id ?? 'unknown';
    if (previous === undefined) {
      const id = input.newId();
      newTasks.push({ id, application_id: applicationId, matter_id: matterId, department, ...row });
      written.set(matterId, { id, matter_id: matterId, department, ...row });
      count(department, matterStatus, 1);
    } else {
      // The id only satisfies an upsert's insert columns (writePlan): the row exists and keeps its own.
      changedTasks.push({ id: input.newId(), matter_id: matterId, department, ...row, ...released });
      written.set(matterId, { matter_id: matterId, ...row, ...released });
      count(department, previous, -1);
      count(department, matterStatus, 1);
    }
    const wasPending = previous === 'pending';
    if (isPending && !wasPending && acceptedAt && limit && due) {
      // Once warned or overdue, a matter is not told again after a supplement (the engine would refuse it).
      const warning = deadline?.warningAt ?? null;
      if (warning && record?.warned !== true) {
        newTimers.push({ application_id: applicationId, matter_id: matterId, kind: 'warning', due_at: warning, status: 'scheduled', step_id: null });
      }
      if (record?.overdue !== true) newTimers.push({ application_id: applicationId, matter_id: matterId, kind: 'overdue', due_at: due, status: 'scheduled', step_id: null });
      newTimers.push(...matterEscalationTimer(compiled, applicationId, matterId, due, input.calendar));
    } else if (wasPending && !isPending) {
      leftPending.push(matterId);
    }
  }
  // The application is over (a required matter rejected, or withdrawn): matters still open will never be decided.
  for (const matterId of stillOpen) {
    const task = written.get(matterId);
    if (task) written.set(matterId, { ...task, status: 'cancelled' });
    const department = compiled.matters.get(matterId)?.department.id ?? 'unknown';
    count(department, afterStatuses.get(matterId) ?? 'pending', -1);
    count(department, 'cancelled', 1);
  }
  const reachedIssuing = status.phase === 'issuing' && (input.before ? applicationStatus(input.before).phase : null) !== 'issuing';
  const issuanceRequest = reachedIssuing
    ? { application_id: applicationId, idempotency_key: input.newId(), status: 'pending', attempts: 0, next_attempt_at: now, created_at: now, updated_at: now }
    : null;
  const paymentOrders = [...afterStatuses]
    .filter(([matterId, matterStatus]) => matterStatus === 'unpaid' && before.get(matterId) !== 'unpaid')
    .map(([matterId]) => ({
      application_id: applicationId,
      matter_id: matterId,
      amount_fen: onlineFee(compiled.matters.get(matterId) ?? {})?.amountFen ?? 0,
      status: 'ordering',
      order_key: input.newId(),
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    }));
  // A paid fee is refunded when its matter is rejected, and when the application ends rejected or withdrawn
  // (nothing is issued then, whatever the matter's own decision).
  const endsUnissued = ended && end !== 'completed';
  const refunds = Object.entries(after.context.matters)
    .filter(([matterId, record]) => record.payment !== undefined && (endsUnissued || (record.status === 'rejected' && before.get(matterId) !== 'rejected')))
    .map(([matterId]) => ({ matterId, key: input.newId() }));
  const unpaidClosed = [...afterStatuses]
    .filter(([matterId, matterStatus]) => before.get(matterId) === 'unpaid' && matterStatus !== 'unpaid' && after.context.matters[matterId]?.payment === undefined)
    .map(([matterId]) => matterId);
  return {
    applicationId,
    now,
    status: status.status,
    persisted,
    events,
    newTasks,
    changedTasks,
    stepChanges,
    newTimers,
    leftPending,
    leftStep,
    ended,
    endColumns: ended ? endColumnsOf(after, now) : null,
    stillOpen,
    issuanceRequest,
    paymentOrders,
    refunds,
    unpaidClosed,
    counts: [...counted.values()].filter((entry) => entry.tasks !== 0),
    outcome: { snapshot: after, status: status.status, persisted, results, tasks: written },
  };
}

/** A planned transition with how its application row is written (see `writePlans`). */
export interface PlannedWrite {
  plan: TransitionPlan;
  /** The row version read before the command; null for a new application, inserted by `insertApplication`. */
  expectedVersion: number | null;
  /** Inserts the new application's row (and what goes with it): first, the other rows reference it. */
  insertApplication?: (trx: Knex.Transaction) => Promise<void>;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows per multi-row INSERT at most: SQLite takes 32,766 bound values per statement (PostgreSQL 65,535)
 * and knex writes SQLite's multi-row INSERT as a compound SELECT, 500 terms at most.
 */
const MAX_VALUES = 32_766;
const MAX_ROWS = 500;

async function insertAll(trx: Knex.Transaction, table: string, rows: readonly object[]): Promise<void> {
  const columns = new Set(rows.flatMap((r) => Object.keys(r))).size;
  const chunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / Math.max(1, columns))));
  for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
}

/**
 * Writes planned transitions of different applications in the caller's transaction (a group commit's
 * batch: groupCommit.ts), in as few statements as possible: each application row first (inserted, or
 * updated with the optimistic version check: CONCURRENT_UPDATE when another command changed it since
 * it was read), then one INSERT of every plan's timeline rows (in the plans' order: event ids are the
 * order the notification dispatcher reads), one of the new tasks, each plan's task changes, one INSERT
 * of the new timers, each plan's timer deletions and cancellations, one upsert of the inbox counts with
 * the plans' changes summed. Each plan's own statements keep the order they have written alone; the
 * merged ones only bring together rows of different applications, so the rows written are those of the
 * plans written one after the other (runtime/test/groupCommit.test.ts). The plans must be of different
 * applications (CommandRunner runs one command per application at a time): refused otherwise.
 */
export async function writePlans(trx: Knex.Transaction, writes: readonly PlannedWrite[]): Promise<TransitionOutcome[]> {
  if (new Set(writes.map((w) => w.plan.applicationId)).size !== writes.length) {
    throw new Error('writePlans: two plans of one application in one batch');
  }
  // Application rows in the order of their ids: two transactions of other processes lock them in the same
  // order, so neither waits for a row the other holds while holding one it wants.
  for (const { plan, expectedVersion, insertApplication } of [...writes].sort((a, b) => compareText(a.plan.applicationId, b.plan.applicationId))) {
    if (insertApplication) await insertApplication(trx);
    if (expectedVersion !== null) {
      const updated = await trx('applications')
        .where({ id: plan.applicationId, version: expectedVersion })
        .update({ ...snapshotColumns(plan.persisted), status: plan.status, results: plan.outcome.results, version: expectedVersion + 1, updated_at: plan.now, ...plan.endColumns });
      if (updated !== 1) throw new DomainError('CONCURRENT_UPDATE');
    }
  }
  const plans = writes.map((w) => w.plan);
  await insertAll(trx, 'events', plans.flatMap((plan) => plan.events));
  await insertAll(trx, 'tasks', plans.flatMap((plan) => plan.newTasks));
  for (const { applicationId, changedTasks, stepChanges } of plans) {
    if (changedTasks.length === 1) {
      const task = changedTasks[0] as Record<string, unknown> & { matter_id: string };
      const changed = Object.fromEntries(Object.entries(task).filter(([column]) => column !== 'id' && column !== 'matter_id' && column !== 'department'));
      await trx('tasks').where({ application_id: applicationId, matter_id: task.matter_id }).update(changed);
    } else if (changedTasks.length > 1) {
      // A decision that starts its dependants changes several tasks: one statement (an upsert on the
      // task's unique application and matter; the id and department only satisfy the insert's columns,
      // the row exists) instead of one UPDATE each. Portable: ON CONFLICT … DO UPDATE (SQLite, PostgreSQL).
      await trx('tasks')
        .insert(changedTasks.map((task) => ({ application_id: applicationId, ...task })))
        .onConflict(['application_id', 'matter_id'])
        .merge(['status', 'accepted_at', 'sort_due', 'due_provisional', 'decided_at', 'decided_by', 'step_id', 'step_name', 'signed', 'step_due_at', 'step_warning_at']);
      // A new step releases its task (holder, delegated_by): only those that moved to one.
      for (const task of changedTasks.filter((t) => 'holder' in t)) {
        await trx('tasks').where({ application_id: applicationId, matter_id: task.matter_id }).update({ holder: null, delegated_by: null });
      }
    }
    for (const { matter_id, ...columns } of stepChanges) await trx('tasks').where({ application_id: applicationId, matter_id }).update(columns);
  }
  // The timers of a step left behind go before the new step's are written.
  for (const { applicationId, leftStep } of plans) {
    if (leftStep.length > 0) await trx('timers').where({ application_id: applicationId, status: 'scheduled' }).whereIn('matter_id', leftStep).whereNotNull('step_id').delete();
  }
  await insertAll(trx, 'timers', plans.flatMap((plan) => plan.newTimers));
  await insertAll(trx, 'issuance_requests', plans.flatMap((plan) => (plan.issuanceRequest ? [plan.issuanceRequest] : [])));
  await insertAll(trx, 'payments', plans.flatMap((plan) => plan.paymentOrders));
  for (const plan of plans) {
    const { applicationId } = plan;
    for (const refund of plan.refunds) {
      await trx('payments')
        .where({ application_id: applicationId, matter_id: refund.matterId, status: 'paid' })
        .update({ status: 'refund_requested', refund_key: refund.key, attempts: 0, next_attempt_at: plan.now, updated_at: plan.now });
    }
    // An order not paid by the end is no longer asked about (收费: nothing to refund).
    if (plan.ended || plan.unpaidClosed.length > 0) {
      const open = trx('payments').where({ application_id: applicationId }).whereIn('status', ['ordering', 'unpaid']);
      if (!plan.ended) void open.whereIn('matter_id', plan.unpaidClosed);
      await open.update({ status: 'cancelled', updated_at: plan.now });
    }
    // A timer that will never fire is deleted, not kept as 'cancelled': timers are a queue, the timeline
    // is the record (about 1.6 KB of rows and indexes per completed newborn application, npm run bench).
    if (plan.leftPending.length > 0 && !plan.ended) {
      await trx('timers').where({ application_id: applicationId, status: 'scheduled' }).whereIn('matter_id', plan.leftPending).delete();
    }
    if (plan.ended) {
      if (plan.stillOpen.length > 0) {
        await trx('tasks').where({ application_id: applicationId }).whereIn('matter_id', plan.stillOpen).update({ status: 'cancelled' });
      }
      await trx('timers').where({ application_id: applicationId, status: 'scheduled' }).delete();
    }
  }
  // Summed per department and status; a sum of nought is kept (its row exists afterwards, as it would).
  const counts = new Map<string, { department: string; status: string; tasks: number }>();
  for (const entry of plans.flatMap((plan) => plan.counts)) {
    const key = `${entry.department}\u0000${entry.status}`;
    const sum = counts.get(key);
    if (sum) sum.tasks += entry.tasks;
    else counts.set(key, { ...entry });
  }
  if (counts.size > 0) {
    // In a fixed order (department, status), as every transaction upserts them: no deadlock between two.
    await trx('task_counts')
      .insert([...counts.entries()].sort(([a], [b]) => compareText(a, b)).map(([, count]) => count))
      .onConflict(['department', 'status'])
      .merge({ tasks: trx.raw('?? + ??', ['task_counts.tasks', 'excluded.tasks']) });
  }
  return plans.map((plan) => plan.outcome);
}
