import type { Knex } from 'knex';

// A failing timer is retried: how many attempts it took and the last error.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('timers', (t) => {
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
  });
}
