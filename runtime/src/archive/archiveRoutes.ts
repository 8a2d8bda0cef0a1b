// GET /api/applications/:id/archive: the electronic archive (电子归档) of a completed or rejected
// application as a zip, streamed (yazl): entries in the archive's fixed order, each time-stamped with
// the application's end, uploaded files stored as they are (already compressed), documents deflated.
import Router from '@koa/router';
import yazl from 'yazl';
import { readableApplication } from '../applications/readableApplication.ts';
import { principalOf } from '../auth/authMiddleware.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { CLOSED_STATUSES } from '../materials/materialUploads.ts';
import { buildArchive } from './archiveContents.ts';

export function archiveRoutes(db: Database, catalog: BundleCatalog, blobs: BlobStore, clock: Clock): Router {
  const router = new Router({ prefix: '/api/applications' });

  router.get('/:id/archive', async (ctx) => {
    const principal = principalOf(ctx);
    const id = ctx.params['id'] ?? '';
    // The applicant and the officers of the departments involved; to anyone else it does not exist.
    if (principal.role !== 'citizen' && principal.role !== 'officer') throw new AppError(404, 'APPLICATION_NOT_FOUND', { id });
    const row = await readableApplication(db, id, principal);
    if (!CLOSED_STATUSES.includes(row.status)) throw new AppError(409, 'ARCHIVE_NOT_READY', { status: row.status });
    const archive = await buildArchive(db, catalog, row, principal, clock.now().toISOString());
    for (const file of archive.files) {
      if ('blob' in file.source && !(await blobs.has(file.source.blob))) throw new Error(`stored file ${file.source.blob} of application ${row.id} is missing`);
    }
    const zip = new yazl.ZipFile();
    const mtime = new Date(archive.endedAt);
    for (const file of archive.files) {
      if ('bytes' in file.source) zip.addBuffer(file.source.bytes, file.path, { mtime, mode: 0o100644, compress: true });
      else zip.addFile(blobs.pathOf(file.source.blob), file.path, { mtime, mode: 0o100644, compress: file.mediaType.startsWith('text/') });
    }
    zip.end();
    const output = zip.outputStream as NodeJS.ReadableStream & { destroy(error?: Error): void };
    zip.on('error', (error: Error) => output.destroy(error));
    ctx.attachment(`onego-archive-${row.id}.zip`);
    ctx.type = 'application/zip';
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = output;
  });

  return router;
}
