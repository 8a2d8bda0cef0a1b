// The OpenAPI 3.1 document of the HTTP API, served at GET /api/openapi.json. Paths and bodies come from
// the routes' declarations (http/routeDeclaration.ts, beside each route), tags from tags.ts, shared
// parameters and responses from responses.ts. runtime/test/openApi.test.ts checks that
// the document is valid, that every route the server registers is documented (and nothing else), that
// every error code appears, and that real responses match their schemas.
import runtimePackage from '../../package.json' with { type: 'json' };
import { tags } from './tags.ts';
import { headers, parameters, sharedResponses } from './responses.ts';
import { archiveApi } from '../archive/archiveRoutes.ts';
import { documentApi } from '../documents/documentRoutes.ts';
import { devLoginApi } from '../auth/devLoginRoutes.ts';
import { signInMethodsApi } from '../auth/signInMethodsRoutes.ts';
import { declaredComponents } from '../http/apiComponents.ts';
import type { Api } from '../http/routeDeclaration.ts';
import { applicationApi } from '../applications/applicationRoutes.ts';
import { supplementApi } from '../applications/supplementRoutes.ts';
import { withdrawalApi } from '../applications/withdrawalRoutes.ts';
import { reminderApi } from '../reminders/reminderRoutes.ts';
import { draftApi } from '../drafts/draftRoutes.ts';
import { partyApi } from '../applicants/partyRoutes.ts';
import { draftMaterialApi } from '../materials/draftMaterialRoutes.ts';
import { materialApi } from '../materials/materialRoutes.ts';
import { licenceApi } from '../issuance/licenceRoutes.ts';
import { notificationApi } from '../notifications/notificationRoutes.ts';
import { healthApi } from '../observability/healthRoutes.ts';
import { metricsApi } from '../observability/metricsRoutes.ts';
import { paymentCallbackApi } from '../payments/paymentCallbackRoutes.ts';
import { ratingApi } from '../ratings/ratingRoutes.ts';
import { signatureApi } from '../signatures/signatureRoutes.ts';
import { contactPreferenceApi } from '../channels/contactPreferenceRoutes.ts';
import { catalogueApi } from '../catalogue/catalogueRoutes.ts';
import { dataElementApi } from '../catalogue/dataElementRoutes.ts';
import { taskApi } from '../tasks/taskRoutes.ts';
import { officerApi } from '../officers/officerRoutes.ts';
import { testClockApi } from '../timers/testClockRoutes.ts';
import { departmentWebhooks } from '../webhooks/webhookSchemas.ts';
import { webhookApi } from '../webhooks/webhookRoutes.ts';
import { rectificationApi } from '../ratings/rectificationRoutes.ts';
import { bundleApi } from '../bundles/bundleRoutes.ts';
import { calendarApi } from '../calendars/calendarRoutes.ts';
import { statsApi } from '../stats/statsRoutes.ts';
import { declaredPaths } from './declaredPaths.ts';
import { openApiApi } from './openApiRoutes.ts';

