import type { Knex } from 'knex';

/**
 * The WHERE of the partial inbox index, as this migration wrote it. The inbox queries name the very same
 * text (db/taskInbox.ts OPEN_TASKS; a test checks they agree): SQLite uses the index only then.
 */
const OPEN_TASKS = "status in ('waiting', 'pending', 'returned')";

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
//   packingDictionary.ts), made for the versions published before too, by the one-off step that runs
//   after this migration (bundles/backfillPackingDictionaries.ts): it needs the bundle compiler.
// - tasks: the inbox by status (department, status, sort_due, id) indexes open tasks only (waiting,
//   pending, returned): decided tasks, most of them, leave it. The other statuses and the whole inbox
//   are read through (department, sort_due, id), filtering the status. due_at goes: sort_due has held
//   the same deadline since migration 003 (or NO_DEADLINE, read as none: rows.ts dueAtOf); updated_at
//   goes: nothing read it.
export async function up(db: Knex): Promise<void> {
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
}
