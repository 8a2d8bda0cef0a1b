// Re-basing open deadlines when a year's holiday schedule is loaded: every pending task whose deadline
// may count days of that year is computed again from the same acceptance, limit and paused periods with
// the calendar as it is now (the engine's rebasedDeadline). A moved one gets its new due date, its
// warning and overdue timers move with it (those that fired stay fired: nothing fires twice; a deadline
// that passed and fired never moves), and the timeline gets DEADLINE_REBASED with the old and new dates.
// One transaction per application, after this process's queued commands on it (CommandRunner.exclusive).
// Open rectifications (差评整改) are re-based the same way, each in its own transaction.
import { dueAt, inLang, localDateOf, overlayApplies, NATIONAL_REGION, rebasedDeadline, type Lang, type MatterRecord } from '@onego/engine';
import type { Knex } from 'knex';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { NO_DEADLINE } from '../db/taskInbox.ts';
import { snapshotOf } from '../db/packedJson.ts';
import { dueAtOf, type ApplicationRow, type RectificationRow, type TaskRow } from '../db/rows.ts';
import { matterEscalationTimer, stepDue, type StepDueColumns, type TimerRowToInsert } from '../escalation/stepTimers.ts';
import type { CalendarBook } from './calendarBook.ts';

export interface RebaseDependencies {
  db: Database;
  reads?: Database;
  catalog: BundleCatalog;
  /** Only to run after the commands queued on an application (exclusive). */
  commands: Pick<CommandRunner, 'exclusive'>;
  calendars: CalendarBook;
}

/** A deadline that moves (or, provisional before, is now final), as the preview and the answer list it. */
export interface RebasedDeadline {
  applicationId: string;
  taskId: string;
  bundleName: string;
  matterId: string;
  matterName: string;
  department: string;
  departmentName: string;
  from: string;
  to: string;
  provisional: boolean;
}

type ProvisionalTask = TaskRow & { due_provisional?: number | boolean | null };

/**
 * Narrows rows with a deadline to those that may count a day of `year`: marked provisional, or (unless
 * `onlyProvisional`) due from the day before it on (a due instant is the end of a China Standard Time
 * day, the day before in UTC) and started before its end.
 */
function mayCountYear(query: Knex.QueryBuilder, columns: { due: string; start: string }, year: number, onlyProvisional: boolean): void {
  if (onlyProvisional) {
    void query.andWhere('due_provisional', true);
    return;
  }
  void query.andWhere((q) => {
    void q.where('due_provisional', true).orWhere((inYear) => {
      void inYear.where(columns.due, '>=', `${year - 1}-12-31T00:00:00.000Z`).andWhere(columns.start, '<', `${year + 1}-01-01T00:00:00.000Z`);
    });
  });
}

/**
 * The pending tasks whose deadline may count a day of `year`: due from the day before it on (a due
 * instant is the end of a China Standard Time day, the day before in UTC) and accepted before its end, or
 * marked provisional (a region's overlay of another year may matter to them too). `onlyProvisional`:
 * the marked ones alone (a year loaded for the first time can move no other).
 */
async function candidates(reads: Knex, year: number, onlyProvisional: boolean): Promise<ProvisionalTask[]> {
  const query = reads('tasks').where('status', 'pending').whereNot('sort_due', NO_DEADLINE);
  mayCountYear(query, { due: 'sort_due', start: 'accepted_at' }, year, onlyProvisional);
  return (await query.orderBy(['application_id', 'matter_id'])) as ProvisionalTask[];
}

/**
 * The deadlines that move for a calendar loaded for `region` and `year` (the calendar book already holds
 * it). `dryRun`: computed, not written (the admin's preview). Otherwise written, and the timeline
 * records each as DEADLINE_REBASED by `by`.
 */
export async function rebaseDeadlines(
  deps: RebaseDependencies,
  scope: { region: string; year: number; onlyProvisional?: boolean },
  options: { dryRun: boolean; by: string; now: string; lang: Lang },
): Promise<RebasedDeadline[]> {
  const reads = deps.reads ?? deps.db;
  const byApplication = new Map<string, ProvisionalTask[]>();
  const found = await candidates(reads, scope.year, scope.onlyProvisional === true);
  for (const task of found) {
    const list = byApplication.get(task.application_id);
    if (list) list.push(task);
    else byApplication.set(task.application_id, [task]);
  }
  const moved: RebasedDeadline[] = [];
  for (const applicationId of byApplication.keys()) {
    const work = () => rebaseApplication(deps, applicationId, scope, options);
    moved.push(...(options.dryRun ? await work() : await deps.commands.exclusive(applicationId, work)));
  }
  return moved;
}

