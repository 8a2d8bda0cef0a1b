// Applies the forward-only migrations (migrations.ts) that a database lacks, in one transaction.
import type { Knex } from 'knex';
import { MIGRATIONS, migrationSource } from './migrations.ts';

/**
 * Applies the migrations the database lacks and answers their names, in order (none: it was up to date).
 * Refuses a database migrated by a newer OneGo: it names migrations this one does not know.
 */
export async function applyMigrations(db: Knex): Promise<string[]> {
  const known = new Set(MIGRATIONS.map((m) => m.name));
  if (await db.schema.hasTable('knex_migrations')) {
    const applied = await db('knex_migrations').select<{ name: string }[]>('name');
    const unknown = applied.filter((m) => !known.has(m.name)).map((m) => m.name);
    if (unknown.length > 0) {
      throw new Error(`the database was migrated by a newer OneGo (${unknown.join(', ')}); upgrade OneGo before starting it`);
    }
  }
  const [, applied] = (await db.migrate.latest({ migrationSource: migrationSource() })) as [number, string[]];
  return applied;
}
