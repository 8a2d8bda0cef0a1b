// One process at a time brings a shared database up to date: several processes started together on one
// PostgreSQL database would otherwise create the same tables at once (one fails on a catalogue index) and
// publish the examples' first versions at once (both take version 1). The lock is a PostgreSQL advisory
// lock held by a transaction of its own while `work` runs on the other connections, released when that
// transaction ends, also when the process dies. A SQLite file has one process writing at a time anyway.
import type { Database } from './createDatabase.ts';
import { isPostgres } from './openDatabase.ts';

/** The advisory lock's key: any number no other user of the database locks ("OneGo" in ASCII). */
const STARTUP_LOCK = 0x4f6e65476f;

export async function underStartupLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return work();
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [STARTUP_LOCK]);
    return work();
  });
}
