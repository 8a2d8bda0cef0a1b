// knex's sqlite3 client, with each connection's prepared statements kept for reuse. knex runs every query
// through `Database#all/run(sql, bindings)`, which prepares a new statement on libuv's pool, runs it there
// in a second round trip, and finalizes it: about half of the driver's CPU time per statement went to
// preparing and finalizing (npm run bench:paired). Here a query whose SQL text was seen before on the
// connection binds and runs its prepared statement: one round trip, no parsing. Nothing else changes:
// the same SQL (knex still builds it, for PostgreSQL too), the same bindings, the same results.
import Client_SQLite3 from 'knex/lib/dialects/sqlite3/index.js';

/** Statements kept per connection (least recently used dropped first): the runtime's own are fewer. */
const STATEMENTS_PER_CONNECTION = 200;

/**
 * Only data statements and transaction control are kept: they run to completion (SQLITE_DONE) when run
 * through `all` or `run` — insert, update and delete without RETURNING go through `run`, which steps once —
 * so a kept statement never holds a read snapshot open. Schema changes and pragmas are prepared each time.
 */
const CACHEABLE = /^\s*(select|insert|update|delete|begin|commit|rollback|savepoint|release)\b/i;

type StatementCallback = (this: unknown, error: Error | null, response?: unknown) => void;

interface SqliteStatement {
  all(bindings: unknown[], callback: StatementCallback): SqliteStatement;
  run(bindings: unknown[], callback: StatementCallback): SqliteStatement;
  finalize(callback?: () => void): void;
}

interface SqliteConnection {
  prepare(sql: string, callback: (error: Error | null) => void): SqliteStatement;
  all(sql: string, bindings: unknown[], callback: (this: unknown, error: Error | null, rows: unknown) => void): void;
  run(sql: string, bindings: unknown[], callback: (this: unknown, error: Error | null) => void): void;
}

interface Kept {
  statement: SqliteStatement;
  /** Until prepared, the callbacks of the queries waiting for it: a failed prepare drops them silently. */
  waiting: ((error: Error) => void)[] | undefined;
}

interface QueryObject {
  sql: string;
  bindings?: unknown[];
  method?: string;
  returning?: unknown;
  response?: unknown;
  context?: unknown;
}

const kept = new WeakMap<SqliteConnection, Map<string, Kept>>();

function statementFor(connection: SqliteConnection, sql: string): Kept {
  let statements = kept.get(connection);
  if (!statements) kept.set(connection, (statements = new Map<string, Kept>()));
  const known = statements.get(sql);
  if (known) {
    // Most recently used last (Map keeps insertion order).
    statements.delete(sql);
    statements.set(sql, known);
    return known;
  }
  const entry: Kept = { statement: undefined as unknown as SqliteStatement, waiting: [] };
  entry.statement = connection.prepare(sql, (error) => {
    const waiting = entry.waiting ?? [];
    entry.waiting = undefined;
    if (!error) return;
    // The queries queued on it never run: tell them, and prepare again next time.
    if (statements.get(sql) === entry) statements.delete(sql);
    for (const fail of waiting) fail(error);
  });
  statements.set(sql, entry);
  if (statements.size > STATEMENTS_PER_CONNECTION) {
    const [oldestSql, oldest] = statements.entries().next().value as [string, Kept];
    statements.delete(oldestSql);
    oldest.statement.finalize(); // after whatever is queued on it
  }
  return entry;
}

export class CachedStatementsClient extends Client_SQLite3 {
  override _query(connection: SqliteConnection, obj: QueryObject): Promise<QueryObject> {
    if (!obj.sql || !CACHEABLE.test(obj.sql)) return super._query(connection, obj) as Promise<QueryObject>;
    const method: 'all' | 'run' = obj.method === 'insert' || obj.method === 'update' ? (obj.returning ? 'all' : 'run') : obj.method === 'counter' || obj.method === 'del' ? 'run' : 'all';
    // No named closures here: tsx keeps function names with a defineProperty per closure created, which
    // was measurable at one query in a few hundred microseconds.
    return new Promise((resolve, reject) => {
      const entry = statementFor(connection, obj.sql);
      // Until prepared: a failed prepare drops the queued call without calling it back (the one or the other).
      entry.waiting?.push(reject);
      // As knex's own _query: the response, and the statement as context (lastID, changes).
      entry.statement[method](obj.bindings ?? [], function (this: unknown, error: Error | null, response?: unknown) {
        if (error) return reject(error);
        obj.response = response;
        obj.context = this;
        resolve(obj);
      });
    });
  }

  override async destroyRawConnection(connection: SqliteConnection): Promise<void> {
    // A connection closes only once its statements are finalized.
    const statements = kept.get(connection);
    kept.delete(connection);
    await Promise.all(
      [...(statements?.values() ?? [])].map(
        (entry) =>
          new Promise<void>((resolve) => {
            entry.waiting?.push(() => resolve()); // a statement whose prepare fails is finalized already
            entry.statement.finalize(() => resolve());
          }),
      ),
    );
    return super.destroyRawConnection(connection);
  }
}
