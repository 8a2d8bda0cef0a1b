// The event loop's delay in a bench server over a window: how long callbacks that were due waited for the
// JavaScript thread (a synchronous SQLite call, a COMMIT's sync to disk, or any other work on it). Read
// from the server's own /metrics, whose Node defaults (prom-client) sample it with perf_hooks'
// monitorEventLoopDelay every 100 ms (runtime/src/observability/metrics.ts) and start afresh at each scrape: scrape once to start the window,
// once to read it.
import { BENCH_ENV } from './benchServer.ts';

export interface EventLoopDelay {
  /** Milliseconds. */
  p50: number;
  p99: number;
  max: number;
}

async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${BENCH_ENV['ONEGO_METRICS_TOKEN'] as string}` } });
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  return response.text();
}

function gauge(metrics: string, name: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : 1000 * Number(line.slice(name.length + 1));
}

/** Starts a window: the delays sampled so far are dropped. */
export async function startEventLoopWindow(url: string): Promise<void> {
  await scrape(url);
}

/** The delays sampled since startEventLoopWindow (or the previous read). */
export async function readEventLoopWindow(url: string): Promise<EventLoopDelay> {
  const metrics = await scrape(url);
  return { p50: gauge(metrics, 'onego_nodejs_eventloop_lag_p50_seconds'), p99: gauge(metrics, 'onego_nodejs_eventloop_lag_p99_seconds'), max: gauge(metrics, 'onego_nodejs_eventloop_lag_max_seconds') };
}
