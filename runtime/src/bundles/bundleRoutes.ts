// /api/bundles: published bundles for everyone (a signed-in citizen's preview prefilled from shared data);
// drafts (saved with their problems, listed, opened, discarded; saved and published under If-Match) and
// publishing for designers.
import type { Context } from 'koa';
import Type from 'typebox';
import { mountRoutes } from '../http/mountRoutes.ts';
import { requestSignal } from '../http/requestSignal.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, ok } from '../openapi/responses.ts';
import type { BundleDefinition } from './bundleCatalog.ts';
import { BundleAvailability, BundleDetail, BundleDraft, BundleDraftSummary, BundleIdParams, BundleSummary, BundleVersions, DraftDefinition, DraftSaved, Preview, PreviewRequest, WithdrawnBundle } from './bundleSchemas.ts';
import type { BundleService } from './bundleService.ts';
import { bundleSummary } from './bundleSummary.ts';
import type { DraftPreconditions } from './draftPreconditions.ts';
import type { BundleDraftService } from './draftService.ts';
import { Prefill } from '../sharedData/prefillSchemas.ts';

const IF_MATCH = { $ref: '#/components/parameters/IfMatch' };
const IF_NONE_MATCH = { $ref: '#/components/parameters/IfNoneMatch' };
const ETAG = { ETag: { $ref: '#/components/headers/ETag' } };
const DESIGNERS = ['designer', 'admin'] as const;

/** 412 of a conditional draft save or publication (If-Match / If-None-Match); nothing was written. */
const draftPreconditionFailed = failure(
  'DRAFT_CHANGED: the draft was saved since the ETag given in If-Match, or exists already while If-None-Match is * (updatedBy and updatedAt name that save). DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written.',
  coded(['DRAFT_CHANGED'], 'DraftChanged'),
  coded(['DRAFT_GONE']),
);

