import type { Knex } from 'knex';

// Case handling inside a department (issue #16): a task knows its matter's current review step and who
// holds it (签收, 指派, 转办, 委派), and officers are recorded as they sign in (the department's staff
// directory, by which a colleague is picked by name).
// - tasks.step_id / step_name: the matter's current step (review.steps) and its name ({zh, en} JSON), null
//   for a matter without steps or not at a step; tasks.signed: the officers who signed the current
//   countersigned step (会签/或签) so far, a JSON list, null otherwise.
// - tasks.holder: the officer who holds the task (null: unclaimed); tasks.delegated_by: who delegated it
//   (委派) to the holder, to whom it returns to confirm. A new step leaves both null.
// - The inbox's "mine" and "unclaimed" read (department, holder, sort_due, id). task_counts (counts by
//   department and status) is unchanged: holding a task does not change its status.
// - officers: subject, display name, department and positions (岗位), as the last sign-in said.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    t.string('step_id', 100);
    t.text('step_name');
    t.text('signed');
    t.string('holder', 200);
    t.string('delegated_by', 200);
  });
  await db.schema.alterTable('tasks', (t) => {
    t.index(['department', 'holder', 'sort_due', 'id'], 'tasks_holder_inbox_index');
  });
  await db.schema.createTable('officers', (t) => {
    t.string('subject', 200).primary();
    t.string('name', 100);
    t.string('department', 200).notNullable();
    t.text('positions').notNullable(); // JSON list of names
    t.string('seen_at', 40).notNullable();
    t.index(['department']);
  });
}
