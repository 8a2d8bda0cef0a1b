// Turns the application event log into notifications. Every events row is queued in notification_outbox
// by the transaction that writes it (a trigger, migration 017); each batch takes queued rows — on
// PostgreSQL with FOR UPDATE SKIP LOCKED, so that the dispatchers of several processes share the work
// and none takes a row twice — and, in one transaction, writes their notifications and the webhook outbox
// rows for departments that subscribed, and deletes them from the queue. The commands that write events
// never wait for this: it runs beside them, in its own transactions. After the commit the notifications
// go to this process's open streams, and on PostgreSQL to every other process's (notificationFanOut.ts).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { isBefore, loggedEvents, type LoggedEvent } from '../db/eventLog.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { dueAtOf, dueAtProvisionalOf, type EventRow, type TaskRow } from '../db/rows.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from '../timers/periodicPass.ts';
import type { NotificationHub } from './notificationHub.ts';
import { notificationContent } from './notificationTexts.ts';
import { fullDetails, type Audience, type Notification, type NotificationRow, type NotificationType } from './notificationTypes.ts';
import { webhookPayload } from '../webhooks/webhookPayload.ts';
import { stepLead } from '@onego/engine';
import { officerNames } from '../officers/officerNames.ts';
import { stepLeads } from '../officers/stepLeads.ts';
import { reminderRecipients } from '../reminders/reminderRecipients.ts';

// Small batches of timeline rows: each holds the one SQLite connection, which the commands wait for. A
// command's row holds the events it caused (a newborn application is 5 rows, 12 notifications since application_submitted): 30 rows
// take about as long as 100 one-event rows did before migration 011 (about 12 ms on this 2-core machine).
const BATCH_SIZE = 30;

interface ApplicationInfo {
  applicant: string;
  bundle_id: string;
  bundle_version: number;
}

interface WebhookConfig {
  department: string;
  events: string | null;
}

/** A notification to write: the row (compact, see NotificationRow) and the notification it is. */
interface Draft {
  row: Omit<NotificationRow, 'id'>;
  notification: Omit<Notification, 'id'>;
}

const objectOf = (payload: unknown): Record<string, unknown> =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export interface DispatcherDependencies {
  db: Database;
  catalog: BundleCatalog;
  clock: Clock;
  log: Logger;
  hub: NotificationHub;
  intervalMs: number;
  /** Called after each commit with the notifications written (metrics). */
  onNotified?: (notifications: Notification[]) => void;
  /** Called after a commit that queued webhook deliveries or messages (to send them without waiting for a tick). */
  onOutbox?: () => void;
  /** In the transaction that wrote notifications: queue their SMS and e-mail (channelOutbox.ts); how many. */
  queueChannels?: (trx: Knex.Transaction, notifications: readonly Notification[]) => Promise<number>;
  /** Called in the transaction that wrote notifications, before it commits (PostgreSQL: NOTIFY the other processes). */
  announce?: (trx: Knex.Transaction, notifications: readonly Notification[]) => Promise<void>;
}

export class NotificationDispatcher {
  private readonly runner: PeriodicPass;
  private stopped = false;

  constructor(private readonly deps: DispatcherDependencies) {
    this.runner = new PeriodicPass('notification dispatcher', () => this.dispatchAll(), deps.log, deps.intervalMs, IDLE_PASS_MAX_MS);
  }

  start(): void {
    this.stopped = false;
    this.runner.start();
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.runner.stop();
  }

  /** Events were written (by a command or a request of this process): dispatched within the interval. */
  wake(): void {
    this.runner.wake();
  }

  /** Dispatches every event written so far; returns how many notifications were created. */
  runDue(): Promise<number> {
    return this.runner.runDue();
  }

  private async dispatchAll(): Promise<number> {
    let created = 0;
    while (!this.stopped) {
      const batch = await this.dispatchBatch();
      if (batch === undefined) return created;
      created += batch;
    }
    return created;
  }

