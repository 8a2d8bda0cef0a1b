// knex's own sqlite3 client class, which knex ships without a declaration (cachedStatements.ts extends it).
declare module 'knex/lib/dialects/sqlite3/index.js' {
  import type { Knex } from 'knex';

  class Client_SQLite3 extends Knex.Client {
    _query(connection: unknown, obj: unknown): Promise<unknown>;
  }
  export default Client_SQLite3;
}
