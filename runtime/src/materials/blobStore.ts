// Where uploaded files are kept, content-addressed by their SHA-256: the same bytes stored twice are one
// blob, and a blob is never changed. Two stores implement it: a folder (fileBlobStore.ts, the default with
// SQLite) and the database (databaseBlobStore.ts, the default with PostgreSQL, shared by every process).
// An upload is first written to a temp file of this process (tempUploads.ts: hashed as it is read, its
// type sniffed from the file), then committed into the store before the row naming it is written.
//
// An S3-compatible store (not built: runtime/README.md) would implement the same interface: commit = PUT of the temp file under its
// SHA-256 (skipped when HEAD finds it, after refreshing its stored-at metadata by a copy onto itself),
// read = GET streamed, storedBefore = LIST with the stored-at metadata, remove = DELETE when the object is
// still older than the cut-off (a conditional request on its ETag/last-modified).
import type { Readable } from 'node:stream';
import type { TempBlob } from './tempUploads.ts';

export interface BlobStore {
  /** What the store is, for logs and the backup command: `files` or `database`. */
  readonly kind: 'files' | 'database';
  /** Prepares the store (folders) and removes this machine's temp files left by a crash. */
  open(): Promise<void>;
  /** Streams `source` into a temp file of this process, hashing it as it goes. */
  writeTemp(source: Readable): Promise<TempBlob>;
  /**
   * Stores a temp file under its SHA-256 and marks the blob stored now — also when those bytes were already
   * stored, so that orphan collection (which takes only blobs stored before its grace period) leaves it to
   * the row about to name it. The temp file stays (discard removes it).
   */
  commit(temp: TempBlob): Promise<void>;
  /** Removes a temp file (no error when it is gone). */
  discard(temp: TempBlob): Promise<void>;
  has(sha256: string): Promise<boolean>;
  /** The bytes of a stored blob, streamed (never the whole file in memory). */
  read(sha256: string): Readable;
  /** Up to `limit` blobs last stored before `before` (an ISO instant), in SHA-256 order after `after`. */
  storedBefore(before: string, limit: number, after?: string): Promise<string[]>;
  /** Removes a blob if it was still last stored before `before`; whether it did. */
  remove(sha256: string, before: string): Promise<boolean>;
}
