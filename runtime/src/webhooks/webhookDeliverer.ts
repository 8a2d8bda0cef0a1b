// Sends the webhook outbox (table webhook_deliveries): due rows are claimed, POSTed with a signature and
// a timeout, outside any transaction, and marked delivered; a failure is retried with exponential backoff
// and jitter, and after maxAttempts the row is marked failed. Rows survive restarts; nothing here runs
// inside a command, so a slow or failing receiver never delays a decision.
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { outboundFailure, type OutboundFetch } from '../outbound/outboundFetch.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from '../timers/periodicPass.ts';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from './webhookSignature.ts';

export interface DeliveryRow {
  id: string;
  department: string;
  notification_id: number;
  event_type: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed' | 'cancelled';

export interface WebhookDelivererOptions {
  intervalMs: number;
  /** Per attempt: a receiver that has not answered by then counts as failed. */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** Deliveries sent at the same time. */
  concurrency?: number;
}

const BATCH = 50;
const BASE_DELAY_MS = 10_000;
const MAX_DELAY_MS = 3_600_000;

/** The wait before retry n (n ≥ 1): 10 s · 2^(n−1), at most 1 h, with equal jitter (half fixed, half random). */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}


export class WebhookDeliverer {
  private readonly runner: PeriodicPass;
  private stopped = false;
  /** Aborts the requests in flight when the server stops. */
  private readonly shutdown = new AbortController();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: WebhookDelivererOptions,
    private readonly onOutcome: (outcome: DeliveryOutcome) => void = () => undefined,
    /** How receivers are reached: under the outbound policy (the addresses checked at connect time). */
    private readonly send: OutboundFetch,
  ) {
    this.runner = new PeriodicPass('webhook delivery', () => this.deliverDue(), log, options.intervalMs, IDLE_PASS_MAX_MS);
  }

  start(): void {
    this.stopped = false;
    this.runner.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.shutdown.abort();
    await this.runner.stop();
  }

  /** Attempts every delivery due now; returns how many attempts were made. */
  runDue(): Promise<number> {
    return this.runner.runDue();
  }

  private async deliverDue(): Promise<number> {
    let attempted = 0;
    const seen = new Set<string>();
    while (!this.stopped) {
      const now = this.clock.now().toISOString();
      const due = ((await this.db('webhook_deliveries').where({ status: 'pending' }).andWhere('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(BATCH)) as DeliveryRow[]).filter(
        (row) => !seen.has(row.id),
      );
      if (due.length === 0) return attempted;
      for (const row of due) seen.add(row.id);
      let next = 0;
      const worker = async () => {
        while (next < due.length && !this.stopped) {
          const row = due[next++] as DeliveryRow;
          if (await this.attempt(row)) attempted++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 4, due.length) }, worker));
    }
    return attempted;
  }

  /** Claims the row (another process may be sending it), sends it and records the outcome. */
  private async attempt(row: DeliveryRow): Promise<boolean> {
    const leaseUntil = new Date(this.clock.now().getTime() + this.options.timeoutMs + 60_000).toISOString();
    const claimed = await this.db('webhook_deliveries')
      .where({ id: row.id, status: 'pending', next_attempt_at: row.next_attempt_at })
      .update({ next_attempt_at: leaseUntil, updated_at: this.clock.now().toISOString() });
    if (claimed !== 1) return false;

    const hook = (await this.db('department_webhooks').where({ department: row.department }).first()) as { url: string; secret: string } | undefined;
    if (!hook) {
      await this.record(row, { status: 'cancelled', last_error: 'the webhook was removed' }, 'cancelled');
      return false;
    }
    const attempts = row.attempts + 1;
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    let status: number | undefined;
    let error: string | undefined;
    try {
      const response = await this.send(hook.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'OneGo-Webhook/1',
          [DELIVERY_HEADER]: row.id,
          [EVENT_HEADER]: row.event_type,
          [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, row.payload),
          'x-onego-attempt': String(attempts),
        },
        body: row.payload,
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.shutdown.signal]),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      // A redirect is not followed (it could lead anywhere): it is not a delivery.
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (caught) {
      if (this.shutdown.signal.aborted) {
        // Stopping: this attempt does not count; the next process sends it again at once.
        await this.db('webhook_deliveries').where({ id: row.id }).update({ next_attempt_at: this.clock.now().toISOString() });
        return false;
      }
      // The admin sees a category only (timeout, refused, blocked, unreachable, tls, failed): the raw
      // error of a connection would tell them about the server's network. The log has the detail.
      error = outboundFailure(caught);
      this.log.debug({ delivery: row.id, err: caught }, 'webhook attempt failed');
    }
    const now = this.clock.now().toISOString();
    if (error === undefined) {
      await this.record(row, { status: 'delivered', attempts, last_status: status ?? null, last_error: null, delivered_at: now }, 'delivered');
      return true;
    }
    const failed = attempts >= this.options.maxAttempts;
    this.log.warn({ delivery: row.id, department: row.department, attempts, error, failed }, failed ? 'webhook delivery failed for good' : 'webhook delivery failed; will retry');
    await this.record(
      row,
      failed
        ? { status: 'failed', attempts, last_status: status ?? null, last_error: error }
        : { attempts, last_status: status ?? null, last_error: error, next_attempt_at: new Date(this.clock.now().getTime() + retryDelayMs(attempts)).toISOString() },
      failed ? 'failed' : 'retry',
    );
    return true;
  }

  private async record(row: DeliveryRow, changes: Partial<DeliveryRow>, outcome: DeliveryOutcome): Promise<void> {
    await this.db('webhook_deliveries')
      .where({ id: row.id, status: 'pending' })
      .update({ ...changes, updated_at: this.clock.now().toISOString() });
    this.onOutcome(outcome);
  }
}
