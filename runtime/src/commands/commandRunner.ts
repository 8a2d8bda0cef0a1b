// Runs commands on applications (applicationCommand.ts: commands are data, each carried out by the
// handler of its kind): read the row, restore the statechart, let the handler decide the events, apply
// them and plan the writes on the read connections, then write in one transaction (snapshot with version
// check, events, tasks, timers, inbox counts, and the handler's own writes). A version conflict (another
// command changed the application since it was read) retries the whole command.
import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  applicationStatus,
  applyApplicationEvent,
  initialApplicationSnapshot,
  restoreApplicationSnapshot,
  type ApplicationEvent,
  type WorkingDayCalendar,
} from '@onego/engine';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { ApplicationCommand, CommandDecision, CommandHandler, CommandHandlers, SubmitCommand } from './applicationCommand.ts';
import {
  planTransition,
  writePlans,
  type PlannedWrite,
  type TransitionOutcome,
  type TransitionPlan,
  type WrittenTask,
} from './applicationTransition.ts';
import { GroupCommit } from './groupCommit.ts';
import { refuseOverDailyQuota } from './dailyApplicationQuota.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { dataColumns, snapshotColumns, snapshotOf } from '../db/packedJson.ts';

export interface CommandDependencies {
  db: Database;
  /** Connections for what a command reads before its write transaction (the writer's by default). */
  reads?: Database;
  catalog: BundleCatalog;
  clock: Clock;
  /** The working-day calendar of a bundle's region (its division code). */
  calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar };
  /** Applications one applicant may submit per day (China Standard Time); 0 or absent: no quota. */
  applicationsPerDay?: number;
}

/** What a command wrote: the application row as it is now, and the tasks it inserted or changed. */
export interface CommandOutcome {
  row: ApplicationRow;
  /** By matter id; tasks the command did not change are not here. */
  tasks: Map<string, WrittenTask>;
}

const MAX_ATTEMPTS = 3;
/** Application rows remembered as this process's last command on them committed them (see `prepare`). */
const WRITTEN_ROWS = 1_000;
/** Tasks whose application, matter and department are remembered (see `knownTask`). */
const KNOWN_TASKS = 10_000;

/** What never changes about a task: its application, matter and department. */
export interface TaskFacts {
  id: string;
  application_id: string;
  matter_id: string;
  department: string;
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** A command's write: its planned transition, then what it returns (after the batch's transition writes). */
interface CommandWrite {
  planned: PlannedWrite;
  finish(trx: Knex.Transaction, outcome: TransitionOutcome): Promise<CommandOutcome>;
}

/** The commands of a group commit's batch: their transitions together (writePlans), then each one's finish. */
async function writeCommands(trx: Knex.Transaction, writes: readonly CommandWrite[]): Promise<CommandOutcome[]> {
  const outcomes = await writePlans(trx, writes.map((w) => w.planned));
  const finished: CommandOutcome[] = [];
  for (const [i, w] of writes.entries()) finished.push(await w.finish(trx, outcomes[i] as TransitionOutcome));
  return finished;
}

/** A command prepared before its write: the row it read, its planned transition and its handler's writes. */
interface PreparedCommand {
  row: ApplicationRow;
  plan: TransitionPlan;
  write: ((trx: Knex.Transaction, row: ApplicationRow) => Promise<void>) | undefined;
}

export class CommandRunner<C extends ApplicationCommand = ApplicationCommand> {
  /** The last command queued in this process for each application (see `run`). */
  private readonly queues = new Map<string, Promise<void>>();
  /**
   * Each application's row as the last command of this process on it committed it, the least recently
   * written first: the next command starts from it instead of reading it (one statement less per
   * decision, npm run bench). Every write of an application row goes through this runner; one by
   * another process is caught by the version check, and the retry reads the row in its transaction.
   */
  private readonly written = new Map<string, Readonly<ApplicationRow>>();
  /** Tasks created by this process or read lately (see `knownTask`), the least recently used first. */
  private readonly tasks = new Map<string, TaskFacts>();

  /** Sends an application's issuance request; set by the issuance pass's owner (see `issueAfterCommit`). */
  private issueNow: ((applicationId: string) => Promise<boolean>) | undefined;
  private readonly committedListeners: (() => void)[] = [];

  /** Planned writes, several in one transaction when they queue up for the writing connection. */
  private readonly writes: GroupCommit<CommandWrite, CommandOutcome>;

