// /api/application-drafts/:id/materials: a citizen uploads the files of their materials before submitting
// (申请材料随草稿上传), lists them, downloads one, and deletes a wrong one. Files are received, checked against
// the material's limits by their real type and stored exactly as an application's uploads are
// (receiveUpload); the material must be one that the matters included by the draft's saved answers list.
// The draft is the citizen's alone: another's, or an expired one, does not exist (404).
import Router from '@koa/router';
import { principalOf } from '../auth/authMiddleware.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { citizenDraft } from '../drafts/draftRoutes.ts';
import { AppError } from '../http/appError.ts';
import type { BlobStore } from './blobStore.ts';
import { draftContentUrl, draftUploadsOf, draftUploadView, recordDraftUpload, type DraftUploadRow } from './draftUploads.ts';
import { receiveUpload, sendStoredFile } from './materialRoutes.ts';
import { materialTarget } from './uploadLimits.ts';

const DAY_MS = 86_400_000;

/** `uploadsPerMaterial`: files a draft may hold for one material (0: no quota). */
export function draftMaterialRoutes(db: Database, catalog: BundleCatalog, blobs: BlobStore, clock: Clock, ttlDays: number, uploadsPerMaterial = 0): Router {
  const router = new Router({ prefix: '/api/application-drafts/:id/materials' });

  async function ownUpload(draftId: string, uploadId: string): Promise<DraftUploadRow> {
    const upload = (await db('draft_material_uploads').where({ id: uploadId, draft_id: draftId }).first()) as DraftUploadRow | undefined;
    if (!upload) throw new AppError(404, 'UPLOAD_NOT_FOUND', { id: uploadId });
    return upload;
  }

  router.post('/:materialId', async (ctx) => {
    const principal = principalOf(ctx, 'citizen');
    const draft = await citizenDraft(db, ctx.params['id'] ?? '', principal, clock.now().toISOString());
    const published = await catalog.version(draft.bundle_id);
    if (!published) throw new AppError(404, 'BUNDLE_NOT_FOUND', { id: draft.bundle_id });
    const compiled = catalog.compile(published);
    const materialId = ctx.params['materialId'] ?? '';
    const included = compiled.included(JSON.parse(draft.answers)).map((entry) => entry.matter);
    const target = materialTarget(compiled.matters, included, materialId);
    if (!target) throw new AppError(404, 'MATERIAL_NOT_FOUND', { id: materialId });
    const upload = await receiveUpload(ctx, blobs, target, (file) => {
      const now = clock.now();
      return recordDraftUpload(db, file, {
        draftId: draft.id,
        applicant: principal.subject,
        uploadedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttlDays * DAY_MS).toISOString(),
      }, uploadsPerMaterial);
    });
    ctx.status = 201;
    ctx.set('Location', draftContentUrl(upload));
    ctx.body = draftUploadView(upload);
  });

  router.get('/', async (ctx) => {
    const draft = await citizenDraft(db, ctx.params['id'] ?? '', principalOf(ctx, 'citizen'), clock.now().toISOString());
    ctx.body = (await draftUploadsOf(db, draft.id)).map(draftUploadView);
  });

  router.get('/:uploadId/content', async (ctx) => {
    const draft = await citizenDraft(db, ctx.params['id'] ?? '', principalOf(ctx, 'citizen'), clock.now().toISOString());
    await sendStoredFile(ctx, blobs, await ownUpload(draft.id, ctx.params['uploadId'] ?? ''));
  });

  router.delete('/:uploadId', async (ctx) => {
    const draft = await citizenDraft(db, ctx.params['id'] ?? '', principalOf(ctx, 'citizen'), clock.now().toISOString());
    const upload = await ownUpload(draft.id, ctx.params['uploadId'] ?? '');
    // The row only: the file may be another upload's too (content-addressed), and stays.
    await db('draft_material_uploads').where({ id: upload.id, draft_id: draft.id }).delete();
    ctx.status = 204;
  });

  return router;
}
