// The loop of an outbox pass (issuance requests, SMS and e-mail): the pending rows due now, oldest due
// first, in batches, each attempted once per pass (a row whose attempt failed is due again later, not in
// this pass), until none is left or the pass is stopped. How a row is claimed and sent is the caller's.
import type { Knex } from 'knex';

const BATCH = 50;

/** Attempts each pending row of `table` due at `now()`; returns how many attempts counted (`attempt` answered true). */
export async function attemptDueRows<Row extends { next_attempt_at: string }>(
  db: Knex,
  table: string,
  keyOf: (row: Row) => string,
  pass: { now: () => string; stopped: () => boolean; attempt: (row: Row) => Promise<boolean> },
): Promise<number> {
  let counted = 0;
  const seen = new Set<string>();
  while (!pass.stopped()) {
    const due = ((await db(table).where({ status: 'pending' }).andWhere('next_attempt_at', '<=', pass.now()).orderBy('next_attempt_at').limit(BATCH)) as Row[]).filter((row) => !seen.has(keyOf(row)));
    if (due.length === 0) return counted;
    for (const row of due) {
      seen.add(keyOf(row));
      if (pass.stopped()) break;
      if (await pass.attempt(row)) counted++;
    }
  }
  return counted;
}