  constructor(
    private readonly deps: CommandDependencies,
    private readonly handlers: CommandHandlers<C>,
  ) {
    this.writes = new GroupCommit(deps.db, writeCommands);
  }

  /**
   * A task's application, matter and department, which never change once it is created, if this process
   * created or saw the task lately: a decision needs no read to know where it goes and who may make it.
   */
  knownTask(id: string): TaskFacts | undefined {
    const facts = this.tasks.get(id);
    if (facts) {
      this.tasks.delete(id);
      this.tasks.set(id, facts);
    }
    return facts;
  }

  /** Remembers what never changes about a task (a row just read, or a task just created). */
  rememberTask({ id, application_id, matter_id, department }: TaskFacts): void {
    this.tasks.delete(id);
    this.tasks.set(id, { id, application_id, matter_id, department });
    if (this.tasks.size > KNOWN_TASKS) {
      const oldest = this.tasks.keys().next();
      if (!oldest.done) this.tasks.delete(oldest.value);
    }
  }

  /**
   * After a command that put its application in `issuing` (统一发证) has committed, its issuance request is
   * sent at once with `issueNow` (the issuance pass's), and the command answers with the application as
   * that left it: issued when the issuing system answered, still `issuing` when it did not (the pass
   * retries in the background). The request is in the database before this: a crash loses nothing.
   */
  issueAfterCommit(issueNow: (applicationId: string) => Promise<boolean>): void {
    this.issueNow = issueNow;
  }

