// Sends the SMS and e-mail outbox (table channel_deliveries, queued with the notifications). A due row is
// claimed first — on PostgreSQL with SELECT … FOR UPDATE SKIP LOCKED, so that the senders of several
// processes never take one row at the same time — by moving its next attempt past a lease (the timeout
// and a minute: a process killed while sending lets another send it again once the lease ends). The
// message goes to the channel's connector outside any transaction, with the row's id as its idempotency
// key (the gateway sends a message once, whatever the retries); accepted → delivered; refused for good →
// failed at once; anything else → retried after 10 s · 2^(n−1) (at most an hour, with jitter), failed
// after maxAttempts. Nothing here runs inside a command: a gateway that is down never delays a decision.
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { attemptDueRows } from '../timers/dueOutboxRows.ts';
import { PeriodicPass } from '../timers/periodicPass.ts';
import { retryDelayMs } from '../webhooks/webhookDeliverer.ts';
import { ChannelError, type Channel, type ChannelConnector, type ChannelMessage } from './channelConnector.ts';

interface ChannelDeliveryRow {
  id: string;
  channel: Channel;
  address: string;
  message: string;
  attempts: number;
  next_attempt_at: string;
}

export interface ChannelSenderOptions {
  intervalMs: number;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
}


export class ChannelSender {
  private readonly runner: PeriodicPass;
  private stopped = false;
  private readonly shutdown = new AbortController();

  constructor(
    private readonly deps: { db: Database; clock: Clock; log: Logger; connector: ChannelConnector | undefined; onOutcome?: (channel: Channel, outcome: 'delivered' | 'retry' | 'failed') => void },
    private readonly options: ChannelSenderOptions,
  ) {
    this.runner = new PeriodicPass('notification channels', () => this.sendDue(), deps.log, options.intervalMs);
  }

  /** The channels messages are queued for: those the connector can send on. */
  get channels(): ReadonlySet<Channel> {
    return this.deps.connector?.channels ?? new Set();
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

  private sendDue(): Promise<number> {
    if (!this.deps.connector) return Promise.resolve(0);
    return attemptDueRows<ChannelDeliveryRow>(this.deps.db, 'channel_deliveries', (row) => row.id, {
      now: () => this.deps.clock.now().toISOString(),
      stopped: () => this.stopped,
      attempt: (row) => this.attempt(row),
    });
  }

  /** Claims the row: its next attempt moves past the lease, unless another process has it or sent it. */
  private async claim(row: ChannelDeliveryRow): Promise<ChannelDeliveryRow | undefined> {
    const { db, clock } = this.deps;
    const now = clock.now();
    return db.transaction(async (trx) => {
      const query = trx('channel_deliveries').where({ id: row.id, status: 'pending' }).andWhere('next_attempt_at', '<=', now.toISOString());
      if (isPostgres(trx)) void query.forUpdate().skipLocked();
      const current = (await query.first()) as ChannelDeliveryRow | undefined;
      if (!current) return undefined;
      const attempts = current.attempts + 1;
      await trx('channel_deliveries')
        .where({ id: row.id })
        .update({ next_attempt_at: new Date(now.getTime() + this.options.timeoutMs + 60_000).toISOString(), attempts, updated_at: now.toISOString() });
      return { ...current, attempts };
    });
  }

  private async attempt(due: ChannelDeliveryRow): Promise<boolean> {
    const { db, clock, log, connector } = this.deps;
    if (!connector) return false;
    const row = await this.claim(due);
    if (!row) return false;
    try {
      await connector.send({ id: row.id, channel: row.channel, to: row.address, message: JSON.parse(row.message) as ChannelMessage }, this.shutdown.signal);
    } catch (error) {
      if (this.shutdown.signal.aborted) {
        // Stopping: this attempt does not count; the next process sends it again at once.
        await db('channel_deliveries').where({ id: row.id, status: 'pending' }).update({ next_attempt_at: clock.now().toISOString(), attempts: due.attempts });
        return false;
      }
      const permanent = error instanceof ChannelError && error.permanent;
      const reason = error instanceof ChannelError ? `${error.reason}: ${error.message}` : error instanceof Error ? error.message : String(error);
      const failed = permanent || row.attempts >= this.options.maxAttempts;
      log.warn({ delivery: row.id, channel: row.channel, attempts: row.attempts, reason, failed }, failed ? 'notification message failed for good' : 'notification message failed; will retry');
      await db('channel_deliveries')
        .where({ id: row.id, status: 'pending' })
        .update({
          ...(failed ? { status: 'failed' } : { next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(row.attempts)).toISOString() }),
          last_error: reason.slice(0, 500),
          updated_at: clock.now().toISOString(),
        });
      this.deps.onOutcome?.(row.channel, failed ? 'failed' : 'retry');
      return true;
    }
    const now = clock.now().toISOString();
    await db('channel_deliveries').where({ id: row.id, status: 'pending' }).update({ status: 'delivered', delivered_at: now, last_error: null, updated_at: now });
    this.deps.onOutcome?.(row.channel, 'delivered');
    return true;
  }
}
