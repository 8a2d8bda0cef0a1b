// One trivial query, bounded in time: whether the database answers now.
import type { Database } from '../db/createDatabase.ts';

/** How long the check waits for the database before calling it unavailable. */
const CHECK_TIMEOUT_MS = 2000;

class DatabaseCheckTimedOut extends Error {
  readonly code = 'ETIMEDOUT'; // databaseUnavailable.ts: answered 503 DATABASE_UNAVAILABLE
}

/** Resolves when the database answers `select 1`; rejects with a database-unavailable error otherwise. */
export async function checkDatabase(db: Database): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseCheckTimedOut(`the database did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.raw('select 1'), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
