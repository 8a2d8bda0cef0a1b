// Blobs in the database (tables `blobs` and `blob_chunks`, migration 021): the default with PostgreSQL,
// so that every process behind the load balancer reads what any of them stored, and the database's own
// backup (pg_dump) holds the uploads too. A temp file is copied in chunks of 256 KiB, one INSERT each, in
// one transaction with the blob's row; a download reads one chunk per query as the client takes them, so
// neither holds more than a chunk in memory, and no connection is held between two chunks of a slow
// client. (Large objects were the alternative: their reads need one transaction open for the whole
// download, holding a pooled connection as long as the slowest client, and a deleted row leaves its
// object behind unless unlinked.)
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import type { BlobStore } from './blobStore.ts';
import { checkedSha256, TempUploads, type TempBlob } from './tempUploads.ts';

/** The size of a chunk row (the last one of a blob may be shorter). */
export const CHUNK_BYTES = 256 * 1024;

export class DatabaseBlobStore implements BlobStore {
  readonly kind = 'database';
  private readonly temps: TempUploads;

  /**
   * `tempFolder`: where this machine keeps the temp files of uploads in flight. `reads`: where a download's
   * chunks are read first — a read replica (db/readReplica.ts) when one is configured: a blob never
   * changes, and a chunk the replica does not hold yet (just uploaded) is read from the writer.
   */
  constructor(
    private readonly db: Database,
    tempFolder: string,
    private readonly clock: Clock,
    private readonly reads: () => Database = () => db,
  ) {
    this.temps = new TempUploads(tempFolder);
  }

  open(): Promise<void> {
    return this.temps.open();
  }

  writeTemp(source: Readable): Promise<TempBlob> {
    return this.temps.write(source);
  }

  /**
   * Marks a blob already stored as stored now, or stores it. A collection deleting the blob at the same
   * moment is ordered by its row: either the update comes first (the collection then sees it young) or the
   * delete does (the update finds no row and the blob is stored again). The same bytes committed by two
   * processes at once: the second insert waits for the first and then fails on the key, and the blob is there.
   */
  async commit(temp: TempBlob): Promise<void> {
    const sha256 = checkedSha256(temp.sha256);
    const storedAt = this.clock.now().toISOString();
    try {
      await this.db.transaction(async (trx) => {
        if ((await trx('blobs').where({ sha256 }).update({ stored_at: storedAt })) > 0) return;
        await trx('blobs').insert({
          sha256,
          size: temp.size,
          stored_at: storedAt,
        });
        let seq = 0;
        for await (const chunk of createReadStream(temp.tempPath, {
          highWaterMark: CHUNK_BYTES,
        })) {
          await trx('blob_chunks').insert({
            sha256,
            seq: seq++,
            data: chunk as Buffer,
          });
        }
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  discard(temp: TempBlob): Promise<void> {
    return this.temps.discard(temp);
  }

  async has(sha256: string): Promise<boolean> {
    return (
      (await this.db('blobs')
        .where({ sha256: checkedSha256(sha256) })
        .first('sha256')) !== undefined
    );
  }

  read(sha256: string): Readable {
    checkedSha256(sha256);
    const { db, reads } = this;
    let seq = 0;
    const chunk = (from: Database) => from('blob_chunks').where({ sha256, seq }).first<{ data: Buffer } | undefined>('data');
    // The replica first; the writer's answer is the last word (also on the chunk past the end).
    const chunkRead = async () => {
      const replica = reads();
      return (await chunk(replica)) ?? (replica === db ? undefined : await chunk(db));
    };
    return new Readable({
      read() {
        chunkRead()
          .then(
            (row) => {
              seq++;
              this.push(row ? row.data : null);
            },
            (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
          );
      },
    });
  }

  async storedBefore(before: string, limit: number, after = ''): Promise<string[]> {
    return this.db('blobs').where('stored_at', '<', before).andWhere('sha256', '>', after).orderBy('sha256').limit(limit).pluck('sha256');
  }

  async remove(sha256: string, before: string): Promise<boolean> {
    // The chunks go with their row (ON DELETE CASCADE), in its transaction.
    return this.db.transaction(async (trx) => {
      const removed = await trx('blobs')
        .where({ sha256: checkedSha256(sha256) })
        .andWhere('stored_at', '<', before)
        .delete();
      if (removed > 0) await trx('blob_chunks').where({ sha256 }).delete();
      return removed > 0;
    });
  }
}
