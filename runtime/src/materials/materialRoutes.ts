// /api/applications/:id/materials: a citizen uploads the files of their application's materials (one
// multipart file per request, checked against the material's limits by its real type), lists them, and
// downloads them; an officer downloads only the materials of their own department's matters.
import Type from 'typebox';
import { readableApplication } from '../applications/readableApplication.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { sendAttachment } from '../http/sendAttachment.ts';
import { uploadedFile } from '../http/uploadedFile.ts';
import type { Database } from '../db/createDatabase.ts';
import { coded, failure, forbidden } from '../openapi/responses.ts';
import type { BlobStore } from './blobStore.ts';
import { downloadContent, MaterialUpload, MaterialUploadRequest, uploadFailures } from './materialSchemas.ts';
import type { MaterialUploadService } from './materialUploadService.ts';

const applicationId = idParam('The application id (办件编号).');
const materialId = idParam('The material id, e.g. parents-id-cards.');

export const materialApi = declareApi({
  uploadMaterial: {
    operationId: 'uploadMaterial',
    method: 'post',
    path: '/api/applications/{id}/materials/{materialId}',
    tags: ['materials'],
    summary: 'Upload a file of one material of the caller’s application',
    description:
      "申请材料上传 (citizen): one file, multipart/form-data, field `file`, for a material that one of the application's included matters lists (a material shared by several matters is one material). The material's limits come from its definition (`upload`: media types and maximum size); a material without them accepts PDF, JPEG and PNG up to 10 MB, and a material listed by several matters with different limits must satisfy all of them. The type is recognised from the bytes, never taken from the client. The file is stored content-addressed (SHA-256: the same bytes are stored once) and recorded with a MATERIAL_UPLOADED timeline event in one transaction; several files per material are kept, in upload order. Only while the application has not ended. Checked in this order: token and role, application, status, material, body. Role: citizen (the applicant).",
    access: ['citizen'],
    params: Type.Object({ id: applicationId, materialId }),
    body: { schema: MaterialUploadRequest, description: 'The file.', mediaType: 'multipart/form-data' },
    response: {
      status: 201,
      description: 'The file is stored and recorded.',
      schema: MaterialUpload,
      headers: { Location: { description: 'The download URL (contentUrl).', schema: { type: 'string' } } },
    },
    otherResponses: {
      ...uploadFailures('Nothing is stored.'),
      '404': failure(
        "APPLICATION_NOT_FOUND: no such application, or another citizen's (its existence is not revealed). MATERIAL_NOT_FOUND: none of the application's included matters lists this material.",
        coded(['APPLICATION_NOT_FOUND', 'MATERIAL_NOT_FOUND']),
      ),
      '409': failure('APPLICATION_CLOSED: the application is completed or rejected; nothing more is uploaded.', coded(['APPLICATION_CLOSED'])),
    },
  },
  listMaterialUploads: {
    operationId: 'listMaterialUploads',
    method: 'get',
    path: '/api/applications/{id}/materials',
    tags: ['materials'],
    summary: 'List the files uploaded for the caller’s application',
    description:
      '已上传材料 (citizen): every uploaded file of the application, oldest first. Officers see the files of their own matters in the task (GET /api/tasks/{id}). Role: citizen (the applicant).',
    access: ['citizen'],
    params: Type.Object({ id: applicationId }),
    response: { status: 200, description: 'The uploads.', schema: Type.Array(MaterialUpload) },
    otherResponses: { '404': failure("APPLICATION_NOT_FOUND: no such application, or another citizen's.", coded(['APPLICATION_NOT_FOUND'])) },
  },
  downloadMaterialUpload: {
    operationId: 'downloadMaterialUpload',
    method: 'get',
    path: '/api/applications/{id}/materials/{uploadId}/content',
    tags: ['materials'],
    summary: 'Download an uploaded file',
    description:
      "下载材料: the file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. The applicant may download every file; an officer only the files of materials that a matter of their own department lists (数据最小化). Roles: citizen (the applicant), officer.",
    access: ['citizen', 'officer'],
    params: Type.Object({ id: applicationId, uploadId: idParam('The upload id.') }),
    response: downloadContent(
      'The file. Content-Type is the type recognised from its bytes: one of the types its material accepts (PDF, JPEG and PNG by default; OFD, plain text or another type where a matter definition allows it).',
    ),
    otherResponses: {
      '403': forbidden('the caller is neither a citizen nor an officer, or an officer asks for a file no matter of their department lists.'),
      '404': failure(
        'APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen’s; an officer with no task in it). UPLOAD_NOT_FOUND: the application has no upload with this id.',
        coded(['APPLICATION_NOT_FOUND', 'UPLOAD_NOT_FOUND']),
      ),
    },
  },
});

export function materialRoutes(db: Database, blobs: BlobStore, uploads: MaterialUploadService) {
  return mountRoutes(materialApi, {
    uploadMaterial: async ({ params, principal, ctx }) => {
      const upload = await uploads.upload(params.id, params.materialId, principal, uploadedFile(ctx, blobs));
      ctx.set('Location', upload.contentUrl);
      return upload;
    },
    listMaterialUploads: ({ params, principal }) => uploads.list(params.id, principal),
    downloadMaterialUpload: async ({ params, principal, ctx }) => {
      sendAttachment(ctx, await uploads.file(await readableApplication(db, params.id, principal), params.uploadId, principal));
    },
  });
}
