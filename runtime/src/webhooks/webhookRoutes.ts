// /api/admin/webhooks: a department's optional webhook (URL, secret, which notification types) and its
// deliveries from the outbox, with their attempts and errors. Role: admin. The secret is never returned.
import Router from '@koa/router';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';
import { checkLength, objectBody, positiveInt } from '../http/body.ts';
import type { OutboundPolicy } from '../outbound/outboundPolicy.ts';
import { outboundRefused } from '../outbound/outboundRefused.ts';
import { DEPARTMENT_NOTIFICATION_TYPES, isDepartmentNotificationType } from '../notifications/notificationTypes.ts';
import type { DeliveryRow } from './webhookDeliverer.ts';

interface WebhookRow {
  department: string;
  url: string;
  secret: string;
  events: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'];
const DEPARTMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Characters of a webhook URL. */
const MAX_URL_LENGTH = 2048;
export const MIN_SECRET_LENGTH = 16;

const webhookView = (row: WebhookRow) => ({
  department: row.department,
  url: row.url,
  events: row.events === null ? null : (JSON.parse(row.events) as string[]),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const deliveryView = (row: DeliveryRow) => ({
  id: row.id,
  department: row.department,
  notificationId: Number(row.notification_id),
  type: row.event_type,
  status: row.status,
  attempts: Number(row.attempts),
  nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
  lastStatus: row.last_status === null ? null : Number(row.last_status),
  lastError: row.last_error,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

function departmentParam(value: string | undefined): string {
  if (!value || !DEPARTMENT_PATTERN.test(value)) throw new AppError(400, 'BAD_REQUEST', { detail: 'the department id must be 1–100 letters, digits, ".", "_" or "-"' });
  return value;
}

function webhookBody(body: Record<string, unknown>): { url: string; secret: string; events: string[] | null } {
  const url = body['url'];
  if (typeof url === 'string') checkLength(url, 'url', MAX_URL_LENGTH);
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (typeof url !== 'string' || !parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new AppError(400, 'BAD_REQUEST', { detail: '"url" must be an absolute http(s) URL' });
  }
  const secret = body['secret'];
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || secret.length > 200) {
    throw new AppError(400, 'BAD_REQUEST', { detail: `"secret" must be a string of ${MIN_SECRET_LENGTH} to 200 characters` });
  }
  const events = body['events'] ?? null;
  if (events !== null && (!Array.isArray(events) || events.length === 0 || !events.every(isDepartmentNotificationType))) {
    throw new AppError(400, 'BAD_REQUEST', { detail: `"events" must be a non-empty list of ${DEPARTMENT_NOTIFICATION_TYPES.join(', ')}` });
  }
  return { url, secret, events: events === null ? null : [...new Set(events as string[])] };
}

export function webhookRoutes(db: Database, clock: Clock, outbound: OutboundPolicy): Router {
  const router = new Router({ prefix: '/api/admin/webhooks' });

  async function existing(department: string): Promise<WebhookRow> {
    const row = (await db('department_webhooks').where({ department }).first()) as WebhookRow | undefined;
    if (!row) throw new AppError(404, 'WEBHOOK_NOT_FOUND', { department });
    return row;
  }

  router.get('/', async (ctx) => {
    principalOf(ctx, 'admin');
    ctx.body = ((await db('department_webhooks').orderBy('department')) as WebhookRow[]).map(webhookView);
  });

  router.get('/:department', async (ctx) => {
    principalOf(ctx, 'admin');
    ctx.body = webhookView(await existing(departmentParam(ctx.params['department'])));
  });

  router.put('/:department', async (ctx) => {
    const principal = principalOf(ctx, 'admin');
    const department = departmentParam(ctx.params['department']);
    const { url, secret, events } = webhookBody(objectBody(ctx.request.body));
    const refusal = outbound.urlRefusal(url);
    if (refusal) throw outboundRefused(refusal);
    const now = clock.now().toISOString();
    const created = await db.transaction(async (trx) => {
      const before: unknown = await trx('department_webhooks').where({ department }).first('department');
      const values = { url, secret, events: events === null ? null : JSON.stringify(events), updated_at: now, updated_by: principal.subject };
      if (before) await trx('department_webhooks').where({ department }).update(values);
      else await trx('department_webhooks').insert({ department, ...values, created_at: now });
      return before === undefined;
    });
    ctx.status = created ? 201 : 200;
    ctx.body = webhookView(await existing(department));
  });

  router.delete('/:department', async (ctx) => {
    principalOf(ctx, 'admin');
    const department = departmentParam(ctx.params['department']);
    await existing(department);
    const now = clock.now().toISOString();
    await db.transaction(async (trx) => {
      await trx('department_webhooks').where({ department }).delete();
      await trx('webhook_deliveries').where({ department, status: 'pending' }).update({ status: 'cancelled', last_error: 'the webhook was removed', updated_at: now });
    });
    ctx.status = 204;
  });

  router.get('/:department/deliveries', async (ctx) => {
    principalOf(ctx, 'admin');
    const department = departmentParam(ctx.params['department']);
    const status = ctx.query['status'];
    if (status !== undefined && (typeof status !== 'string' || !DELIVERY_STATUSES.includes(status))) {
      throw new AppError(400, 'BAD_REQUEST', { detail: `status must be one of ${DELIVERY_STATUSES.join(', ')}` });
    }
    const page = positiveInt(ctx.query['page'], 1, 1_000_000);
    const pageSize = positiveInt(ctx.query['pageSize'], 20, 100);
    const base = db('webhook_deliveries').where({ department });
    if (status) void base.andWhere({ status });
    const total = (await base.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
    const rows = (await base
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(pageSize)
      .offset((page - 1) * pageSize)) as DeliveryRow[];
    ctx.set('X-Total-Count', String(Number(total?.n ?? 0)));
    ctx.body = rows.map(deliveryView);
  });

  router.post('/:department/deliveries/:id/redeliver', async (ctx) => {
    principalOf(ctx, 'admin');
    const department = departmentParam(ctx.params['department']);
    await existing(department);
    const id = ctx.params['id'] ?? '';
    const row = (await db('webhook_deliveries').where({ id, department }).first()) as DeliveryRow | undefined;
    if (!row) throw new AppError(404, 'WEBHOOK_DELIVERY_NOT_FOUND', { id });
    const now = clock.now().toISOString();
    await db('webhook_deliveries').where({ id }).update({ status: 'pending', attempts: 0, next_attempt_at: now, delivered_at: null, updated_at: now });
    ctx.body = deliveryView((await db('webhook_deliveries').where({ id }).first()) as DeliveryRow);
  });

  return router;
}
