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
  jsonBody,
  notFound,
  ok,
  JSON_SHAPE_CODES,
  JSON_SHAPE_TEXT,
  TEXT_TOO_LONG_TEXT,
  unauthenticated,
} from './responses.ts';
import { schemaRef, type JsonSchema } from './schemas.ts';

const param = (name: string): JsonSchema => ({ $ref: `#/components/parameters/${name}` });
const lang = param('AcceptLanguage');
const header = (name: string): JsonSchema => ({ $ref: `#/components/headers/${name}` });
const arrayOf = (name: string): JsonSchema => ({ type: 'array', items: schemaRef(name) });

/** A bearer token with one of these roles (OpenAPI 3.1: role names in a non-OAuth security requirement). */
const roles = (...names: string[]): JsonSchema[] => names.map((role) => ({ bearer: [role] }));
/** Any signed-in caller. */
const signedIn: JsonSchema[] = [{ bearer: [] }];

export const tags: JsonSchema[] = [
  { name: 'operations', description: 'Health, Prometheus metrics and this document (运维).' },
  { name: 'auth', description: 'Development sign-in (开发登录). In production, bearer tokens come from the identity provider (统一身份认证).' },
  { name: 'bundles', description: '一件事: published bundles, their preview (情形引导, 一表申请, 一次告知), drafts and publishing.' },
  { name: 'applications', description: '办件: submitting once (一次提交) and following an application.' },
  { name: 'tasks', description: "部门审批: a department's tasks (待办) and decisions (审批决定)." },
  { name: 'catalogue', description: '事项库: the matter catalogue — matters as versioned definitions (search, drafts, publishing, versions, which bundles use them), the departments of each region, and importing a catalogue spreadsheet.' },
  { name: 'ratings', description: '好差评 and 差评整改: the applicant rates an application once after it ended; bad ratings open rectification tasks for the departments.' },
  { name: 'stats', description: '统计: ratings per department and 办件统计 per bundle (real 减时间 next to the designed one).' },
  {
    name: 'calendars',
    description:
      '工作日历: the national holiday schedules (国务院办公厅部分节假日安排) and regional overlays deadlines count working days with. A deadline reaching a year that is not loaded counts Monday–Friday and is marked provisional (dueAtProvisional); loading the year re-bases it.',
  },
  { name: 'testing', description: 'End-to-end test support, never enabled by default.' },
  { name: 'materials', description: '申请材料: uploading the files of an application’s materials (or of a draft’s, before submitting), and downloading them.' },
  { name: 'notifications', description: '用户中心消息: the caller’s notifications (personal and, for officers, their department’s), read state and a live stream.' },
  { name: 'webhooks', description: '部门 Webhook (admin): a department’s webhook and its deliveries from the durable outbox.' },
];

