import type { Knex } from 'knex';

// Notifications derived from the events table by a dispatcher that keeps a durable cursor, per-user
// read state (a read-up-to mark plus single reads above it), department webhooks and their outbox.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notification_cursors', (t) => {
    t.string('name', 40).primary();
    t.integer('last_event_id').notNullable();
    t.string('updated_at', 40).notNullable();
  });
  // Events written before notifications existed are history, not news: start after the last one.
  const last = (await db('events').max({ id: 'id' }).first()) as { id: number | string | null } | undefined;
  await db('notification_cursors').insert({ name: 'notifications', last_event_id: Number(last?.id ?? 0), updated_at: new Date(0).toISOString() });
  await db.schema.createTable('notifications', (t) => {
    t.increments('id');
    t.string('audience', 20).notNullable(); // user | department
    t.string('recipient', 200).notNullable(); // the subject, or the department id
    t.string('type', 40).notNullable();
    t.integer('event_id').notNullable();
    t.string('application_id', 40).references('applications.id');
    t.string('matter_id', 100);
    t.text('title_zh').notNullable();
    t.text('title_en').notNullable();
    t.text('body_zh').notNullable();
    t.text('body_en').notNullable();
    t.text('details').notNullable();
    t.string('created_at', 40).notNullable();
    t.unique(['event_id', 'audience', 'recipient', 'type']);
    t.index(['audience', 'recipient', 'id']);
  });
  await db.schema.createTable('notification_reads', (t) => {
    t.string('subject', 200).notNullable();
    t.integer('notification_id').notNullable().references('notifications.id');
    t.string('read_at', 40).notNullable();
    t.primary(['subject', 'notification_id']);
  });
  await db.schema.createTable('notification_read_marks', (t) => {
    t.string('subject', 200).primary();
    t.integer('read_up_to').notNullable(); // every notification with id <= this is read
    t.string('updated_at', 40).notNullable();
  });
  await db.schema.createTable('department_webhooks', (t) => {
    t.string('department', 100).primary();
    t.text('url').notNullable();
    t.text('secret').notNullable();
    t.text('events'); // JSON array of notification types; null: every department notification
    t.string('created_at', 40).notNullable();
    t.string('updated_at', 40).notNullable();
    t.string('updated_by', 200).notNullable();
  });
  await db.schema.createTable('webhook_deliveries', (t) => {
    t.string('id', 40).primary(); // the delivery id receivers deduplicate by
    t.string('department', 100).notNullable();
    t.integer('notification_id').notNullable().references('notifications.id');
    t.string('event_type', 40).notNullable();
    t.text('payload').notNullable(); // the exact JSON body, the same on every attempt
    t.string('status', 20).notNullable(); // pending | delivered | failed | cancelled
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at', 40).notNullable();
    t.integer('last_status');
    t.text('last_error');
    t.string('created_at', 40).notNullable();
    t.string('updated_at', 40).notNullable();
    t.string('delivered_at', 40);
    t.index(['status', 'next_attempt_at']);
    t.index(['department', 'created_at']);
  });
}
