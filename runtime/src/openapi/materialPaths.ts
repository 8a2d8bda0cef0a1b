// The paths of material uploads (申请材料上传, to applications and to drafts) and the electronic archive (电子归档); merged into the
// document by openApiDocument.ts.
import { always, coded, failure, forbidden, ok, unauthenticated } from './responses.ts';

/** 429 of the uploads: the quota of files per material, or the rate limit. */
const uploadQuota = failure(
  'UPLOAD_QUOTA_EXCEEDED: the material already has as many files as one application or draft may hold for it (ONEGO_QUOTA_UPLOADS_PER_MATERIAL, 20 by default; limit names it); nothing is recorded. RATE_LIMITED: see the other operations.',
  coded(['UPLOAD_QUOTA_EXCEEDED', 'RATE_LIMITED']),
);
import { schemaRef, type JsonSchema } from './schemas.ts';

const lang: JsonSchema = { $ref: '#/components/parameters/AcceptLanguage' };
const applicationId: JsonSchema = { $ref: '#/components/parameters/ApplicationId' };
const draftId: JsonSchema = { $ref: '#/components/parameters/DraftId' };
const requestId = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
const pathParameter = (name: string, description: string): JsonSchema => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const attachment: JsonSchema = {
  description: 'attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names).',
  schema: { type: 'string' },
};
/** A binary body: a Media Type Object without a schema (OpenAPI 3.1: the bytes as they are). */
const binary: JsonSchema = {};

export const materialTags: JsonSchema[] = [
  { name: 'materials', description: '申请材料: uploading the files of an application’s materials (or of a draft’s, before submitting), and downloading them.' },
];

