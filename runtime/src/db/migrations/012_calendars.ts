import type { Knex } from 'knex';

// Working-day calendars in the database (every process counts with the same documents; operators load a
// year through the API), and whether a task's deadline is provisional (counted Monday–Friday over a year
// whose holiday schedule is not loaded; re-based when it is).
export async function up(db: Knex): Promise<void> {
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
}
