// The database: knex over SQLite (WAL, synchronous=FULL: durable by default) with OneGo's migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { MIGRATIONS } from './migrations.ts';

export type Database = Knex;

interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
}

export function createDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return knex({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) {
        const pragmas = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = FULL', 'PRAGMA foreign_keys = ON', 'PRAGMA busy_timeout = 5000'];
        const next = (i: number): void => {
          const pragma = pragmas[i];
          if (pragma === undefined) {
            done(null, connection);
            return;
          }
          connection.run(pragma, (error) => (error ? done(error, connection) : next(i + 1)));
        };
        next(0);
      },
    },
  });
}

/** Applies the forward-only migrations; refuses a database migrated by a newer OneGo. */
export async function migrate(db: Database): Promise<void> {
  const source = {
    getMigrations: () => Promise.resolve(MIGRATIONS.map((m) => m.name)),
    getMigrationName: (name: string) => name,
    getMigration: (name: string) => Promise.resolve(MIGRATIONS.find((m) => m.name === name) as Knex.Migration),
  };
  const known = new Set(MIGRATIONS.map((m) => m.name));
  if (await db.schema.hasTable('knex_migrations')) {
    const applied = await db('knex_migrations').select<{ name: string }[]>('name');
    const unknown = applied.filter((m) => !known.has(m.name)).map((m) => m.name);
    if (unknown.length > 0) {
      throw new Error(`the database was migrated by a newer OneGo (${unknown.join(', ')}); upgrade OneGo before starting it`);
    }
  }
  await db.migrate.latest({ migrationSource: source });
}