const definitionInvalid = (description: string) => failure(description, { ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'), required: ['issues'] });

export const bundleApi = declareApi({
  listBundles: {
    operationId: 'listBundles',
    method: 'get',
    path: '/api/bundles',
    tags: ['bundles'],
    summary: 'List the published bundles',
    description: '一件事目录: the latest published version of every bundle on the portal (a withdrawn one, 已下线, is not listed), ordered by id, with names in the response language. No token needed.',
    access: 'public',
    response: { status: 200, description: 'The published bundles.', schema: Type.Array(BundleSummary) },
    otherResponses: {},
  },
  saveBundleDraft: {
    operationId: 'saveBundleDraft',
    method: 'post',
    path: '/api/bundles',
    tags: ['bundles'],
    summary: 'Create or update the draft of a bundle',
    description:
      '保存草稿 (designer): checks the definition as `onego validate` does (schemas, references, dependency cycles, conflicting constraints, time limits) and stores it as the draft of bundle.id, replacing an earlier draft. A draft is work in progress: it is saved with the problems found, which the answer lists in issues (empty when there are none); publishing refuses a draft that has any. Only a body that is not a definition (400) or whose bundle.id is not an identifier (422, nothing saved) is refused. The answer carries the ETag of the saved draft. Optimistic concurrency: with If-Match (the ETag from GET /api/bundles/{id}/draft or from the previous save), a draft that was saved or discarded since is not overwritten (412); with If-None-Match: * the save only creates a draft and never replaces one (412 when one exists). Without either, the draft is replaced as it is. Publishing makes it a version. Roles: designer or admin.',
    access: DESIGNERS,
    headers: [IF_MATCH, IF_NONE_MATCH],
    body: { schema: DraftDefinition, description: 'The bundle and the matters it names, in the definition format (with problems allowed: a draft).' },
    response: { status: 201, description: 'A new draft is saved.', schema: DraftSaved, headers: ETAG },
    otherResponses: {
      '200': ok('The existing draft is replaced.', { $ref: '#/components/schemas/DraftSaved' }, ETAG),
      '412': draftPreconditionFailed,
      '422': definitionInvalid('DEFINITION_INVALID: bundle.id is missing or not an identifier, so the draft cannot be stored; issues lists every problem of the definition.'),
    },
  },
  // Before /api/bundles/{id}, which would take "drafts" for an id.
  listBundleDrafts: {
    operationId: 'listBundleDrafts',
    method: 'get',
    path: '/api/bundles/drafts',
    tags: ['bundles'],
    summary: 'List the saved drafts',
    description:
      '草稿列表 (designer): every saved draft, last saved first: its bundle id and name (in the response language), who saved it and when, the latest published version of that bundle (null when never published) and how many definition problems it has (publishing waits until there are none). Sent with Cache-Control: no-store. Roles: designer or admin.',
    access: DESIGNERS,
    response: { status: 200, description: 'The drafts.', schema: Type.Array(BundleDraftSummary) },
    otherResponses: {},
  },
  listWithdrawnBundles: {
    operationId: 'listWithdrawnBundles',
    method: 'get',
    path: '/api/bundles/withdrawn',
    tags: ['bundles'],
    summary: 'List the bundles taken off the portal',
    description: '已下线 (designer): every published bundle taken off the portal, by id: its latest version, who took it off and when. Roles: designer or admin.',
    access: DESIGNERS,
    response: { status: 200, description: 'The withdrawn bundles.', schema: Type.Array(WithdrawnBundle) },
    otherResponses: {},
  },
  getBundle: {
    operationId: 'getBundle',
    method: 'get',
    path: '/api/bundles/{id}',
    tags: ['bundles'],
    summary: 'Get a published bundle with its definition',
    description:
      '一件事详情: the latest published version (or the one named by `version`, e.g. the version an application runs on) with its full definition (bundle and matters, 办事指南). No token needed.',
    access: 'public',
    params: BundleIdParams,
    query: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'A published version number; the latest when absent.' })) }),
    response: { status: 200, description: 'The bundle.', schema: BundleDetail },
    otherResponses: { '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id (or no such version).') },
  },
  listBundleVersions: {
    operationId: 'listBundleVersions',
    method: 'get',
    path: '/api/bundles/{id}/versions',
    tags: ['bundles'],
    summary: 'List the published versions and the draft of a bundle',
    description:
      '版本记录 (designer): every published version, newest first, and the current draft (草稿) if any. A bundle never saved nor published (one being composed) has an empty history: no versions, no draft. Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    response: { status: 200, description: 'The versions and the draft (both empty for a bundle never saved).', schema: BundleVersions },
    otherResponses: {},
  },
  getBundleDraft: {
    operationId: 'getBundleDraft',
    method: 'get',
    path: '/api/bundles/{id}/draft',
    tags: ['bundles'],
    summary: 'Open the saved draft of a bundle',
    description:
      '打开草稿 (designer): the draft as it was saved (the definition, with its problems if any), who saved it and when, and its ETag, to send as If-Match when saving it again, publishing or discarding it. Sent with Cache-Control: no-store. Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    response: { status: 200, description: 'The draft.', schema: BundleDraft, headers: ETAG },
    otherResponses: { '404': notFound('DRAFT_NOT_FOUND', 'the bundle has no draft (never saved, published since, or discarded).') },
  },
  discardBundleDraft: {
    operationId: 'discardBundleDraft',
    method: 'delete',
    path: '/api/bundles/{id}/draft',
    tags: ['bundles'],
    summary: 'Discard the draft of a bundle',
    description:
      '丢弃草稿 (designer): deletes the draft; the published versions stay. With If-Match, only the draft as the caller saw it (412 DRAFT_CHANGED when it was saved since). Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    headers: [IF_MATCH],
    response: { status: 204, description: 'Discarded.' },
    otherResponses: {
      '404': notFound('DRAFT_NOT_FOUND', 'the bundle has no draft.'),
      '412': failure('DRAFT_CHANGED: If-Match does not match the draft: it was saved since (by updatedBy at updatedAt); nothing was deleted.', coded(['DRAFT_CHANGED'], 'DraftChanged')),
    },
  },
  previewBundle: {
    operationId: 'previewBundle',
    method: 'post',
    path: '/api/bundles/{id}/preview',
    tags: ['bundles'],
    summary: 'Preview the form, notice and metrics for given answers',
    description:
      "情形引导预览: for the answers to the scenario questions, the merged form (一表申请, JSON Schema + uiSchema, in the response language), the one-time notice (一次告知: included matters, deduplicated and waived materials, time limits, visits) and the before/after metrics (减材料、减环节、减时间、减跑动). The body may be omitted (no answers). No token needed. With a citizen's token the preview is theirs: the server asks the data-sharing connector, prefill holds the values it provides with their provenance (秒报), and the notice and the metrics waive exactly the materials it provides (免提交). A connector that is down, slow or open-circuited never fails the preview: prefill.status is unavailable with the reason, nothing is prefilled or waived by it (the materials are asked for), and the answer is still 200 (sent with Cache-Control: private, no-store). Without a citizen's token, prefill.status is anonymous and the notice waives what the bundle declares shared.",
    access: 'public',
    params: BundleIdParams,
    body: { schema: PreviewRequest, description: 'The answers (optional).', required: false },
    response: { status: 200, description: 'The preview.', schema: Preview },
    otherResponses: { '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.') },
  },
  getBundlePrefill: {
    operationId: 'getBundlePrefill',
    method: 'get',
    path: '/api/bundles/{id}/prefill',
    tags: ['bundles'],
    summary: "The values shared data provides for the citizen's form (秒报)",
    description:
      '秒报: asks the data-sharing connector for what the bundle declares shared and its matters need (all of its matters: no answers), and answers the prefilled values of the merged form with their provenance (source, time) and the e-licences found. A connector that is down, slow or open-circuited gives status unavailable with the reason, and still 200. Sent with Cache-Control: private, no-store. Role: citizen.',
    access: ['citizen'],
    params: BundleIdParams,
    response: { status: 200, description: 'The prefill.', schema: Prefill },
    otherResponses: { '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.') },
  },
  withdrawBundle: {
    operationId: 'withdrawBundle',
    method: 'post',
    path: '/api/bundles/{id}/withdraw',
    tags: ['bundles'],
    summary: 'Take a bundle off the portal (下线)',
    description:
      '下线 (designer): the bundle is no longer listed by GET /api/bundles and takes no new application nor application draft (409 BUNDLE_WITHDRAWN); applications already submitted continue to the end, and GET /api/bundles/{id} still answers (with withdrawn: true). Publishing a new version does not put it back. Taking off a bundle already off changes nothing. No request body is read. Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    response: { status: 200, description: 'It is off the portal.', schema: BundleAvailability },
    otherResponses: {
      '400': failure(`BAD_JSON: a body was sent and is not valid JSON. ${JSON_SHAPE_TEXT}`, coded(['BAD_JSON', ...JSON_SHAPE_CODES])),
      '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'),
    },
  },
  restoreBundle: {
    operationId: 'restoreBundle',
    method: 'post',
    path: '/api/bundles/{id}/restore',
    tags: ['bundles'],
    summary: 'Put a withdrawn bundle back on the portal (上线)',
    description: '上线 (designer): the bundle is listed again and takes new applications, on its latest version. A bundle on the portal stays as it is. No request body is read. Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    response: { status: 200, description: 'It is on the portal.', schema: BundleAvailability },
    otherResponses: {
      '400': failure(`BAD_JSON: a body was sent and is not valid JSON. ${JSON_SHAPE_TEXT}`, coded(['BAD_JSON', ...JSON_SHAPE_CODES])),
      '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'),
    },
  },
  publishBundle: {
    operationId: 'publishBundle',
    method: 'post',
    path: '/api/bundles/{id}/publish',
    tags: ['bundles'],
    summary: 'Publish the draft as the next version',
    description:
      '发布 (designer): the draft becomes the next published version and the draft is cleared. Applications already submitted stay on the version they started with. A draft with definition problems is refused (422). With If-Match, only the draft as the caller saw it is published (412 when it was saved or discarded since); either way, a save or discard between the check and the publication is refused (412), so the version published is the draft checked. No request body is read. Roles: designer or admin.',
    access: DESIGNERS,
    params: BundleIdParams,
    headers: [IF_MATCH],
    response: { status: 201, description: 'The new published version.', schema: BundleSummary },
    otherResponses: {
      // No body is read, but one that is sent is parsed all the same.
      '400': failure(`BAD_JSON: a body was sent and is not valid JSON. ${JSON_SHAPE_TEXT}`, coded(['BAD_JSON', ...JSON_SHAPE_CODES])),
      '404': notFound('BUNDLE_NOT_FOUND', 'the bundle has no draft.'),
      '412': draftPreconditionFailed,
      '422': definitionInvalid('DEFINITION_INVALID: the draft has definition problems (saved as work in progress, or found after an upgrade); issues lists them.'),
    },
  },
});

