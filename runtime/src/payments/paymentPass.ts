// Works the payment rows (table payments, written by the commands: payments/… and applicationTransition.ts)
// against the payment platform: creates each order (缴款单, with its payment code 缴款码), asks whether an
// unpaid order was paid (polling, every interval) and records the payment with the pay command, and asks
// for the refunds requested. A due row is claimed first — on PostgreSQL with SELECT … FOR UPDATE SKIP
// LOCKED, so that the passes of several processes never work one row at the same time — by moving its next
// attempt past a lease; the platform is called outside any transaction with the row's idempotency keys
// (order, refund), so an attempt repeated after a crash creates one order and refunds once. A platform that
// is down leaves the row due again later, with backoff (10 s doubling, at most an hour, with jitter); the
// matter waits unpaid (待缴费) meanwhile, its time limit not running. The platform's callback
// (POST /api/payments/notifications) makes an order's check happen at once rather than at the next poll.
import { fenToYuan, inLang, onlineFee } from '@onego/engine';
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { isEventRefused } from '../domainError.ts';
import { PeriodicPass } from '../timers/periodicPass.ts';
import { retryDelayMs } from '../webhooks/webhookDeliverer.ts';
import type { PayCommand } from './payCommand.ts';
import { PaymentError, type PaymentConnector } from './paymentConnector.ts';

/** A row of table payments (migration 025). */
export interface PaymentRow {
  application_id: string;
  matter_id: string;
  amount_fen: number;
  status: 'ordering' | 'unpaid' | 'paid' | 'refund_requested' | 'refunded' | 'cancelled';
  order_key: string;
  refund_key: string | null;
  order_number: string | null;
  payment_code: string | null;
  pay_url: string | null;
  paid_at: string | null;
  refund_number: string | null;
  refunded_at: string | null;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

export interface PaymentPassOptions {
  intervalMs: number;
  /** A claimed row is worked again by another pass after this long (at least the connector's timeout). */
  leaseMs: number;
  /** The portal's address, for the payment page's way back to the application (ONEGO_PUBLIC_URL). */
  publicUrl?: string;
}

/** The statuses the pass works on. */
const WORKED = ['ordering', 'unpaid', 'refund_requested'] as const;
const BATCH = 50;

export class PaymentPass {
  private readonly runner: PeriodicPass;
  private stopped = false;
  private readonly shutdown = new AbortController();

