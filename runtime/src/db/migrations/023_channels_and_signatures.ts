import type { Knex } from 'knex';

// Notification channels (SMS, e-mail) beside the in-app inbox. contact_preferences: which channels a
// citizen chose, the phone and e-mail address to use (from the identity provider's claims or typed by the
// citizen) and the language of the messages; no row means no channel. channel_deliveries: the outbox of
// messages to send — written by the notification dispatcher in the transaction that writes the
// notification, claimed by the channel sender (on PostgreSQL with FOR UPDATE SKIP LOCKED), sent through
// the channel's connector with the row's id as the idempotency key, retried with backoff.
// commitments.signature_*: the signature (签名) an applicant gave with their 告知承诺 — a PNG in the blob
// store, drawn, or their typed name drawn by the portal for whoever cannot draw — by its SHA-256.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('commitments', (t) => {
    t.string('signature_sha256', 64);
    /** drawn (pointer or touch) or typed (the name typed, drawn by the portal). */
    t.string('signature_method', 10);
    t.integer('signature_size');
  });
  await db.schema.createTable('contact_preferences', (t) => {
    t.string('subject').primary();
    t.boolean('sms').notNullable().defaultTo(false);
    t.boolean('email').notNullable().defaultTo(false);
    t.string('phone');
    t.string('email_address');
    /** zh or en: the language of the messages. */
    t.string('language').notNullable().defaultTo('zh');
    t.string('updated_at').notNullable();
  });
  await db.schema.createTable('channel_deliveries', (t) => {
    t.string('id').primary();
    t.integer('notification_id').notNullable();
    t.string('subject').notNullable();
    /** sms or email. */
    t.string('channel').notNullable();
    t.string('address').notNullable();
    /** The message as rendered when queued: {template, language, params, text, subject?}. */
    t.text('message').notNullable();
    /** pending (to send at next_attempt_at), delivered, failed (after the last attempt). */
    t.string('status').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at').notNullable();
    t.text('last_error');
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
    t.string('delivered_at');
    t.index(['status', 'next_attempt_at']);
    t.index(['subject']);
  });
}
