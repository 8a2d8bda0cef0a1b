// The paths of the OpenAPI document: every route the server registers (runtime/src/http/createApp.ts and
// the routers of auth/, bundles/, applications/, tasks/), with the roles it needs and the errors it gives.
// runtime/test/openApi.test.ts fails when a route is missing here or a documented one no longer exists.
import {
  always,
  badRequest,
  bodyLimits,
  calendarMissing,
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
/** Any signed-in caller. */
const signedIn: JsonSchema[] = [{ bearer: [] }];
/** No token needed. */
const open: JsonSchema[] = [];

const designerOnly = forbidden('the caller is neither a designer nor an admin.');

export const tags: JsonSchema[] = [
  { name: 'operations', description: 'Health, Prometheus metrics and this document (运维).' },
  { name: 'auth', description: 'Development sign-in (开发登录). In production, bearer tokens come from the identity provider (统一身份认证).' },
  { name: 'bundles', description: '一件事: published bundles, their preview (情形引导, 一表申请, 一次告知), drafts and publishing.' },
  { name: 'applications', description: '办件: submitting once (一次提交) and following an application.' },
  { name: 'tasks', description: "部门审批: a department's tasks (待办) and decisions (审批决定)." },
  { name: 'testing', description: 'End-to-end test support, never enabled by default.' },
];

export const paths: Record<string, Record<string, JsonSchema>> = {
  '/health': {
    get: {
      tags: ['operations'],
      operationId: 'getHealth',
      summary: 'Liveness check',
      description: '健康检查: answers {"status":"ok"} while the process serves requests. No token needed.',
      security: open,
      parameters: [lang],
      responses: { '200': ok('The server is up.', schemaRef('Health')), '401': invalidTokenOnly, ...always },
    },
  },
  '/metrics': {
    get: {
      tags: ['operations'],
      operationId: 'getMetrics',
      summary: 'Prometheus metrics',
      description:
        '运行指标: Prometheus text exposition (version 0.0.4): onego_http_request_duration_seconds by method, route and status, onego_timers_fired_total by kind, and the Node process metrics (onego_ prefix). No token needed.',
      security: open,
      parameters: [lang],
      responses: {
        '200': {
          description: 'The metrics in the Prometheus text format.',
          headers: { 'X-Request-Id': header('X-Request-Id') },
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
        '401': invalidTokenOnly,
        ...always,
      },
    },
  },
  '/api/openapi.json': {
    get: {
      tags: ['operations'],
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI 3.1 document',
      description: '接口文档: the OpenAPI 3.1 description of the whole HTTP API. No token needed.',
      security: open,
      parameters: [lang],
      responses: {
        '200': ok('The OpenAPI document.', {
          type: 'object',
          properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
          required: ['openapi', 'info', 'paths'],
        }),
        '401': invalidTokenOnly,
        ...always,
      },
    },
  },
  '/api/test/clock': {
    post: {
      tags: ['testing'],
      operationId: 'advanceTestClock',
      summary: "Move the server's clock forward (test clock)",
      description:
        "测试时钟. Only when the server runs with ONEGO_TEST_CLOCK=1 (never by default): moves the server's clock forward by advanceMs and fires the deadline timers that came due (warning at 80 % of a time limit, overdue at the deadline), for end-to-end tests of deadlines across weekends and holidays. Without ONEGO_TEST_CLOCK=1 the path does not exist and answers 404 NOT_FOUND. No token needed.",
      'x-onego-enabled-by': 'ONEGO_TEST_CLOCK=1',
      security: open,
      parameters: [lang],
      requestBody: jsonBody(schemaRef('TestClockRequest'), 'How far to move the clock.'),
      responses: {
        '200': ok('The new time and how many timers fired.', schemaRef('TestClock')),
        '400': badRequest('the body is not a JSON object, or advanceMs is not a number ≥ 0.'),
        '401': invalidTokenOnly,
        '404': notFound('NOT_FOUND', 'the test clock is not enabled (ONEGO_TEST_CLOCK is not 1).'),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/auth/sign-in-methods': {
    get: {
      tags: ['auth'],
      operationId: 'getSignInMethods',
      summary: 'How to sign in here',
      description:
        '登录方式: whether dev login is on (ONEGO_DEV_LOGIN=1, `npm start`) and which identity provider (统一身份认证) issues the accepted tokens, if any. The web app\'s sign-in page reads it. No token needed.',
      security: open,
      parameters: [lang],
      responses: { '200': ok('The sign-in methods.', schemaRef('SignInMethods')), '401': invalidTokenOnly, ...always },
    },
  },
  '/api/auth/dev-login': {
    post: {
      tags: ['auth'],
      operationId: 'devLogin',
      summary: 'Sign in for development with a chosen role',
      description:
        "开发登录. Only present when the server runs with ONEGO_DEV_LOGIN=1 (`npm start` sets it); otherwise the path does not exist and answers 404 NOT_FOUND. Issues a bearer token for any subject with the chosen role; an officer (部门审批人员) names a department. In production, tokens come from the region's identity provider (统一身份认证) and are verified against its JWKS (issuer, audience). No token needed.",
      'x-onego-enabled-by': 'ONEGO_DEV_LOGIN=1',
      security: open,
      parameters: [lang],
      requestBody: jsonBody(schemaRef('DevLoginRequest'), 'Who signs in, with which role.'),
      responses: {
        '200': ok('A bearer token and the principal it names.', schemaRef('DevLogin')),
        '400': badRequest('the body is not a JSON object, role is not citizen|officer|designer|admin, subject is empty, or an officer has no department.'),
        '401': invalidTokenOnly,
        '404': notFound('NOT_FOUND', 'dev login is not enabled (ONEGO_DEV_LOGIN is not 1).'),
        ...bodyLimits,
        ...always,
      },
    },
  },
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
        '保存草稿 (designer): checks the definition as `onego validate` does (schemas, references, dependency cycles, conflicting constraints, time limits) and stores it as the draft of bundle.id, replacing an earlier draft. Publishing makes it a version. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [lang],
      requestBody: jsonBody(schemaRef('BundleDefinition'), 'The bundle and the matters it names, in the definition format.'),
      responses: {
        '201': ok('A new draft is saved.', schemaRef('DraftSaved')),
        '200': ok('The existing draft is replaced.', schemaRef('DraftSaved')),
        '400': badRequest('the body is not a JSON object, bundle is not an object, or matters is not an array.'),
        '401': unauthenticated,
        '403': designerOnly,
        '422': failure('DEFINITION_INVALID: the definition has problems, listed in issues.', {
          ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
          required: ['issues'],
        }),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/bundles/{id}': {
    get: {
      tags: ['bundles'],
      operationId: 'getBundle',
      summary: 'Get a published bundle with its definition',
      description: '一件事详情: the latest published version with its full definition (bundle and matters, 办事指南). No token needed.',
      security: open,
      parameters: [param('BundleId'), lang],
      responses: {
        '200': ok('The bundle.', schemaRef('BundleDetail')),
        '401': invalidTokenOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'),
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
  '/api/bundles/{id}/preview': {
    post: {
      tags: ['bundles'],
      operationId: 'previewBundle',
      summary: 'Preview the form, notice and metrics for given answers',
      description:
        '情形引导预览: for the answers to the scenario questions, the merged form (一表申请, JSON Schema + uiSchema, in the response language), the one-time notice (一次告知: included matters, deduplicated and waived materials, time limits, visits) and the before/after metrics (减材料、减环节、减时间、减跑动). The body may be omitted (no answers). No token needed.',
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
  '/api/bundles/{id}/publish': {
    post: {
      tags: ['bundles'],
      operationId: 'publishBundle',
      summary: 'Publish the draft as the next version',
      description:
        '发布 (designer): the draft becomes the next published version and the draft is cleared. Applications already submitted stay on the version they started with. No request body is read. Roles: designer or admin.',
      security: roles('designer', 'admin'),
      parameters: [param('BundleId'), lang],
      responses: {
        '201': ok('The new published version.', schemaRef('BundleSummary')),
        '400': failure('BAD_JSON: a body was sent and is not valid JSON.', coded(['BAD_JSON'])),
        '401': unauthenticated,
        '403': designerOnly,
        '404': notFound('BUNDLE_NOT_FOUND', 'the bundle has no draft.'),
        '422': failure('DEFINITION_INVALID: the draft no longer passes the checks (e.g. after an upgrade); issues lists the problems.', {
          ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
          required: ['issues'],
        }),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/applications': {
    post: {
      tags: ['applications'],
      operationId: 'submitApplication',
      summary: 'Submit an application once (idempotent)',
      description:
        "一次提交 (citizen): validates the answers and the merged-form data (一表申请) against the bundle's latest version, then creates the application (办件) and every included matter's task in one transaction. Matters with no pending dependency become pending at once, in parallel (并联审批); the others wait for their dependencies. The Idempotency-Key header makes a retry safe. Checked in this order: JSON body, token and role, Idempotency-Key, body shape, bundle, validation. Role: citizen.",
      security: roles('citizen'),
      parameters: [param('IdempotencyKey'), lang],
      requestBody: jsonBody(schemaRef('SubmitApplication'), 'The bundle id, the answers and the data.'),
      responses: {
        '201': ok('The application was created.', schemaRef('ApplicationCreated'), { Location: header('Location') }),
        '200': ok('A retry with the same Idempotency-Key and the same body: the application created the first time; nothing new was created.', schemaRef('ApplicationCreated'), {
          Location: header('Location'),
        }),
        '400': failure(
          'BAD_JSON: the body is not valid JSON. IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header, or one longer than 200 characters. BAD_REQUEST: the body is not a JSON object, bundleId is not a non-empty string, or answers/data is not an object.',
          coded(['BAD_JSON', 'BAD_REQUEST', 'IDEMPOTENCY_KEY_REQUIRED']),
        ),
        '401': unauthenticated,
        '403': forbidden('the caller is not a citizen.'),
        '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this bundleId.'),
        '409': failure('IDEMPOTENCY_CONFLICT: this Idempotency-Key was already used by this applicant with a different body.', coded(['IDEMPOTENCY_CONFLICT'])),
        '422': failure(
          'VALIDATION_FAILED: answers or data are not valid; errors lists each problem with its JSON Pointer and a message in the response language. NOTHING_INCLUDED: the answers include no matter of the bundle.',
          coded(['VALIDATION_FAILED'], 'ValidationError'),
          coded(['NOTHING_INCLUDED']),
        ),
        '503': calendarMissing,
        ...bodyLimits,
        ...always,
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
        '办件详情 / 办理进度: the status, each matter’s status and deadline, the issued results (统一发证) and the timeline (who, what, when). Readable by its applicant (citizen), by an officer of a department with a task in it, and by an admin; to anyone else it does not exist (404). An officer sees the details (comments, reasons) of timeline entries only for the matters of their own department. Any role.',
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
        "审批详情: the task, its matter and time limit, and only the fields and materials that matter needs (数据最小化: an officer never receives other departments' fields). Role: officer of the task's department.",
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
          "BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body is not a JSON object, decision is not approve|reject|return, comment is not a string, missing is not a list of material ids, or a return has neither missing materials nor a comment. UNKNOWN_MATERIAL: a missing material is not one of the matter's materials.",
          coded(['BAD_JSON', 'BAD_REQUEST', 'UNKNOWN_MATERIAL']),
        ),
        '401': unauthenticated,
        '403': forbidden("the caller is not an officer, or the task belongs to another department."),
        '404': notFound('TASK_NOT_FOUND', 'no task has this id.'),
        '409': failure(
          'TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be decided now (waiting for a dependency, or returned). CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
          coded(['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'CONCURRENT_UPDATE']),
        ),
        '503': calendarMissing,
        ...bodyLimits,
        ...always,
      },
    },
  },
};