async function rebaseApplication(
  deps: RebaseDependencies,
  applicationId: string,
  scope: { region: string },
  options: { dryRun: boolean; by: string; now: string; lang: Lang },
): Promise<RebasedDeadline[]> {
  const reads = deps.reads ?? deps.db;
  const row = (await reads('applications').where({ id: applicationId }).first()) as ApplicationRow | undefined;
  if (!row) return [];
  const compiled = await deps.catalog.compiledVersion(row.bundle_id, row.bundle_version, reads);
  const divisionCode = compiled.bundle.region?.divisionCode;
  if (scope.region !== NATIONAL_REGION && !(divisionCode && overlayApplies(scope.region, divisionCode))) return [];
  const calendar = deps.calendars.forRegion(divisionCode);
  const { context } = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined> } }>(row, compiled);
  const tasks = (await reads('tasks').where({ application_id: applicationId, status: 'pending' })) as ProvisionalTask[];
  const changes: RebasedDeadline[] = [];
  const warnings = new Map<string, string | null>();
  // The task's current step deadline and the escalation timers, counted again from the moved deadline.
  const followers = new Map<string, { step: { columns: StepDueColumns; timers: TimerRowToInsert[] }; escalation: TimerRowToInsert[]; stepFrom: string | null }>();
  for (const task of tasks) {
    const record = context.matters[task.matter_id];
    const limit = compiled.timeLimit(task.matter_id);
    const dueAt = dueAtOf(task);
    if (!record?.startedAt || !limit || !dueAt) continue;
    const rebase = rebasedDeadline(
      { startedAt: record.startedAt, limit, pauses: record.pauses ?? [], warned: record.warned === true, overdue: record.overdue === true, dueAt, provisional: Boolean(task.due_provisional) },
      calendar,
    );
    if (!rebase) continue;
    const matter = compiled.matters.get(task.matter_id);
    warnings.set(task.id, rebase.warningAt);
    followers.set(task.id, {
      step: stepDue(compiled, applicationId, task.matter_id, record, rebase.to, calendar),
      escalation: matterEscalationTimer(compiled, applicationId, task.matter_id, rebase.to, calendar),
      stepFrom: task.step_due_at ?? null,
    });
    changes.push({
      applicationId,
      taskId: task.id,
      bundleName: inLang(compiled.bundle.name, options.lang),
      matterId: task.matter_id,
      matterName: inLang(matter?.name, options.lang),
      department: task.department,
      departmentName: inLang(matter?.department.name, options.lang),
      from: rebase.from,
      to: rebase.to,
      provisional: rebase.provisional,
    });
  }
  if (options.dryRun || changes.length === 0) return changes;
  const written: RebasedDeadline[] = [];
  await deps.db.transaction(async (trx) => {
    for (const change of changes) {
      // Still pending with the deadline read: a command of another process may have moved it meanwhile.
      const updated = await trx('tasks')
        .where({ id: change.taskId, status: 'pending', sort_due: change.from })
        .update({ sort_due: change.to, due_provisional: change.provisional });
      if (updated !== 1) continue;
      await trx('timers').where({ application_id: applicationId, matter_id: change.matterId, kind: 'overdue', status: 'scheduled' }).update({ due_at: change.to });
      const warningAt = warnings.get(change.taskId);
      if (warningAt) {
        await trx('timers').where({ application_id: applicationId, matter_id: change.matterId, kind: 'warning', status: 'scheduled' }).update({ due_at: warningAt });
      }
      const follower = followers.get(change.taskId);
      const stepMoved = follower ? await moveStepDeadline(trx, applicationId, change, follower) : undefined;
      if (change.from !== change.to || stepMoved) {
        await trx('events').insert({
          application_id: applicationId,
          type: 'DEADLINE_REBASED',
          matter_id: change.matterId,
          actor: options.by,
          at: options.now,
          payload: JSON.stringify({ from: change.from, to: change.to, provisional: change.provisional, ...(stepMoved ? { step: stepMoved } : {}) }),
          caused: null,
        });
      }
      written.push(change);
    }
  });
  return written;
}