  /** One batch in one transaction; undefined when there was nothing (yet) to do. */
  private async dispatchBatch(): Promise<number | undefined> {
    const { db, log } = this.deps;
    let written: Notification[] = [];
    let queued = 0;
    const consumed = await db.transaction(async (trx) => {
      const next = trx('notification_outbox').orderBy('event_id').limit(BATCH_SIZE).select<{ event_id: number }[]>('event_id');
      // Rows another process's dispatcher holds are left to it; the next ones are this one's.
      if (isPostgres(db)) void next.forUpdate().skipLocked();
      const ids = (await next).map((row) => Number(row.event_id));
      if (ids.length === 0) return 0;
      const ready = (await trx('events').whereIn('id', ids).orderBy('id')) as EventRow[];

      const context = await BatchContext.load(trx, this.deps.catalog, ready);
      const drafts: Draft[] = [];
      // A command's row holds the events it caused: each may be news to someone.
      for (const event of loggedEvents(ready)) {
        try {
          drafts.push(...(await this.notificationsFor(event, context)));
        } catch (error) {
          // One event that cannot be read must not hold back every later notification.
          log.error({ err: error, eventId: event.id, type: event.type }, 'no notification for an event that could not be read');
        }
      }
      if (drafts.length > 0) {
        const inserted = await trx('notifications').insert(drafts.map((draft) => draft.row)).returning<({ id: number } | number)[]>('id');
        written = drafts.map((draft, i) => {
          const id = inserted[i];
          return { id: Number(typeof id === 'object' ? id.id : id), ...draft.notification };
        });
        queued = await this.queueWebhooks(trx, written);
        queued += (await this.deps.queueChannels?.(trx, written)) ?? 0;
        await this.deps.announce?.(trx, written);
      }
      await trx('notification_outbox').whereIn('event_id', ids).delete();
      return ids.length;
    });
    if (consumed === 0) return undefined;
    if (written.length > 0) {
      this.deps.hub.publish(written);
      this.deps.onNotified?.(written);
    }
    if (queued > 0) this.deps.onOutbox?.();
    return written.length;
  }

  private async queueWebhooks(trx: Knex.Transaction, notifications: Notification[]): Promise<number> {
    const forDepartments = notifications.filter((n) => n.audience === 'department');
    if (forDepartments.length === 0) return 0;
    const configs = await trx('department_webhooks')
      .whereIn('department', [...new Set(forDepartments.map((row) => row.recipient))])
      .select<WebhookConfig[]>('department', 'events');
    const byDepartment = new Map(configs.map((c) => [c.department, c.events === null ? null : new Set(JSON.parse(c.events) as string[])]));
    const now = this.deps.clock.now().toISOString();
    const deliveries = forDepartments
      .filter((row) => byDepartment.has(row.recipient) && (byDepartment.get(row.recipient)?.has(row.type) ?? true))
      .map((row) => {
        const id = randomUUID();
        return {
          id,
          department: row.recipient,
          notification_id: row.id,
          event_type: row.type,
          // The texts, in both languages, as made now (the notification row keeps none).
          payload: JSON.stringify(webhookPayload(id, row)),
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
          updated_at: now,
        };
      });
    if (deliveries.length > 0) await trx('webhook_deliveries').insert(deliveries);
    return deliveries.length;
  }

  /**
   * 超期督办: each officer of the task's department holding the lead position is told personally, with
   * who holds the task by name; when nobody holds the position, the department is, and told so
   * (unless `orDepartment` is false: the department has a notice of its own).
   */
  private async toLeads(
    task: TaskRow,
    position: string,
    context: BatchContext,
    details: Record<string, unknown>,
    draft: (type: NotificationType, audience: Audience, recipient: string, stored: Record<string, unknown>, taskId: string | null) => Draft,
    orDepartment = true,
  ): Promise<Draft[]> {
    const holderName = task.holder && !('holderName' in details) ? { holderName: (await context.names([task.holder])).get(task.holder) ?? task.holder } : {};
    const leads = await context.leads(task.department, position);
    if (leads.length === 0) return orDepartment ? [draft('lead_overdue', 'department', task.department, { ...details, ...holderName, noLead: position }, task.id)] : [];
    return leads.map((lead) => draft('lead_overdue', 'user', lead, { ...details, ...holderName }, task.id));
  }

