// /api/application-drafts/:id/materials: a citizen uploads the files of their materials before submitting
// (申请材料随草稿上传), lists them, downloads one, and deletes a wrong one. Files are received, checked and
// stored exactly as an application's uploads are; the material must be one that the matters included by
// the draft's saved answers list. The draft is the citizen's alone: another's, or an expired one, does
// not exist (404).
import Type from 'typebox';
import type { Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { citizenDraft } from '../drafts/citizenDraft.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { sendAttachment } from '../http/sendAttachment.ts';
import { uploadedFile } from '../http/uploadedFile.ts';
import { coded, failure } from '../openapi/responses.ts';
import type { BlobStore } from './blobStore.ts';
import type { DraftUploadService } from './draftUploadService.ts';
import { DraftMaterialUpload, downloadContent, MaterialUploadRequest, uploadFailures } from './materialSchemas.ts';

const draftId = idParam('The draft id.');
const uploadId = idParam('The upload id.');
const draftOrUploadMissing = failure(
  'DRAFT_NOT_FOUND: no such draft of the caller, or it expired. UPLOAD_NOT_FOUND: the draft has no upload with this id.',
  coded(['DRAFT_NOT_FOUND', 'UPLOAD_NOT_FOUND']),
);

export const draftMaterialApi = declareApi({
  uploadDraftMaterial: {
    operationId: 'uploadDraftMaterial',
    method: 'post',
    path: '/api/application-drafts/{id}/materials/{materialId}',
    tags: ['materials'],
    summary: 'Upload a file of one material before submitting, to the caller’s draft',
    description:
      "申请材料随草稿上传 (citizen): as POST /api/applications/{id}/materials/{materialId} — one file, multipart/form-data, field `file`, the same limits, type recognition, content-addressed storage and error codes — but for a material that one of the matters included by the draft's saved answers lists (save the draft with the current answers first). The upload keeps the draft from expiring (it counts as a save, without changing its version). Submitting with draftId makes the draft's files the application's, in the submission's transaction. Checked in this order: token and role, draft, material, body. Role: citizen (the draft's owner).",
    access: ['citizen'],
    params: Type.Object({ id: draftId, materialId: idParam('The material id, e.g. parents-id-cards.') }),
    body: { schema: MaterialUploadRequest, description: 'The file.', mediaType: 'multipart/form-data' },
    response: {
      status: 201,
      description: 'The file is stored and recorded with the draft.',
      schema: DraftMaterialUpload,
      headers: { Location: { description: 'The download URL (contentUrl).', schema: { type: 'string' } } },
    },
    otherResponses: {
      ...uploadFailures('Nothing is recorded.'),
      '404': failure(
        "DRAFT_NOT_FOUND: no such draft of the caller (another citizen's does not exist for them), or it expired or was submitted meanwhile. MATERIAL_NOT_FOUND: none of the matters the draft's answers include lists this material. BUNDLE_NOT_FOUND: the draft's bundle is no longer published.",
        coded(['DRAFT_NOT_FOUND', 'MATERIAL_NOT_FOUND', 'BUNDLE_NOT_FOUND']),
      ),
    },
  },
  listDraftMaterialUploads: {
    operationId: 'listDraftMaterialUploads',
    method: 'get',
    path: '/api/application-drafts/{id}/materials',
    tags: ['materials'],
    summary: 'List the files uploaded to the caller’s draft',
    description: '已上传材料 (citizen): every file uploaded to the draft, oldest first (to show them again when the draft is resumed). Role: citizen (the draft’s owner).',
    access: ['citizen'],
    params: Type.Object({ id: draftId }),
    response: { status: 200, description: 'The uploads.', schema: Type.Array(DraftMaterialUpload) },
    otherResponses: { '404': failure('DRAFT_NOT_FOUND: no such draft of the caller, or it expired.', coded(['DRAFT_NOT_FOUND'])) },
  },
  deleteDraftMaterialUpload: {
    operationId: 'deleteDraftMaterialUpload',
    method: 'delete',
    path: '/api/application-drafts/{id}/materials/{uploadId}',
    tags: ['materials'],
    summary: 'Remove a file from the caller’s draft',
    description:
      '删除已上传文件 (citizen): a wrong file, removed before submitting; it will not be submitted. The record goes; the stored bytes stay (content-addressed, they may belong to other uploads too). Files uploaded to a submitted application cannot be removed. Role: citizen (the draft’s owner).',
    access: ['citizen'],
    params: Type.Object({ id: draftId, uploadId }),
    response: { status: 204, description: 'Removed.' },
    otherResponses: { '404': draftOrUploadMissing },
  },
  downloadDraftMaterialUpload: {
    operationId: 'downloadDraftMaterialUpload',
    method: 'get',
    path: '/api/application-drafts/{id}/materials/{uploadId}/content',
    tags: ['materials'],
    summary: 'Download a file uploaded to the caller’s draft',
    description:
      "The file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. Role: citizen (the draft’s owner).",
    access: ['citizen'],
    params: Type.Object({ id: draftId, uploadId }),
    response: downloadContent('The file, as the type recognised from its bytes.'),
    otherResponses: { '404': draftOrUploadMissing },
  },
});

export function draftMaterialRoutes(db: Database, clock: Clock, blobs: BlobStore, uploads: DraftUploadService) {
  const ownDraft = (id: string, principal: Principal) => citizenDraft(db, id, principal, clock.now().toISOString());
  return mountRoutes(draftMaterialApi, {
    uploadDraftMaterial: async ({ params, principal, ctx }) => {
      const upload = await uploads.upload(await ownDraft(params.id, principal), params.materialId, principal, uploadedFile(ctx, blobs));
      ctx.set('Location', upload.contentUrl);
      return upload;
    },
    listDraftMaterialUploads: async ({ params, principal }) => uploads.list(await ownDraft(params.id, principal)),
    deleteDraftMaterialUpload: async ({ params, principal, ctx }) => {
      await uploads.remove(await ownDraft(params.id, principal), params.uploadId);
      ctx.status = 204;
    },
    downloadDraftMaterialUpload: async ({ params, principal, ctx }) => {
      sendAttachment(ctx, await uploads.file(await ownDraft(params.id, principal), params.uploadId));
    },
  });
}
