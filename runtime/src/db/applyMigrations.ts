// Applies the forward-only migrations (migrations.ts) that a database lacks, in one transaction.
import type { Knex } from 'knex';
import { MIGRATIONS, migrationSource } from './migrations.ts';

/**
 * Applies the migrations the database lacks and answers their names, in order (none: it was up to date).
 * Refuses a database migrated by a newer OneGo: it names migrations this one does not know.
 */
export async function applyMigrations(db: Knex): Promise<string[]> {
  await refuseNewerDatabase(db);
  const [, applied] = (await db.migrate.latest({ migrationSource: migrationSource() })) as [number, string[]];
  return applied;
}

/** The migrations the database lacks, in order, applying none (refuses a database of a newer OneGo too). */
export async function pendingMigrations(db: Knex): Promise<string[]> {
  const applied = await refuseNewerDatabase(db);
  return MIGRATIONS.map((m) => m.name).filter((name) => !applied.has(name));
}

/** The migrations applied to the database; throws when it names one this OneGo does not know. */
async function refuseNewerDatabase(db: Knex): Promise<Set<string>> {
  if (!(await db.schema.hasTable('knex_migrations'))) return new Set();
  const known = new Set(MIGRATIONS.map((m) => m.name));
  const applied = await db('knex_migrations').select<{ name: string }[]>('name');
  const unknown = applied.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length > 0) {
    throw new Error(`the database was migrated by a newer OneGo (${unknown.join(', ')}); upgrade OneGo before starting it`);
  }
  return new Set(applied.map((m) => m.name));
}
