// components/schemas of the notifications (用户中心消息) and department webhooks, and the document's
// `webhooks` section: the request OneGo sends to a department's webhook URL.
import { CITIZEN_NOTIFICATION_TYPES, DEPARTMENT_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from '../notifications/notificationTypes.ts';
import { MIN_SECRET_LENGTH } from '../webhooks/webhookRoutes.ts';
import { schemaRef, type JsonSchema } from './schemas.ts';

const closed = (properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
});
const string = (description: string): JsonSchema => ({ type: 'string', description });
const nullableString = (description: string): JsonSchema => ({ type: ['string', 'null'], description });
const instant = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const nullableInstant = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'date-time', description });
const bilingual = (description: string): JsonSchema => closed({ zh: { type: 'string' }, en: { type: 'string' } }, ['zh', 'en'], { description });

const TYPE_DESCRIPTION = `To a department (every officer of it; its webhook may receive them): ${DEPARTMENT_NOTIFICATION_TYPES.join(', ')} — task_assigned (新的待办: a matter became pending), supplement_received (补正后重新待审), deadline_warning (即将超期, at 80 % of the time limit), overdue (已超期), rectification_opened (差评整改: a bad rating), rectification_overdue (整改超期). To the applicant: ${CITIZEN_NOTIFICATION_TYPES.join(', ')} — returned_for_supplement (请补正), materials_owed (容缺受理: materials to supply, the matter goes on), matter_approved (事项通过, also by rule: 秒批), matter_rejected (不予许可), application_completed (办结, results issued), application_rejected (不予办理).`;

const details: JsonSchema = {
  type: 'object',
  description:
    'Facts for a client to act on, by type: bundleId always; taskId and dueAt, and dueAtProvisional: true when that deadline is counted Monday–Friday because its year’s holiday schedule is not loaded yet (task_assigned, supplement_received, deadline_warning, overdue); rectificationId and dueAt (rectification_*); missing (material ids), fields (JSON Pointers of the answers to correct) and comment (returned_for_supplement); missing (material ids) and comment (materials_owed); autoApproved (matter_approved); reason, or dependencyRejected when a matter it depends on was rejected (matter_rejected); resultCount (application_completed).',
  properties: {
    bundleId: { type: 'string' },
    taskId: { type: ['string', 'null'] },
    dueAt: { type: ['string', 'null'], format: 'date-time' },
    dueAtProvisional: { const: true },
    rectificationId: { type: ['string', 'null'] },
    missing: { type: 'array', items: { type: 'string' } },
    fields: { type: 'array', items: { type: 'string' } },
    comment: { type: 'string' },
    autoApproved: { type: 'boolean' },
    reason: { type: 'string' },
    dependencyRejected: { type: 'boolean' },
    resultCount: { type: 'integer', minimum: 0 },
  },
  required: ['bundleId'],
};

