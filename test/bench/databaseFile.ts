// Looking into a benchmark's SQLite file with plain knex while no server writes to it: checkpoint, sizes,
// bytes per table (dbstat), counts, and EXPLAIN QUERY PLAN.
import { existsSync, statSync } from 'node:fs';
import knex, { type Knex } from 'knex';

export function openDatabaseFile(file: string): Knex {
  return knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
}

export interface DiskUsage {
  /** The database file and its WAL after a checkpoint, in bytes. */
  fileBytes: number;
  walBytes: number;
  /** Bytes of each table with its indexes. */
  tables: Record<string, number>;
  /** Bytes of each table and index on its own. */
  objects: Record<string, number>;
  applications: Record<string, number>;
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

export async function diskUsage(file: string): Promise<DiskUsage> {
  const db = openDatabaseFile(file);
  try {
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    const schema: { name: string; tbl_name: string }[] = await db('sqlite_master').select('name', 'tbl_name');
    const owners = new Map(schema.map((r) => [r.name, r.tbl_name]));
    const pages: { name: string; bytes: number }[] = await db.raw('select name, sum(pgsize) as bytes from dbstat group by name');
    const tables: Record<string, number> = {};
    const objects: Record<string, number> = {};
    for (const { name, bytes } of pages) {
      objects[name] = bytes;
      const table = owners.get(name) ?? name;
      tables[table] = (tables[table] ?? 0) + bytes;
    }
    const statuses: { status: string; n: number }[] = await db('applications').select('status').count({ n: '*' }).groupBy('status');
    return {
      fileBytes: sizeOf(file),
      walBytes: sizeOf(`${file}-wal`),
      tables,
      objects,
      applications: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
    };
  } finally {
    await db.destroy();
  }
}

/** EXPLAIN QUERY PLAN of a statement, as the lines SQLite prints. */
export async function queryPlan(db: Knex, sql: string, bindings: readonly unknown[]): Promise<string[]> {
  const rows: { detail: string }[] = await db.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never[]);
  return rows.map((r) => r.detail);
}
