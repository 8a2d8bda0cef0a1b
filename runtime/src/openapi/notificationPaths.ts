// The paths of the notifications (runtime/src/notifications/notificationRoutes.ts) and of the admin API
// of department webhooks (runtime/src/webhooks/webhookRoutes.ts).
import { always, badRequest, bodyLimits, coded, failure, forbidden, jsonBody, notFound, ok, unauthenticated } from './responses.ts';
import { MIN_SECRET_LENGTH } from '../webhooks/webhookRoutes.ts';
import { schemaRef, type JsonSchema } from './schemas.ts';

const param = (name: string): JsonSchema => ({ $ref: `#/components/parameters/${name}` });
const lang = param('AcceptLanguage');
const arrayOf = (name: string): JsonSchema => ({ type: 'array', items: schemaRef(name) });
const count = (description: string): JsonSchema => ({ description, schema: { type: 'integer', minimum: 0 } });
const signedIn: JsonSchema[] = [{ bearer: [] }];
const adminOnly: JsonSchema[] = [{ bearer: ['admin'] }];
const notAdmin = forbidden('the caller is not an admin.');
const departmentParam: JsonSchema = {
  name: 'department',
  in: 'path',
  required: true,
  description: 'The department id (e.g. health), as the matters name it.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
};
const badDepartment = 'the department id is not 1–100 letters, digits, ".", "_" or "-".';
const webhookMissing = notFound('WEBHOOK_NOT_FOUND', 'the department has no webhook.');
const pageParams = [
  param('Page'),
  { name: 'pageSize', in: 'query', required: false, description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];

export const notificationTags: JsonSchema[] = [
  { name: 'notifications', description: '用户中心消息: the caller’s notifications (personal and, for officers, their department’s), read state and a live stream.' },
  { name: 'webhooks', description: '部门 Webhook (admin): a department’s webhook and its deliveries from the durable outbox.' },
];

export const notificationPaths: Record<string, Record<string, JsonSchema>> = {
  '/api/notifications': {
    get: {
      tags: ['notifications'],
      operationId: 'listNotifications',
      summary: "List the caller's notifications, newest first",
      description:
        "用户中心消息: a citizen's personal notifications (returned for supplement, matter approved or rejected, application completed or rejected); an officer's personal ones and those of their department (task assigned, supplement received, deadline warning, overdue, rectification opened or overdue), which every officer of the department sees, each with their own read state. Newest first, paged; X-Total-Count counts the matching notifications over all pages and X-Unread-Count the unread ones. Notifications are made from the application's events by a background dispatcher, usually within a second. Any role.",
      security: signedIn,
      parameters: [
        { name: 'unread', in: 'query', required: false, description: 'true: only unread notifications.', schema: { type: 'string', enum: ['true', 'false'] } },
        ...pageParams,
        lang,
      ],
      responses: {
        '200': ok('One page of notifications.', arrayOf('Notification'), {
          'X-Total-Count': count('How many notifications match the filter, over all pages.'),
          'X-Unread-Count': count('How many of the caller’s notifications are unread.'),
        }),
        '400': failure('BAD_REQUEST: unread is not true or false, or page / pageSize is not a whole number in range.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        ...always,
      },
    },
  },
  '/api/notifications/read-all': {
    post: {
      tags: ['notifications'],
      operationId: 'markAllNotificationsRead',
      summary: "Mark all the caller's notifications read",
      description: "全部已读: every notification the caller has now (personal and department) becomes read for the caller only. No request body is read. Any role.",
      security: signedIn,
      parameters: [lang],
      responses: {
        '200': ok('How many were unread.', schemaRef('NotificationsMarked')),
        '400': failure('BAD_JSON: a body was sent and is not valid JSON.', coded(['BAD_JSON'])),
        '401': unauthenticated,
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/notifications/{id}/read': {
    post: {
      tags: ['notifications'],
      operationId: 'markNotificationRead',
      summary: 'Mark one notification read',
      description: '标记已读, for the caller only (other officers of the department still see a department notification unread). Idempotent. No request body is read. Any role.',
      security: signedIn,
      parameters: [{ name: 'id', in: 'path', required: true, description: 'The notification id.', schema: { type: 'string', pattern: '^[0-9]+$' } }, lang],
      responses: {
        '200': ok('The notification, read.', schemaRef('Notification')),
        '400': failure('BAD_JSON: a body was sent and is not valid JSON.', coded(['BAD_JSON'])),
        '401': unauthenticated,
        '404': notFound('NOTIFICATION_NOT_FOUND', 'no notification with this id is the caller’s (another user’s or department’s is not revealed).'),
        ...bodyLimits,
        ...always,
      },
    },
  },
  '/api/notifications/stream': {
    get: {
      tags: ['notifications'],
      operationId: 'streamNotifications',
      summary: "A live stream of the caller's new notifications (Server-Sent Events)",
      description:
        "实时消息推送 (text/event-stream): each new notification of the caller as an event `notification` whose id is the notification id and whose data is a Notification (JSON, read: false), a comment line as keep-alive every ONEGO_SSE_KEEPALIVE_MS (default 15 s), and `retry: 2000`. Without Last-Event-ID only notifications created after the stream opened are sent; with it (the header a browser's EventSource sends when it reconnects, or the lastEventId query parameter) the caller's notifications after that id are replayed first (at most 1000; read older ones with GET /api/notifications). The server ends a stream after 30 minutes and when it shuts down; EventSource reconnects by itself, and the token is checked again then.\n\n**Token in the URL.** A browser's EventSource cannot send an Authorization header, so this route alone also accepts the bearer token as the access_token query parameter. The tradeoff: a URL can end up in browser history, proxy logs and Referer headers. OneGo never logs query strings; serve it over HTTPS, keep tokens short-lived, and prefer the Authorization header where the client can send one (e.g. a fetch-based SSE client). Any role.",
      security: [{ bearer: [] }, { accessToken: [] }],
      parameters: [
        { name: 'Last-Event-ID', in: 'header', required: false, description: 'Replay the notifications after this id first.', schema: { type: 'string', pattern: '^[0-9]+$' } },
        { name: 'lastEventId', in: 'query', required: false, description: 'Same as Last-Event-ID (the header wins).', schema: { type: 'string', pattern: '^[0-9]+$' } },
        { name: 'access_token', in: 'query', required: false, description: 'The bearer token, for clients that cannot send headers (EventSource).', schema: { type: 'string' } },
        lang,
      ],
      responses: {
        '200': {
          description: 'The event stream; it stays open.',
          headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } },
          content: { 'text/event-stream': { schema: { type: 'string', description: 'Events `notification` (id: the notification id; data: a Notification as JSON) and keep-alive comments.' } } },
        },
        '400': failure('BAD_REQUEST: Last-Event-ID (or lastEventId) is not a whole number ≥ 0.', coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        ...always,
        '429': failure(
          'TOO_MANY_STREAMS: the caller holds as many open streams as allowed (ONEGO_MAX_STREAMS_PER_PRINCIPAL, 10 by default); limit names it; retry after closing one. RATE_LIMITED: see the other operations.',
          coded(['TOO_MANY_STREAMS', 'RATE_LIMITED']),
        ),
      },
    },
  },
  '/api/admin/webhooks': {
    get: {
      tags: ['webhooks'],
      operationId: 'listWebhooks',
      summary: 'List the departments’ webhooks',
      description: '部门 Webhook 列表, by department (secrets are never returned). Role: admin.',
      security: adminOnly,
      parameters: [lang],
      responses: { '200': ok('The webhooks.', arrayOf('Webhook')), '401': unauthenticated, '403': notAdmin, ...always },
    },
  },
  '/api/admin/webhooks/{department}': {
    get: {
      tags: ['webhooks'],
      operationId: 'getWebhook',
      summary: "Get a department's webhook",
      description: "A department's webhook (the secret is never returned). Role: admin.",
      security: adminOnly,
      parameters: [departmentParam, lang],
      responses: {
        '200': ok('The webhook.', schemaRef('Webhook')),
        '400': failure(`BAD_REQUEST: ${badDepartment}`, coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': notAdmin,
        '404': webhookMissing,
        ...always,
      },
    },
    put: {
      tags: ['webhooks'],
      operationId: 'putWebhook',
      summary: "Create or replace a department's webhook",
      description:
        "配置部门 Webhook: from now on the department's notifications (of the chosen types) are queued for this URL, signed with this secret. Deliveries still pending use the new URL and secret. Only admins configure URLs, and only to public addresses: loopback, private, link-local, unique-local IPv6, reserved addresses, cloud metadata host names and URLs with a user name or password are refused (422 OUTBOUND_TARGET_REFUSED) unless the operator allow-lists the host or range (ONEGO_OUTBOUND_ALLOW); the addresses a host name resolves to are checked again at each delivery. Role: admin.",
      security: adminOnly,
      parameters: [departmentParam, lang],
      requestBody: jsonBody(schemaRef('WebhookRequest'), 'The URL, the secret and optionally the types.'),
      responses: {
        '201': ok('The webhook is created.', schemaRef('Webhook')),
        '200': ok('The webhook is replaced.', schemaRef('Webhook')),
        '400': badRequest(`the body is not a JSON object, url is not an absolute http(s) URL, the secret is not ${MIN_SECRET_LENGTH}–200 characters, events is not a non-empty list of department notification types, or ${badDepartment}`, true),
        '401': unauthenticated,
        '403': notAdmin,
        '422': failure(
          'OUTBOUND_TARGET_REFUSED: the URL points at a loopback, private, link-local, unique-local or reserved address, a cloud metadata host, or carries credentials, and is not allow-listed (ONEGO_OUTBOUND_ALLOW); reason names which (scheme, credentials, metadata, loopback, private, link-local, unique-local, reserved).',
          coded(['OUTBOUND_TARGET_REFUSED'], 'OutboundTargetRefused'),
        ),
        ...bodyLimits,
        ...always,
      },
    },
    delete: {
      tags: ['webhooks'],
      operationId: 'deleteWebhook',
      summary: "Remove a department's webhook",
      description: 'Removes the webhook; its pending deliveries are cancelled (their history stays readable). Role: admin.',
      security: adminOnly,
      parameters: [departmentParam, lang],
      responses: {
        '204': { description: 'Removed.', headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } } },
        '400': failure(`BAD_REQUEST: ${badDepartment}`, coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': notAdmin,
        '404': webhookMissing,
        ...always,
      },
    },
  },
  '/api/admin/webhooks/{department}/deliveries': {
    get: {
      tags: ['webhooks'],
      operationId: 'listWebhookDeliveries',
      summary: "List a department's webhook deliveries, newest first",
      description:
        'Webhook 投递记录 from the durable outbox: status, attempts, the last HTTP status and error, and when the next attempt is due. Failed deliveries (given up after the configured attempts) are also counted in the Prometheus counter onego_webhook_deliveries_total{outcome="failed"}. X-Total-Count counts the matching deliveries. Role: admin.',
      security: adminOnly,
      parameters: [
        departmentParam,
        { name: 'status', in: 'query', required: false, description: 'Only deliveries in this status.', schema: { type: 'string', enum: ['pending', 'delivered', 'failed', 'cancelled'] } },
        ...pageParams,
        lang,
      ],
      responses: {
        '200': ok('One page of deliveries.', arrayOf('WebhookDelivery'), { 'X-Total-Count': count('How many deliveries match the filter, over all pages.') }),
        '400': failure(`BAD_REQUEST: status is not a delivery status, page / pageSize is not a whole number in range, or ${badDepartment}`, coded(['BAD_REQUEST'])),
        '401': unauthenticated,
        '403': notAdmin,
        ...always,
      },
    },
  },
  '/api/admin/webhooks/{department}/deliveries/{id}/redeliver': {
    post: {
      tags: ['webhooks'],
      operationId: 'redeliverWebhook',
      summary: 'Send a delivery again',
      description: 'Puts a delivery (failed, cancelled, or even delivered) back in the outbox as pending with its attempts reset; it is sent at once with the same delivery id and body. No request body is read. Role: admin.',
      security: adminOnly,
      parameters: [departmentParam, { name: 'id', in: 'path', required: true, description: 'The delivery id.', schema: { type: 'string' } }, lang],
      responses: {
        '200': ok('The delivery, pending again.', schemaRef('WebhookDelivery')),
        '400': failure(`BAD_JSON: a body was sent and is not valid JSON. BAD_REQUEST: ${badDepartment}`, coded(['BAD_JSON', 'BAD_REQUEST'])),
        '401': unauthenticated,
        '403': notAdmin,
        '404': failure(
          'WEBHOOK_NOT_FOUND: the department has no webhook (any more). WEBHOOK_DELIVERY_NOT_FOUND: the department has no delivery with this id.',
          coded(['WEBHOOK_NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FOUND']),
        ),
        ...bodyLimits,
        ...always,
      },
    },
  },
};