const DESCRIPTION = `OneGo runs 一件事一次办 bundles: several matters (事项) of different departments merged into one
application (办件) — one notice (一次告知), one merged form (一表申请), one submission, parallel approvals by
the departments (并联审批), and unified issuance (统一发证).

**Authentication.** Send \`Authorization: Bearer <token>\`. Tokens come from the region's identity provider
(统一身份认证; verified against its JWKS with the configured issuer and audience) or, only when the server
runs with ONEGO_DEV_LOGIN=1, from POST /api/auth/dev-login. A token that is sent is checked on every route,
public ones included: an invalid one is answered 401 INVALID_TOKEN. Roles: citizen (群众/企业), officer
(部门审批人员, of one department), designer (一件事设计人员), admin. Each operation's security requirement
names the roles it accepts.

**Errors.** Every error is JSON \`{code, message, ...details}\` with a stable code (components/schemas/ErrorCode)
and a message in Chinese by default or English with \`Accept-Language: en\`; never a stack trace. A JSON body
is parsed before anything else, on every path: malformed JSON is 400 BAD_JSON and a body over 1 MB is 413
PAYLOAD_TOO_LARGE. The exceptions are the material uploads (POST /api/applications/{id}/materials/{materialId}
and POST /api/application-drafts/{id}/materials/{materialId}), which read multipart/form-data and answer every
other body 415 MULTIPART_REQUIRED. An unknown path is 404 NOT_FOUND (for GET and HEAD: under /api, or a missing file — see
the web app below). A known path with another method is answered 405 with
an Allow header and a plain-text body, and OPTIONS 200 with an Allow header.

**Conventions.** Every GET also answers HEAD. Every response carries X-Request-Id. Instants are ISO 8601 in
UTC; deadlines (dueAt) are the end (China Standard Time) of the last working day of a time limit, counted by the working-day
calendar (工作日, holidays and 调休).

**Notifications and webhooks.** GET /api/notifications is the caller's inbox (用户中心), /api/notifications/stream
pushes new ones live (Server-Sent Events). A department's webhook (admin: /api/admin/webhooks) receives its
notifications as signed POSTs from a durable outbox, retried with backoff; see \`webhooks\` below.

**The web app.** GET and HEAD of any path outside /api, /health and /metrics are the web app built into
designer/dist (not part of this API): its files, and index.html (text/html) for its own routes such as
/workbench; a missing file (a path with an extension) is 404 NOT_FOUND; 503 (text/plain) until it is built.

**Conditional routes.** POST /api/auth/dev-login exists only with ONEGO_DEV_LOGIN=1 and POST /api/test/clock
works only with ONEGO_TEST_CLOCK=1 (see x-onego-enabled-by).`;

/** The resources whose routes are declared (http/routeDeclaration.ts); the document's paths come from them. */
export const APIS: readonly Api[] = [
  healthApi,
  metricsApi,
  paymentCallbackApi,
  openApiApi,
  testClockApi,
  signInMethodsApi,
  devLoginApi,
  bundleApi,
  materialApi,
  licenceApi,
  signatureApi,
  draftMaterialApi,
  archiveApi,
  documentApi,
  applicationApi,
  supplementApi,
  withdrawalApi,
  reminderApi,
  draftApi,
  partyApi,
  taskApi,
  officerApi,
  ratingApi,
  rectificationApi,
  statsApi,
  calendarApi,
  catalogueApi,
  dataElementApi,
  notificationApi,
  contactPreferenceApi,
  webhookApi,
];

/** Every declared route (request validation is tested against the document with them). */
export const declaredRoutes = () => APIS.flatMap((api) => Object.values(api));

type Json = Record<string, unknown>;


export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'OneGo API',
      summary: 'One thing, done in one go (一件事一次办): submit once, parallel department approvals, unified issuance.',
      description: DESCRIPTION,
      version: runtimePackage.version,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags,
    paths: declaredPaths(APIS),
    webhooks: departmentWebhooks,
    components: {
      schemas: declaredComponents() as Record<string, Json>,
      responses: sharedResponses,
      parameters,
      headers,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "A JWT from the identity provider (统一身份认证) with the subject, a role claim (citizen|officer|designer|admin) and, for officers, a department claim; or a dev-login token (ONEGO_DEV_LOGIN=1 only). Role names in an operation's security requirement say which roles it accepts.",
        },
        metricsToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'GET /metrics only: the operator-configured ONEGO_METRICS_TOKEN, a shared secret for the Prometheus scraper.',
        },
        paymentToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'POST /api/payments/notifications only: the operator-configured ONEGO_PAYMENT_TOKEN, the secret shared with the payment platform (OneGo sends it on its calls to the platform too).',
        },
        accessToken: {
          type: 'apiKey',
          in: 'query',
          name: 'access_token',
          description: 'The same bearer token in the query string; accepted only by GET /api/notifications/stream, because a browser’s EventSource cannot send headers.',
        },
      },
    },
  };
}