  constructor(
    private readonly deps: { db: Database; catalog: BundleCatalog; commands: CommandRunner<PayCommand>; clock: Clock; log: Logger; connector: PaymentConnector | undefined; newId: () => string },
    private readonly options: PaymentPassOptions,
  ) {
    this.runner = new PeriodicPass('payments', () => this.workDue(), deps.log, options.intervalMs);
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

  /** Works every row due now; returns how many payments were recorded. */
  runDue(): Promise<number> {
    return this.runner.runDue();
  }

  private async workDue(): Promise<number> {
    if (!this.deps.connector) return 0;
    let paid = 0;
    const seen = new Set<string>();
    while (!this.stopped) {
      const now = this.deps.clock.now().toISOString();
      const due = ((await this.deps.db('payments').whereIn('status', WORKED).andWhere('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(BATCH)) as PaymentRow[]).filter(
        (row) => !seen.has(`${row.application_id}\u0000${row.matter_id}`),
      );
      if (due.length === 0) return paid;
      for (const row of due) {
        seen.add(`${row.application_id}\u0000${row.matter_id}`);
        if (this.stopped) break;
        if (await this.attempt(row)) paid++;
      }
    }
    return paid;
  }

  /**
   * The platform notified a change of the order (its callback): whatever the notice says, the order is
   * asked of the platform now — an unpaid order found paid is recorded as the pass records it — and the
   * payment's status afterwards is returned (undefined: no order of that number here). A repeated notice
   * of a paid order changes nothing. The platform unreachable leaves the row due again, as any attempt.
   */
  async notified(orderNumber: string): Promise<PaymentRow['status'] | undefined> {
    const { db, clock, connector } = this.deps;
    const row = (await db('payments').where({ order_number: orderNumber }).first()) as PaymentRow | undefined;
    if (!row) return undefined;
    const key = { application_id: row.application_id, matter_id: row.matter_id };
    if (row.status === 'unpaid' && connector && !this.stopped) {
      const now = clock.now().toISOString();
      await db('payments').where({ ...key, status: 'unpaid' }).update({ next_attempt_at: now, updated_at: now });
      await this.attempt({ ...row, next_attempt_at: now });
    }
    return ((await db('payments').where(key).first()) as PaymentRow | undefined)?.status;
  }

  /** Claims the row: its next attempt moves past the lease, unless another pass has it or worked it meanwhile. */
  private async claim(row: PaymentRow): Promise<PaymentRow | undefined> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const key = { application_id: row.application_id, matter_id: row.matter_id, status: row.status };
    const leased = { next_attempt_at: new Date(now.getTime() + this.options.leaseMs).toISOString(), attempts: row.attempts + 1, updated_at: now.toISOString() };
    return db.transaction(async (trx) => {
      const query = trx('payments').where(key).andWhere('next_attempt_at', '<=', now.toISOString());
      if (isPostgres(trx)) void query.forUpdate().skipLocked();
      const current = (await query.first()) as PaymentRow | undefined;
      if (!current) return undefined;
      await trx('payments').where(key).update(leased);
      return { ...current, attempts: leased.attempts };
    });
  }

  /** Updates the claimed row, unless its status changed meanwhile (the application ended: cancelled). */
  private async update(row: PaymentRow, columns: Partial<PaymentRow>): Promise<void> {
    await this.deps.db('payments')
      .where({ application_id: row.application_id, matter_id: row.matter_id, status: row.status })
      .update({ ...columns, updated_at: this.deps.clock.now().toISOString() });
  }

  /** One attempt at a row: claim, call the platform, record. True when a payment was recorded now. */
  private async attempt(due: PaymentRow): Promise<boolean> {
    const { connector, clock, log } = this.deps;
    if (!connector) return false;
    const row = await this.claim(due);
    if (!row) return false;
    const signal = this.shutdown.signal;
    try {
      switch (row.status) {
        case 'ordering': {
          const order = await connector.createOrder(await this.orderRequest(row), signal);
          await this.update(row, { status: 'unpaid', order_number: order.orderNumber, payment_code: order.paymentCode, pay_url: order.payUrl, attempts: 0, last_error: null, next_attempt_at: this.later(this.options.intervalMs) });
          log.info({ application: row.application_id, matter: row.matter_id, order: order.orderNumber }, 'payment order created');
          return false;
        }
        case 'unpaid': {
          const state = await connector.orderState(row.order_number ?? '', signal);
          if (!state.paid) {
            await this.update(row, { attempts: 0, last_error: null, next_attempt_at: this.later(this.options.intervalMs) });
            return false;
          }
          if (state.amountFen !== row.amount_fen) throw new PaymentError('bad-response', `the order was paid ${String(state.amountFen)} fen, not the fee's ${row.amount_fen}`);
          return await this.recordPayment(row, state.paidAt ?? clock.now().toISOString());
        }
        case 'refund_requested': {
          const refund = await connector.refund({ idempotencyKey: row.refund_key ?? `${row.order_key}-refund`, orderNumber: row.order_number ?? '', amountFen: row.amount_fen, reason: 'rejected' }, signal);
          await this.update(row, { status: 'refunded', refund_number: refund.refundNumber, refunded_at: refund.refundedAt, last_error: null });
          log.info({ application: row.application_id, matter: row.matter_id, refund: refund.refundNumber }, 'fee refunded');
          return false;
        }
        default:
          return false;
      }
    } catch (error) {
      if (signal.aborted) {
        // Stopping: this attempt does not count; the next process works it again at once.
        await this.update(row, { next_attempt_at: clock.now().toISOString(), attempts: due.attempts });
        return false;
      }
      const reason = error instanceof PaymentError ? `${error.reason}: ${error.message}` : error instanceof Error ? error.message : String(error);
      log.warn({ application: row.application_id, matter: row.matter_id, status: row.status, attempts: row.attempts, reason }, 'payment platform call failed; will retry');
      await this.update(row, { last_error: reason.slice(0, 500), next_attempt_at: this.later(retryDelayMs(row.attempts)) });
      return false;
    }
  }

  /** The pay command; when the matter no longer waits for it (withdrawn, rejected meanwhile), the payment is refunded. */
  private async recordPayment(row: PaymentRow, paidAt: string): Promise<boolean> {
    try {
      await this.deps.commands.run({ kind: 'pay', applicationId: row.application_id, by: 'system', matterId: row.matter_id, orderNumber: row.order_number ?? '', amount: fenToYuan(row.amount_fen), paidAt });
      this.deps.log.info({ application: row.application_id, matter: row.matter_id }, 'fee paid');
      return true;
    } catch (error) {
      if (!isEventRefused(error)) throw error;
      await this.deps.db('payments')
        .where({ application_id: row.application_id, matter_id: row.matter_id })
        .whereIn('status', ['unpaid', 'cancelled'])
        .update({ status: 'refund_requested', paid_at: paidAt, refund_key: this.deps.newId(), attempts: 0, next_attempt_at: this.deps.clock.now().toISOString(), updated_at: this.deps.clock.now().toISOString() });
      return false;
    }
  }

  private async orderRequest(row: PaymentRow) {
    const { db, catalog } = this.deps;
    const application = (await db('applications').where({ id: row.application_id }).first()) as ApplicationRow;
    const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version, db);
    const matter = compiled.matters.get(row.matter_id);
    const fee = matter ? onlineFee(matter) : undefined;
    return {
      idempotencyKey: row.order_key,
      application: { id: application.id, bundleName: inLang(compiled.bundle.name, 'zh'), applicant: application.applicant },
      matter: { id: row.matter_id, name: matter ? inLang(matter.name, 'zh') : row.matter_id, department: { id: matter?.department.id ?? 'unknown', name: matter ? inLang(matter.department.name, 'zh') : '' } },
      amountFen: row.amount_fen,
      amount: fenToYuan(row.amount_fen),
      ...(fee?.basis ? { basis: inLang(fee.basis, 'zh') } : {}),
      ...(this.options.publicUrl ? { returnUrl: `${this.options.publicUrl.replace(/\/+$/, '')}/applications/${application.id}` } : {}),
    };
  }

  private later(ms: number): string {
    return new Date(this.deps.clock.now().getTime() + ms).toISOString();
  }
}
