// A lease on a background pass that one process at a time should run (orphan collection): a row naming
// its holder and until when it holds it. Taken by one conditional UPDATE (free, expired, or already its
// own), so two processes never both hold it; a crashed holder's lease expires by itself.
import type { Database } from '../db/createDatabase.ts';

export async function takeLease(db: Database, name: string, holder: string, now: Date, forMs: number): Promise<boolean> {
  const until = new Date(now.getTime() + forMs).toISOString();
  await db('background_leases').insert({ name, holder: '', until: '' }).onConflict('name').ignore();
  const taken = await db('background_leases')
    .where({ name })
    .andWhere((q) => {
      void q.where('until', '<', now.toISOString()).orWhere({ holder });
    })
    .update({ holder, until });
  return taken > 0;
}

/** Gives the lease back (when the pass is done), so that the next due pass of any process may take it. */
export async function releaseLease(db: Database, name: string, holder: string): Promise<void> {
  await db('background_leases').where({ name, holder }).update({ until: '' });
}
