// The shapes of department webhooks: the webhook as admins set and read it, its deliveries, and what
// OneGo POSTs to the department's URL (the document's `webhooks` section).
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, nullableInstant, nullableText, uuid } from '../http/apiSchemas.ts';
import { NotificationDetails } from '../notifications/notificationSchemas.ts';
import { DEPARTMENT_NOTIFICATION_TYPES } from '../notifications/notificationTypes.ts';
import { DELIVERY_STATUSES, MIN_SECRET_LENGTH } from './webhookService.ts';

const DepartmentNotificationType = component(
  'DepartmentNotificationType',
  Type.Enum(DEPARTMENT_NOTIFICATION_TYPES, { type: 'string', description: 'A notification type sent to departments (see NotificationType).' }),
);

export const WebhookRequest = component(
  'WebhookRequest',
  Type.Object(
    {
      url: Type.String({ maxLength: 2048, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', format: 'uri', description: 'An absolute http(s) URL.' }),
      secret: Type.String({ minLength: MIN_SECRET_LENGTH, maxLength: 200, description: 'The HMAC-SHA256 key; stored, never returned.' }),
      events: Type.Optional(
        Type.Union([Type.Array(DepartmentNotificationType, { minItems: 1 }), Type.Null()], {
          description: 'Only these types; absent or null: every department notification type, including types added later.',
        }),
      ),
    },
    { description: "A department's webhook: where to POST its notifications, the shared secret to sign them with, and optionally which types." },
  ),
);

export const Webhook = component(
  'Webhook',
  closed(
    {
      department: Type.String({ description: 'The department id.' }),
      url: Type.String({ description: 'Where deliveries are POSTed.' }),
      events: Type.Union([Type.Array(DepartmentNotificationType), Type.Null()], { description: 'The types delivered; null: all.' }),
      createdAt: instant('When it was first configured.'),
      updatedAt: instant('Last change.'),
      updatedBy: Type.String({ description: 'The admin who changed it last.' }),
    },
    { description: "A department's webhook (the secret is never returned)." },
  ),
);

export const WebhookDelivery = component(
  'WebhookDelivery',
  closed(
    {
      id: uuid('The delivery id (X-OneGo-Delivery), the same on every attempt.'),
      department: Type.String({ description: 'The department.' }),
      notificationId: Type.Integer({ minimum: 1 }),
      type: DepartmentNotificationType,
      status: Type.Enum(DELIVERY_STATUSES, {
        type: 'string',
        description:
          'pending (not yet delivered; retried with backoff), delivered (a 2xx answer), failed (gave up after the configured number of attempts), cancelled (the webhook was removed).',
      }),
      attempts: Type.Integer({ minimum: 0 }),
      nextAttemptAt: nullableInstant('When it is tried next (pending only).'),
      lastStatus: Type.Union([Type.Integer(), Type.Null()], { description: "The receiver's HTTP status at the last attempt; null when there was no answer." }),
      lastError: nullableText(
        'Why the last attempt failed, as a category only (never the raw connection error): timeout, refused (connection refused or reset), blocked (the address the host resolved to is refused by the outbound policy), unreachable (no such host, no route), tls, failed; or "HTTP <status>" when the receiver answered otherwise than 2xx (redirects are not followed).',
      ),
      createdAt: instant('When it was queued.'),
      deliveredAt: nullableInstant('When it was delivered.'),
    },
    { description: 'One webhook delivery from the durable outbox.' },
  ),
);

const bothLanguages = (description: string) => closed({ zh: Type.String(), en: Type.String() }, { description });

const WebhookPayload = component(
  'WebhookPayload',
  closed(
    {
      id: uuid('The delivery id (also X-OneGo-Delivery): deduplicate by it, a delivery may arrive more than once.'),
      type: DepartmentNotificationType,
      department: Type.String({ description: 'The department the notification is for.' }),
      createdAt: instant('When the event happened.'),
      notification: closed({
        id: Type.Integer({ minimum: 1 }),
        type: DepartmentNotificationType,
        applicationId: Type.Union([uuid(), Type.Null()]),
        matterId: Type.Union([Type.String(), Type.Null()]),
        title: bothLanguages('The title in both languages.'),
        body: bothLanguages('The text in both languages.'),
        details: NotificationDetails,
        createdAt: instant('When the event happened.'),
      }),
    },
    { description: 'The JSON body of a webhook delivery.' },
  ),
);

const SIGNATURE_DESCRIPTION =
  'X-OneGo-Signature: `t=<unix seconds>,v1=<hex>` where hex = HMAC-SHA256(secret, `<t>.<raw request body>`). To verify: take t and v1 from the header, compute the HMAC over the raw bytes received (before any JSON parsing), compare with v1 in constant time, and refuse a t more than 5 minutes from your clock (replays). Each attempt is signed anew (new t, same body).';

/** The document's `webhooks` section (OpenAPI 3.1): what OneGo POSTs to a department's URL. */
export const departmentWebhooks = {
  departmentNotification: {
    post: {
      tags: ['webhooks'],
      operationId: 'receiveDepartmentNotification',
      summary: "A department notification, POSTed to the department's webhook URL",
      description: `部门 Webhook 推送. OneGo POSTs one notification per request from a durable outbox: a 2xx answer within the timeout (ONEGO_WEBHOOK_TIMEOUT_MS, default 10 s) delivers it; anything else (no connection, timeout, another status, a redirect — redirects are not followed) is retried with exponential backoff and jitter (about 10 s, 20 s, 40 s … at most 1 h) until ONEGO_WEBHOOK_MAX_ATTEMPTS (default 10), then the delivery is marked failed (GET /api/admin/webhooks/{department}/deliveries). Deliveries may arrive more than once and out of order: deduplicate by the delivery id, order by notification.id. ${SIGNATURE_DESCRIPTION}`,
      parameters: [
        { name: 'X-OneGo-Delivery', in: 'header', required: true, description: 'The delivery id, the same on every attempt.', schema: uuid() },
        { name: 'X-OneGo-Event', in: 'header', required: true, description: 'The notification type.', schema: DepartmentNotificationType },
        { name: 'X-OneGo-Signature', in: 'header', required: true, description: SIGNATURE_DESCRIPTION, schema: Type.String({ pattern: '^t=\\d+,v1=[0-9a-f]{64}$' }) },
        { name: 'X-OneGo-Attempt', in: 'header', required: true, description: 'Which attempt this is, from 1.', schema: Type.Integer({ minimum: 1 }) },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: WebhookPayload } } },
      responses: { '2XX': { description: 'Received; any 2xx status delivers it. Anything else is retried.' } },
    },
  },
};
