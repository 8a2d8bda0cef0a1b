// Test support: what a test server's blob store holds — its data folder's blobs/sha256 on SQLite, the
// database's `blobs` and `blob_chunks` on PostgreSQL (each the default blob store there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerProcess } from './serverProcess.ts';
import { TEST_DATABASE } from './testDatabase.ts';

/** The SHA-256 of every stored file. */
export async function storedBlobs(server: ServerProcess): Promise<string[]> {
  if (TEST_DATABASE === 'sqlite') {
    const root = path.join(server.dataDir, 'blobs', 'sha256');
    if (!existsSync(root)) return [];
    return readdirSync(root).flatMap((prefix) => readdirSync(path.join(root, prefix)));
  }
  const db = server.database();
  try {
    return await db('blobs').orderBy('sha256').pluck<string[]>('sha256');
  } finally {
    await db.destroy();
  }
}

/** The bytes stored under `sha256`, or undefined when none are. */
export async function storedBytes(server: ServerProcess, sha256: string): Promise<Buffer | undefined> {
  if (TEST_DATABASE === 'sqlite') {
    const file = path.join(server.dataDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256);
    return existsSync(file) ? readFileSync(file) : undefined;
  }
  const db = server.database();
  try {
    if (!(await db('blobs').where({ sha256 }).first('sha256'))) return undefined;
    return Buffer.concat(await db('blob_chunks').where({ sha256 }).orderBy('seq').pluck('data'));
  } finally {
    await db.destroy();
  }
}
