// Group commit: the writes of commands that queue up for the one writing connection go into one
// transaction. A command's writes are planned before (commandRunner.ts), so a write is a handful of
// statements; its transaction adds BEGIN, COMMIT and a WAL sync, about a fifth of a decision's CPU time
// (npm run bench). While one transaction runs, the writes arriving meanwhile wait; the next transaction
// takes them all (at most MAX_BATCH). A lone write runs alone at once, as before.
//  - Crash safety: a write's promise settles only once the transaction holding it has committed.
//  - Isolation: when anything in a batch fails, the batch is rolled back (nothing of it is written) and
//    each of its writes runs again alone, in a transaction of its own: one command's failure (a version
//    conflict, a duplicate key) fails that command only. Writes are therefore run again from scratch; they
//    only write what their command planned.
//  - Several processes (PostgreSQL): a write whose transaction is rolled back as a deadlock or a
//    serialization failure runs again alone (rows are written in a fixed order: applicationTransition.ts).
//  - Fewer statements: the batch is written by one function given all its writes (`WriteBatch`), which
//    may bring their rows together (the commands' writePlans: one INSERT of all their timeline rows …).
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { isRetryableConflict } from '../db/retryableConflict.ts';

/** Tries of a write that keeps losing races with other processes' transactions (PostgreSQL: 40001, 40P01). */
const MAX_CONFLICT_ATTEMPTS = 5;

/** Writes per transaction at most: bounds how long the first of them waits for the others. */
const MAX_BATCH = 8;

/** Writes a batch (one write alone, or several) in the transaction given: a result per write, in order. */
export type WriteBatch<W, R> = (trx: Knex.Transaction, writes: readonly W[]) => Promise<R[]>;

interface Queued<W, R> {
  write: W;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export class GroupCommit<W, R> {
  private readonly queue: Queued<W, R>[] = [];
  private draining = false;

  constructor(
    private readonly db: Database,
    private readonly writeBatch: WriteBatch<W, R>,
  ) {}

  /** Writes `write` in a transaction, possibly with other writes; settles once that transaction committed. */
  write(write: W): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) await this.commit(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: Queued<W, R>[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0] as Queued<W, R>);
    let results: R[];
    let started = false;
    try {
      results = await this.db.transaction(async (trx) => {
        started = true;
        const written = await this.writeBatch(trx, batch.map((queued) => queued.write));
        if (written.length !== batch.length) throw new Error(`group commit: ${written.length} results for ${batch.length} writes`);
        return written;
      });
    } catch (error) {
      // No transaction at all (no connection in time, BEGIN refused): it is no write's fault, and running
      // them one by one would only wait as long again for each.
      if (!started) {
        for (const queued of batch) queued.reject(error);
        return;
      }
      // Rolled back, nothing of the batch written: each alone, so that the failure is its writer's only.
      for (const queued of batch) await this.alone(queued);
      return;
    }
    batch.forEach((queued, i) => queued.resolve(results[i] as R));
  }

  /** One write in a transaction of its own, run again when it lost a race with another process's (a deadlock). */
  private async alone(queued: Queued<W, R>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        queued.resolve(await this.db.transaction(async (trx) => (await this.writeBatch(trx, [queued.write]))[0] as R));
        return;
      } catch (error) {
        if (isRetryableConflict(error) && attempt < MAX_CONFLICT_ATTEMPTS) continue;
        queued.reject(error);
        return;
      }
    }
  }
}