/** The If-Match / If-None-Match of the request. */
const preconditionsOf = (ctx: Context): DraftPreconditions => ({ ifMatch: ctx.get('if-match'), ifNoneMatch: ctx.get('if-none-match') });

export function bundleRoutes(bundles: BundleService, drafts: BundleDraftService) {
  return mountRoutes(bundleApi, {
    listBundles: ({ lang }) => bundles.list(lang),
    saveBundleDraft: async ({ body, principal, lang, ctx }) => {
      // The outline is checked; the definition checks list what else is wrong (a draft may have problems).
      const { replaced, etag, saved } = await drafts.save(body as unknown as BundleDefinition, principal.subject, preconditionsOf(ctx), lang);
      ctx.status = replaced ? 200 : 201;
      ctx.set('ETag', etag);
      return saved;
    },
    listBundleDrafts: async ({ lang, ctx }) => {
      const list = await drafts.list(lang);
      ctx.set('Cache-Control', 'no-store');
      return list;
    },
    listWithdrawnBundles: ({ lang }) => bundles.listWithdrawn(lang),
    getBundle: ({ params, query, lang }) => bundles.detail(params.id, query.version, lang),
    withdrawBundle: ({ params, principal }) => bundles.withdraw(params.id, principal.subject),
    restoreBundle: ({ params }) => bundles.restore(params.id),
    listBundleVersions: ({ params }) => bundles.versions(params.id),
    getBundleDraft: async ({ params, ctx }) => {
      const { etag, draft } = await drafts.open(params.id);
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-store');
      return draft;
    },
    discardBundleDraft: async ({ params, ctx }) => {
      await drafts.discard(params.id, preconditionsOf(ctx));
      ctx.status = 204;
    },
    previewBundle: async ({ params, body, principal, lang, ctx }) => {
      const preview = await bundles.preview(params.id, body?.answers ?? {}, principal, lang, requestSignal(ctx));
      // A citizen's preview is theirs (prefilled from their shared data).
      if (principal?.role === 'citizen') ctx.set('Cache-Control', 'private, no-store');
      return preview;
    },
    getBundlePrefill: async ({ params, principal, lang, ctx }) => {
      const prefill = await bundles.prefill(params.id, principal, lang, requestSignal(ctx));
      ctx.set('Cache-Control', 'private, no-store');
      return prefill;
    },
    publishBundle: async ({ params, principal, lang, ctx }) => bundleSummary(await drafts.publish(params.id, principal.subject, preconditionsOf(ctx), lang), lang),
  });
}
