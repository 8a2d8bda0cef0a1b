// Tiny measurement helpers for `npm run bench`: medians over repeated batches, never a single run.
import { performance } from 'node:perf_hooks';

export interface Rate {
  /** Median operations per second over the batches. */
  opsPerSecond: number;
  /** Median time of one operation, in microseconds. */
  microseconds: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Runs `op` in batches of about `batchMs` milliseconds (after a warm-up) and reports the median rate. */
export function rate(op: () => unknown, { batches = 15, batchMs = 100 } = {}): Rate {
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) op();
  const rates: number[] = [];
  for (let b = 0; b < batches; b++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < batchMs) {
      for (let i = 0; i < 50; i++) op();
      n += 50;
      now = performance.now();
    }
    rates.push((n / (now - start)) * 1000);
  }
  const opsPerSecond = median(rates);
  return { opsPerSecond, microseconds: 1e6 / opsPerSecond };
}

/** Median wall time of `op` in milliseconds over `runs` runs (after two warm-up runs). */
export function duration(op: () => unknown, runs = 30): number {
  op();
  op();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    op();
    times.push(performance.now() - start);
  }
  return median(times);
}
