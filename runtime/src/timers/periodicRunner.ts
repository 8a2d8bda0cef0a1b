// A background job that runs every intervalMs and on demand (the test clock): start(), runDue(), stop().
// Runs never overlap. A runDue() during a run waits for it and then runs once more (shared by every such
// call), because the run in progress may have looked before the work that the caller expects existed.
import type { Logger } from 'pino';

export class PeriodicRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private rerun: Promise<number> | undefined;
  private stopped = false;

  /** `work` does everything that is due and returns how much it did. */
  constructor(
    private readonly name: string,
    private readonly work: () => Promise<number>,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.runDue()
        .catch((error: unknown) => this.log.error({ err: error }, `${this.name} failed`))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops the loop and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.rerun?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

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
    this.running = this.work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
