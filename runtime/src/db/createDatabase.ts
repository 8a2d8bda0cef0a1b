// The database: knex over SQLite (WAL, synchronous=FULL: durable by default); migrateDatabase.ts migrates it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { CachedStatementsClient } from './cachedStatements.ts';

export type Database = Knex;

interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
}

export function createDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return open(file, 1, ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = FULL', 'PRAGMA foreign_keys = ON', 'PRAGMA busy_timeout = 5000']);
}

/** Connections for reads beside the writer's one (WAL: readers never wait for the writer, nor it for them). */
const READ_CONNECTIONS = 2;

/**
 * Read-only connections to the same (migrated) file, for requests that only read: they no longer queue
 * behind the commands on the one writing connection (npm run bench). Every read sees what was committed
 * before it started. An in-memory database cannot be shared between connections: its writer reads too.
 */
export function createReadDatabase(file: string, writer: Database): Database {
  if (file === ':memory:') return writer;
  return open(file, READ_CONNECTIONS, ['PRAGMA query_only = ON', 'PRAGMA busy_timeout = 5000']);
}

function open(file: string, connections: number, pragmas: string[]): Database {
  return knex({
    // knex's sqlite3 client, with prepared statements kept per connection (cachedStatements.ts).
    client: CachedStatementsClient,
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: connections,
      afterCreate(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) {
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
