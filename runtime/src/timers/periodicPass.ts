// A pass over durable rows that the clock makes due (deadline timers, rectifications past their deadline,
// events to notify, webhook deliveries), run every intervalMs and on demand (the test clock), never twice
// at once. It keeps nothing in memory: what is due is read from the database on every run, so restarts
// lose nothing. The deadline scheduler, the notification dispatcher and the webhook deliverer run on it.
import type { Logger } from 'pino';

export class PeriodicPass {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private rerun: Promise<number> | undefined;
  private stopped = false;

  /** `pass` does the work due now and returns how many items it handled. */
  constructor(
    private readonly name: string,
    private readonly pass: () => Promise<number>,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.runDue()
        .catch((error: unknown) => this.log.error({ err: error, pass: this.name }, 'periodic pass failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops the loop and waits for the run in progress and its rerun (their errors are the tick's to log). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.rerun?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /**
   * Runs the pass now; returns how many items it handled. A call during a run waits for it and then runs
   * once more (shared by every such call): the run in progress may have read the clock before the test
   * clock moved.
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
    this.running = this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