/**
 * Moves what follows a task's deadline: the matter's escalate timer (review.escalation), and the current
 * step's own deadline with its step_warning, step_overdue and escalate timers — those still scheduled (a
 * timer that fired stays fired). A step whose deadline now is the matter's has none of its own: its
 * scheduled timers are moot; one that gains its own gets its timers. Returns the step deadline's move, if it moved.
 */
async function moveStepDeadline(
  trx: Knex.Transaction,
  applicationId: string,
  change: RebasedDeadline,
  follower: { step: { columns: StepDueColumns; timers: TimerRowToInsert[] }; escalation: TimerRowToInsert[]; stepFrom: string | null },
): Promise<{ from: string | null; to: string | null } | undefined> {
  const scheduled = { application_id: applicationId, matter_id: change.matterId, status: 'scheduled' };
  for (const timer of follower.escalation) await trx('timers').where({ ...scheduled, kind: 'escalate' }).whereNull('step_id').update({ due_at: timer['due_at'] });
  const to = follower.step.columns.step_due_at;
  if (to === follower.stepFrom) return undefined;
  await trx('tasks').where({ id: change.taskId, status: 'pending' }).update(follower.step.columns);
  if (to === null) await trx('timers').where(scheduled).whereNotNull('step_id').update({ status: 'moot' });
  for (const timer of follower.step.timers) {
    const moved = await trx('timers').where({ ...scheduled, kind: timer['kind'], step_id: timer['step_id'] }).update({ due_at: timer['due_at'] });
    // A step that had no deadline of its own (it was the matter's) has no timers yet.
    if (moved === 0 && follower.stepFrom === null) await trx('timers').insert(timer);
  }
  return { from: follower.stepFrom, to };
}

/** A rectification (差评整改) deadline that moves, or stops being provisional. */
export interface RebasedRectification {
  rectificationId: string;
  applicationId: string;
  department: string;
  from: string;
  to: string;
  provisional: boolean;
}

/**
 * The same for open rectifications: their deadline counted again from when they were opened, with the
 * limit they were opened with. One flagged overdue keeps its date (the pass flags each once).
 */
export async function rebaseRectifications(
  deps: RebaseDependencies,
  scope: { region: string; year: number; onlyProvisional?: boolean },
  options: { dryRun: boolean; by: string; now: string },
): Promise<RebasedRectification[]> {
  const reads = deps.reads ?? deps.db;
  const query = reads('rectifications').where('status', 'open').whereNotNull('limit_days');
  mayCountYear(query, { due: 'due_at', start: 'opened_at' }, scope.year, scope.onlyProvisional === true);
  const moved: RebasedRectification[] = [];
  for (const r of (await query.orderBy('id')) as RectificationRow[]) {
    const app = await reads('applications').where({ id: r.application_id }).first<Pick<ApplicationRow, 'bundle_id' | 'bundle_version'> | undefined>('bundle_id', 'bundle_version');
    if (!app || r.limit_days === null || r.limit_days === undefined) continue;
    const compiled = await deps.catalog.compiledVersion(app.bundle_id, app.bundle_version, reads);
    const divisionCode = compiled.bundle.region?.divisionCode;
    if (scope.region !== NATIONAL_REGION && !(divisionCode && overlayApplies(scope.region, divisionCode))) continue;
    const calendar = deps.calendars.forRegion(divisionCode);
    const to = dueAt(r.opened_at, { days: r.limit_days, kind: 'working' }, calendar);
    const provisional = calendar.isProvisional(localDateOf(r.opened_at), localDateOf(to));
    if (to === r.due_at && provisional === Boolean(r.due_provisional)) continue;
    const change = { rectificationId: r.id, applicationId: r.application_id, department: r.department, from: r.due_at, to, provisional };
    if (options.dryRun) {
      moved.push(change);
      continue;
    }
    const written = await deps.db.transaction(async (trx) => {
      const updated = await trx('rectifications').where({ id: r.id, status: 'open', due_at: r.due_at }).update({ due_at: to, due_provisional: provisional });
      if (updated !== 1) return false;
      if (change.from !== change.to) {
        await trx('events').insert({
          application_id: r.application_id,
          type: 'DEADLINE_REBASED',
          matter_id: null,
          actor: options.by,
          at: options.now,
          payload: JSON.stringify({ rectificationId: r.id, department: r.department, from: change.from, to, provisional }),
          caused: null,
        });
      }
      return true;
    });
    if (written) moved.push(change);
  }
  return moved;
}
