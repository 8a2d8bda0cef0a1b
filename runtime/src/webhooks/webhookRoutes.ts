// /api/admin/webhooks: a department's optional webhook (URL, secret, which notification types) and its
// deliveries from the outbox, with their attempts and errors. Role: admin. The secret is never returned.
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { AppError } from '../http/appError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { badRequest, bodyLimits, coded, failure, notFound, ok } from '../openapi/responses.ts';
import { Webhook, WebhookDelivery, WebhookRequest } from './webhookSchemas.ts';
import { DELIVERY_STATUSES, MIN_SECRET_LENGTH, type WebhookService } from './webhookService.ts';

const department = Type.Object({
  department: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$', description: 'The id of a regional department (a department record, GET /api/departments), as its tasks and officers name it.' }),
});
const webhookMissing = notFound('WEBHOOK_NOT_FOUND', 'the department has no webhook.');
const count = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });

export const webhookApi = declareApi({
  listWebhooks: {
    operationId: 'listWebhooks',
    method: 'get',
    path: '/api/admin/webhooks',
    tags: ['webhooks'],
    summary: 'List the departments’ webhooks',
    description: '部门 Webhook 列表, by department (secrets are never returned). Role: admin.',
    access: ['admin'],
    response: { status: 200, description: 'The webhooks.', schema: Type.Array(Webhook) },
    otherResponses: {},
  },
  getWebhook: {
    operationId: 'getWebhook',
    method: 'get',
    path: '/api/admin/webhooks/{department}',
    tags: ['webhooks'],
    summary: "Get a department's webhook",
    description: "A department's webhook (the secret is never returned). Role: admin.",
    access: ['admin'],
    params: department,
    response: { status: 200, description: 'The webhook.', schema: Webhook },
    otherResponses: { '404': webhookMissing },
  },
  putWebhook: {
    operationId: 'putWebhook',
    method: 'put',
    path: '/api/admin/webhooks/{department}',
    tags: ['webhooks'],
    summary: "Create or replace a department's webhook",
    description:
      "配置部门 Webhook: from now on the department's notifications (of the chosen types) are queued for this URL, signed with this secret. Deliveries still pending use the new URL and secret. Only admins configure URLs, and only to public addresses: loopback, private, link-local, unique-local IPv6, reserved addresses, cloud metadata host names and URLs with a user name or password are refused (422 OUTBOUND_TARGET_REFUSED) unless the operator allow-lists the host or range (ONEGO_OUTBOUND_ALLOW); the addresses a host name resolves to are checked again at each delivery. Role: admin.",
    access: ['admin'],
    params: department,
    body: { schema: WebhookRequest, description: 'The URL, the secret and optionally the types.' },
    response: { status: 201, description: 'The webhook is created.', schema: Webhook },
    otherResponses: {
      '200': ok('The webhook is replaced.', { ...Webhook }),
      '400': badRequest(
        `the body is not a JSON object, url is not an absolute http(s) URL, the secret is not ${MIN_SECRET_LENGTH}–200 characters, events is not a non-empty list of department notification types, or the department id is not 1–100 letters, digits, ".", "_" or "-".`,
        true,
      ),
      '404': notFound('DEPARTMENT_NOT_FOUND', 'the department is not a department record (GET /api/departments).'),
      '422': failure(
        'OUTBOUND_TARGET_REFUSED: the URL points at a loopback, private, link-local, unique-local or reserved address, a cloud metadata host, or carries credentials, and is not allow-listed (ONEGO_OUTBOUND_ALLOW); reason names which (scheme, credentials, metadata, loopback, private, link-local, unique-local, reserved).',
        coded(['OUTBOUND_TARGET_REFUSED'], 'OutboundTargetRefused'),
      ),
    },
  },
  deleteWebhook: {
    operationId: 'deleteWebhook',
    method: 'delete',
    path: '/api/admin/webhooks/{department}',
    tags: ['webhooks'],
    summary: "Remove a department's webhook",
    description: 'Removes the webhook; its pending deliveries are cancelled (their history stays readable). Role: admin.',
    access: ['admin'],
    params: department,
    response: { status: 204, description: 'Removed.' },
    otherResponses: { '404': webhookMissing },
  },
  listWebhookDeliveries: {
    operationId: 'listWebhookDeliveries',
    method: 'get',
    path: '/api/admin/webhooks/{department}/deliveries',
    tags: ['webhooks'],
    summary: "List a department's webhook deliveries, newest first",
    description:
      'Webhook 投递记录 from the durable outbox: status, attempts, the last HTTP status and error, and when the next attempt is due. Failed deliveries (given up after the configured attempts) are also counted in the Prometheus counter onego_webhook_deliveries_total{outcome="failed"}. X-Total-Count counts the matching deliveries. Role: admin.',
    access: ['admin'],
    params: department,
    query: Type.Object({
      status: Type.Optional(Type.Enum(DELIVERY_STATUSES, { type: 'string', description: 'Only deliveries in this status.' })),
      page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.' }),
      pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page.' }),
    }),
    response: {
      status: 200,
      description: 'One page of deliveries.',
      schema: Type.Array(WebhookDelivery),
      headers: { 'X-Total-Count': count('How many deliveries match the filter, over all pages.') },
    },
    otherResponses: {},
  },
  redeliverWebhook: {
    operationId: 'redeliverWebhook',
    method: 'post',
    path: '/api/admin/webhooks/{department}/deliveries/{id}/redeliver',
    tags: ['webhooks'],
    summary: 'Send a delivery again',
    description:
      'Puts a delivery (failed, cancelled, or even delivered) back in the outbox as pending with its attempts reset; it is sent at once with the same delivery id and body. No request body is read. Role: admin.',
    access: ['admin'],
    params: Type.Object({ ...department.properties, id: idParam('The delivery id.') }),
    response: { status: 200, description: 'The delivery, pending again.', schema: WebhookDelivery },
    otherResponses: {
      '400': failure(
        'BAD_JSON: a body was sent and is not valid JSON. BAD_REQUEST: the department id is not 1–100 letters, digits, ".", "_" or "-". TEXT_TOO_LONG: the delivery id is longer than 200 characters.',
        coded(['BAD_JSON', 'BAD_REQUEST', 'TEXT_TOO_LONG']),
      ),
      ...bodyLimits,
      '404': failure(
        'WEBHOOK_NOT_FOUND: the department has no webhook (any more). WEBHOOK_DELIVERY_NOT_FOUND: the department has no delivery with this id.',
        coded(['WEBHOOK_NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FOUND']),
      ),
    },
  },
});

export function webhookRoutes(webhooks: WebhookService) {
  return mountRoutes(webhookApi, {
    listWebhooks: () => webhooks.list(),
    getWebhook: ({ params }) => webhooks.get(params.department),
    putWebhook: async ({ params, body, principal, ctx }) => {
      // The schema checks the form of the URL; what URL parses it as is what is checked and called.
      if (!URL.canParse(body.url)) throw new AppError(400, 'BAD_REQUEST', { detail: '"url" must be an absolute http(s) URL' });
      const { webhook, created } = await webhooks.put(params.department, { url: body.url, secret: body.secret, events: body.events ?? null }, principal.subject);
      if (!created) ctx.status = 200;
      return webhook;
    },
    deleteWebhook: async ({ params, ctx }) => {
      await webhooks.remove(params.department);
      ctx.status = 204;
    },
    listWebhookDeliveries: async ({ params, query, ctx }) => {
      const { items, total } = await webhooks.deliveries(params.department, query);
      ctx.set('X-Total-Count', String(total));
      return items;
    },
    redeliverWebhook: ({ params }) => webhooks.redeliver(params.department, params.id),
  });
}
