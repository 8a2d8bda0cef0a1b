import type { Knex } from 'knex';

// Step deadlines and escalation on overdue (issue #16): a review step's own time limit runs from when the
// step began, with the task's warning, overdue and escalation timers.
// - tasks.step_due_at: the current step's deadline (null: the step has no time limit of its own);
//   tasks.step_warning_at: its warning point (80 % of the step's limit).
// - timers.step_id: the step a timer belongs to (kinds step_warning, step_overdue, and escalate for a
//   step's deadline); null for the matter's own timers (warning, overdue, and escalate for the matter's
//   deadline).
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    t.string('step_due_at', 40);
    t.string('step_warning_at', 40);
  });
  await db.schema.alterTable('timers', (t) => {
    t.string('step_id', 100);
  });
}
