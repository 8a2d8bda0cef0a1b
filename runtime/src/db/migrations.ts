// Forward-only migrations, in order. Never edit one that has shipped: add the next.
// Portable SQL only (SQLite now, PostgreSQL later): knex schema builder, no SQLite-only features.
import type { Knex } from 'knex';
import { BundleCatalog, type BundleDefinition } from '../bundles/bundleCatalog.ts';
import { packingDictionary } from '../bundles/packingDictionary.ts';

/** The inbox sort key of a task without a deadline: after every real date. */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

/** The task statuses that still expect someone's action, listed by the partial inbox index (migration 011). */
export const OPEN_TASK_STATUSES = ['waiting', 'pending', 'returned'] as const;
/**
 * The WHERE of that index, as SQL text. A query uses the index only when its own WHERE has this very term,
 * as text: SQLite cannot see that a bound `status = ?` implies it (taskRoutes.ts adds it).
 */
export const OPEN_TASKS = "status in ('waiting', 'pending', 'returned')";

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
    // Uploaded materials (申请材料上传): one row per upload, referencing a content-addressed file under the
    // data folder (<dataDir>/blobs/sha256/<2 hex>/<sha256>). The same bytes uploaded twice are one file.
    name: '004_material_uploads',
    async up(db: Knex) {
      await db.schema.createTable('material_uploads', (t) => {
        t.string('id', 40).primary();
        t.string('application_id', 40).notNullable().references('applications.id');
        t.string('material_id', 100).notNullable();
        t.text('matter_ids').notNullable(); // JSON array: the included matters that list this material
        t.string('sha256', 64).notNullable();
        t.integer('size').notNullable();
        t.string('media_type', 100).notNullable(); // sniffed from the bytes: this one decides
        t.string('declared_type', 200); // what the client said, recorded only
        t.string('filename', 255).notNullable(); // sanitised
        t.string('uploaded_by', 200).notNullable();
        t.string('uploaded_at', 40).notNullable();
        t.index(['application_id', 'material_id']);
        t.index(['sha256']);
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
  {
    // Notifications derived from the events table by a dispatcher that keeps a durable cursor, per-user
    // read state (a read-up-to mark plus single reads above it), department webhooks and their outbox.
    name: '006_notifications_and_webhooks',
    async up(db: Knex) {
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
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // 好差评 and 差评整改: one rating per application (overall score, optional per-matter scores with the
    // matter's department kept for per-department statistics), and the rectification tasks bad ratings open
    // (one per application and department).
    name: '007_ratings_and_rectifications',
    async up(db: Knex) {
      await db.schema.createTable('ratings', (t) => {
        t.string('application_id', 40).primary().references('applications.id');
        t.string('applicant', 200).notNullable();
        t.integer('overall_score').notNullable();
        t.text('overall_comment');
        t.string('rated_at', 40).notNullable();
        t.index(['rated_at']);
      });
      await db.schema.createTable('matter_ratings', (t) => {
        t.string('application_id', 40).notNullable().references('ratings.application_id');
        t.string('matter_id', 100).notNullable();
        t.string('department', 100).notNullable();
        t.integer('score').notNullable();
        t.text('comment');
        t.string('rated_at', 40).notNullable();
        t.primary(['application_id', 'matter_id']);
        t.index(['department', 'rated_at']);
      });
      await db.schema.createTable('rectifications', (t) => {
        t.string('id', 40).primary();
        t.string('application_id', 40).notNullable().references('ratings.application_id');
        t.string('department', 100).notNullable();
        t.text('cause').notNullable(); // JSON: {overall: score | null, matters: [{matterId, score}]}
        t.string('status', 20).notNullable(); // open | overdue | answered
        t.string('opened_at', 40).notNullable();
        t.string('due_at', 40).notNullable();
        t.string('overdue_at', 40); // when the scheduler flagged it overdue (kept after a late answer)
        t.text('answer');
        t.text('measures');
        t.string('answered_by', 200);
        t.string('answered_at', 40);
        t.boolean('answered_on_time');
        t.unique(['application_id', 'department']);
        t.index(['department', 'status', 'due_at']);
        t.index(['status', 'due_at']);
        t.index(['department', 'opened_at']);
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // 告知承诺: the commitments an applicant signed instead of a material, with the text they signed; and
    // application drafts (save and resume), the citizen's alone, expiring.
    name: '008_commitments_and_drafts',
    async up(db: Knex) {
      await db.schema.createTable('commitments', (t) => {
        t.increments('id');
        t.string('application_id', 40).notNullable().references('applications.id');
        t.string('material_id', 100).notNullable();
        t.text('text').notNullable(); // the commitment text as signed, {zh, en} JSON
        t.string('signed_by', 200).notNullable();
        t.string('signed_at', 40).notNullable();
        t.unique(['application_id', 'material_id']);
      });
      await db.schema.createTable('application_drafts', (t) => {
        t.string('id', 40).primary();
        t.string('applicant', 200).notNullable();
        t.string('bundle_id', 100).notNullable();
        t.text('answers').notNullable();
        t.text('data').notNullable();
        t.integer('version').notNullable();
        t.string('created_at', 40).notNullable();
        t.string('updated_at', 40).notNullable();
        t.string('expires_at', 40).notNullable();
        t.index(['applicant', 'updated_at']);
        t.index(['expires_at']);
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // The inbox's X-Total-Count, exact and cheap: how many tasks each department has in each status, kept
    // by every command in its own transaction (applicationTransition.ts). Counting the rows instead read
    // every index entry of the department's tasks (about 95,000 pending at 1M applications: 6 ms at the
    // median, 50 ms at p99 in SQLite alone, npm run bench), for a page that takes 0.3 ms.
    name: '009_task_counts',
    async up(db: Knex) {
      await db.schema.createTable('task_counts', (t) => {
        t.string('department', 100).notNullable();
        t.string('status', 20).notNullable();
        t.integer('tasks').notNullable();
        t.primary(['department', 'status']);
      });
      const counts = await db('tasks')
        .select('department', 'status')
        .count<{ department: string; status: string; tasks: number | string }[]>({ tasks: '*' })
        .groupBy('department', 'status');
      for (let i = 0; i < counts.length; i += 100) {
        await db('task_counts').insert(counts.slice(i, i + 100).map((c) => ({ department: c.department, status: c.status, tasks: Number(c.tasks) })));
      }
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // Materials uploaded before submission (申请材料随草稿上传): files attached to an application draft,
    // moved into material_uploads (same ids) by the submission that names the draft, in its transaction.
    // They go with their draft (deleted, expired and cleaned up, or submitted: ON DELETE CASCADE); the
    // files stay in the content-addressed store (possibly shared with other uploads). And the commitments
    // (告知承诺) the citizen chose in the draft: JSON array of material ids, signed only at submission.
    name: '010_draft_material_uploads',
    async up(db: Knex) {
      await db.schema.createTable('draft_material_uploads', (t) => {
        t.string('id', 40).primary();
        t.string('draft_id', 40).notNullable().references('application_drafts.id').onDelete('CASCADE');
        t.string('material_id', 100).notNullable();
        t.string('sha256', 64).notNullable();
        t.integer('size').notNullable();
        t.string('media_type', 100).notNullable(); // sniffed from the bytes
        t.string('declared_type', 200); // what the client said, recorded only
        t.string('filename', 255).notNullable(); // sanitised
        t.string('uploaded_by', 200).notNullable();
        t.string('uploaded_at', 40).notNullable();
        t.index(['draft_id', 'material_id']);
      });
      await db.schema.alterTable('application_drafts', (t) => {
        t.text('commitments');
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // Less on disk per application and its history (issue #4: ≤ 8 KB per completed application; 19.5 KB
    // before, npm run bench). Nothing is rewritten: rows written before keep their form and read as before.
    // - events.caused: a command's row holds the events it caused at the same instant (eventLog.ts), one
    //   row per command instead of one per event.
    // - notifications: name their event by its row and place in it (event_seq); texts, application,
    //   matter, time, bundle id and task id are derived on read (NotificationRow); a command's row may now
    //   cause several notifications of one type to one recipient, so the unique (event, audience,
    //   recipient, type) goes. The dispatcher's cursor, moved in
    //   the notifications' own transaction with a compare-and-set, keeps an event from being notified twice.
    // - applications: the snapshot and the data, deflated, in binary columns (packedJson.ts): base64 in
    //   text made them a third larger; with a preset dictionary per bundle version (bundle_versions.packing,
    //   packingDictionary.ts), made for the versions published before too.
    // - tasks: the inbox by status (department, status, sort_due, id) indexes open tasks only (waiting,
    //   pending, returned): decided tasks, most of them, leave it. The other statuses and the whole inbox
    //   are read through (department, sort_due, id), filtering the status. due_at goes: sort_due has held
    //   the same deadline since migration 003 (or NO_DEADLINE, read as none: rows.ts dueAtOf); updated_at
    //   goes: nothing read it.
    name: '011_compact_history',
    async up(db: Knex) {
      await db.schema.alterTable('events', (t) => {
        t.text('caused');
      });
      await db.schema.alterTable('notifications', (t) => {
        t.dropUnique(['event_id', 'audience', 'recipient', 'type']);
        t.integer('event_seq');
      });
      await db.schema.alterTable('applications', (t) => {
        t.binary('snapshot_deflated');
        t.binary('data_deflated');
      });
      await db.schema.alterTable('bundle_versions', (t) => {
        t.text('packing');
      });
      // The versions published before get their dictionary now: their new applications use it too.
      const catalog = new BundleCatalog(db);
      const versions = await db('bundle_versions').select<{ bundle_id: string; version: number; definition: string }[]>('bundle_id', 'version', 'definition');
      for (const v of versions) {
        let packing: string | null = null;
        try {
          packing = packingDictionary(catalog.compileDefinition(JSON.parse(v.definition) as BundleDefinition, Number(v.version)));
        } catch {
          // A definition this OneGo cannot compile: its applications are packed without a dictionary.
        }
        if (packing !== null) await db('bundle_versions').where({ bundle_id: v.bundle_id, version: v.version }).update({ packing });
      }
      await db.schema.alterTable('tasks', (t) => {
        t.dropIndex(['department', 'status', 'sort_due', 'id']);
      });
      // SQLite: knex copies the table into one without these columns (PostgreSQL drops them in place).
      await db.schema.alterTable('tasks', (t) => {
        t.dropColumn('due_at');
        t.dropColumn('updated_at');
      });
      await db.schema.alterTable('tasks', (t) => {
        t.index(['department', 'status', 'sort_due', 'id'], 'tasks_open_inbox_index', { predicate: db.whereRaw(OPEN_TASKS) });
      });
    },
    down() {
      return Promise.reject(new Error('migrations are forward-only'));
    },
  },
  {
    // Working-day calendars in the database (every process counts with the same documents; operators load a
    // year through the API), and whether a task's deadline is provisional (counted by the weekday rule over a
    // year whose holiday schedule is not loaded).
    name: '012_calendars',
    async up(db: Knex) {
      await db.schema.createTable('calendars', (t) => {
        t.string('region', 20).notNullable();
        t.integer('year').notNullable();
        t.text('document').notNullable();
        t.string('origin', 20).notNullable();
        t.string('loaded_by', 200).notNullable();
        t.string('loaded_at', 40).notNullable();
        t.string('digest', 64).notNullable();
        t.primary(['region', 'year']);
      });
      await db.schema.alterTable('tasks', (t) => {
        t.boolean('due_provisional').notNullable().defaultTo(false);
      });
    },
    down() {
      throw new Error('forward-only migration');
    },
  },
];
