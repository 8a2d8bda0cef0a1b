// The shapes of material uploads (申请材料上传, to applications and to drafts): the multipart request, the
// uploads as listed, the errors that say which limit a file broke, and the responses of a download.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, nullableText, uuid } from '../http/apiSchemas.ts';
import { errorWith } from '../http/errorSchemas.ts';
import { coded, failure } from '../openapi/responses.ts';

export const MaterialUploadRequest = component(
  'MaterialUploadRequest',
  Type.Object(
    {
      file: Type.String({
        contentMediaType: 'application/octet-stream',
        description:
          "The file. Its type is recognised from its bytes (magic numbers); the part's Content-Type is recorded as declaredType but never decides. Its file name is kept sanitised (no folders or control characters, at most 100 characters).",
      }),
    },
    { description: 'One file in the field `file`. Other fields are ignored; a second file is refused.' },
  ),
);

const sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, lowercase hex.' });
const file = {
  materialId: Type.String({ description: 'The material (as the matter definitions name it).' }),
  filename: Type.String({ minLength: 1, maxLength: 100, description: 'The sanitised file name.' }),
  size: Type.Integer({ minimum: 1, description: 'Bytes.' }),
  sha256,
};
const declaredType = nullableText('The Content-Type the client sent for the part (recorded only).');
const uploadedAt = Type.String({ format: 'date-time' });

export const MaterialUpload = component(
  'MaterialUpload',
  closed(
    {
      id: uuid('The upload id.'),
      applicationId: uuid(),
      materialId: file.materialId,
      matterIds: Type.Array(Type.String(), { minItems: 1, description: "The application's included matters that list this material." }),
      filename: file.filename,
      size: file.size,
      sha256,
      mediaType: Type.String({ description: 'The type recognised from the bytes (decides; served as Content-Type).' }),
      declaredType,
      uploadedAt,
      contentUrl: Type.String({ description: 'Where to download it: /api/applications/{id}/materials/{uploadId}/content.' }),
    },
    { description: '申请材料: one uploaded file of one material of an application.' },
  ),
);

export const DraftMaterialUpload = component(
  'DraftMaterialUpload',
  closed(
    {
      id: uuid('The upload id (kept when the draft is submitted).'),
      draftId: uuid(),
      ...file,
      mediaType: Type.String({ description: 'The type recognised from the bytes.' }),
      declaredType,
      uploadedAt,
      contentUrl: Type.String({ description: 'Where to download it: /api/application-drafts/{id}/materials/{uploadId}/content.' }),
    },
    { description: '申请材料随草稿上传: one uploaded file of one material of a draft, not submitted yet.' },
  ),
);

component(
  'DraftUploadNotAllowed',
  errorWith(
    'DRAFT_UPLOAD_NOT_ALLOWED',
    { uploadId: Type.String(), materialId: Type.String() },
    '422 DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft no longer meets its material’s limits for the matters the submitted answers include.',
  ),
);

component(
  'MaterialTooLarge',
  errorWith(
    'MATERIAL_TOO_LARGE',
    { maxBytes: Type.Integer({ minimum: 1, description: 'The limit in bytes.' }) },
    '413 MATERIAL_TOO_LARGE: the file exceeds the size limit of the material (the message names it).',
  ),
);

component(
  'MaterialTypeNotAllowed',
  errorWith(
    'MATERIAL_TYPE_NOT_ALLOWED',
    {
      detected: Type.String({ description: 'The type recognised from the bytes (text/plain for text, application/octet-stream when unknown).' }),
      allowed: Type.Array(Type.String(), { description: 'The media types the material accepts.' }),
    },
    '415 MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (the message lists them in the response language).',
  ),
);

/** The errors of an upload beyond the declared ones: the file missing or malformed, too large, of a type not accepted (`after`: what happened to it). */
export const uploadFailures = (after: string) => ({
  '400': failure(
    `MATERIAL_FILE_MISSING: no body, no file in the field \`file\`, or an empty file. BAD_REQUEST: a malformed multipart body, more than one file, too many parts, or an interrupted upload. TEXT_TOO_LONG: a path parameter is longer than 200 characters.`,
    coded(['MATERIAL_FILE_MISSING', 'BAD_REQUEST', 'TEXT_TOO_LONG']),
  ),
  '413': failure(`MATERIAL_TOO_LARGE: the file exceeds the material’s size limit (maxBytes; the message names it). ${after}`, coded(['MATERIAL_TOO_LARGE'], 'MaterialTooLarge')),
  '415': failure(
    `MULTIPART_REQUIRED: the body is not multipart/form-data. MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (detected, allowed; the message lists the accepted types in the response language). ${after}`,
    coded(['MULTIPART_REQUIRED']),
    coded(['MATERIAL_TYPE_NOT_ALLOWED'], 'MaterialTypeNotAllowed'),
  ),
  '429': failure(
    `UPLOAD_QUOTA_EXCEEDED: the material already has as many files as one application or draft may hold for it (ONEGO_QUOTA_UPLOADS_PER_MATERIAL, 20 by default; limit names it). ${after} RATE_LIMITED: see the other operations.`,
    coded(['RATE_LIMITED']),
    coded(['UPLOAD_QUOTA_EXCEEDED'], 'UploadQuotaExceeded'),
  ),
});

/** A binary body: a Media Type Object without a schema (OpenAPI 3.1: the bytes as they are). */
const binary = {};

/** The 200 of a download: the file's bytes, as the type recognised at upload. */
export const downloadContent = (description: string) => ({
  status: 200,
  description,
  headers: {
    'Content-Disposition': { description: 'attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names).', schema: { type: 'string' } },
    ETag: { description: 'The SHA-256 of the bytes, quoted.', schema: { type: 'string' } },
  },
  content: { 'application/pdf': binary, 'image/jpeg': binary, 'image/png': binary, 'application/ofd': binary, '*/*': binary },
});
