// The paths of the OpenAPI document: every route the server registers (runtime/src/http/createApp.ts and
// the routers of auth/, bundles/, applications/, tasks/), with the roles it needs and the errors it gives.
// runtime/test/openApi.test.ts fails when a route is missing here or a documented one no longer exists.
import {
  always,
  badRequest,
  bodyLimits,
  coded,
  failure,
  forbidden,
  invalidTokenOnly,
  jsonBody,
  notFound,
  ok,
  unauthenticated,
} from './responses.ts';
import { schemaRef, type JsonSchema } from './schemas.ts';

const param = (name: string): JsonSchema => ({ $ref: `#/components/parameters/${name}` });
const lang = param('AcceptLanguage');
const header = (name: string): JsonSchema => ({ $ref: `#/components/headers/${name}` });
const arrayOf = (name: string): JsonSchema => ({ type: 'array', items: schemaRef(name) });

/** A bearer token with one of these roles (OpenAPI 3.1: role names in a non-OAuth security requirement). */
const roles = (...names: string[]): JsonSchema[] => names.map((role) => ({ bearer: [role] }));
/** No token needed. */
const open: JsonSchema[] = [];

const designerOnly = forbidden('the caller is neither a designer nor an admin.');
/** 412 of a conditional draft save or publication (If-Match / If-None-Match); nothing was written. */
const draftPreconditionFailed = failure(
  'DRAFT_CHANGED: the draft was saved since the ETag given in If-Match, or exists already while If-None-Match is * (updatedBy and updatedAt name that save). DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written.',
  coded(['DRAFT_CHANGED'], 'DraftChanged'),
  coded(['DRAFT_GONE']),
);

export const tags: JsonSchema[] = [
  { name: 'operations', description: 'Health, Prometheus metrics and this document (运维).' },
  { name: 'auth', description: 'Development sign-in (开发登录). In production, bearer tokens come from the identity provider (统一身份认证).' },
  { name: 'bundles', description: '一件事: published bundles, their preview (情形引导, 一表申请, 一次告知), drafts and publishing.' },
  { name: 'applications', description: '办件: submitting once (一次提交) and following an application.' },
  { name: 'tasks', description: "部门审批: a department's tasks (待办) and decisions (审批决定)." },
  { name: 'catalogue', description: '事项库: the matter catalogue — matters as versioned definitions (search, drafts, publishing, versions, which bundles use them), the departments of each region, and importing a catalogue spreadsheet.' },
  { name: 'ratings', description: '好差评 and 差评整改: the applicant rates an application once after it ended; bad ratings open rectification tasks for the departments.' },
  { name: 'stats', description: '统计: ratings per department and 办件统计 per bundle (real 减时间 next to the designed one).' },
  { name: 'testing', description: 'End-to-end test support, never enabled by default.' },
  { name: 'materials', description: '申请材料: uploading the files of an application’s materials (or of a draft’s, before submitting), and downloading them.' },
  { name: 'notifications', description: '用户中心消息: the caller’s notifications (personal and, for officers, their department’s), read state and a live stream.' },
  { name: 'webhooks', description: '部门 Webhook (admin): a department’s webhook and its deliveries from the durable outbox.' },
];

