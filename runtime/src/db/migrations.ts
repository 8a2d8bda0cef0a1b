// Forward-only migrations, in order. Never edit one that has shipped: add the next.
// Portable SQL only (SQLite now, PostgreSQL later): knex schema builder, no SQLite-only features.
import type { Knex } from 'knex';

/** The inbox sort key of a task without a deadline: after every real date. */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

export interface NamedMigration extends Knex.Migration {
  name: string;
}

export const MIGRATIONS: NamedMigration[] = [
  {
    name: '001_initial',
    async up(db: Knex) {
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
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    name: '002_timer_retries',
    async up(db: Knex) {
      await db.schema.alterTable('timers', (t) => {
        t.integer('attempts').notNullable().defaultTo(0);
        t.text('last_error');
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // The inbox orders a department's tasks by due date with undated tasks last. `due_at is null, due_at`
    // cannot use an index (at 1M applications SQLite sorted every matching row: seconds per page), so a
    // non-null sort key is kept with the row and the indexes match the inbox queries exactly.
    name: '003_task_inbox_order',
    async up(db: Knex) {
      await db.schema.alterTable('tasks', (t) => {
        t.string('sort_due', 40).notNullable().defaultTo(NO_DEADLINE);
      });
      await db('tasks').whereNotNull('due_at').update({ sort_due: db.ref('due_at') });
      await db.schema.alterTable('tasks', (t) => {
        t.dropIndex(['department', 'status', 'due_at']);
        t.dropIndex(['department', 'due_at']);
        t.index(['department', 'status', 'sort_due', 'id']);
        t.index(['department', 'sort_due', 'id']);
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // 秒报 / 免提交: what the data-sharing connector answered at submission (status, what was asked, the values
    // and e-licences with source and time) and the provenance of the submitted values (JSON Pointer → shared,
    // or entered over a shared value; any other value was entered by the applicant, and null means every
    // value was). shared_data is null for applications submitted before: nothing was resolved for them.
    name: '005_shared_data_provenance',
    async up(db: Knex) {
      await db.schema.alterTable('applications', (t) => {
        t.text('shared_data');
        t.text('provenance');
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
];
