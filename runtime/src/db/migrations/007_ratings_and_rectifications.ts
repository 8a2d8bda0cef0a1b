import type { Knex } from 'knex';

// 好差评 and 差评整改: one rating per application (overall score, optional per-matter scores with the
// matter's department kept for per-department statistics), and the rectification tasks bad ratings open
// (one per application and department).
export async function up(db: Knex): Promise<void> {
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
}
