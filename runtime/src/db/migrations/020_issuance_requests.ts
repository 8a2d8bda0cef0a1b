import type { Knex } from 'knex';

// Unified issuance (统一发证) through the issuing system: when an application's last matter is decided it
// waits in `issuing`, and the command that put it there writes its issuance request here in the same
// transaction (an outbox row). The issuance pass claims due rows (on PostgreSQL with FOR UPDATE SKIP
// LOCKED), sends them to the issuing connector with the row's idempotency key, and records the answer
// with the ISSUE command in the transaction that marks the row issued; a provider that is down leaves the
// row pending, retried with backoff. The e-licences (电子证照) the provider answers are kept in the blob
// store, one row each in issued_licences.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('issuance_requests', (t) => {
    t.string('application_id').primary().references('applications.id');
    /** Sent with every attempt: the provider answers a retried request with the same numbers. */
    t.string('idempotency_key').notNullable().unique();
    /** pending (to send, at next_attempt_at), issued (the results are recorded). */
    t.string('status').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at').notNullable();
    t.text('last_error');
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
    t.index(['status', 'next_attempt_at']);
  });
  await db.schema.createTable('issued_licences', (t) => {
    t.string('application_id').notNullable().references('applications.id');
    /** The matter whose result the licence is. */
    t.string('matter_id').notNullable();
    t.string('sha256').notNullable();
    t.integer('size').notNullable();
    t.string('media_type').notNullable();
    t.string('file_name').notNullable();
    t.primary(['application_id', 'matter_id']);
  });
}
