// The electronic archive (电子归档) of a completed or rejected application as a zip, streamed (yazl):
// entries in the archive's fixed order (archiveContents.ts), each time-stamped with the application's
// end, uploaded files stored as they are (already compressed), documents deflated.
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { CLOSED_STATUSES } from '../materials/materialUploads.ts';
import { buildArchive } from './archiveContents.ts';

export class ArchiveService {
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; blobs: BlobStore; clock: Clock }) {}

  /** The archive of an application the caller may read, for its applicant or an officer of a department involved; to anyone else it does not exist. */
  async zip(application: ApplicationRow, principal: Principal): Promise<{ filename: string; content: Readable }> {
    const { db, catalog, blobs, clock } = this.deps;
    if (principal.role !== 'citizen' && principal.role !== 'officer') throw new DomainError('APPLICATION_NOT_FOUND', { id: application.id });
    if (!CLOSED_STATUSES.includes(application.status)) throw new DomainError('ARCHIVE_NOT_READY', { status: application.status });
    const archive = await buildArchive(db, catalog, application, principal, clock.now().toISOString());
    for (const file of archive.files) {
      if ('blob' in file.source && !(await blobs.has(file.source.blob))) throw new Error(`stored file ${file.source.blob} of application ${application.id} is missing`);
    }
    const zip = new yazl.ZipFile();
    const mtime = new Date(archive.endedAt);
    for (const file of archive.files) {
      if ('bytes' in file.source) zip.addBuffer(file.source.bytes, file.path, { mtime, mode: 0o100644, compress: true });
      else {
        // Opened when the zip gets to it (one stored file open at a time), from whichever blob store.
        const blob = file.source.blob;
        zip.addReadStreamLazy(file.path, { mtime, mode: 0o100644, compress: file.mediaType.startsWith('text/'), size: file.size }, (done) => done(null, blobs.read(blob)));
      }
    }
    zip.end();
    const output = zip.outputStream as Readable;
    zip.on('error', (error: Error) => output.destroy(error));
    return { filename: `onego-archive-${application.id}.zip`, content: output };
  }
}