export const paths: Record<string, Record<string, JsonSchema>> = {
  '/api/applications': {
    post: {
      tags: ['applications'],
      operationId: 'submitApplication',
      summary: 'Submit an application once (idempotent)',
      description:
        "一次提交 (citizen): asks the data-sharing connector itself (never trusting the client for shared data): the values it provides fill what the data leaves out (秒报), and the 秒批 rules evaluate over the data and the shared data. Then validates the answers and the merged-form data (一表申请) against the bundle's latest version, and creates the application (办件) and every included matter's task in one transaction, keeping the connector's outcome and each value's provenance (shared with source and time, or entered — also when it overrides a shared value). A connector that is down or slow never blocks a submission: nothing is prefilled or waived by it, and every value is entered. Matters with no pending dependency become pending at once, in parallel (并联审批); the others wait for their dependencies. With draftId (保存草稿), the caller's unexpired draft is deleted in the same transaction and the files uploaded to it become the application's (same upload ids, MATERIAL_UPLOADED timeline events at their upload times), for the materials the included matters list (others are dropped with the draft). The Idempotency-Key header makes a retry safe. Checked in this order: JSON body, token and role, Idempotency-Key, body shape, bundle, validation. Role: citizen.",
      security: roles('citizen'),
      parameters: [param('IdempotencyKey'), lang],
      requestBody: jsonBody(schemaRef('SubmitApplication'), 'The bundle id, the answers and the data.'),
      responses: {
        '201': ok('The application was created.', schemaRef('ApplicationCreated'), { Location: header('Location') }),
        '200': ok('A retry with the same Idempotency-Key and the same body: the application created the first time; nothing new was created.', schemaRef('ApplicationCreated'), {
          Location: header('Location'),
        }),
        '400': failure(
          `BAD_JSON: the body is not valid JSON. IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header, or one longer than 200 characters. BAD_REQUEST: the body is not a JSON object, bundleId is not a non-empty string, or answers/data is not an object. ${TEXT_TOO_LONG_TEXT} ${JSON_SHAPE_TEXT}`,
          coded(['BAD_JSON', 'BAD_REQUEST', 'IDEMPOTENCY_KEY_REQUIRED', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
        ),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this bundleId.'),
        '409': failure('IDEMPOTENCY_CONFLICT: this Idempotency-Key was already used by this applicant with a different body.', coded(['IDEMPOTENCY_CONFLICT'])),
        '422': failure(
          'VALIDATION_FAILED: answers or data are not valid (including data the merged form does not define: the form is closed); errors lists each problem with its JSON Pointer and a message in the response language. NOTHING_INCLUDED: the answers include no matter of the bundle. COMMITMENT_NOT_ALLOWED: a commitment names a material that no included matter allows a commitment (告知承诺) for. DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft named by draftId no longer meets the limits of its material for the matters these answers include (uploadId, materialId); nothing is written.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
          coded(['NOTHING_INCLUDED', 'COMMITMENT_NOT_ALLOWED']),
          coded(['DRAFT_UPLOAD_NOT_ALLOWED'], 'DraftUploadNotAllowed'),
        ),
        ...bodyLimits,
        ...always,
        '429': failure(
          'APPLICATION_QUOTA_EXCEEDED: the applicant already submitted as many applications today (China Standard Time) as allowed (ONEGO_QUOTA_APPLICATIONS_PER_DAY, 20 by default; limit names it); nothing is written; Retry-After (and retryAfterSeconds) is the time to midnight. A retry of a submission already made is still answered. RATE_LIMITED: see the other operations.',
          coded(['RATE_LIMITED']),
          coded(['APPLICATION_QUOTA_EXCEEDED'], 'ApplicationQuotaExceeded'),
        ),
      },
    },
    get: {
      tags: ['applications'],
      operationId: 'listApplications',
      summary: "List the caller's own applications",
      description: '我的办件 (citizen): the applications the caller submitted, newest first, paged. X-Total-Count gives how many there are. Role: citizen.',
      security: roles('citizen'),
      parameters: [param('Page'), param('PageSize'), lang],
      responses: {
        '200': ok("One page of the caller's applications.", arrayOf('ApplicationSummary'), { 'X-Total-Count': header('X-Total-Count') }),
        '400': badRequest('page or pageSize is not a whole number in range.'),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        ...always,
      },
    },
  },
  '/api/applications/{id}': {
    get: {
      tags: ['applications'],
      operationId: 'getApplication',
      summary: 'Get an application with per-matter status, results and timeline',
      description:
        '办件详情 / 办理进度: the status, each matter’s status and deadline, the issued results (统一发证), the timeline (who, what, when), what shared data provided at submission and the provenance of every value (shared with source and time, or entered). Readable by its applicant (citizen), by an officer of a department with a task in it, and by an admin; to anyone else it does not exist (404). An officer sees the details (comments, reasons) of timeline entries, the provenance of values and the e-licences used only for the matters of their own department. Any role.',
      security: signedIn,
      parameters: [param('ApplicationId'), lang],
      responses: {
        '200': ok('The application.', schemaRef('Application')),
        '401': unauthenticated,
        '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or the caller may not read it (another citizen’s, an officer with no task in it, a designer).'),
        ...always,
      },
    },
  },
  '/api/tasks': {
    get: {
      tags: ['tasks'],
      operationId: 'listTasks',
      summary: "List the tasks of the officer's department",
      description:
        "部门待办: the tasks of the caller's department, optionally of one status, by deadline (dueAt ascending, tasks without a deadline last), paged. X-Total-Count gives the number of matching tasks. Role: officer.",
      security: roles('officer'),
      parameters: [param('TaskStatus'), param('Page'), param('PageSize'), lang],
      responses: {
        '200': ok('One page of tasks.', arrayOf('Task'), { 'X-Total-Count': header('X-Total-Count') }),
        '400': failure('BAD_REQUEST: status is not a task status, or page / pageSize is not a whole number in range.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': forbidden('the caller is not an officer.'),
        ...always,
      },
    },
  },
  '/api/tasks/{id}': {
    get: {
      tags: ['tasks'],
      operationId: 'getTask',
      summary: 'Get a task with only the data its matter needs',
      description:
        "审批详情: the task, its matter and time limit, and only the fields and materials that matter needs (数据最小化: an officer never receives other departments' fields), with each field's provenance (from shared data with source and time, or entered by the applicant) and, for each material waived by shared data at submission, what replaced it (the e-licence found, or the shared values). Role: officer of the task's department.",
      security: roles('officer'),
      parameters: [param('TaskId'), lang],
      responses: {
        '200': ok('The task.', schemaRef('TaskDetail')),
        '401': unauthenticated,
        '403': forbidden("the caller is not an officer, or the task belongs to another department."),
        '404': notFound('TASK_NOT_FOUND', 'no task has this id.'),
        ...always,
      },
    },
  },
  '/api/tasks/{id}/decision': {
    post: {
      tags: ['tasks'],
      operationId: 'decideTask',
      summary: 'Approve, reject or return a task',
      description:
        "审批决定: approve (通过), reject (不予许可) or return for supplement (退回补正, naming the missing materials or saying why). Runs as one transaction; approving the last matter issues all results together (统一发证) and completes the application, and approving a dependency starts the matters waiting for it. Officers of different departments may decide the same application at the same instant. Role: officer of the task's department.",
      security: roles('officer'),
      parameters: [param('TaskId'), lang],
      requestBody: jsonBody(schemaRef('Decision'), 'The decision.'),
      responses: {
        '200': ok('The task after the decision.', schemaRef('DecisionResult')),
        '400': failure(
          "BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body is not a JSON object, decision is not approve|reject|return|accept, comment is not a string, missing / fields are not lists of strings, a return names no material, no field and no comment, or an acceptance names no missing material or names fields. UNKNOWN_MATERIAL: a missing material is not one of the matter's materials. UNKNOWN_FIELD: a field is not a JSON Pointer to one of the matter's fields. " + TEXT_TOO_LONG_TEXT + ' ' + JSON_SHAPE_TEXT,
          coded(['BAD_JSON', 'BAD_REQUEST', 'UNKNOWN_MATERIAL', 'UNKNOWN_FIELD', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
        ),
        '401': unauthenticated,
        '403': forbidden("the caller is not an officer, or the task belongs to another department."),
        '404': notFound('TASK_NOT_FOUND', 'no task has this id.'),
        '409': failure(
          'TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be decided now (waiting for a dependency, or returned; or accepted with materials owed already). MATERIALS_OWED: approving a matter whose 容缺 materials are not supplied yet. CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
          coded(['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'MATERIALS_OWED', 'CONCURRENT_UPDATE']),
        ),
        '422': failure('MATERIAL_IS_KEY: an acceptance with missing materials (容缺受理) names a key material.', coded(['MATERIAL_IS_KEY'])),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/applications/{id}/supplement': {
    get: {
      tags: ['applications'],
      operationId: 'getSupplement',
      summary: 'What the application waits for from the applicant (补正 / 容缺)',
      description:
        '补正: the matters returned for supplement (their time limits stopped) and the materials owed after 容缺受理, with the flagged fields, the merged form with every other field read-only, and the data as submitted. matters is empty when nothing waits. Role: citizen, own application.',
      security: roles('citizen'),
      parameters: [param('ApplicationId'), lang],
      responses: {
        '200': ok('What to supplement.', schemaRef('SupplementView')),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s.'),
        ...always,
      },
    },
    post: {
      tags: ['applications'],
      operationId: 'supplementApplication',
      summary: 'Supplement: corrected fields, commitments and the materials asked for',
      description:
        '补正 / 容缺补齐: only the flagged fields may differ from the stored data (the rest is locked); the data must still be valid; every requested material must be provided (a signed commitment where the matter allows one, 告知承诺). In one transaction the data and commitments are written and each matter returns to pending (its time limit resumes with the days left) or stops owing. Answers the application. Role: citizen, own application.',
      security: roles('citizen'),
      parameters: [param('ApplicationId'), lang],
      requestBody: jsonBody(schemaRef('SupplementRequest'), 'The supplement.'),
      responses: {
        '200': ok('The application after the supplement.', schemaRef('Application')),
        '400': badRequest('data is not an object, or commitments / matters are not lists of strings.'),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or another citizen’s.'),
        '409': failure(
          'NOTHING_TO_SUPPLEMENT: no matter (or not every matter named) waits for the applicant. CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
          coded(['NOTHING_TO_SUPPLEMENT', 'CONCURRENT_UPDATE']),
        ),
        '422': failure(
          'FIELDS_LOCKED: a field that was not flagged changed. VALIDATION_FAILED: the corrected data is not valid. COMMITMENT_NOT_ALLOWED: a commitment for a material that was not requested or allows none. MATERIALS_MISSING: a requested material is not provided.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
          coded(['FIELDS_LOCKED', 'COMMITMENT_NOT_ALLOWED', 'MATERIALS_MISSING']),
        ),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/application-drafts': {
    post: {
      tags: ['applications'],
      operationId: 'createDraft',
      summary: 'Save a partly filled application (保存草稿)',
      description:
        'Saves answers and data as they are, unvalidated (and the commitments chosen, checked only at submission), to resume later on any device; it expires ONEGO_DRAFT_TTL_DAYS (default 30) after its last save (an upload to it counts as one). Files are uploaded to it with POST /api/application-drafts/{id}/materials/{materialId}. At most 50 per citizen. Role: citizen.',
      security: roles('citizen'),
      parameters: [lang],
      requestBody: jsonBody(schemaRef('DraftRequest'), 'The draft.'),
      responses: {
        '201': ok('The saved draft.', schemaRef('Draft'), { Location: header('Location') }),
        '400': badRequest('bundleId is not a non-empty string, answers / data is not an object, or commitments is not a list of material ids.', true),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this bundleId.'),
        '409': failure('TOO_MANY_DRAFTS: the citizen keeps 50 drafts already.', coded(['TOO_MANY_DRAFTS'])),
        '422': failure(
          'VALIDATION_FAILED: data holds fields that the bundle’s merged form does not define (for any answers); errors names each by its JSON Pointer. A draft is otherwise not validated until it is submitted.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
        ),
        ...bodyLimits,
        ...always,
      },
    },
    get: {
      tags: ['applications'],
      operationId: 'listDrafts',
      summary: "List the caller's drafts",
      description: '我的草稿: the caller’s drafts that have not expired, last saved first. Role: citizen.',
      security: roles('citizen'),
      parameters: [lang],
      responses: { '200': ok('The drafts.', arrayOf('Draft')), '401': unauthenticated, '403': forbidden('the caller is not a citizen.'), ...always },
    },
  },
  '/api/application-drafts/{id}': {
    get: {
      tags: ['applications'],
      operationId: 'getDraft',
      summary: 'Resume a draft',
      description: 'One draft of the caller. Another citizen’s draft, or an expired one, does not exist (404). Role: citizen.',
      security: roles('citizen'),
      parameters: [param('DraftId'), lang],
      responses: {
        '200': ok('The draft.', schemaRef('Draft')),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('DRAFT_NOT_FOUND', 'no such draft of the caller, or it expired.'),
        ...always,
      },
    },
    put: {
      tags: ['applications'],
      operationId: 'updateDraft',
      summary: 'Save a draft again',
      description: 'Replaces answers, data and/or commitments and extends the expiry. With version, a save over a newer one (from another device) is refused. Role: citizen.',
      security: roles('citizen'),
      parameters: [param('DraftId'), lang],
      requestBody: jsonBody(schemaRef('DraftUpdate'), 'What changed.'),
      responses: {
        '200': ok('The saved draft.', schemaRef('Draft')),
        '400': badRequest('answers / data is not an object, commitments is not a list of material ids, or version is not a whole number.'),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('DRAFT_NOT_FOUND', 'no such draft of the caller, or it expired.'),
        '409': failure('DRAFT_CONFLICT: the draft was saved elsewhere since the version given.', coded(['DRAFT_CONFLICT'])),
        '422': failure(
          'VALIDATION_FAILED: data holds fields that the bundle’s merged form does not define (for any answers); errors names each by its JSON Pointer. A draft is otherwise not validated until it is submitted.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
        ),
        ...bodyLimits,
        ...always,
      },
    },
    delete: {
      tags: ['applications'],
      operationId: 'deleteDraft',
      summary: 'Delete a draft',
      description: 'Deletes one of the caller’s drafts, with the records of the files uploaded to it (the stored files stay: content-addressed, they may be shared). Role: citizen.',
      security: roles('citizen'),
      parameters: [param('DraftId'), lang],
      responses: {
        '204': { description: 'Deleted.' },
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('DRAFT_NOT_FOUND', 'no such draft of the caller, or it expired.'),
        ...always,
      },
    },
  },
};
