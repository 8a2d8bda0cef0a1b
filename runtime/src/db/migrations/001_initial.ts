import type { Knex } from 'knex';

// The first schema: published bundle versions and drafts, applications, their tasks, events and timers.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('bundle_versions', (t) => {
    t.string('bundle_id', 100).notNullable();
    t.integer('version').notNullable();
    t.text('name_zh').notNullable();
    t.text('name_en');
    t.text('definition').notNullable(); // {bundle, matters[]} as JSON
    t.string('published_by', 200).notNullable();
    t.string('published_at', 40).notNullable();
    t.primary(['bundle_id', 'version']);
  });
  await db.schema.createTable('bundle_drafts', (t) => {
    t.string('bundle_id', 100).primary();
    t.text('definition').notNullable();
    t.string('updated_by', 200).notNullable();
    t.string('updated_at', 40).notNullable();
  });
  await db.schema.createTable('applications', (t) => {
    t.string('id', 40).primary();
    t.string('bundle_id', 100).notNullable();
    t.integer('bundle_version').notNullable();
    t.string('applicant', 200).notNullable();
    t.string('status', 30).notNullable();
    t.integer('version').notNullable(); // optimistic concurrency
    t.text('snapshot').notNullable(); // XState persisted snapshot
    t.text('answers').notNullable();
    t.text('data').notNullable();
    t.text('results');
    t.string('idempotency_key', 200).notNullable();
    t.string('request_hash', 64).notNullable();
    t.string('created_at', 40).notNullable();
    t.string('updated_at', 40).notNullable();
    t.unique(['applicant', 'idempotency_key']);
    t.index(['applicant', 'created_at']);
  });
  await db.schema.createTable('tasks', (t) => {
    t.string('id', 40).primary();
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('matter_id', 100).notNullable();
    t.string('department', 100).notNullable();
    t.string('status', 20).notNullable();
    t.string('accepted_at', 40);
    t.string('due_at', 40);
    t.string('decided_at', 40);
    t.string('decided_by', 200);
    t.string('updated_at', 40).notNullable();
    t.unique(['application_id', 'matter_id']);
    t.index(['department', 'status', 'due_at']);
    t.index(['department', 'due_at']);
  });
  await db.schema.createTable('events', (t) => {
    t.increments('id');
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('type', 40).notNullable();
    t.string('matter_id', 100);
    t.string('actor', 200).notNullable();
    t.string('at', 40).notNullable();
    t.text('payload');
    t.index(['application_id', 'id']);
  });
  await db.schema.createTable('timers', (t) => {
    t.increments('id');
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('matter_id', 100).notNullable();
    t.string('kind', 20).notNullable(); // warning | overdue
    t.string('due_at', 40).notNullable();
    t.string('status', 20).notNullable(); // scheduled | fired | cancelled (002 adds moot | failed)
    t.string('fired_at', 40);
    t.index(['status', 'due_at']);
    t.index(['application_id', 'matter_id', 'status']);
  });
}
