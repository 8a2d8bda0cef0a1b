// /api/application-drafts: save a partly filled application and resume it later (draftService.ts).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { Draft, DraftRequest, DraftUpdate } from './draftSchemas.ts';
import type { DraftService } from './draftService.ts';

const draft = Type.Object({ id: idParam('The draft id.') });
const gone = notFound('DRAFT_NOT_FOUND', 'no such draft of the caller, or it expired.');
const unknownFields = failure(
  'VALIDATION_FAILED: data holds fields that the bundle’s merged form does not define (for any answers); errors names each by its JSON Pointer. PROXY_ID_NUMBER_INVALID: onBehalfOf’s ID number is no resident ID number of GB 11643 (a wrong check character, birth date or region; the message names the person). A draft is otherwise not validated until it is submitted.',
  coded(['VALIDATION_FAILED'], 'ValidationError'),
  coded(['PROXY_ID_NUMBER_INVALID']),
);

export const draftApi = declareApi({
  createDraft: {
    operationId: 'createDraft',
    method: 'post',
    path: '/api/application-drafts',
    tags: ['applications'],
    summary: 'Save a partly filled application (保存草稿)',
    description:
      'Saves answers and data as they are, unvalidated (and the commitments chosen, checked only at submission), to resume later on any device; it expires ONEGO_DRAFT_TTL_DAYS (default 30) after its last save (an upload to it counts as one). Files are uploaded to it with POST /api/application-drafts/{id}/materials/{materialId}. At most 50 per citizen. Role: citizen.',
    access: ['citizen'],
    body: { schema: DraftRequest, description: 'The draft.' },
    response: { status: 201, description: 'The saved draft.', schema: Draft, headers: { Location: { $ref: '#/components/headers/Location' } } },
    otherResponses: {
      '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this bundleId.'),
      '409': failure('TOO_MANY_DRAFTS: the citizen keeps 50 drafts already. BUNDLE_WITHDRAWN: the bundle is off the portal (已下线) and takes no new application.', coded(['TOO_MANY_DRAFTS', 'BUNDLE_WITHDRAWN'])),
      '422': unknownFields,
    },
  },
  listDrafts: {
    operationId: 'listDrafts',
    method: 'get',
    path: '/api/application-drafts',
    tags: ['applications'],
    summary: "List the caller's drafts",
    description: '我的草稿: the caller’s drafts that have not expired, last saved first. Role: citizen.',
    access: ['citizen'],
    response: { status: 200, description: 'The drafts.', schema: Type.Array(Draft) },
    otherResponses: {},
  },
  getDraft: {
    operationId: 'getDraft',
    method: 'get',
    path: '/api/application-drafts/{id}',
    tags: ['applications'],
    summary: 'Resume a draft',
    description: 'One draft of the caller. Another citizen’s draft, or an expired one, does not exist (404). Role: citizen.',
    access: ['citizen'],
    params: draft,
    response: { status: 200, description: 'The draft.', schema: Draft },
    otherResponses: { '404': gone },
  },
  updateDraft: {
    operationId: 'updateDraft',
    method: 'put',
    path: '/api/application-drafts/{id}',
    tags: ['applications'],
    summary: 'Save a draft again',
    description: 'Replaces answers, data and/or commitments and extends the expiry. With version, a save over a newer one (from another device) is refused. Role: citizen.',
    access: ['citizen'],
    params: draft,
    body: { schema: DraftUpdate, description: 'What changed.' },
    response: { status: 200, description: 'The saved draft.', schema: Draft },
    otherResponses: {
      '404': gone,
      '409': failure('DRAFT_CONFLICT: the draft was saved elsewhere since the version given.', coded(['DRAFT_CONFLICT'])),
      '422': unknownFields,
    },
  },
  deleteDraft: {
    operationId: 'deleteDraft',
    method: 'delete',
    path: '/api/application-drafts/{id}',
    tags: ['applications'],
    summary: 'Delete a draft',
    description: 'Deletes one of the caller’s drafts, with the records of the files uploaded to it (the stored files stay: content-addressed, they may be shared). Role: citizen.',
    access: ['citizen'],
    params: draft,
    response: { status: 204, description: 'Deleted.' },
    otherResponses: { '404': gone },
  },
});

export function draftRoutes(drafts: DraftService) {
  return mountRoutes(draftApi, {
    createDraft: async ({ body, principal, lang, ctx }) => {
      const { bundleId, ...content } = body;
      const created = await drafts.create(principal, bundleId, content, lang);
      ctx.set('Location', `/api/application-drafts/${created.id}`);
      return created;
    },
    listDrafts: ({ principal }) => drafts.list(principal),
    getDraft: ({ params, principal }) => drafts.get(params.id, principal),
    updateDraft: ({ params, body, principal, lang }) => drafts.update(params.id, principal, body, lang),
    deleteDraft: async ({ params, principal, ctx }) => {
      await drafts.delete(params.id, principal);
      ctx.status = 204;
    },
  });
}
