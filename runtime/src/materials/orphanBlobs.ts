// Orphan collection: the blobs no upload row, no issued e-licence and no signature names (a draft deleted or expired, an upload refused after its
// file was stored), removed once they have been stored longer than the grace period — which covers the
// time between a commit to the store and the row that names it. Run by a background pass of whichever
// process holds the lease (backgroundLease.ts), so that two processes do not both do it.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { BlobStore } from './blobStore.ts';
import { releaseLease, takeLease } from './backgroundLease.ts';

/** The tables and columns whose rows name a blob by its SHA-256. */
const BLOB_REFERENCES = [
  ['material_uploads', 'sha256'],
  ['draft_material_uploads', 'sha256'],
  ['issued_licences', 'sha256'],
  // the signatures of 告知承诺 (migration 023)
  ['commitments', 'signature_sha256'],
] as const;

const LEASE = 'orphan-blob-collection';
const BATCH = 500;
/** How long a pass may take before another process may take over (it renews nothing: a pass is short). */
const LEASE_MS = 10 * 60 * 1000;

export class OrphanBlobCollector {
  private readonly holder = randomUUID();

  constructor(
    private readonly deps: {
      db: Database;
      blobs: BlobStore;
      clock: Clock;
      graceMs: number;
    },
  ) {}

  /** Removes the orphans stored before the grace period; how many (0 when another process holds the lease). */
  async collect(): Promise<number> {
    const { db, blobs, clock, graceMs } = this.deps;
    const now = clock.now();
    if (!(await takeLease(db, LEASE, this.holder, now, LEASE_MS))) return 0;
    try {
      const before = new Date(now.getTime() - graceMs).toISOString();
      let removed = 0;
      let after = '';
      for (;;) {
        const candidates = await blobs.storedBefore(before, BATCH, after);
        if (candidates.length === 0) return removed;
        after = candidates.at(-1) ?? after;
        const named = new Set<string>();
        for (const [table, column] of BLOB_REFERENCES) for (const sha256 of await db(table).whereIn(column, candidates).distinct().pluck(column)) named.add(sha256 as string);
        for (const sha256 of candidates) if (!named.has(sha256) && (await blobs.remove(sha256, before))) removed++;
      }
    } finally {
      await releaseLease(db, LEASE, this.holder);
    }
  }
}