export const paths: Record<string, Record<string, JsonSchema>> = {
  '/api/bundles': {
    get: {
      tags: ['bundles'],
      operationId: 'listBundles',
      summary: 'List the published bundles',
      description: '一件事目录: the latest published version of every bundle, ordered by id, with names in the response language. No token needed.',
      security: open,
      parameters: [lang],
      responses: { '200': ok('The published bundles.', arrayOf('BundleSummary')), '401': invalidTokenOnly, ...always },
    },
    post: {
      tags: ['bundles'],
      operationId: 'saveBundleDraft',
      summary: 'Create or update the draft of a bundle',
      description:
        '保存草稿 (designer): checks the definition as `onego validate` does (schemas, references, dependency cycles, conflicting constraints, time limits) and stores it as the draft of bundle.id, replacing an earlier draft. A draft is work in progress: it is saved with the problems found, which the answer lists in issues (empty when there are none); publishing refuses a draft that has any. Only a body that is not a definition (400) or whose bundle.id is not an identifier (422, nothing saved) is refused. The answer carries the ETag of the saved draft. Optimistic concurrency: with If-Match (the ETag from GET /api/bundles/{id}/draft or from the previous save), a draft that was saved or discarded since is not overwritten (412); with If-None-Match: * the save only creates a draft and never replaces one (412 when one exists). Without either, the draft is replaced as it is. Publishing makes it a version. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('IfMatch'), param('IfNoneMatch'), lang],
      requestBody: jsonBody(schemaRef('BundleDefinition'), 'The bundle and the matters it names, in the definition format (with problems allowed: a draft).'),
      responses: {
        '201': ok('A new draft is saved.', schemaRef('DraftSaved'), { ETag: header('ETag') }),
        '200': ok('The existing draft is replaced.', schemaRef('DraftSaved'), { ETag: header('ETag') }),
        '400': badRequest('the body is not a JSON object, bundle is not an object, or matters is not an array.'),
        '401': unauthenticated,
        '403': designerOnly,
        '412': draftPreconditionFailed,
        '422': failure('DEFINITION_INVALID: bundle.id is missing or not an identifier, so the draft cannot be stored; issues lists every problem of the definition.', {
          ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
          required: ['issues'],
        }),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/bundles/drafts': {
    get: {
      tags: ['bundles'],
      operationId: 'listBundleDrafts',
      summary: 'List the saved drafts',
      description:
        '草稿列表 (designer): every saved draft, last saved first: its bundle id and name (in the response language), who saved it and when, the latest published version of that bundle (null when never published) and how many definition problems it has (publishing waits until there are none). Sent with Cache-Control: no-store. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [lang],
      responses: {
        '200': ok('The drafts.', arrayOf('BundleDraftSummary')),
        '401': unauthenticated,
        '403': designerOnly,
        ...always,
      },
    },
  },
  '/api/bundles/{id}': {
    get: {
      tags: ['bundles'],
      operationId: 'getBundle',
      summary: 'Get a published bundle with its definition',
      description: '一件事详情: the latest published version (or the one named by `version`, e.g. the version an application runs on) with its full definition (bundle and matters, 办事指南). No token needed.',
      security: open,
      parameters: [
        param('BundleId'),
        { name: 'version', in: 'query', required: false, description: 'A published version number; the latest when absent.', schema: { type: 'integer', minimum: 1 } },
        lang,
      ],
      responses: {
        '200': ok('The bundle.', schemaRef('BundleDetail')),
        '401': invalidTokenOnly,
        '400': badRequest('version is not a whole number ≥ 1.'),
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id (or no such version).'),
        ...always,
      },
    },
  },
  '/api/bundles/{id}/versions': {
    get: {
      tags: ['bundles'],
      operationId: 'listBundleVersions',
      summary: 'List the published versions and the draft of a bundle',
      description: '版本记录 (designer): every published version, newest first, and the current draft (草稿) if any. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('BundleId'), lang],
      responses: {
        '200': ok('The versions and the draft.', schemaRef('BundleVersions')),
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'the bundle has neither a published version nor a draft.'),
        ...always,
      },
    },
  },
  '/api/bundles/{id}/draft': {
    get: {
      tags: ['bundles'],
      operationId: 'getBundleDraft',
      summary: 'Open the saved draft of a bundle',
      description:
        '打开草稿 (designer): the draft as it was saved (the definition, with its problems if any), who saved it and when, and its ETag, to send as If-Match when saving it again, publishing or discarding it. Sent with Cache-Control: no-store. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('BundleId'), lang],
      responses: {
        '200': ok('The draft.', schemaRef('BundleDraft'), { ETag: header('ETag') }),
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('DRAFT_NOT_FOUND', 'the bundle has no draft (never saved, published since, or discarded).'),
        ...always,
      },
    },
    delete: {
      tags: ['bundles'],
      operationId: 'discardBundleDraft',
      summary: 'Discard the draft of a bundle',
      description:
        '丢弃草稿 (designer): deletes the draft; the published versions stay. With If-Match, only the draft as the caller saw it (412 DRAFT_CHANGED when it was saved since). Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('BundleId'), param('IfMatch'), lang],
      responses: {
        '204': { description: 'Discarded.', headers: { 'X-Request-Id': header('X-Request-Id') } },
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('DRAFT_NOT_FOUND', 'the bundle has no draft.'),
        '412': failure('DRAFT_CHANGED: If-Match does not match the draft: it was saved since (by updatedBy at updatedAt); nothing was deleted.', coded(['DRAFT_CHANGED'], 'DraftChanged')),
        ...always,
      },
    },
  },
  '/api/bundles/{id}/preview': {
    post: {
      tags: ['bundles'],
      operationId: 'previewBundle',
      summary: 'Preview the form, notice and metrics for given answers',
      description:
        "情形引导预览: for the answers to the scenario questions, the merged form (一表申请, JSON Schema + uiSchema, in the response language), the one-time notice (一次告知: included matters, deduplicated and waived materials, time limits, visits) and the before/after metrics (减材料、减环节、减时间、减跑动). The body may be omitted (no answers). No token needed. With a citizen's token the preview is theirs: the server asks the data-sharing connector, prefill holds the values it provides with their provenance (秒报), and the notice and the metrics waive exactly the materials it provides (免提交). A connector that is down, slow or open-circuited never fails the preview: prefill.status is unavailable with the reason, nothing is prefilled or waived by it (the materials are asked for), and the answer is still 200 (sent with Cache-Control: private, no-store). Without a citizen's token, prefill.status is anonymous and the notice waives what the bundle declares shared.",
      security: open,
      parameters: [param('BundleId'), lang],
      requestBody: jsonBody(schemaRef('PreviewRequest'), 'The answers (optional).', false),
      responses: {
        '200': ok('The preview.', schemaRef('Preview')),
        '400': badRequest('the body is not a JSON object, or answers is not an object.'),
        '401': invalidTokenOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/bundles/{id}/prefill': {
    get: {
      tags: ['bundles'],
      operationId: 'getBundlePrefill',
      summary: "The values shared data provides for the citizen's form (秒报)",
      description:
        "秒报: asks the data-sharing connector for what the bundle declares shared and its matters need (all of its matters: no answers), and answers the prefilled values of the merged form with their provenance (source, time) and the e-licences found. A connector that is down, slow or open-circuited gives status unavailable with the reason, and still 200. Sent with Cache-Control: private, no-store. Role: citizen.",
      security: roles('citizen'),
      parameters: [param('BundleId'), lang],
      responses: {
        '200': ok('The prefill.', schemaRef('Prefill')),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'),
        ...always,
      },
    },
  },
  '/api/bundles/{id}/publish': {
    post: {
      tags: ['bundles'],
      operationId: 'publishBundle',
      summary: 'Publish the draft as the next version',
      description:
        '发布 (designer): the draft becomes the next published version and the draft is cleared. Applications already submitted stay on the version they started with. A draft with definition problems is refused (422). With If-Match, only the draft as the caller saw it is published (412 when it was saved or discarded since); either way, a save or discard between the check and the publication is refused (412), so the version published is the draft checked. No request body is read. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('BundleId'), param('IfMatch'), lang],
      responses: {
        '201': ok('The new published version.', schemaRef('BundleSummary')),
        '400': failure('BAD_JSON: a body was sent and is not valid JSON.', coded(['BAD_JSON'])),
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'the bundle has no draft.'),
        '412': draftPreconditionFailed,
        '422': failure('DEFINITION_INVALID: the draft has definition problems (saved as work in progress, or found after an upgrade); issues lists them.', {
          ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
          required: ['issues'],
        }),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/rectifications': {
    get: {
      tags: ['ratings'],
      operationId: 'listRectifications',
      summary: "List the rectifications of the officer's department",
      description:
        "差评整改待办: the rectification tasks of the caller's department, optionally of one status, by deadline, paged. X-Total-Count gives the number of matching ones. Role: officer.",
      security: roles('officer'),
      parameters: [param('RectificationStatus'), param('Page'), param('PageSize'), lang],
      responses: {
        '200': ok('One page of rectifications.', arrayOf('Rectification'), { 'X-Total-Count': header('X-Total-Count') }),
        '400': failure('BAD_REQUEST: status is not open|overdue|answered, or page / pageSize is not a whole number in range.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': forbidden('the caller is not an officer.'),
        ...always,
      },
    },
  },
  '/api/rectifications/{id}': {
    get: {
      tags: ['ratings'],
      operationId: 'getRectification',
      summary: 'Get a rectification with what the citizen said',
      description:
        "整改详情: the rectification, the bundle, the bad overall score and this department's bad matter scores with the citizen's comments, and the answer once given. Role: officer of the rectification's department.",
      security: roles('officer'),
      parameters: [param('RectificationId'), lang],
      responses: {
        '200': ok('The rectification.', schemaRef('RectificationDetail')),
        '401': unauthenticated,
        '403': forbidden('the caller is not an officer, or the rectification belongs to another department.'),
        '404': notFound('RECTIFICATION_NOT_FOUND', 'no rectification has this id.'),
        ...always,
      },
    },
  },
  '/api/rectifications/{id}/answer': {
    post: {
      tags: ['ratings'],
      operationId: 'answerRectification',
      summary: 'Answer a rectification (整改答复)',
      description:
        "整改答复: the department says what it did (and the lasting measures), once. An answer by the deadline is recorded as on time; a later one is accepted and recorded as late (an overdue rectification keeps its overdueAt). Appends a RECTIFICATION_ANSWERED timeline event; the applicant sees the answer with the rating (反馈). Role: officer of the rectification's department.",
      security: roles('officer'),
      parameters: [param('RectificationId'), lang],
      requestBody: jsonBody(schemaRef('RectificationAnswer'), 'The answer.'),
      responses: {
        '200': ok('The answered rectification.', schemaRef('RectificationDetail')),
        '400': badRequest('the body is not a JSON object.'),
        '401': unauthenticated,
        '403': forbidden('the caller is not an officer, or the rectification belongs to another department.'),
        '404': notFound('RECTIFICATION_NOT_FOUND', 'no rectification has this id.'),
        '409': failure('RECTIFICATION_ALREADY_ANSWERED: it has been answered already.', coded(['RECTIFICATION_ALREADY_ANSWERED'])),
        '422': failure(
          'VALIDATION_FAILED: answer is missing or empty, or answer / measures is not text or is over 2000 characters.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
        ),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/stats/ratings': {
    get: {
      tags: ['stats'],
      operationId: 'getRatingStats',
      summary: 'Rating statistics per department (好差评统计)',
      description:
        "好差评统计 for ratings given in the period (rectifications opened in it): per department the number of scores, their average and the bad ones — its matters' scores plus the overall score of each application it took part in, and each kind apart — and its rectifications with the on-time rate (按时整改率). Admins and designers see every department (or one, with department); an officer sees only their own. Roles: admin, designer, officer.",
      security: roles('admin', 'designer', 'officer'),
      parameters: [param('From'), param('To'), param('Department'), lang],
      responses: {
        '200': ok('The statistics.', schemaRef('RatingStats')),
        '400': failure('BAD_REQUEST: from / to is not a date or an instant, from is after to, or department is empty.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': forbidden("the caller is a citizen, or an officer asking for another department."),
        ...always,
      },
    },
  },
  '/api/stats/bundles/{id}': {
    get: {
      tags: ['stats'],
      operationId: 'getBundleStats',
      summary: 'Statistics of a bundle’s applications (办件统计)',
      description:
        "办件统计 for the applications of a bundle submitted in the period (optionally of one version): applications by status; for those finished (办结: completed or rejected) the median, p90 and average working days from submission to the end, counted with the working-day calendar as deadlines are, next to the designed limits (before: the matters one by one; after: the critical path each application is held to) and the on-time rate (按时办结率); the share of decided matters decided by rule (秒批率); and the visits avoided (减跑动) on average. Roles: admin, designer.",
      security: roles('admin', 'designer'),
      parameters: [param('BundleId'), param('BundleVersion'), param('From'), param('To'), lang],
      responses: {
        '200': ok('The statistics.', schemaRef('BundleStats')),
        '400': failure('BAD_REQUEST: version is not a whole number from 1, or from / to is not a date or an instant, or from is after to.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle (or version) has this id.'),
        ...always,
      },
    },
  },
};
