// An open-loop load generator: arrivals at a fixed rate, each started on schedule whether or not the
// earlier ones have finished, and handed its scheduled instant so that latency is measured from when the
// work was due (queueing in the server or in the client's socket pool is not hidden). Bounded in time
// (duration + drain) and in count (it stops early, marked overloaded, when too much is in flight).
import { performance } from 'node:perf_hooks';

export interface OpenLoopOptions {
  /** Arrivals per second. */
  rate: number;
  durationMs: number;
  /** Stop starting arrivals when this many are unfinished: the system is hopelessly behind. */
  maxInFlight: number;
  /** After the last arrival, wait at most this long for the unfinished ones. */
  drainMs: number;
  /** How often the backlog (arrivals in flight) is sampled. */
  sampleMs?: number;
  /** One arrival; resolves true when its work completed, false when it failed (counted, not thrown). */
  arrive(scheduledAt: number, index: number): Promise<boolean>;
}

interface BacklogSample {
  /** Milliseconds since the first arrival was due. */
  t: number;
  inFlight: number;
  completed: number;
}

export interface OpenLoopResult {
  rate: number;
  scheduled: number;
  started: number;
  completed: number;
  failed: number;
  /** Arrivals still unfinished when the drain time ran out. */
  unfinished: number;
  overloaded: boolean;
  /** performance.now() of the first due arrival, and of the end of arrivals (after durationMs, or earlier when overloaded). */
  startedAt: number;
  arrivalsEndedAt: number;
  drainedAt: number;
  /** Milliseconds since startedAt at which each arrival completed, in order. */
  completions: number[];
  backlog: BacklogSample[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const interval = 1000 / options.rate;
  const total = Math.max(1, Math.floor(options.durationMs / interval));
  const startedAt = performance.now() + 5;
  let next = 0;
  let inFlight = 0;
  let completed = 0;
  let failed = 0;
  let overloaded = false;
  const completions: number[] = [];
  const backlog: BacklogSample[] = [];
  const sampler = setInterval(() => backlog.push({ t: performance.now() - startedAt, inFlight, completed }), options.sampleMs ?? 1000);

  const launch = (scheduledAt: number, index: number) => {
    inFlight++;
    const settle = (ok: boolean) => {
      inFlight--;
      if (ok) {
        completed++;
        completions.push(performance.now() - startedAt);
      } else failed++;
    };
    options.arrive(scheduledAt, index).then(settle, () => settle(false));
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && startedAt + next * interval <= now) {
        if (inFlight >= options.maxInFlight) {
          overloaded = true;
          break;
        }
        launch(startedAt + next * interval, next);
        next++;
      }
      if (next >= total || overloaded) {
        resolve();
        return;
      }
      setTimeout(tick, Math.max(0, startedAt + next * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, startedAt - performance.now()));
  });
  const arrivalsEndedAt = performance.now();
  const drainUntil = arrivalsEndedAt + options.drainMs;
  while (inFlight > 0 && performance.now() < drainUntil) await sleep(10);
  clearInterval(sampler);
  backlog.push({ t: performance.now() - startedAt, inFlight, completed });
  return {
    rate: options.rate,
    scheduled: total,
    started: next,
    completed,
    failed,
    unfinished: inFlight,
    overloaded,
    startedAt,
    arrivalsEndedAt,
    drainedAt: performance.now(),
    completions,
    backlog,
  };
}

/** Completions per second between two instants (milliseconds since the start). */
export function completionRate(result: OpenLoopResult, fromMs: number, toMs: number): number {
  const n = result.completions.filter((t) => t >= fromMs && t < toMs).length;
  return toMs > fromMs ? (n * 1000) / (toMs - fromMs) : 0;
}

/**
 * Backlog growth over the arrival window: the median of the arrivals in flight over its last fifth minus
 * the median over its second fifth (the first is warm-up). Near zero when the server keeps up.
 */
export function backlogGrowth(result: OpenLoopResult): { early: number; late: number; growth: number } {
  const span = result.arrivalsEndedAt - result.startedAt;
  const within = (from: number, to: number) =>
    result.backlog
      .filter((s) => s.t >= from * span && s.t <= to * span)
      .map((s) => s.inFlight)
      .sort((a, b) => a - b);
  const mid = (values: number[]) => (values.length === 0 ? 0 : (values[Math.floor(values.length / 2)] as number));
  const early = mid(within(0.2, 0.4));
  const late = mid(within(0.8, 1));
  return { early, late, growth: late - early };
}