  /** `listener` is called after each command that committed (the notification dispatcher's wake). */
  onCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }

  private async afterIssuing<O extends CommandOutcome>(outcome: O): Promise<O> {
    if (outcome.row.status !== 'issuing' || !this.issueNow) return outcome;
    const issued = await this.issueNow(outcome.row.id).catch(() => false);
    if (!issued) return outcome;
    const row = this.written.get(outcome.row.id) ?? ((await this.deps.db('applications').where({ id: outcome.row.id }).first()) as ApplicationRow | undefined);
    return row ? { ...outcome, row: { ...row } } : outcome;
  }

  /**
   * Creates the application and every included matter's task in one transaction, with what the submit
   * handler adds. Idempotent per key: a retry gets the stored row (`created` false, no tasks).
   */
  async submit(command: SubmitCommand): Promise<CommandOutcome & { created: boolean }> {
    const { db, clock, catalog } = this.deps;
    const reads = this.deps.reads ?? db;
    const existingSubmission = async (): Promise<(CommandOutcome & { created: boolean }) | undefined> => {
      const existing = (await reads('applications').where({ applicant: command.applicant, idempotency_key: command.idempotencyKey }).first()) as
        | ApplicationRow
        | undefined;
      if (!existing) return undefined;
      if (existing.request_hash !== command.requestHash) throw new DomainError('IDEMPOTENCY_CONFLICT');
      return { row: existing, created: false, tasks: new Map() };
    };
    const retried = command.keyUnused ? undefined : await existingSubmission();
    if (retried) return retried;
    // Everything but the writes happens before the write transaction (see sendPrepared).
    const compiled = await catalog.compiledVersion(command.bundleId, command.bundleVersion, reads);
    const calendar = this.deps.calendars.forRegion(compiled.bundle.region?.divisionCode);
    const now = clock.now().toISOString();
    const id = randomUUID();
    const machine = compiled.machine();
    const event: ApplicationEvent = {
      type: 'SUBMIT',
      at: now,
      answers: command.answers,
      data: command.data,
      ...(command.sharedData ? { sharedData: command.sharedData } : {}),
    };
    const draft = initialApplicationSnapshot(machine);
    const submitted = applyApplicationEvent(machine, draft, event);
    if (submitted === draft) throw new DomainError('NOTHING_INCLUDED');
    // Everything approved by rule at once: the application waits for issuance from the start.
    const plan = planTransition({ compiled, calendar, applicationId: id, before: null, after: submitted, events: [event], by: command.applicant, now, newId: randomUUID });
    const row: ApplicationRow = {
      id,
      bundle_id: command.bundleId,
      bundle_version: command.bundleVersion,
      applicant: command.applicant,
      status: plan.status,
      version: 1,
      ...snapshotColumns(plan.persisted),
      answers: JSON.stringify(command.answers),
      ...dataColumns(command.data, compiled),
      results: null, // kept in the snapshot only (applicationTransition.ts)
      idempotency_key: command.idempotencyKey,
      request_hash: command.requestHash,
      created_at: now,
      updated_at: now,
      shared_data: command.sharedDataRecord ? JSON.stringify(command.sharedDataRecord) : null,
      provenance: command.provenance && Object.keys(command.provenance).length > 0 ? JSON.stringify(command.provenance) : null,
      ...(command.enterprise ? { enterprise: command.enterprise.creditCode, enterprise_name: command.enterprise.name } : {}),
      ...plan.endColumns,
    };
    try {
      const outcome = await this.writes.write({
        planned: {
          plan,
          expectedVersion: null,
          // The row first: the events, tasks and timers reference it.
          insertApplication: async (trx) => {
            await refuseOverDailyQuota(trx, command.applicant, now, this.deps.applicationsPerDay ?? 0);
            await trx('applications').insert(row);
            await this.handlers.submit.write(trx, command, { row, compiled });
          },
        },
        finish: (_trx, { tasks }) => Promise.resolve({ row, tasks }),
      });
      for (const task of outcome.tasks.values()) {
        if (task.id && task.department) this.rememberTask({ id: task.id, application_id: id, matter_id: task.matter_id, department: task.department });
      }
      return await this.afterIssuing({ row, created: true, tasks: outcome.tasks });
    } catch (error) {
      // The same key submitted at the same instant: the unique (applicant, key) refused the second.
      if (!isUniqueViolation(error)) throw error;
      const concurrent = await existingSubmission();
      if (!concurrent) throw error;
      return concurrent;
    }
  }

  /**
   * Carries out a command on an existing application with the handler of its kind. The first attempt
   * prepares everything before its write transaction; when another command changed the application
   * meanwhile (another process: this one runs its commands on one application one after the other), the
   * next attempts read and prepare inside the write transaction, where nothing else can write in between.
   */
  async run(command: C): Promise<CommandOutcome> {
    return this.afterIssuing(await this.exclusive(command.applicationId, () => this.attempts(command)));
  }

  /**
   * Runs `work` on an application after this process's commands queued on it, and before those queued
   * later (a command, or a deadline re-base: calendars/deadlineRebase.ts).
   */
  async exclusive<T>(applicationId: string, work: () => Promise<T>): Promise<T> {
    // Commands of this process on one application run one after the other: prepared side by side, all
    // but the first would find the application changed when they write.
    const previous = this.queues.get(applicationId);
    const run = (previous ?? Promise.resolve()).then(work, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(applicationId, settled);
    try {
      return await run;
    } finally {
      if (this.queues.get(applicationId) === settled) this.queues.delete(applicationId);
    }
  }

  private async attempts(command: C): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return attempt === 1 ? await this.sendPrepared(command) : await this.sendInTransaction(command);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONCURRENT_UPDATE') || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * The row is read, the events decided and applied and everything to write planned before the write
   * transaction, on the read connections; the transaction only writes, so the one writing connection is
   * held for the writes alone. The version check in it refuses the attempt when another command changed
   * the application since it was read.
   */
  private async sendPrepared(command: C): Promise<CommandOutcome> {
    const reads = this.deps.reads ?? this.deps.db;
    const known = this.written.get(command.applicationId);
    let prepared: PreparedCommand;
    try {
      prepared = await this.prepare(reads, command, known);
    } catch (error) {
      if (!known) throw error;
      // Refused on the remembered row: it may be out of date (another process wrote since), so the
      // refusal is decided on the row as it is now.
      this.written.delete(command.applicationId);
      prepared = await this.prepare(reads, command);
    }
    return this.committed(command.applicationId, this.writes.write(commandWrite(prepared)));
  }

  /** The same, read and prepared in the write transaction. */
  private async sendInTransaction(command: C): Promise<CommandOutcome> {
    return this.committed(
      command.applicationId,
      this.deps.db.transaction(async (trx) => (await writeCommands(trx, [commandWrite(await this.prepare(trx, command, undefined, true))]))[0] as CommandOutcome),
    );
  }

  /**
   * Carries out a command in the caller's transaction, which commits it with what else it writes (a due
   * timer claimed and deleted in it: timers/scheduler.ts), the application row locked until then on
   * PostgreSQL. Not remembered as written: the caller's transaction may still roll back. To be called in
   * `exclusive(command.applicationId, …)`, the caller's transaction begun inside it: a command of this
   * process queued on the application before must not wait for what that transaction holds.
   */
  async runWithin(trx: Knex.Transaction, command: C): Promise<CommandOutcome> {
    this.written.delete(command.applicationId);
    return (await writeCommands(trx, [commandWrite(await this.prepare(trx, command, undefined, true))]))[0] as CommandOutcome;
  }

  /** The outcome of a command's transaction; its row is remembered once committed, forgotten if it failed. */
  private async committed(applicationId: string, transaction: Promise<CommandOutcome>): Promise<CommandOutcome> {
    let outcome: CommandOutcome;
    try {
      outcome = await transaction;
    } catch (error) {
      this.written.delete(applicationId);
      throw error;
    }
    for (const listener of this.committedListeners) listener();
    this.written.delete(applicationId); // most recently written last
    this.written.set(applicationId, Object.freeze({ ...outcome.row }));
    if (this.written.size > WRITTEN_ROWS) {
      const oldest = this.written.keys().next();
      if (!oldest.done) this.written.delete(oldest.value);
    }
    return outcome;
  }

  /**
   * `lock`: `reads` is the write transaction; on PostgreSQL the application row is locked in it, so that a
   * command of another process on the application waits until this one commits (commands on one
   * application ordered across processes; SQLite has one writer at a time).
   */
  private async prepare(reads: Knex, command: C, known?: Readonly<ApplicationRow>, lock = false): Promise<PreparedCommand> {
    const { catalog, clock } = this.deps;
    const { applicationId, by } = command;
    const query = reads('applications').where({ id: applicationId });
    if (lock && isPostgres(reads)) void query.forUpdate();
    const row = known ?? ((await query.first()) as ApplicationRow | undefined);
    if (!row) throw new DomainError('APPLICATION_NOT_FOUND', { id: applicationId });
    const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version, reads);
    const machine = compiled.machine();
    const before = restoreApplicationSnapshot(machine, snapshotOf(row, compiled));
    const now = clock.now().toISOString();
    const handler = this.handlers[command.kind as C['kind']] as CommandHandler<C>;
    const decision: CommandDecision<unknown> = await handler.decide(command, { snapshot: before, compiled, row, now, reads });
    let current = before;
    for (const event of decision.events) {
      const next = applyApplicationEvent(machine, current, event);
      if (next === current) {
        const status = 'matterId' in event ? (applicationStatus(current).matters.find((m) => m.matterId === event.matterId)?.status ?? 'excluded') : row.status;
        const decided = status === 'approved' || status === 'rejected';
        throw new DomainError(decided ? 'TASK_ALREADY_DECIDED' : 'TASK_NOT_ACTIONABLE', { status });
      }
      current = next;
    }
    let after = current;
    if (decision.issue) {
      after = applyApplicationEvent(machine, current, { type: 'ISSUE', at: now, results: [...decision.issue] });
      if (after === current) throw new DomainError('TASK_NOT_ACTIONABLE', { status: row.status });
    }
    const plan = planTransition({
      compiled,
      calendar: this.deps.calendars.forRegion(compiled.bundle.region?.divisionCode),
      applicationId,
      before,
      after,
      events: decision.events,
      ...(decision.details ? { details: decision.details } : {}),
      by,
      now,
      newId: randomUUID,
    });
    const { writes } = decision;
    const write = handler.write && writes !== undefined ? handler.write.bind(handler) : undefined;
    return { row, plan, write: write && ((trx, written) => write(trx, writes, written)) };
  }
}

/** The write of a prepared command: its transition with the version check, then its handler's writes. */
function commandWrite({ row, plan, write }: PreparedCommand): CommandWrite {
  return {
    planned: { plan, expectedVersion: row.version },
    finish: async (trx, outcome) => {
      const written: ApplicationRow = { ...row, ...snapshotColumns(outcome.persisted), status: outcome.status, results: outcome.results, version: row.version + 1, updated_at: plan.now, ...plan.endColumns };
      if (!write) return { row: written, tasks: outcome.tasks };
      // The handler's writes may change the row (a supplement's data): read it back.
      await write(trx, written);
      return { row: (await trx('applications').where({ id: row.id }).first()) as ApplicationRow, tasks: outcome.tasks };
    },
  };
}
