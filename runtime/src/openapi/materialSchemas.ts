// components/schemas of material uploads (申请材料上传) and the electronic archive (电子归档).
import { schemaRef, type JsonSchema } from './schemas.ts';

const sha256: JsonSchema = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, lowercase hex.' };

export const materialSchemas: Record<string, JsonSchema> = {
  MaterialUploadRequest: {
    type: 'object',
    description: 'One file in the field `file`. Other fields are ignored; a second file is refused.',
    properties: {
      file: {
        type: 'string',
        contentMediaType: 'application/octet-stream',
        description:
          "The file. Its type is recognised from its bytes (magic numbers); the part's Content-Type is recorded as declaredType but never decides. Its file name is kept sanitised (no folders or control characters, at most 100 characters).",
      },
    },
    required: ['file'],
  },
  MaterialUpload: {
    type: 'object',
    description: '申请材料: one uploaded file of one material of an application.',
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The upload id.' },
      applicationId: { type: 'string', format: 'uuid' },
      materialId: { type: 'string', description: 'The material (as the matter definitions name it).' },
      matterIds: { type: 'array', minItems: 1, items: { type: 'string' }, description: "The application's included matters that list this material." },
      filename: { type: 'string', minLength: 1, maxLength: 100, description: 'The sanitised file name.' },
      size: { type: 'integer', minimum: 1, description: 'Bytes.' },
      sha256,
      mediaType: { type: 'string', description: 'The type recognised from the bytes (decides; served as Content-Type).' },
      declaredType: { type: ['string', 'null'], description: 'The Content-Type the client sent for the part (recorded only).' },
      uploadedAt: { type: 'string', format: 'date-time' },
      contentUrl: { type: 'string', description: 'Where to download it: /api/applications/{id}/materials/{uploadId}/content.' },
    },
    required: ['id', 'applicationId', 'materialId', 'matterIds', 'filename', 'size', 'sha256', 'mediaType', 'declaredType', 'uploadedAt', 'contentUrl'],
    additionalProperties: false,
  },
  DraftMaterialUpload: {
    type: 'object',
    description: '申请材料随草稿上传: one uploaded file of one material of a draft, not submitted yet.',
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The upload id (kept when the draft is submitted).' },
      draftId: { type: 'string', format: 'uuid' },
      materialId: { type: 'string', description: 'The material (as the matter definitions name it).' },
      filename: { type: 'string', minLength: 1, maxLength: 100, description: 'The sanitised file name.' },
      size: { type: 'integer', minimum: 1, description: 'Bytes.' },
      sha256,
      mediaType: { type: 'string', description: 'The type recognised from the bytes.' },
      declaredType: { type: ['string', 'null'], description: 'The Content-Type the client sent for the part (recorded only).' },
      uploadedAt: { type: 'string', format: 'date-time' },
      contentUrl: { type: 'string', description: 'Where to download it: /api/application-drafts/{id}/materials/{uploadId}/content.' },
    },
    required: ['id', 'draftId', 'materialId', 'filename', 'size', 'sha256', 'mediaType', 'declaredType', 'uploadedAt', 'contentUrl'],
    additionalProperties: false,
  },
  DraftUploadNotAllowed: {
    description: '422 DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft no longer meets its material’s limits for the matters the submitted answers include.',
    allOf: [schemaRef('Error')],
    properties: { code: { const: 'DRAFT_UPLOAD_NOT_ALLOWED' }, uploadId: { type: 'string' }, materialId: { type: 'string' } },
    required: ['code', 'message', 'uploadId', 'materialId'],
  },
  MaterialTooLarge: {
    description: '413 MATERIAL_TOO_LARGE: the file exceeds the size limit of the material (the message names it).',
    allOf: [schemaRef('Error')],
    properties: { code: { const: 'MATERIAL_TOO_LARGE' }, maxBytes: { type: 'integer', minimum: 1, description: 'The limit in bytes.' } },
    required: ['code', 'message', 'maxBytes'],
  },
  MaterialTypeNotAllowed: {
    description: '415 MATERIAL_TYPE_NOT_ALLOWED: the type recognised from the bytes is not one the material accepts (the message lists them in the response language).',
    allOf: [schemaRef('Error')],
    properties: {
      code: { const: 'MATERIAL_TYPE_NOT_ALLOWED' },
      detected: { type: 'string', description: 'The type recognised from the bytes (text/plain for text, application/octet-stream when unknown).' },
      allowed: { type: 'array', items: { type: 'string' }, description: 'The media types the material accepts.' },
    },
    required: ['code', 'message', 'detected', 'allowed'],
  },
};
