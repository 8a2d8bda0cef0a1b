// Open-loop runs of newborn applications against a bench server: one run at a fixed arrival rate, its
// figures (completed applications/s, write requests/s, latencies from the scheduled instant, backlog) and
// whether the server kept up.
import { readFileSync } from 'node:fs';
import { LatencyLog, officerTokens, runApplication, type Workload } from './applicationSession.ts';
import type { BenchServer } from './benchServer.ts';
import { LoadClient } from './loadClient.ts';
import { backlogGrowth, completionRate, runOpenLoop, type OpenLoopResult } from './openLoop.ts';
import type { Summary } from './percentiles.ts';
import { cpuSecondsOf } from './processStats.ts';

export const NEWBORN_SAMPLE = 'examples/newborn/samples/valid-single-birth.json';
const CITIZENS = 50;

export interface LoadSession {
  workload: Workload;
  /** The server's process, whose CPU time each run reads (/proc). */
  serverPid: number;
  /** Applications of this session still being driven (also those left over from an overloaded run). */
  active: number;
  close(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the applications left over from earlier runs are through (at most `maxMs`); returns how many remain. */
async function quiesce(session: LoadSession, maxMs = 60_000): Promise<number> {
  const until = Date.now() + maxMs;
  while (session.active > 0 && Date.now() < until) await sleep(50);
  return session.active;
}

/** Logs in the citizens and prepares the submission body of the newborn sample. */
export async function newbornWorkload(server: BenchServer, keyPrefix: string): Promise<LoadSession> {
  const client = new LoadClient(server.url);
  const sample = JSON.parse(readFileSync(NEWBORN_SAMPLE, 'utf8')) as { answers: unknown; data: unknown };
  const bundle = JSON.parse(readFileSync('examples/newborn/bundle.json', 'utf8')) as { id: string };
  const citizens = await Promise.all(Array.from({ length: CITIZENS }, (_, i) => client.login('citizen', `bench-citizen-${i}`)));
  const workload: Workload = {
    client,
    body: JSON.stringify({ bundleId: bundle.id, answers: sample.answers, data: sample.data }),
    citizens,
    officer: officerTokens(client),
    log: new LatencyLog(),
    keyPrefix,
  };
  return { workload, serverPid: server.pid, active: 0, close: () => client.close() };
}

export interface RunFigures {
  rate: number;
  seconds: number;
  /** Completed applications per second over the steady window (after the first fifth). */
  completedPerSecond: number;
  writesPerSecond: number;
  readsPerSecond: number;
  submit: Summary;
  decision: Summary;
  read: Summary;
  application: Summary;
  backlog: { early: number; late: number; growth: number };
  completed: number;
  /**
   * CPU milliseconds of the server process (all threads, /proc) per completed application, from the first
   * arrival until every application of the run was through: its submissions, the citizens' reads of the
   * application between rounds and the officers' decisions (the load has no inbox polling), and whatever the
   * server does meanwhile on its own (background passes).
   */
  cpuMsPerApplication: number;
  failed: number;
  unfinished: number;
  overloaded: boolean;
  failures: string[];
  /** Why the server did not keep up, or an empty list. */
  problems: string[];
  raw: OpenLoopResult;
}

let sequence = 0;

export interface LoadOptions {
  /**
   * A run stops early, overloaded, when more than this many seconds of arrivals are unfinished (and at
   * least 100 applications): 2 s for a search step, where it only has to tell; far more for the sustained
   * run, where a passing slowdown of the machine must not end 10 minutes of load.
   */
  maxBacklogSeconds?: number;
}

/**
 * Newborn applications arriving at `rate` per second for `seconds`, each submitted and decided through.
 * Starts once the applications of earlier runs are through, so that runs do not overlap.
 */
export async function runNewbornLoad(session: LoadSession, rate: number, seconds: number, options: LoadOptions = {}): Promise<RunFigures> {
  const { workload } = session;
  const maxInFlight = Math.max(100, Math.ceil(rate * (options.maxBacklogSeconds ?? 2)));
  const leftOver = await quiesce(session);
  if (leftOver > 0) throw new Error(`${leftOver} applications of an earlier run are still in flight after 60 s`);
  workload.log.clear();
  const base = sequence;
  sequence += Math.ceil(rate * seconds) + 1;
  let firstError: string | undefined;
  const cpu0 = cpuSecondsOf(session.serverPid);
  const raw = await runOpenLoop({
    rate,
    durationMs: seconds * 1000,
    maxInFlight,
    drainMs: 15_000,
    arrive: async (scheduledAt, i) => {
      session.active++;
      try {
        const outcome = await runApplication(workload, scheduledAt, base + i);
        if (!outcome.ok && firstError === undefined) firstError = outcome.error;
        return outcome.ok;
      } finally {
        session.active--;
      }
    },
  });
  const cpuSeconds = cpuSecondsOf(session.serverPid) - cpu0;
  const span = raw.arrivalsEndedAt - raw.startedAt;
  const from = raw.startedAt + span * 0.2;
  const to = raw.arrivalsEndedAt;
  const windowS = (to - from) / 1000;
  const log = workload.log;
  const figures: RunFigures = {
    rate,
    seconds,
    completedPerSecond: completionRate(raw, span * 0.2, span),
    writesPerSecond: (log.count('submit', from, to) + log.count('decision', from, to)) / windowS,
    readsPerSecond: log.count('read', from, to) / windowS,
    submit: log.summary('submit', from),
    decision: log.summary('decision', from),
    read: log.summary('read', from),
    application: log.summary('application', from),
    backlog: backlogGrowth(raw),
    completed: raw.completed,
    cpuMsPerApplication: (1000 * cpuSeconds) / Math.max(1, raw.completed),
    failed: raw.failed,
    unfinished: raw.unfinished,
    overloaded: raw.overloaded,
    failures: log.failures(),
    problems: [],
    raw,
  };
  const problems = figures.problems;
  if (raw.overloaded) problems.push(`over ${maxInFlight} applications in flight: stopped early`);
  if (raw.failed > 0) problems.push(`${raw.failed} applications failed (${figures.failures.join(', ') || firstError})`);
  if (raw.unfinished > 0) problems.push(`${raw.unfinished} unfinished 15 s after the last arrival`);
  if (figures.completedPerSecond < 0.95 * rate) problems.push(`completed ${figures.completedPerSecond.toFixed(0)}/s < 95 % of ${rate}/s`);
  if (figures.backlog.growth > Math.max(10, 0.2 * rate)) problems.push(`backlog grew from ${figures.backlog.early} to ${figures.backlog.late} in flight`);
  if (figures.submit.p99 > 1000 || figures.decision.p99 > 1000) problems.push('p99 latency over 1 s');
  return figures;
}
