import type { Knex } from 'knex';

// Payment of a matter's fee (收费) through the payment connector (非税支付平台 in production): when a
// submission leaves a charged matter unpaid (待缴费), the command writes its payment row here in the same
// transaction (an outbox row with the idempotency key of the order). The payment pass claims due rows (on
// PostgreSQL with FOR UPDATE SKIP LOCKED) and, by status: `ordering` creates the payment order (缴款码) with
// the order key; `unpaid` asks whether it was paid (polling) and, once it was, sends PAY in the
// transaction that marks the row `paid`; `refund_requested` (written by the command that rejected the
// matter, or ended the application, after the payment) asks the platform for the refund with the refund
// key, then `refunded`. An order not paid when the application ends is `cancelled`. A provider that is
// down leaves the row due again later, with backoff.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('payments', (t) => {
    t.string('application_id').notNullable().references('applications.id');
    t.string('matter_id').notNullable();
    /** The fee in fen (分): whole numbers, never floating point. */
    t.integer('amount_fen').notNullable();
    /** ordering, unpaid, paid, refund_requested, refunded, cancelled. */
    t.string('status').notNullable();
    /** Sent when creating the order: a retried creation gets the same order. */
    t.string('order_key').notNullable().unique();
    /** Sent when asking for the refund: a retried refund refunds once. */
    t.string('refund_key').unique();
    /** The platform's order number (缴款单号), the payment code citizens pay with (缴款码), and its payment page. */
    t.string('order_number');
    t.string('payment_code');
    t.text('pay_url');
    t.string('paid_at');
    t.string('refund_number');
    t.string('refunded_at');
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at').notNullable();
    t.text('last_error');
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
    t.primary(['application_id', 'matter_id']);
    t.index(['status', 'next_attempt_at']);
  });
}
