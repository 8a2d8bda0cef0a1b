// A pass over durable rows that the clock makes due (deadline timers, rectifications past their deadline,
// events to notify, webhook deliveries), run every intervalMs and on demand (the test clock), never twice
// at once. It keeps nothing in memory: what is due is read from the database on every run, so restarts
// lose nothing. The deadline scheduler, the notification dispatcher and the webhook deliverer run on it.
// An idle server should cost next to nothing (issue #19: these passes were most of an idle server's
// 12–16 ms of CPU per second): with `idleMaxMs`, each run that found nothing doubles the wait before the
// next, up to idleMaxMs, and a run that found work brings it back to intervalMs. Whoever writes work for
// the pass wakes it (`wake`: the notification dispatcher when a command or a request has written events;
// it then runs within intervalMs, as before), so that waiting longer only delays what nobody announced:
// work written by another process, or made due by the clock alone.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';

/**
 * How long a pass waits at most while it finds nothing (see idleMaxMs): what only the clock makes due (a
 * deadline, a retry) is handled at most this late, what another process wrote for it too.
 */
export const IDLE_PASS_MAX_MS = 15_000;

export class PeriodicPass {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private rerun: Promise<number> | undefined;
  private stopped = false;
  private started = false;
  /** The wait before the next run: intervalMs after work, up to idleMaxMs while there is none. */
  private delayMs: number;
  /** When the pending timer fires (performance.now()). */
  private dueAt = 0;
  /** Whether wake() was called since the current run started. */
  private woken = false;
  private readonly idleMaxMs: number;

  /** `pass` does the work due now and returns how many items it handled. */
  constructor(
    private readonly name: string,
    private readonly pass: () => Promise<number>,
    private readonly log: Logger,
    private readonly intervalMs: number,
    idleMaxMs = intervalMs,
  ) {
    this.delayMs = intervalMs;
    this.idleMaxMs = Math.max(intervalMs, idleMaxMs);
  }

  start(): void {
    this.stopped = false;
    this.started = true;
    this.schedule(0);
  }

  /**
   * Work was written for the pass: it runs within intervalMs (not at once: while work keeps coming, runs
   * stay intervalMs apart and each takes all that came meanwhile, as without waking).
   */
  wake(): void {
    this.woken = true;
    if (this.started && !this.stopped && this.timer && this.dueAt > performance.now() + this.intervalMs) this.schedule(this.intervalMs);
  }

  /** The one timer of the loop: the next tick in `ms`, replacing the one pending. */
  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = performance.now() + ms;
    this.timer = setTimeout(() => this.tick(), ms);
  }

  private tick(): void {
    this.timer = undefined;
    if (this.stopped) return;
    this.woken = false;
    this.runDue()
      .then(
        (handled) => {
          this.delayMs = handled > 0 || this.woken ? this.intervalMs : Math.min(this.idleMaxMs, this.delayMs * 2);
        },
        (error: unknown) => this.log.error({ err: error, pass: this.name }, 'periodic pass failed'),
      )
      .finally(() => {
        if (!this.stopped) this.schedule(this.delayMs);
      });
  }

  /** Stops the loop and waits for the run in progress and its rerun (their errors are the tick's to log). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
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
