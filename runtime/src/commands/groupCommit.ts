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
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';

/** Writes per transaction at most: bounds how long the first of them waits for the others. */
const MAX_BATCH = 8;

export type Write<T> = (trx: Knex.Transaction) => Promise<T>;

interface Queued {
  write: Write<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class GroupCommit {
  private readonly queue: Queued[] = [];
  private draining = false;

  constructor(private readonly db: Database) {}

  /** Runs `write` in a transaction, possibly with other writes; settles once that transaction committed. */
  write<T>(write: Write<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
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

  private async commit(batch: Queued[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0] as Queued);
    let results: unknown[];
    let started = false;
    try {
      results = await this.db.transaction(async (trx) => {
        started = true;
        const written: unknown[] = [];
        for (const queued of batch) written.push(await queued.write(trx));
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
    batch.forEach((queued, i) => queued.resolve(results[i]));
  }

  private async alone(queued: Queued): Promise<void> {
    try {
      queued.resolve(await this.db.transaction((trx) => queued.write(trx)));
    } catch (error) {
      queued.reject(error);
    }
  }
}
