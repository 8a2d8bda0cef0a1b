// The configured database, opened: a SQLite file (createDatabase.ts: one writing connection, readers beside
// it) or a PostgreSQL server (one pool for writes and reads). The rest of the runtime speaks knex and asks
// isPostgres() where the two differ.
import knex from 'knex';
import pg from 'pg';
import { createDatabase, createReadDatabase, type Database } from './createDatabase.ts';

export type DatabaseLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface OpenDatabase {
  db: Database;
  /** The connections for reads (the writer's own on an in-memory SQLite database and on PostgreSQL). */
  reads: Database;
}

/** PostgreSQL connections of one process: commands, reads and the background passes share them. */
const POSTGRES_CONNECTIONS = 10;

// count(*) and sum() answer bigint and numeric, which node-postgres hands over as text: OneGo's counts
// and sums stay far below 2^53, so they are read as numbers, as SQLite answers them.
const INT8 = 20;
const NUMERIC = 1700;
pg.types.setTypeParser(INT8, Number);
pg.types.setTypeParser(NUMERIC, Number);

/**
 * While PostgreSQL is unreachable a request must fail soon (503 DATABASE_UNAVAILABLE, databaseUnavailable.ts),
 * never hang: a new connection gives up after CONNECT_TIMEOUT_MS, and a request waits for a free one of the
 * pool at most ACQUIRE_TIMEOUT_MS (knex's default is a minute).
 */
const CONNECT_TIMEOUT_MS = 5000;
const ACQUIRE_TIMEOUT_MS = 10_000;

/** The database's writing connections only (the CLI's commands read little). */
export function connectDatabase(location: DatabaseLocation): Database {
  if (location.kind === 'sqlite') return createDatabase(location.file);
  return knex({
    client: 'pg',
    connection: { connectionString: location.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true },
    pool: { min: 0, max: POSTGRES_CONNECTIONS },
    acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
  });
}

/** Opens the database of the configuration; migrateDatabase (migrateDatabase.ts) brings it up to date. */
export function openDatabase(location: DatabaseLocation): OpenDatabase {
  const db = connectDatabase(location);
  return { db, reads: location.kind === 'postgres' ? db : createReadDatabase(location.file, db) };
}

/** Where the database is, for logs and messages: the file, or the server without its password. */
export function databaseName(location: DatabaseLocation): string {
  if (location.kind === 'sqlite') return location.file;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    url.search = '';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Whether the database is PostgreSQL (else SQLite). */
export function isPostgres(db: Database): boolean {
  return (db.client as { config: { client?: unknown } }).config.client === 'pg';
}
