// The durable deadline scheduler: timers are rows (scheduled when a matter becomes pending, deleted when
// it leaves pending). A loop fires due ones as DEADLINE_WARNING / OVERDUE events through the command
// runner, each in its own transaction, so a restart simply picks up what is still due. A fired timer is
// deleted too (its event is in the timeline); one that no longer applied (moot) or failed stays, to be seen.
// The loop itself (start, stop, the periodic and on-demand runs) is a PeriodicPass, as for the other passes.
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { isRetryableConflict } from '../db/retryableConflict.ts';
import { isEventRefused } from '../domainError.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from './periodicPass.ts';
import { TimerMoved, type TimerCommand, type TimerKind } from './timerCommand.ts';

interface TimerRow {
  id: number;
  application_id: string;
  matter_id: string;
  kind: TimerKind;
  step_id: string | null;
  due_at: string;
  attempts: number;
}

/** A timer whose event fails unexpectedly is retried with backoff this many times, then marked failed. */
export const MAX_TIMER_ATTEMPTS = 8;
const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

export class DeadlineScheduler {
  /** The loop: a run at start, every intervalMs and on demand (the test clock), never two at once; stop drains. */
  private readonly runner: PeriodicPass;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly commands: CommandRunner<TimerCommand>,
    private readonly clock: Clock,
    private readonly log: Logger,
    intervalMs: number,
    private readonly onFired: (kind: string) => void = () => undefined,
  ) {
    this.runner = new PeriodicPass('deadline timers', () => this.fireDue(), log, intervalMs, IDLE_PASS_MAX_MS);
  }

  start(): void {
    this.stopped = false;
    this.runner.start();
  }

  /** Stops the loop: no timer is fired after the one in progress, whose run this waits for. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.runner.stop();
  }

  /**
   * Fires every timer due now; returns how many fired. A call during a run waits for it and then runs
   * once more (PeriodicPass): the run in progress may have read the clock before the test clock moved,
   * and would miss the timers that just became due.
   */
  runDue(): Promise<number> {
    return this.runner.runDue();
  }

  private async fireDue(): Promise<number> {
    let fired = 0;
    for (;;) {
      const now = this.clock.now().toISOString();
      const due = (await this.db('timers').where({ status: 'scheduled' }).andWhere('due_at', '<=', now).orderBy('due_at').limit(100)) as TimerRow[];
      if (due.length === 0) return fired;
      for (const timer of due) {
        if (this.stopped) return fired;
        if (await this.fire(timer)) fired++;
      }
    }
  }

  /**
   * Sends the timer's event. Outcomes: fired (the row is deleted); `moot` when the engine refuses the event
   * (the matter was decided meanwhile, or is no longer in review: it no longer applies); on any other error the timer stays scheduled and is retried later with
   * backoff (1 min, 2, 4 … up to 1 h), and after MAX_TIMER_ATTEMPTS it is marked `failed` and logged.
   */
  private async fire(timer: TimerRow): Promise<boolean> {
    const now = () => this.clock.now().toISOString();
    const command: TimerCommand = { kind: 'timer', applicationId: timer.application_id, by: 'scheduler', timerId: timer.id, timer: timer.kind, matterId: timer.matter_id, stepId: timer.step_id ?? null };
    try {
      if (isPostgres(this.db)) {
        if (!(await this.fireClaimed(timer, command))) return false;
      } else {
        await this.commands.run(command);
        await this.db('timers').where({ id: timer.id, status: 'scheduled' }).delete();
      }
      this.onFired(timer.kind);
      return true;
    } catch (error) {
      if (error instanceof TimerMoved) return false;
      // Lost a race with another process's transaction (a deadlock): still scheduled, fired on a next run.
      if (isRetryableConflict(error)) return false;
      if (isEventRefused(error)) {
        await this.db('timers').where({ id: timer.id, status: 'scheduled' }).update({ status: 'moot', fired_at: now(), attempts: timer.attempts + 1 });
        return false;
      }
      const attempts = timer.attempts + 1;
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error);
      const failed = attempts >= MAX_TIMER_ATTEMPTS;
      this.log.error({ err: error, timer: timer.id, attempts, failed }, failed ? 'timer failed for good' : 'timer failed; will retry');
      await this.db('timers')
        .where({ id: timer.id, status: 'scheduled' })
        .update(failed ? { status: 'failed', attempts, last_error: lastError } : { attempts, last_error: lastError, due_at: new Date(this.clock.now().getTime() + backoffMs(attempts)).toISOString() });
      return false;
    }
  }

  /**
   * Several processes (PostgreSQL): the timer is claimed in a transaction (SELECT … FOR UPDATE SKIP
   * LOCKED: a timer another process is firing is skipped, one it fired is gone), its event is written in
   * that transaction and the row deleted with it: it fires once, or not at all if the transaction rolls
   * back. False when another process has it.
   */
  private async fireClaimed(timer: TimerRow, command: TimerCommand): Promise<boolean> {
    return this.commands.exclusive(timer.application_id, () => this.db.transaction(async (trx) => {
      const claimed: { id: number } | undefined = await trx('timers').where({ id: timer.id, status: 'scheduled' }).andWhere('due_at', '<=', this.clock.now().toISOString()).forUpdate().skipLocked().first<{ id: number } | undefined>('id');
      if (!claimed) return false;
      await this.commands.runWithin(trx, command);
      await trx('timers').where({ id: timer.id }).delete();
      return true;
    }));
  }
}