  private async notificationsFor(event: LoggedEvent, context: BatchContext): Promise<Draft[]> {
    const app = context.application(event.application_id);
    if (!app) return [];
    const compiled = await context.compiled(app);
    const matter = event.matter_id ? compiled.matters.get(event.matter_id) : undefined;
    /**
     * The row keeps the type, the recipient, the event and the details that cannot be derived; the
     * application, the matter, the time, the bundle id, the task id and the texts are derived (NotificationRow).
     */
    const draft = (type: NotificationType, audience: Audience, recipient: string, stored: Record<string, unknown>, taskId: string | null = null): Draft => {
      const details = fullDetails(type, stored, { bundleId: app.bundle_id, taskId, actor: event.actor });
      const text = notificationContent(type, compiled, event.application_id, event.matter_id, details);
      return {
        row: {
          audience,
          recipient,
          type,
          event_id: event.id,
          event_seq: event.seq,
          application_id: null,
          matter_id: null,
          title_zh: '',
          title_en: '',
          body_zh: '',
          body_en: '',
          details: JSON.stringify(stored),
          created_at: '',
        },
        notification: { audience, recipient, type, applicationId: event.application_id, matterId: event.matter_id, ...text, details, createdAt: event.at },
      };
    };
    const toApplicant = (type: NotificationType, details: Record<string, unknown> = {}) => [draft(type, 'user', app.applicant, details)];
    /** The step a task is at, and the position that leads it (科室负责人 for a matter without steps). */
    const stepOf = (task: TaskRow) => matter?.review?.steps.find((s) => s.id === task.step_id);
    const leadOf = (task: TaskRow) => stepLead(stepOf(task));

    switch (event.type) {
      case 'MATTER_PENDING':
      case 'DEADLINE_WARNING':
      case 'OVERDUE': {
        if (!event.matter_id) return [];
        const task = context.task(event.application_id, event.matter_id);
        const department = task?.department ?? matter?.department.id;
        if (!department) return [];
        const dueAt = task ? dueAtOf(task) : null;
        const dueAtProvisional = task ? dueAtProvisionalOf(task) : false;
        const type: NotificationType =
          event.type === 'DEADLINE_WARNING'
            ? 'deadline_warning'
            : event.type === 'OVERDUE'
              ? 'overdue'
              : context.wasReturned(event) ? 'supplement_received' : 'task_assigned';
        const notice = draft(type, 'department', department, { dueAt, ...(dueAtProvisional ? { dueAtProvisional } : {}) }, task?.id ?? null);
        if (event.type !== 'OVERDUE' || !task) return [notice];
        // 超期督办: the matter's deadline passed; the lead of the step it is at is told personally too.
        // (The department is told by its own notice: nobody holding the position adds nothing to it.)
        return [notice, ...(await this.toLeads(task, leadOf(task), context, { dueAt, deadline: 'matter', ...stepDetails(stepOf(task)) }, draft, false))];
      }
      case 'STEP_DEADLINE_WARNING': {
        // A step's own deadline is near: its holder is told, or the department while nobody holds it.
        const task = event.matter_id ? context.task(event.application_id, event.matter_id) : undefined;
        if (!task) return [];
        const payload = objectOf(event.payload);
        return reminderRecipients(task, []).map((recipient) =>
          draft('step_deadline_warning', recipient.audience, recipient.recipient, { dueAt: payload['dueAt'] ?? null, stepName: payload['stepName'] ?? null }, task.id),
        );
      }
      case 'STEP_OVERDUE': {
        // A step's own deadline passed: its lead is told personally, naming the step and who holds it.
        const task = event.matter_id ? context.task(event.application_id, event.matter_id) : undefined;
        if (!task) return [];
        const payload = objectOf(event.payload);
        const details = { dueAt: payload['dueAt'] ?? null, deadline: 'step', stepName: payload['stepName'] ?? null, ...(stringOf(payload['holderName']) ? { holderName: payload['holderName'] } : {}) };
        return this.toLeads(task, stringOf(payload['lead']) ?? leadOf(task), context, details, draft);
      }
      case 'TASK_ESCALATED': {
        // Moved to a lead: the lead and the officer it was taken from are told; with no lead, the department.
        const task = event.matter_id ? context.task(event.application_id, event.matter_id) : undefined;
        if (!task) return [];
        const payload = objectOf(event.payload);
        const details = {
          stepName: payload['stepName'] ?? null,
          ...(typeof payload['overdueDays'] === 'number' ? { overdueDays: payload['overdueDays'] } : {}),
          ...(stringOf(payload['holderName']) ? { holderName: payload['holderName'] } : {}),
          ...(stringOf(payload['toName']) ? { toName: payload['toName'] } : {}),
        };
        if (payload['noLead'] === true) return [draft('task_escalated', 'department', task.department, { ...details, noLead: stringOf(payload['lead']) ?? leadOf(task) }, task.id)];
        const people = [stringOf(payload['to']), stringOf(payload['holder'])].filter((s): s is string => s !== undefined);
        return [...new Set(people)].map((subject) => draft('task_escalated', 'user', subject, details, task.id));
      }
      case 'WITHDRAW': {
        // 撤回: the applicant is told it is done.
        const reason = stringOf(objectOf(event.payload)['reason']);
        return toApplicant('withdrawal_confirmed', reason ? { reason } : {});
      }
      case 'RECTIFICATION_OPENED':
      case 'RECTIFICATION_OVERDUE': {
        const payload = objectOf(event.payload);
        const department = stringOf(payload['department']) ?? matter?.department.id;
        if (!department) return [];
        const dueAt = stringOf(payload['dueAt']) ?? null;
        return [
          draft(event.type === 'RECTIFICATION_OPENED' ? 'rectification_opened' : 'rectification_overdue', 'department', department, {
            rectificationId: payload['rectificationId'] ?? null,
            dueAt,
          }),
        ];
      }
      case 'SUBMITTED':
        return toApplicant('application_submitted');
      case 'MATTER_RETURNED': {
        const decision = objectOf(context.lastCommand(event, 'RETURN')?.payload);
        const missing = stringsOf(decision['missing']);
        const fields = stringsOf(decision['fields']); // JSON Pointers of the answers to correct
        const comment = stringOf(decision['comment']);
        return toApplicant('returned_for_supplement', { missing, fields, ...(comment ? { comment } : {}) });
      }
      case 'ACCEPT': {
        // 容缺受理: the applicant owes non-key materials; the matter goes on.
        const payload = objectOf(event.payload);
        const owed = stringsOf(payload['owed']);
        const comment = stringOf(payload['comment']);
        return toApplicant('materials_owed', { missing: owed, ...(comment ? { comment } : {}) });
      }
      case 'SUPPLEMENT': {
        // Owed materials supplied: the matter stays pending, so no MATTER_PENDING tells the department.
        if (!event.matter_id || objectOf(event.payload)['reason'] !== 'owed') return [];
        const task = context.task(event.application_id, event.matter_id);
        const department = task?.department ?? matter?.department.id;
        if (!department) return [];
        const dueAt = task ? dueAtOf(task) : null;
        const dueAtProvisional = task ? dueAtProvisionalOf(task) : false;
        return [draft('supplement_received', 'department', department, { dueAt, ...(dueAtProvisional ? { dueAtProvisional } : {}) }, task?.id ?? null)];
      }
      case 'MATTER_APPROVED':
        // autoApproved: whether a rule approved it (秒批), the event's actor (fullDetails).
        return toApplicant('matter_approved');
      case 'MATTER_REJECTED': {
        const command = context.lastCommand(event, 'REJECT');
        if (!command) {
          // Rejected because a matter it depends on was: when that ended the application, the
          // application's own notification says so; otherwise the applicant is told why.
          if (context.applicationRejected(event.application_id)) return [];
          return toApplicant('matter_rejected', { dependencyRejected: true });
        }
        const reason = stringOf(objectOf(command.payload)['reason']);
        return toApplicant('matter_rejected', reason ? { reason } : {});
      }
      case 'APPLICATION_COMPLETED': {
        // One result per approved matter (统一发证). Events written before the results were kept only in
        // the snapshot carry them as their payload.
        let resultCount = context.approvedCount(event.application_id);
        if (event.payload !== null) resultCount = Array.isArray(event.payload) ? event.payload.length : 0;
        return toApplicant('application_completed', { resultCount });
      }
      case 'APPLICATION_REJECTED':
        return toApplicant('application_rejected');
      case 'MATTER_CANCELLED': {
        // Withdrawn by the applicant (撤回): each department with an open task is told it is cancelled.
        const withdrawal = context.withdrawal(event);
        if (!withdrawal || !event.matter_id) return [];
        const task = context.task(event.application_id, event.matter_id);
        const department = task?.department ?? matter?.department.id;
        if (!department) return [];
        const reason = stringOf(objectOf(withdrawal.payload)['reason']);
        return [draft('application_withdrawn', 'department', department, reason ? { reason } : {}, task?.id ?? null)];
      }
      case 'REMINDED': {
        // 催办: to whom reminderRecipients says (the department, or the holder and the leads).
        if (!event.matter_id) return [];
        const task = context.task(event.application_id, event.matter_id);
        if (!task) return [];
        const dueAt = dueAtOf(task);
        const dueAtProvisional = dueAtProvisionalOf(task);
        const leads = task.holder ? await context.leads(task.department, leadOf(task)) : [];
        return reminderRecipients(task, leads).map((recipient) =>
          draft('reminder_received', recipient.audience, recipient.recipient, { dueAt, ...(dueAtProvisional ? { dueAtProvisional } : {}) }, task.id),
        );
      }
      default:
        return [];
    }
  }
}

