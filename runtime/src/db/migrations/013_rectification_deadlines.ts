import type { Knex } from 'knex';

// A rectification's deadline may be provisional too (counted Monday–Friday over a year whose holiday
// schedule is not loaded); its limit in working days is kept so that loading the year re-bases it.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('rectifications', (t) => {
    t.boolean('due_provisional').notNullable().defaultTo(false);
    t.integer('limit_days');
  });
}
