import type { Knex } from 'knex';

/** The sort key of a task without a deadline, as this migration wrote it (the live constant: db/taskInbox.ts). */
const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

// The inbox orders a department's tasks by due date with undated tasks last. `due_at is null, due_at`
// cannot use an index (at 1M applications SQLite sorted every matching row: seconds per page), so a
// non-null sort key is kept with the row and the indexes match the inbox queries exactly.
export async function up(db: Knex): Promise<void> {
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
}
