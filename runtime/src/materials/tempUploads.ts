// The temp files of uploads in flight, in a folder of this machine: each file streamed to disk while its
// SHA-256 is computed and flushed before it is committed to a blob store. Several processes may share the
// folder: a start removes only the temp files untouched for an hour (a crash's), never another process's
// uploads in flight (an upload takes at most the request time-out, minutes).
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempBlob {
  tempPath: string;
  sha256: string;
  size: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Refuses anything but a SHA-256 in hex (a blob's name is used in paths and queries). */
export function checkedSha256(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return sha256;
}

/** A temp file untouched for this long was left by a crash. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export class TempUploads {
  constructor(readonly folder: string) {}

  /** Creates the folder and removes the temp files left by a crash (those untouched for an hour). */
  async open(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const abandonedBefore = Date.now() - ABANDONED_AFTER_MS;
    for (const name of await readdir(this.folder)) {
      const file = path.join(this.folder, name);
      const found = await stat(file).catch(() => undefined); // finished meanwhile by its process
      if (found && found.mtimeMs < abandonedBefore) await rm(file, { recursive: true, force: true });
    }
  }

  /** Streams `source` into a new temp file, hashing as it goes; the file is flushed to disk. */
  async write(source: Readable): Promise<TempBlob> {
    const tempPath = path.join(this.folder, randomUUID());
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

  async discard(temp: TempBlob): Promise<void> {
    await rm(temp.tempPath, { force: true });
  }
}
