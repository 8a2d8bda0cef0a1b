// Content-addressed file storage under the data folder: <root>/sha256/<first 2 hex>/<sha256>. A file is
// written to <root>/tmp while its SHA-256 is computed, flushed to disk, then renamed into place (atomic
// on one file system); the same bytes stored twice are one file. Files are never changed or deleted here.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempBlob {
  tempPath: string;
  sha256: string;
  size: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A temp file untouched for this long was left by a crash. Younger ones may be uploads in flight of another
 * process sharing the folder (several processes over one data folder), which a start must not delete.
 */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export class BlobStore {
  constructor(readonly root: string) {}

  private get tempDir(): string {
    return path.join(this.root, 'tmp');
  }

  /** Creates the folders and removes the temp files left by a crash (those untouched for an hour). */
  async open(): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
    await mkdir(path.join(this.root, 'sha256'), { recursive: true });
    const abandonedBefore = Date.now() - ABANDONED_AFTER_MS;
    for (const name of await readdir(this.tempDir)) {
      const file = path.join(this.tempDir, name);
      const found = await stat(file).catch(() => undefined); // finished meanwhile by its process
      if (found && found.mtimeMs < abandonedBefore) await rm(file, { recursive: true, force: true });
    }
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256);
  }

  /** Streams `source` into a temp file, hashing as it goes; the temp file is flushed to disk. */
  async writeTemp(source: Readable): Promise<TempBlob> {
    const tempPath = path.join(this.tempDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(tempPath, { flags: 'wx' }));
      const handle = await open(tempPath, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { tempPath, sha256: hash.digest('hex'), size };
  }

  /** Moves a temp file to its content address (or drops it when those bytes are already stored). */
  async commit(temp: TempBlob): Promise<void> {
    const target = this.pathOf(temp.sha256);
    if (await this.has(temp.sha256)) {
      await rm(temp.tempPath, { force: true });
      return;
    }
    const folder = path.dirname(target);
    await mkdir(folder, { recursive: true });
    await rename(temp.tempPath, target);
    // The rename itself must survive a crash before the database row that names the file commits.
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }

  /** Removes a temp file (no error when it was committed or is gone). */
  async discard(temp: TempBlob): Promise<void> {
    await rm(temp.tempPath, { force: true });
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  read(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}
