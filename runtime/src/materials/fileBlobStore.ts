// Blobs in a folder of the data folder: <root>/sha256/<first 2 hex>/<sha256>, temp files in <root>/tmp.
// A temp file is renamed into place (atomic on one file system) and the folder synced before the row
// naming it commits. A file's modification time is when it was last stored (by the clock of the server),
// which orphan collection reads. The default with SQLite; several processes share it only on one machine
// or a shared volume.
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { BlobStore } from './blobStore.ts';
import { checkedSha256, TempUploads, type TempBlob } from './tempUploads.ts';

const isMissing = (error: unknown) => (error as { code?: unknown }).code === 'ENOENT';

export class FileBlobStore implements BlobStore {
  readonly kind = 'files';
  private readonly temps: TempUploads;

  constructor(
    readonly root: string,
    private readonly clock: Clock,
  ) {
    this.temps = new TempUploads(path.join(root, 'tmp'));
  }

  async open(): Promise<void> {
    await this.temps.open();
    await mkdir(path.join(this.root, 'sha256'), { recursive: true });
  }

  pathOf(sha256: string): string {
    checkedSha256(sha256);
    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256);
  }

  writeTemp(source: Readable): Promise<TempBlob> {
    return this.temps.write(source);
  }

  async commit(temp: TempBlob): Promise<void> {
    const target = this.pathOf(temp.sha256);
    const now = this.clock.now();
    try {
      // Already stored: marked stored now. Gone meanwhile (collected): stored again below.
      await utimes(target, now, now);
      return;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    const folder = path.dirname(target);
    await mkdir(folder, { recursive: true });
    await utimes(temp.tempPath, now, now);
    await rename(temp.tempPath, target);
    // The rename itself must survive a crash before the database row that names the file commits.
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }

  discard(temp: TempBlob): Promise<void> {
    return this.temps.discard(temp);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  read(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  async storedBefore(before: string, limit: number, after = ''): Promise<string[]> {
    const cutoff = Date.parse(before);
    const found: string[] = [];
    const prefixes = (await readdir(path.join(this.root, 'sha256')).catch(() => [] as string[])).filter((p) => p >= after.slice(0, 2)).sort();
    for (const prefix of prefixes) {
      const names = (await readdir(path.join(this.root, 'sha256', prefix)).catch(() => [] as string[])).filter((n) => n > after).sort();
      for (const name of names) {
        const file = await stat(this.pathOf(name)).catch(() => undefined);
        if (file && file.mtimeMs < cutoff) found.push(name);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  /**
   * Moves the file aside first, then looks at its time: a commit of the same bytes that marked it stored
   * just before is seen (the file is put back), one just after finds it gone and stores it again.
   */
  async remove(sha256: string, before: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    const aside = path.join(this.temps.folder, `collected-${randomUUID()}`);
    try {
      await rename(target, aside);
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
    const moved = await stat(aside);
    if (moved.mtimeMs >= Date.parse(before) && !(await this.has(sha256))) {
      await rename(aside, target);
      return false;
    }
    await rm(aside, { force: true });
    return moved.mtimeMs < Date.parse(before);
  }
}