/** The name of the step a notification is about, in its details. */
const stepDetails = (step: { name: unknown } | undefined): Record<string, unknown> => (step ? { stepName: step.name } : {});

/** Event types the notifications of a batch look back at (what caused a status change). */
const LOOKED_BACK_AT = ['RETURN', 'REJECT', 'MATTER_RETURNED', 'APPLICATION_REJECTED', 'WITHDRAW'];

/**
 * What the events of one batch need, read in a few statements for the whole batch (the dispatcher shares
 * the one SQLite connection with the commands, so it keeps its transactions short), in its transaction.
 */
class BatchContext {
  private constructor(
    private readonly trx: Knex.Transaction,
    private readonly catalog: BundleCatalog,
    private readonly applications: Map<string, ApplicationInfo>,
    private readonly tasks: Map<string, TaskRow>,
    private readonly history: LoggedEvent[],
  ) {}

  static async load(trx: Knex.Transaction, catalog: BundleCatalog, rows: EventRow[]): Promise<BatchContext> {
    const ids = [...new Set(rows.map((e) => e.application_id))];
    const applications = await trx('applications').whereIn('id', ids).select<(ApplicationInfo & { id: string })[]>('id', 'applicant', 'bundle_id', 'bundle_version');
    const tasks = await trx('tasks').whereIn('application_id', ids).select<TaskRow[]>('*');
    // Every row of these applications: the events looked back at may be in a command's row of another type.
    const history = loggedEvents(await trx('events').whereIn('application_id', ids).orderBy('id').select<EventRow[]>('*')).filter((e) => LOOKED_BACK_AT.includes(e.type));
    return new BatchContext(
      trx,
      catalog,
      new Map(applications.map((a) => [a.id, a])),
      new Map(tasks.map((t) => [`${t.application_id} ${t.matter_id}`, t])),
      history,
    );
  }

