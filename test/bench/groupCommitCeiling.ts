// The true storage ceiling of a newborn application on this machine: OneGo's recorded writes (the same
// statements, rows and bytes), written the fastest durable way — many applications in progress, every
// transaction queued within WINDOW_MS committed together in one (BEGIN IMMEDIATE … COMMIT, WAL,
// synchronous=FULL: one sync per batch), each statement prepared once with better-sqlite3 (synchronous
// calls, no thread hand-off, no query building). An application's transactions still follow one another:
// its next is queued once the one before has committed, as a command waits for the one before it.
import Database, { type Statement as Prepared } from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { Capture, Statement } from './captureTemplates.ts';
import { summarize } from './percentiles.ts';
import { instantiate, migratedDatabaseFile, type BaselineResult } from './replayTrace.ts';

/** Applications in progress at once: enough that every batch is full of other applications' transactions. */
const IN_PROGRESS = 64;
/** How long the first transaction queued waits for others before they are committed together. */
const WINDOW_MS = 2;

interface Queued {
  statements: Statement[];
  committed(): void;
}

/** A knex binding as better-sqlite3 binds it (it refuses booleans and undefined; node-sqlite3 binds them as 1/0 and NULL). */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  return value;
}

export async function groupCommitCeiling(capture: Capture, seconds: number): Promise<BaselineResult> {
  const db = new Database(await migratedDatabaseFile());
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const prepared = new Map<string, Prepared>();
    const statementOf = (sql: string): Prepared => {
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
      return statement;
    };
    const cpu0 = process.cpuUsage();
    const commits: number[] = [];
    const queue: Queued[] = [];
    let scheduled = false;
    let transactions = 0;
    const commitQueued = (): void => {
      scheduled = false;
      const batch = queue.splice(0);
      const began = performance.now();
      db.exec('BEGIN IMMEDIATE');
      try {
        for (const { statements } of batch) {
          for (const s of statements) {
            const statement = statementOf(s.sql);
            const bindings = s.bindings.map(bindable);
            if (statement.reader) statement.all(...bindings);
            else statement.run(...bindings);
          }
        }
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
      commits.push(performance.now() - began);
      transactions += batch.length;
      for (const queued of batch) queued.committed();
    };
    const write = (statements: Statement[]) =>
      new Promise<void>((committed) => {
        queue.push({ statements, committed });
        if (!scheduled) {
          scheduled = true;
          setTimeout(commitQueued, WINDOW_MS);
        }
      });
    const next = instantiate(capture.trace);
    let applications = 0;
    const start = performance.now();
    const until = start + seconds * 1000;
    const application = async () => {
      while (performance.now() < until) {
        for (const transaction of next()) await write(transaction);
        applications++;
      }
    };
    await Promise.all(Array.from({ length: IN_PROGRESS }, application));
    const elapsed = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      seconds: elapsed,
      cpuMsPerApplication: (cpu.user + cpu.system) / 1000 / Math.max(1, applications),
      applications,
      transactions,
      applicationsPerSecond: applications / elapsed,
      transactionsPerSecond: transactions / elapsed,
      statementsPerApplication: capture.trace.flat().length,
      commitsPerSecond: commits.length / elapsed,
      commit: summarize(commits),
    };
  } finally {
    db.close();
  }
}