export const notificationSchemas: Record<string, JsonSchema> = {
  NotificationType: { type: 'string', enum: [...NOTIFICATION_TYPES], description: TYPE_DESCRIPTION },
  Notification: closed(
    {
      id: { type: 'integer', minimum: 1, description: 'Increasing: newer notifications have larger ids (the stream sends it as the event id).' },
      type: schemaRef('NotificationType'),
      audience: { type: 'string', enum: ['personal', 'department'], description: "personal: the caller's own inbox; department: the inbox shared by the officers of the caller's department." },
      department: nullableString('The department of a department notification; null for a personal one.'),
      applicationId: { type: ['string', 'null'], format: 'uuid', description: 'The application (办件) it is about.' },
      matterId: nullableString('The matter it is about, if one.'),
      title: string('The title, in the response language (Accept-Language: Chinese by default, English on request).'),
      body: string('The text, in the response language.'),
      details,
      createdAt: instant('When the event happened.'),
      read: { type: 'boolean', description: 'Whether the caller has read it (read state is per user, also for department notifications). Always false on the stream.' },
    },
    ['id', 'type', 'audience', 'department', 'applicationId', 'matterId', 'title', 'body', 'details', 'createdAt', 'read'],
    { description: '用户中心消息: one notification of the caller.' },
  ),
  NotificationsMarked: closed({ marked: { type: 'integer', minimum: 0, description: 'How many were unread.' } }, ['marked']),
  DepartmentNotificationType: { type: 'string', enum: [...DEPARTMENT_NOTIFICATION_TYPES], description: 'A notification type sent to departments (see NotificationType).' },
  WebhookRequest: {
    type: 'object',
    description: "A department's webhook: where to POST its notifications, the shared secret to sign them with, and optionally which types.",
    properties: {
      url: { type: 'string', format: 'uri', description: 'An absolute http(s) URL.' },
      secret: { type: 'string', minLength: MIN_SECRET_LENGTH, maxLength: 200, description: 'The HMAC-SHA256 key; stored, never returned.' },
      events: {
        type: ['array', 'null'],
        minItems: 1,
        items: schemaRef('DepartmentNotificationType'),
        description: 'Only these types; absent or null: every department notification type, including types added later.',
      },
    },
    required: ['url', 'secret'],
  },
  Webhook: closed(
    {
      department: string('The department id.'),
      url: string('Where deliveries are POSTed.'),
      events: { type: ['array', 'null'], items: schemaRef('DepartmentNotificationType'), description: 'The types delivered; null: all.' },
      createdAt: instant('When it was first configured.'),
      updatedAt: instant('Last change.'),
      updatedBy: string('The admin who changed it last.'),
    },
    ['department', 'url', 'events', 'createdAt', 'updatedAt', 'updatedBy'],
    { description: "A department's webhook (the secret is never returned)." },
  ),
  WebhookDelivery: closed(
    {
      id: { type: 'string', format: 'uuid', description: 'The delivery id (X-OneGo-Delivery), the same on every attempt.' },
      department: string('The department.'),
      notificationId: { type: 'integer', minimum: 1 },
      type: schemaRef('DepartmentNotificationType'),
      status: {
        type: 'string',
        enum: ['pending', 'delivered', 'failed', 'cancelled'],
        description: 'pending (not yet delivered; retried with backoff), delivered (a 2xx answer), failed (gave up after the configured number of attempts), cancelled (the webhook was removed).',
      },
      attempts: { type: 'integer', minimum: 0 },
      nextAttemptAt: nullableInstant('When it is tried next (pending only).'),
      lastStatus: { type: ['integer', 'null'], description: "The receiver's HTTP status at the last attempt; null when there was no answer." },
      lastError: nullableString(
        'Why the last attempt failed, as a category only (never the raw connection error): timeout, refused (connection refused or reset), blocked (the address the host resolved to is refused by the outbound policy), unreachable (no such host, no route), tls, failed; or "HTTP <status>" when the receiver answered otherwise than 2xx (redirects are not followed).',
      ),
      createdAt: instant('When it was queued.'),
      deliveredAt: nullableInstant('When it was delivered.'),
    },
    ['id', 'department', 'notificationId', 'type', 'status', 'attempts', 'nextAttemptAt', 'lastStatus', 'lastError', 'createdAt', 'deliveredAt'],
    { description: 'One webhook delivery from the durable outbox.' },
  ),
  WebhookPayload: closed(
    {
      id: { type: 'string', format: 'uuid', description: 'The delivery id (also X-OneGo-Delivery): deduplicate by it, a delivery may arrive more than once.' },
      type: schemaRef('DepartmentNotificationType'),
      department: string('The department the notification is for.'),
      createdAt: instant('When the event happened.'),
      notification: closed(
        {
          id: { type: 'integer', minimum: 1 },
          type: schemaRef('DepartmentNotificationType'),
          applicationId: { type: ['string', 'null'], format: 'uuid' },
          matterId: { type: ['string', 'null'] },
          title: bilingual('The title in both languages.'),
          body: bilingual('The text in both languages.'),
          details,
          createdAt: instant('When the event happened.'),
        },
        ['id', 'type', 'applicationId', 'matterId', 'title', 'body', 'details', 'createdAt'],
      ),
    },
    ['id', 'type', 'department', 'createdAt', 'notification'],
    { description: 'The JSON body of a webhook delivery.' },
  ),
};

const SIGNATURE_DESCRIPTION =
  'X-OneGo-Signature: `t=<unix seconds>,v1=<hex>` where hex = HMAC-SHA256(secret, `<t>.<raw request body>`). To verify: take t and v1 from the header, compute the HMAC over the raw bytes received (before any JSON parsing), compare with v1 in constant time, and refuse a t more than 5 minutes from your clock (replays). Each attempt is signed anew (new t, same body).';

/** The document's `webhooks` section (OpenAPI 3.1): what OneGo POSTs to a department's URL. */
export const notificationWebhooks: Record<string, JsonSchema> = {
  departmentNotification: {
    post: {
      tags: ['webhooks'],
      operationId: 'receiveDepartmentNotification',
      summary: "A department notification, POSTed to the department's webhook URL",
      description: `部门 Webhook 推送. OneGo POSTs one notification per request from a durable outbox: a 2xx answer within the timeout (ONEGO_WEBHOOK_TIMEOUT_MS, default 10 s) delivers it; anything else (no connection, timeout, another status, a redirect — redirects are not followed) is retried with exponential backoff and jitter (about 10 s, 20 s, 40 s … at most 1 h) until ONEGO_WEBHOOK_MAX_ATTEMPTS (default 10), then the delivery is marked failed (GET /api/admin/webhooks/{department}/deliveries). Deliveries may arrive more than once and out of order: deduplicate by the delivery id, order by notification.id. ${SIGNATURE_DESCRIPTION}`,
      parameters: [
        { name: 'X-OneGo-Delivery', in: 'header', required: true, description: 'The delivery id, the same on every attempt.', schema: { type: 'string', format: 'uuid' } },
        { name: 'X-OneGo-Event', in: 'header', required: true, description: 'The notification type.', schema: schemaRef('DepartmentNotificationType') },
        { name: 'X-OneGo-Signature', in: 'header', required: true, description: SIGNATURE_DESCRIPTION, schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' } },
        { name: 'X-OneGo-Attempt', in: 'header', required: true, description: 'Which attempt this is, from 1.', schema: { type: 'integer', minimum: 1 } },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: schemaRef('WebhookPayload') } } },
      responses: { '2XX': { description: 'Received; any 2xx status delivers it. Anything else is retried.' } },
    },
  },
};
