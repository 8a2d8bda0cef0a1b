// The database the test servers run on: SQLite (a file in the server's data folder) by default, or, in the
// test run's `postgres` project (vitest.config.ts: ONEGO_TEST_DATABASE=postgres), a database of its own on
// the throwaway PostgreSQL server the run started (postgresSetup.ts), one per data folder, so that a server
// restarted on the folder of a stopped one finds its database again. The same suites run on both, as one
// contract suite runs against several implementations.
import path from 'node:path';
import knex, { type Knex } from 'knex';

/** The kind of database the test servers of this run use. */
export const TEST_DATABASE: 'sqlite' | 'postgres' = process.env['ONEGO_TEST_DATABASE'] === 'postgres' ? 'postgres' : 'sqlite';

/** The throwaway PostgreSQL server's URL, set by postgresSetup.ts (its database `postgres`). */
function postgresServerUrl(): string {
  const url = process.env['ONEGO_TEST_POSTGRES_URL'];
  if (!url) throw new Error('ONEGO_TEST_DATABASE=postgres needs the PostgreSQL server of test/support/postgresSetup.ts (the vitest project "postgres")');
  return url;
}

/** The PostgreSQL database of a data folder: its name, from the folder's (unique) name. */
function databaseOf(dataDir: string): string {
  return `onego_${path.basename(dataDir).toLowerCase().replace(/[^a-z0-9]/g, '_')}`.slice(0, 63);
}

/** The database every migration was applied to (postgresSetup.ts), copied for each test server. */
export const MIGRATED_TEMPLATE = 'onego_migrated';

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * ONEGO_DATABASE_URL of a test server on `dataDir`: its database is created when missing, a copy of the
 * migrated template (`empty`: with nothing in it, as a new installation finds it).
 */
export async function testDatabaseUrl(dataDir: string, { empty = false } = {}): Promise<string> {
  if (TEST_DATABASE === 'sqlite') return `sqlite:${path.join(dataDir, 'onego.sqlite')}`;
  const serverUrl = postgresServerUrl();
  const database = databaseOf(dataDir);
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  try {
    const found = await admin('pg_database').where({ datname: database }).count({ n: '*' });
    if (Number(found[0]?.n) === 0) {
      if (empty) await admin.raw('create database ??', [database]);
      else await admin.raw('create database ?? template ??', [database, MIGRATED_TEMPLATE]);
    }
  } finally {
    await admin.destroy();
  }
  return withDatabase(serverUrl, database);
}

interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
}

/** A connection to the database of the test server on `dataDir` (to look at or change its rows). */
export function openTestDatabase(dataDir: string): Knex {
  if (TEST_DATABASE === 'sqlite') {
    return knex({
      client: 'sqlite3',
      connection: { filename: path.join(dataDir, 'onego.sqlite') },
      useNullAsDefault: true,
      // The server writes meanwhile: wait for its write lock rather than fail at once.
      pool: {
        afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) =>
          connection.run('PRAGMA busy_timeout = 5000', (error) => done(error, connection)),
      },
    });
  }
  return knex({ client: 'pg', connection: withDatabase(postgresServerUrl(), databaseOf(dataDir)), pool: { min: 0, max: 2 } });
}
