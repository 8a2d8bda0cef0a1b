// A department's optional webhook (URL, secret, which notification types) and its deliveries from the
// outbox, with their attempts and errors, as the admins manage them. The secret is never shown again.
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { DepartmentNotificationType } from '../notifications/notificationTypes.ts';
import type { OutboundPolicy } from '../outbound/outboundPolicy.ts';
import { outboundRefused } from '../outbound/outboundRefused.ts';
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

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
/** The shortest secret a webhook may be signed with. */
export const MIN_SECRET_LENGTH = 16;

const webhookView = (row: WebhookRow) => ({
  department: row.department,
  url: row.url,
  events: row.events === null ? null : (JSON.parse(row.events) as DepartmentNotificationType[]),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const deliveryView = (row: DeliveryRow) => ({
  id: row.id,
  department: row.department,
  notificationId: Number(row.notification_id),
  type: row.event_type as DepartmentNotificationType,
  status: row.status,
  attempts: Number(row.attempts),
  nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
  lastStatus: row.last_status === null ? null : Number(row.last_status),
  lastError: row.last_error,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

type WebhookView = ReturnType<typeof webhookView>;
type DeliveryView = ReturnType<typeof deliveryView>;

export interface WebhookSettings {
  url: string;
  secret: string;
  /** Only these types; null: every department notification type, including types added later. */
  events: readonly DepartmentNotificationType[] | null;
}

export class WebhookService {
  constructor(private readonly deps: { db: Database; clock: Clock; outbound: OutboundPolicy }) {}

  async list(): Promise<WebhookView[]> {
    return ((await this.deps.db('department_webhooks').orderBy('department')) as WebhookRow[]).map(webhookView);
  }

  async get(department: string): Promise<WebhookView> {
    return webhookView(await this.existing(department));
  }

  /** Creates or replaces the department's webhook (`created`: there was none); a target the outbound policy refuses is never stored. */
  async put(department: string, settings: WebhookSettings, by: string): Promise<{ webhook: WebhookView; created: boolean }> {
    const { db, clock, outbound } = this.deps;
    const refusal = outbound.urlRefusal(settings.url);
    if (refusal) throw outboundRefused(refusal);
    if (!(await db('departments').where({ id: department }).first('id'))) throw new DomainError('DEPARTMENT_NOT_FOUND', { department });
    const now = clock.now().toISOString();
    const events = settings.events === null ? null : JSON.stringify([...new Set(settings.events)]);
    const created = await db.transaction(async (trx) => {
      const before: unknown = await trx('department_webhooks').where({ department }).first('department');
      const values = { url: settings.url, secret: settings.secret, events, updated_at: now, updated_by: by };
      if (before) await trx('department_webhooks').where({ department }).update(values);
      else await trx('department_webhooks').insert({ department, ...values, created_at: now });
      return before === undefined;
    });
    return { webhook: await this.get(department), created };
  }

  /** Removes the webhook and cancels its pending deliveries (their history stays). */
  async remove(department: string): Promise<void> {
    await this.existing(department);
    const now = this.deps.clock.now().toISOString();
    await this.deps.db.transaction(async (trx) => {
      await trx('department_webhooks').where({ department }).delete();
      await trx('webhook_deliveries').where({ department, status: 'pending' }).update({ status: 'cancelled', last_error: 'the webhook was removed', updated_at: now });
    });
  }

  /** A page of the department's deliveries, newest first, and how many match. */
  async deliveries(department: string, filter: { status?: DeliveryRow['status'] | undefined; page: number; pageSize: number }): Promise<{ items: DeliveryView[]; total: number }> {
    const base = this.deps.db('webhook_deliveries').where({ department });
    if (filter.status) void base.andWhere({ status: filter.status });
    const total = (await base.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
    const rows = (await base
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)) as DeliveryRow[];
    return { items: rows.map(deliveryView), total: Number(total?.n ?? 0) };
  }

  /** Puts a delivery back in the outbox, due now, with its attempts reset. */
  async redeliver(department: string, id: string): Promise<DeliveryView> {
    const { db, clock } = this.deps;
    await this.existing(department);
    const row = (await db('webhook_deliveries').where({ id, department }).first()) as DeliveryRow | undefined;
    if (!row) throw new DomainError('WEBHOOK_DELIVERY_NOT_FOUND', { id });
    const now = clock.now().toISOString();
    await db('webhook_deliveries').where({ id }).update({ status: 'pending', attempts: 0, next_attempt_at: now, delivered_at: null, updated_at: now });
    return deliveryView((await db('webhook_deliveries').where({ id }).first()) as DeliveryRow);
  }

  private async existing(department: string): Promise<WebhookRow> {
    const row = (await this.deps.db('department_webhooks').where({ department }).first()) as WebhookRow | undefined;
    if (!row) throw new DomainError('WEBHOOK_NOT_FOUND', { department });
    return row;
  }
}
