// Tiny measurement helpers for `npm run bench`: medians over repeated batches, never a single run. The
// machine is shared, so its speed changes from second to second: each figure can be measured interleaved
// with a baseline operation (batch of the baseline, batch of the operation, …), and the median of the
// per-round ratios is far steadier than either rate alone.
import { performance } from 'node:perf_hooks';

export interface Rate {
  /** Median operations per second over the batches. */
  opsPerSecond: number;
  /** Median time of one operation, in microseconds. */
  microseconds: number;
  /** Median over the rounds of (this rate / the baseline's rate in the same round), when a baseline was given. */
  ratio?: number;
  /** Median rate of the baseline over the rounds, when a baseline was given. */
  baselineOpsPerSecond?: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function batchRate(op: () => unknown, batchMs: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < batchMs) {
    for (let i = 0; i < 50; i++) op();
    n += 50;
    now = performance.now();
  }
  return (n / (now - start)) * 1000;
}

function warm(op: () => unknown, ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) op();
}

/**
 * Runs `op` in batches of about `batchMs` milliseconds (after a warm-up) and reports the median rate; with
 * a `baseline`, each batch follows a batch of the baseline and the ratio is reported too.
 */
export function rate(op: () => unknown, { batches = 15, batchMs = 100, baseline }: { batches?: number; batchMs?: number; baseline?: () => unknown } = {}): Rate {
  warm(op, 200);
  if (baseline) warm(baseline, 100);
  const rates: number[] = [];
  const baselineRates: number[] = [];
  for (let b = 0; b < batches; b++) {
    if (baseline) baselineRates.push(batchRate(baseline, batchMs));
    rates.push(batchRate(op, batchMs));
  }
  const opsPerSecond = median(rates);
  if (!baseline) return { opsPerSecond, microseconds: 1e6 / opsPerSecond };
  return {
    opsPerSecond,
    microseconds: 1e6 / opsPerSecond,
    ratio: median(rates.map((r, i) => r / (baselineRates[i] as number))),
    baselineOpsPerSecond: median(baselineRates),
  };
}

export interface Duration {
  /** Median wall time of one run, in milliseconds. */
  ms: number;
  /** Median over the runs of (the run's time / the time of one baseline operation measured just before), when a baseline was given. */
  baselineOps?: number;
}

/** Median wall time of `op` over `runs` runs (after two warm-up runs); with a `baseline`, a 50 ms batch of it before each run. */
export function duration(op: () => unknown, { runs = 30, baseline }: { runs?: number; baseline?: () => unknown } = {}): Duration {
  op();
  op();
  const times: number[] = [];
  const inBaselineOps: number[] = [];
  for (let r = 0; r < runs; r++) {
    const baselineRate = baseline ? batchRate(baseline, 50) : undefined;
    const start = performance.now();
    op();
    const ms = performance.now() - start;
    times.push(ms);
    if (baselineRate !== undefined) inBaselineOps.push((ms / 1000) * baselineRate);
  }
  return baseline ? { ms: median(times), baselineOps: median(inBaselineOps) } : { ms: median(times) };
}