export const materialPaths: Record<string, Record<string, JsonSchema>> = {
  '/api/applications/{id}/materials/{materialId}': {
    post: {
      tags: ['materials'],
      operationId: 'uploadMaterial',
      summary: 'Upload a file of one material of the caller’s application',
      description:
        "申请材料上传 (citizen): one file, multipart/form-data, field `file`, for a material that one of the application's included matters lists (a material shared by several matters is one material). The material's limits come from its definition (`upload`: media types and maximum size); a material without them accepts PDF, JPEG and PNG up to 10 MB, and a material listed by several matters with different limits must satisfy all of them. The type is recognised from the bytes, never taken from the client. The file is stored content-addressed (SHA-256: the same bytes are stored once) and recorded with a MATERIAL_UPLOADED timeline event in one transaction; several files per material are kept, in upload order. Only while the application has not ended. Checked in this order: token and role, application, status, material, body. Role: citizen (the applicant).",
      security: [{ bearer: ['citizen'] }],
      parameters: [applicationId, pathParameter('materialId', 'The material id, e.g. parents-id-cards.'), lang],
      requestBody: {
        description: 'The file.',
        required: true,
        content: { 'multipart/form-data': { schema: schemaRef('MaterialUploadRequest'), encoding: { file: { contentType: 'application/octet-stream' } } } },
      },
      responses: {
        '201': ok('The file is stored and recorded.', schemaRef('MaterialUpload'), { Location: { description: 'The download URL (contentUrl).', schema: { type: 'string' } } }),
        '400': failure(
          'MATERIAL_FILE_MISSING: no body, no file in the field `file`, or an empty file. BAD_REQUEST: a malformed multipart body, more than one file, too many parts, or an interrupted upload.',
          coded(['MATERIAL_FILE_MISSING', 'BAD_REQUEST']),
        ),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure(
          "APPLICATION_NOT_FOUND: no such application, or another citizen's (its existence is not revealed). MATERIAL_NOT_FOUND: none of the application's included matters lists this material.",
          coded(['APPLICATION_NOT_FOUND', 'MATERIAL_NOT_FOUND']),
        ),
        '409': failure('APPLICATION_CLOSED: the application is completed or rejected; nothing more is uploaded.', coded(['APPLICATION_CLOSED'])),
        '413': failure('MATERIAL_TOO_LARGE: the file exceeds the material’s size limit (maxBytes; the message names it). Nothing is stored.', coded(['MATERIAL_TOO_LARGE'], 'MaterialTooLarge')),
        '415': failure(
          'MULTIPART_REQUIRED: the body is not multipart/form-data. MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (detected, allowed; the message lists the accepted types in the response language). Nothing is stored.',
          coded(['MULTIPART_REQUIRED']),
          coded(['MATERIAL_TYPE_NOT_ALLOWED'], 'MaterialTypeNotAllowed'),
        ),
        ...always,
        '429': uploadQuota,
      },
    },
  },
  '/api/applications/{id}/materials': {
    get: {
      tags: ['materials'],
      operationId: 'listMaterialUploads',
      summary: 'List the files uploaded for the caller’s application',
      description: '已上传材料 (citizen): every uploaded file of the application, oldest first. Officers see the files of their own matters in the task (GET /api/tasks/{id}). Role: citizen (the applicant).',
      security: [{ bearer: ['citizen'] }],
      parameters: [applicationId, lang],
      responses: {
        '200': ok('The uploads.', { type: 'array', items: schemaRef('MaterialUpload') }),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure("APPLICATION_NOT_FOUND: no such application, or another citizen's.", coded(['APPLICATION_NOT_FOUND'])),
        ...always,
      },
    },
  },
  '/api/applications/{id}/materials/{uploadId}/content': {
    get: {
      tags: ['materials'],
      operationId: 'downloadMaterialUpload',
      summary: 'Download an uploaded file',
      description:
        "下载材料: the file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. The applicant may download every file; an officer only the files of materials that a matter of their own department lists (数据最小化). Roles: citizen (the applicant), officer.",
      security: [{ bearer: ['citizen'] }, { bearer: ['officer'] }],
      parameters: [applicationId, pathParameter('uploadId', 'The upload id.'), lang],
      responses: {
        '200': {
          description:
            'The file. Content-Type is the type recognised from its bytes: one of the types its material accepts (PDF, JPEG and PNG by default; OFD, plain text or another type where a matter definition allows it).',
          headers: { ...requestId, 'Content-Disposition': attachment, ETag: { description: 'The SHA-256 of the bytes, quoted.', schema: { type: 'string' } } },
          content: {
            'application/pdf': binary,
            'image/jpeg': binary,
            'image/png': binary,
            'application/ofd': binary,
            '*/*': binary,
          },
        },
        '401': unauthenticated,
        '403': forbidden('the caller is neither a citizen nor an officer, or an officer asks for a file no matter of their department lists.'),
        '404': failure(
          'APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen’s; an officer with no task in it). UPLOAD_NOT_FOUND: the application has no upload with this id.',
          coded(['APPLICATION_NOT_FOUND', 'UPLOAD_NOT_FOUND']),
        ),
        ...always,
      },
    },
  },
  '/api/application-drafts/{id}/materials/{materialId}': {
    post: {
      tags: ['materials'],
      operationId: 'uploadDraftMaterial',
      summary: 'Upload a file of one material before submitting, to the caller’s draft',
      description:
        "申请材料随草稿上传 (citizen): as POST /api/applications/{id}/materials/{materialId} — one file, multipart/form-data, field `file`, the same limits, type recognition, content-addressed storage and error codes — but for a material that one of the matters included by the draft's saved answers lists (save the draft with the current answers first). The upload keeps the draft from expiring (it counts as a save, without changing its version). Submitting with draftId makes the draft's files the application's, in the submission's transaction. Checked in this order: token and role, draft, material, body. Role: citizen (the draft's owner).",
      security: [{ bearer: ['citizen'] }],
      parameters: [draftId, pathParameter('materialId', 'The material id, e.g. parents-id-cards.'), lang],
      requestBody: {
        description: 'The file.',
        required: true,
        content: { 'multipart/form-data': { schema: schemaRef('MaterialUploadRequest'), encoding: { file: { contentType: 'application/octet-stream' } } } },
      },
      responses: {
        '201': ok('The file is stored and recorded with the draft.', schemaRef('DraftMaterialUpload'), { Location: { description: 'The download URL (contentUrl).', schema: { type: 'string' } } }),
        '400': failure(
          'MATERIAL_FILE_MISSING: no body, no file in the field `file`, or an empty file. BAD_REQUEST: a malformed multipart body, more than one file, too many parts, or an interrupted upload.',
          coded(['MATERIAL_FILE_MISSING', 'BAD_REQUEST']),
        ),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure(
          "DRAFT_NOT_FOUND: no such draft of the caller (another citizen's does not exist for them), or it expired or was submitted meanwhile. MATERIAL_NOT_FOUND: none of the matters the draft's answers include lists this material. BUNDLE_NOT_FOUND: the draft's bundle is no longer published.",
          coded(['DRAFT_NOT_FOUND', 'MATERIAL_NOT_FOUND', 'BUNDLE_NOT_FOUND']),
        ),
        '413': failure('MATERIAL_TOO_LARGE: the file exceeds the material’s size limit (maxBytes; the message names it). Nothing is recorded.', coded(['MATERIAL_TOO_LARGE'], 'MaterialTooLarge')),
        '415': failure(
          'MULTIPART_REQUIRED: the body is not multipart/form-data. MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts. Nothing is recorded.',
          coded(['MULTIPART_REQUIRED']),
          coded(['MATERIAL_TYPE_NOT_ALLOWED'], 'MaterialTypeNotAllowed'),
        ),
        ...always,
        '429': uploadQuota,
      },
    },
  },
  '/api/application-drafts/{id}/materials': {
    get: {
      tags: ['materials'],
      operationId: 'listDraftMaterialUploads',
      summary: 'List the files uploaded to the caller’s draft',
      description: '已上传材料 (citizen): every file uploaded to the draft, oldest first (to show them again when the draft is resumed). Role: citizen (the draft’s owner).',
      security: [{ bearer: ['citizen'] }],
      parameters: [draftId, lang],
      responses: {
        '200': ok('The uploads.', { type: 'array', items: schemaRef('DraftMaterialUpload') }),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure("DRAFT_NOT_FOUND: no such draft of the caller, or it expired.", coded(['DRAFT_NOT_FOUND'])),
        ...always,
      },
    },
  },
  '/api/application-drafts/{id}/materials/{uploadId}': {
    delete: {
      tags: ['materials'],
      operationId: 'deleteDraftMaterialUpload',
      summary: 'Remove a file from the caller’s draft',
      description:
        '删除已上传文件 (citizen): a wrong file, removed before submitting; it will not be submitted. The record goes; the stored bytes stay (content-addressed, they may belong to other uploads too). Files uploaded to a submitted application cannot be removed. Role: citizen (the draft’s owner).',
      security: [{ bearer: ['citizen'] }],
      parameters: [draftId, pathParameter('uploadId', 'The upload id.'), lang],
      responses: {
        '204': { description: 'Removed.', headers: requestId },
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure('DRAFT_NOT_FOUND: no such draft of the caller, or it expired. UPLOAD_NOT_FOUND: the draft has no upload with this id.', coded(['DRAFT_NOT_FOUND', 'UPLOAD_NOT_FOUND'])),
        ...always,
      },
    },
  },
  '/api/application-drafts/{id}/materials/{uploadId}/content': {
    get: {
      tags: ['materials'],
      operationId: 'downloadDraftMaterialUpload',
      summary: 'Download a file uploaded to the caller’s draft',
      description:
        "The file's bytes, with the Content-Type recognised at upload (and X-Content-Type-Options: nosniff) and a Content-Disposition attachment with the sanitised file name. Role: citizen (the draft’s owner).",
      security: [{ bearer: ['citizen'] }],
      parameters: [draftId, pathParameter('uploadId', 'The upload id.'), lang],
      responses: {
        '200': {
          description: 'The file, as the type recognised from its bytes.',
          headers: { ...requestId, 'Content-Disposition': attachment, ETag: { description: 'The SHA-256 of the bytes, quoted.', schema: { type: 'string' } } },
          content: { 'application/pdf': binary, 'image/jpeg': binary, 'image/png': binary, 'application/ofd': binary, '*/*': binary },
        },
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': failure('DRAFT_NOT_FOUND: no such draft of the caller, or it expired. UPLOAD_NOT_FOUND: the draft has no upload with this id.', coded(['DRAFT_NOT_FOUND', 'UPLOAD_NOT_FOUND'])),
        ...always,
      },
    },
  },
  '/api/applications/{id}/archive': {
    get: {
      tags: ['applications'],
      operationId: 'getApplicationArchive',
      summary: 'Download the electronic archive of an ended application (zip)',
      description:
        "电子归档: a zip of the completed or rejected application — manifest.json (every other file with its SHA-256 and size, the application id, when and for whom it was generated), application.json, form/answers.json and form/data.json, decisions.json, timeline.json, results.json, bundle-version.json (the bundle version it ran on, with the SHA-256 of that definition) and the uploaded files under materials/ with materials/index.json; entries in a fixed order (runtime/README.md describes the layout). The applicant receives everything; an officer of a department with a matter in the application receives that department's share (数据最小化): the fields and files of its own matters, no answers, and the timeline without other departments' details. Roles: citizen (the applicant), officer.",
      security: [{ bearer: ['citizen'] }, { bearer: ['officer'] }],
      parameters: [applicationId, lang],
      responses: {
        '200': {
          description: 'The archive.',
          headers: { ...requestId, 'Content-Disposition': attachment },
          content: { 'application/zip': binary },
        },
        '401': unauthenticated,
        '404': failure(
          "APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles).",
          coded(['APPLICATION_NOT_FOUND']),
        ),
        '409': failure('ARCHIVE_NOT_READY: the application is still in progress or awaiting supplement; it is archived once completed or rejected.', coded(['ARCHIVE_NOT_READY'])),
        ...always,
      },
    },
  },
};