  application(id: string): ApplicationInfo | undefined {
    return this.applications.get(id);
  }

  compiled(app: ApplicationInfo) {
    return this.catalog.compiledVersion(app.bundle_id, app.bundle_version, this.trx);
  }

  task(applicationId: string, matterId: string): TaskRow | undefined {
    return this.tasks.get(`${applicationId} ${matterId}`);
  }

  /** The subjects of the officers of a department holding a step's lead position, as the staff directory last recorded them. */
  async leads(department: string, position: string): Promise<string[]> {
    return (await stepLeads(this.trx, department, position)).map((officer) => officer.subject);
  }

  /** Officers' display names by subject. */
  names(subjects: readonly string[]): Promise<Map<string, string>> {
    return officerNames(this.trx, subjects);
  }

  /** How many of the application's matters are approved. */
  approvedCount(applicationId: string): number {
    let count = 0;
    for (const task of this.tasks.values()) if (task.application_id === applicationId && task.status === 'approved') count++;
    return count;
  }

  /** Whether the matter was returned for supplement before this event (it is pending again after it). */
  wasReturned(event: LoggedEvent): boolean {
    return this.lastCommand(event, 'MATTER_RETURNED') !== undefined;
  }

  /** The applicant's withdrawal (撤回) that caused this event (a matter cancelled with it), if it was one. */
  withdrawal(event: LoggedEvent): LoggedEvent | undefined {
    return this.history.find((e) => e.application_id === event.application_id && e.type === 'WITHDRAW' && e.id === event.id);
  }

  applicationRejected(applicationId: string): boolean {
    return this.history.some((e) => e.application_id === applicationId && e.type === 'APPLICATION_REJECTED');
  }

  /** The command (RETURN, REJECT …) that caused a status change: the latest of that type before it. */
  lastCommand(event: LoggedEvent, type: string): LoggedEvent | undefined {
    return this.history.findLast((e) => isBefore(e, event) && e.application_id === event.application_id && e.matter_id === event.matter_id && e.type === type);
  }
}
