// The durable deadline scheduler: timers are rows (scheduled when a matter becomes pending, cancelled
// when it leaves pending). A loop fires due ones as DEADLINE_WARNING / OVERDUE events through the command
// runner, each in its own transaction, so a restart simply picks up what is still due.
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';

interface TimerRow {
  id: number;
  application_id: string;
  matter_id: string;
  kind: 'warning' | 'overdue';
  due_at: string;
}

export class DeadlineScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private rerun: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly commands: CommandRunner,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly onFired: (kind: string) => void = () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.runDue()
        .catch((error: unknown) => this.log.error({ err: error }, 'scheduler tick failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.rerun;
    await this.running;
  }

  /**
   * Fires every timer due now; returns how many fired. A call during a run waits for it and then runs
   * once more (shared by every such call): the run in progress may have read the clock before the test
   * clock moved, and would miss the timers that just became due.
   */
  runDue(): Promise<number> {
    if (this.running) {
      this.rerun ??= this.running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          this.rerun = undefined;
          return this.stopped ? 0 : this.runDue();
        });
      return this.rerun;
    }
    this.running = this.fireDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async fireDue(): Promise<number> {
    let fired = 0;
    for (;;) {
      const now = this.clock.now().toISOString();
      const due = (await this.db('timers').where({ status: 'scheduled' }).andWhere('due_at', '<=', now).orderBy('due_at').limit(100)) as TimerRow[];
      if (due.length === 0) return fired;
      for (const timer of due) {
        if (this.stopped) return fired;
        await this.fire(timer);
        fired++;
      }
    }
  }

  private async fire(timer: TimerRow): Promise<void> {
    const type = timer.kind === 'warning' ? 'DEADLINE_WARNING' : 'OVERDUE';
    try {
      await this.commands.send(timer.application_id, (_s, _c, _r, at) => ({ type, matterId: timer.matter_id, at }), 'scheduler');
      this.onFired(timer.kind);
    } catch (error) {
      // A matter decided meanwhile makes the event moot (409); anything else is logged and not retried.
      if (!(error instanceof AppError && error.status === 409)) this.log.error({ err: error, timer: timer.id }, 'timer failed');
    }
    await this.db('timers').where({ id: timer.id, status: 'scheduled' }).update({ status: 'fired', fired_at: this.clock.now().toISOString() });
  }
}
