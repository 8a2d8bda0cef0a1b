// /api/applications/:id/materials: a citizen uploads the files of their application's materials (one
// multipart file per request, checked against the material's limits by its real type), lists them, and
// downloads them; an officer downloads only the materials of their own department's matters. The
// receiving, checking and storing of a file is shared with the uploads to drafts (draftMaterialRoutes.ts).
import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import { readableApplication } from '../applications/applicationRoutes.ts';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { AppError } from '../http/appError.ts';
import type { AcceptedFile } from './acceptedFile.ts';
import type { BlobStore } from './blobStore.ts';
import { CLOSED_STATUSES, contentUrl, matterIdsOf, recordUpload, uploadsOf, uploadView, type MaterialUploadRow } from './materialUploads.ts';
import { receiveFile, type ReceivedFile } from './receiveFile.ts';
import { sanitizeFileName } from './sanitizeFileName.ts';
import { sniffMediaType } from './sniffMediaType.ts';
import { formatBytes, materialTarget, mediaTypeLabel, type MaterialTarget } from './uploadLimits.ts';

const UPLOAD_PATH = /^\/api\/(applications|application-drafts)\/[^/]+\/materials\/[^/]+\/?$/;

/** The routes that read a multipart body, the uploads of applications and drafts (every other body is JSON). */
export const acceptsMultipart = (method: string, path: string): boolean => method === 'POST' && UPLOAD_PATH.test(path);

/** The citizen's own application (someone else's does not exist for them). */
async function ownApplication(db: Database, id: string, principal: Principal): Promise<ApplicationRow> {
  const row = (await db('applications').where({ id, applicant: principal.subject }).first()) as ApplicationRow | undefined;
  if (!row) throw new AppError(404, 'APPLICATION_NOT_FOUND', { id });
  return row;
}

const includedMatters = async (db: Database, applicationId: string): Promise<string[]> =>
  (await db('tasks').where({ application_id: applicationId }).select<{ matter_id: string }[]>('matter_id')).map((t) => t.matter_id);

/** May this principal read the file? The applicant always; an officer only for their department's matters. */
export async function mayReadUpload(db: Database, upload: MaterialUploadRow, application: ApplicationRow, principal: Principal): Promise<boolean> {
  if (principal.role === 'citizen') return application.applicant === principal.subject;
  if (principal.role !== 'officer') return false;
  const own = await db('tasks')
    .where({ application_id: application.id, department: principal.department ?? '' })
    .whereIn('matter_id', matterIdsOf(upload))
    .select<{ id: string }[]>('id');
  return own.length > 0;
}

/** Checks the received file against the material's limits by its sniffed type, and stores it. */
async function acceptFile(blobs: BlobStore, file: ReceivedFile, target: MaterialTarget): Promise<AcceptedFile> {
  const { limits, materialId } = target;
  if (file.size === 0) throw new AppError(400, 'MATERIAL_FILE_MISSING');
  if (file.truncated) throw new AppError(413, 'MATERIAL_TOO_LARGE', { limit: formatBytes(limits.maxBytes) }, { maxBytes: limits.maxBytes });
  const sniffed = await sniffMediaType(file.tempPath);
  if (!limits.mediaTypes.includes(sniffed.mediaType)) {
    throw new AppError(
      415,
      'MATERIAL_TYPE_NOT_ALLOWED',
      {
        detectedZh: mediaTypeLabel(sniffed.mediaType, 'zh'),
        detectedEn: mediaTypeLabel(sniffed.mediaType, 'en'),
        allowedZh: limits.mediaTypes.map((t) => mediaTypeLabel(t, 'zh')).join('、') || '（无）',
        allowedEn: limits.mediaTypes.map((t) => mediaTypeLabel(t, 'en')).join(', ') || '(none)',
      },
      { detected: sniffed.mediaType, allowed: limits.mediaTypes },
    );
  }
  await blobs.commit(file);
  const fallback = sniffed.extension ? `${materialId}.${sniffed.extension}` : materialId;
  return {
    id: randomUUID(),
    materialId,
    sha256: file.sha256,
    size: file.size,
    mediaType: sniffed.mediaType,
    declaredType: file.declaredType?.slice(0, 200),
    filename: sanitizeFileName(file.filename, fallback),
  };
}

/**
 * The one file of a multipart request for the material `target`: received (at most its size limit),
 * checked by its real type, stored content-addressed, then recorded by `record` (which may still refuse
 * it: the stored file then stays unreferenced, as identical bytes may be referenced elsewhere). Used for
 * the uploads of applications and of drafts alike.
 */
export async function receiveUpload<T>(ctx: Context, blobs: BlobStore, target: MaterialTarget, record: (file: AcceptedFile) => Promise<T>): Promise<T> {
  const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';
  if (!hasBody) throw new AppError(400, 'MATERIAL_FILE_MISSING');
  if (!ctx.is('multipart/form-data')) throw new AppError(415, 'MULTIPART_REQUIRED');
  const file = await receiveFile(ctx.req, blobs, target.limits.maxBytes);
  if (!file) throw new AppError(400, 'MATERIAL_FILE_MISSING');
  try {
    return await record(await acceptFile(blobs, file, target));
  } finally {
    await blobs.discard(file);
  }
}

/** Serves a stored file as an attachment (its recorded type and name, never sniffed by the browser). */
export async function sendStoredFile(ctx: Context, blobs: BlobStore, file: { id: string; sha256: string; filename: string; media_type: string; size: number }): Promise<void> {
  // A row without its file is a broken store, not a missing upload: 500, logged.
  if (!(await blobs.has(file.sha256))) throw new Error(`stored file ${file.sha256} of upload ${file.id} is missing`);
  ctx.attachment(file.filename);
  ctx.type = file.media_type;
  ctx.length = Number(file.size);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('ETag', `"${file.sha256}"`);
  ctx.body = blobs.read(file.sha256);
}

/** `uploadsPerMaterial`: files an application may hold for one material (0: no quota). */
export function materialRoutes(db: Database, catalog: BundleCatalog, blobs: BlobStore, clock: Clock, uploadsPerMaterial = 0): Router {
  const router = new Router({ prefix: '/api/applications' });

  router.post('/:id/materials/:materialId', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const application = await ownApplication(db, ctx.params['id'] ?? '', principal);
    if (CLOSED_STATUSES.includes(application.status)) throw new AppError(409, 'APPLICATION_CLOSED', { status: application.status });
    const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version);
    const materialId = ctx.params['materialId'] ?? '';
    const target = materialTarget(compiled.matters, await includedMatters(db, application.id), materialId);
    if (!target) throw new AppError(404, 'MATERIAL_NOT_FOUND', { id: materialId });
    const upload = await receiveUpload(ctx, blobs, target, (file) =>
      recordUpload(db, { ...file, applicationId: application.id, matterIds: target.matterIds, uploadedBy: principal.subject, uploadedAt: clock.now().toISOString() }, uploadsPerMaterial),
    );
    ctx.status = 201;
    ctx.set('Location', contentUrl(upload));
    ctx.body = uploadView(upload);
  });

  router.get('/:id/materials', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const application = await ownApplication(db, ctx.params['id'] ?? '', principal);
    ctx.body = (await uploadsOf(db, application.id)).map(uploadView);
  });

  router.get('/:id/materials/:uploadId/content', async (ctx) => {
    const principal = principalOf(ctx, 'citizen', 'officer');
    const application = await readableApplication(db, ctx.params['id'] ?? '', principal);
    const uploadId = ctx.params['uploadId'] ?? '';
    const upload = (await db('material_uploads').where({ id: uploadId, application_id: application.id }).first()) as MaterialUploadRow | undefined;
    if (!upload) throw new AppError(404, 'UPLOAD_NOT_FOUND', { id: uploadId });
    if (!(await mayReadUpload(db, upload, application, principal))) throw new AppError(403, 'FORBIDDEN');
    await sendStoredFile(ctx, blobs, upload);
  });

  return router;
}
