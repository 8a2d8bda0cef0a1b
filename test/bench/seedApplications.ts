// Fills a OneGo database with many applications, fast: the row templates recorded from the runtime
// (captureTemplates.ts: every example bundle and sample, at every stage) cloned with fresh ids and spread
// over the last year, written in batches, one transaction per batch of 10,000 applications. The database
// must have been created by the server (migrations, published examples) and the server must be stopped:
// seeding trades durability for speed (synchronous=OFF) and ends with a checkpoint.
//
// Why not knex's batchInsert: it writes each chunk as a new `INSERT … SELECT ? AS … UNION ALL …` that
// SQLite must parse again (about 1,000 applications/s here, 17 minutes for 1M). Instead, one multi-row
// INSERT per table is prepared once on knex's connection and run again and again with new values.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import knex, { type Knex } from 'knex';
import { NO_DEADLINE } from '../../runtime/src/db/taskInbox.ts';
import type { Row, RowTemplate } from './captureTemplates.ts';

/** Shares of the applications by status; in-progress ones are spread over every in-progress stage. */
const SEED_MIX: Record<string, number> = { completed: 0.8, rejected: 0.04, awaiting_supplement: 0.02, in_progress: 0.14 };

export interface SeedResult {
  applications: number;
  rows: Record<'applications' | 'tasks' | 'events' | 'timers', number>;
  seconds: number;
  /** Of which building the secondary indexes at the end. */
  indexSeconds: number;
  rowsPerSecond: number;
  byStatus: Record<string, number>;
}

const DAY_MS = 86_400_000;
const TIMESTAMPS: Record<string, string[]> = {
  applications: ['created_at', 'updated_at'],
  tasks: ['accepted_at', 'sort_due', 'decided_at'],
  events: ['at'],
  timers: ['due_at', 'fired_at'],
};
const MAX_VARIABLES = 32_000; // SQLite's limit is 32,766 bound values per statement

interface SqliteStatement {
  run(params: unknown[], callback: (error: Error | null) => void): void;
  finalize(callback: (error: Error | null) => void): void;
}

interface SqliteConnection {
  prepare(sql: string, callback: (error: Error | null) => void): SqliteStatement;
  exec(sql: string, callback: (error: Error | null) => void): void;
  serialize(): void;
  all(sql: string, callback: (error: Error | null, rows: Row[]) => void): void;
}

/** Runs a node-sqlite3 call that reports through a callback. */
const settle = (call: (callback: (error: Error | null) => void) => void): Promise<void> =>
  new Promise((resolve, reject) => call((error) => (error ? reject(error) : resolve())));

const prepare = (connection: SqliteConnection, sql: string): Promise<SqliteStatement> =>
  new Promise((resolve, reject) => {
    const statement = connection.prepare(sql, (error) => (error ? reject(error) : resolve(statement)));
  });

/**
 * Inserts rows of one table, each given as its values in column order, through two prepared statements:
 * many rows at a time, and one row. Runs are queued without waiting (the connection executes them in
 * order), so the next batch can be prepared meanwhile; write() returns when they are all done.
 */
class TableWriter {
  private many?: SqliteStatement;
  private one?: SqliteStatement;
  private readonly perStatement: number;

  constructor(
    private readonly connection: SqliteConnection,
    readonly table: string,
    readonly columns: string[],
  ) {
    this.perStatement = Math.max(1, Math.min(200, Math.floor(MAX_VARIABLES / columns.length)));
  }

  private sql(rows: number): string {
    const tuple = `(${this.columns.map(() => '?').join(', ')})`;
    return `insert into \`${this.table}\` (${this.columns.map((c) => `\`${c}\``).join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
  }

  async prepare(): Promise<void> {
    this.many ??= await prepare(this.connection, this.sql(this.perStatement));
    this.one ??= await prepare(this.connection, this.sql(1));
  }

  write(rows: unknown[][]): Promise<void>[] {
    const { many, one } = this;
    if (!many || !one) throw new Error('prepare() first');
    const runs: Promise<void>[] = [];
    let i = 0;
    for (; i + this.perStatement <= rows.length; i += this.perStatement) {
      const values: unknown[] = [];
      for (let r = i; r < i + this.perStatement; r++) for (const v of rows[r] as unknown[]) values.push(v);
      runs.push(settle((cb) => many.run(values, cb)));
    }
    for (; i < rows.length; i++) {
      const values = rows[i] as unknown[];
      runs.push(settle((cb) => one.run(values, cb)));
    }
    return runs;
  }

  async close(): Promise<void> {
    for (const statement of [this.many, this.one]) if (statement) await settle((cb) => statement.finalize(cb));
  }
}

type Table = 'applications' | 'tasks' | 'events' | 'timers';
const TABLES: Table[] = ['applications', 'tasks', 'events', 'timers'];

/**
 * A template row compiled for cloning: its values in column order, where the new ids go, and its
 * timestamps, shifted by whole days (each shifted instant computed once, then looked up).
 */
interface CompiledRow {
  values: unknown[];
  idSlot: number;
  applicationSlot: number;
  timestamps: { slot: number; code: number }[];
}

/** A small deterministic generator (mulberry32): the same seed gives the same database shape. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  /** Applications per transaction. */
  batch?: number;
  /**
   * The server's clock when it starts on the seeded database (ISO instant): deadline timers due before it
   * are stored as fired, as a running server would have left them, rather than all firing at start-up.
   */
  now: string;
  onProgress?: (done: number) => void;
}

export async function seedApplications(file: string, templates: RowTemplate[], count: number, options: SeedOptions): Promise<SeedResult> {
  const batch = options.batch ?? 10_000;
  const first = templates[0];
  if (!first) throw new Error('no templates');
  const sampleRow = (table: Table): Row => {
    const row = table === 'applications' ? first.application : templates.flatMap((t) => t[table])[0];
    if (!row) throw new Error(`no ${table} row in the templates`);
    return row;
  };
  // Events and timers get their ids from the database, as the runtime's do.
  const columns = Object.fromEntries(TABLES.map((table) => [table, Object.keys(sampleRow(table)).filter((c) => !(c === 'id' && (table === 'events' || table === 'timers')))])) as Record<Table, string[]>;

  const instants: number[] = [];
  const instantCodes = new Map<string, number>();
  const compile = (table: Table, row: Row): CompiledRow => {
    const cols = columns[table];
    return {
      values: cols.map((c) => row[c] ?? null),
      idSlot: table === 'applications' || table === 'tasks' ? cols.indexOf('id') : -1,
      applicationSlot: cols.indexOf(table === 'applications' ? 'id' : 'application_id'),
      timestamps: (TIMESTAMPS[table] ?? []).flatMap((c) => {
        const value = row[c];
        if (typeof value !== 'string' || value === NO_DEADLINE) return [];
        let code = instantCodes.get(value);
        if (code === undefined) {
          instantCodes.set(value, (code = instants.length));
          instants.push(Date.parse(value));
        }
        return [{ slot: cols.indexOf(c), code }];
      }),
    };
  };
  const compiled = templates.map((t) => ({
    status: t.status,
    rows: Object.fromEntries(TABLES.map((table) => [table, (table === 'applications' ? [t.application] : t[table]).map((row) => compile(table, row))])) as Record<Table, CompiledRow[]>,
  }));
  const classes = Object.entries(SEED_MIX).map(([status, share]) => ({ status, share, templates: compiled.filter((t) => t.status === status) }));
  const missing = classes.filter((c) => c.templates.length === 0).map((c) => c.status);
  if (missing.length > 0) throw new Error(`no template for ${missing.join(', ')}`);
  const applicantSlot = columns.applications.indexOf('applicant');
  const timerStatusSlot = columns.timers.indexOf('status');
  const timerDueSlot = columns.timers.indexOf('due_at');
  const timerFiredSlot = columns.timers.indexOf('fired_at');
  const keySlot = columns.applications.indexOf('idempotency_key');
  const shiftedInstants: (string | undefined)[] = [];
  const DAYS = 366;
  const shifted = (code: number, days: number): string => {
    const index = code * DAYS + days;
    return (shiftedInstants[index] ??= new Date((instants[code] as number) - days * DAY_MS).toISOString());
  };

  const rng = random(20260302);
  const byStatus: Record<string, number> = {};
  /**
   * The rows of applications [from, to), per table, as value lists. It yields to the event loop now and
   * then, so that SQLite's queued statements keep being dispatched meanwhile.
   */
  const build = async (from: number, to: number): Promise<Record<Table, unknown[][]>> => {
    const out: Record<Table, unknown[][]> = { applications: [], tasks: [], events: [], timers: [] };
    for (let i = from; i < to; i++) {
      if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      let pick = rng();
      const cls = classes.find((c) => (pick -= c.share) < 0) ?? classes[0];
      if (!cls) throw new Error('no class of applications');
      const template = cls.templates[Math.floor(rng() * cls.templates.length)] as (typeof compiled)[number];
      const recent = cls.status === 'in_progress' || cls.status === 'awaiting_supplement';
      const days = Math.floor(rng() * (recent ? 14 : 365));
      const id = randomUUID();
      byStatus[cls.status] = (byStatus[cls.status] ?? 0) + 1;
      for (const table of TABLES) {
        for (const row of template.rows[table]) {
          const values = row.values.slice();
          if (row.idSlot >= 0) values[row.idSlot] = table === 'applications' ? id : randomUUID();
          values[row.applicationSlot] = id;
          for (const t of row.timestamps) values[t.slot] = shifted(t.code, days);
          if (table === 'applications') {
            values[applicantSlot] = `seed-citizen-${i % 50_000}`;
            values[keySlot] = `seed-${i}`;
          } else if (table === 'timers' && values[timerStatusSlot] === 'scheduled' && String(values[timerDueSlot]) < options.now) {
            values[timerStatusSlot] = 'fired';
            values[timerFiredSlot] = values[timerDueSlot];
          }
          out[table].push(values);
        }
      }
    }
    return out;
  };

  const db: Knex = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  const rows: Record<Table, number> = { applications: 0, tasks: 0, events: 0, timers: 0 };
  const started = performance.now();
  let indexSeconds: number;
  const pool = db.client as { acquireConnection(): Promise<SqliteConnection>; releaseConnection(connection: SqliteConnection): Promise<void> };
  const connection = await pool.acquireConnection();
  const writers = TABLES.map((table) => new TableWriter(connection, table, columns[table]));
  const exec = (sql: string) => settle((cb) => connection.exec(sql, cb));
  try {
    connection.serialize();
    for (const pragma of ['journal_mode = WAL', 'synchronous = OFF', 'cache_size = -1048576', 'temp_store = MEMORY', 'foreign_keys = OFF']) await exec(`PRAGMA ${pragma}`);
    // Secondary indexes are dropped and built again at the end (a sort instead of millions of random
    // inserts); they come back exactly as the migrations declared them.
    const indexes = await new Promise<{ name: string; sql: string }[]>((resolve, reject) =>
      connection.all("select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('applications', 'tasks', 'events', 'timers')", (error, found) =>
        error ? reject(error) : resolve(found as { name: string; sql: string }[]),
      ),
    );
    for (const index of indexes) await exec(`drop index \`${index.name}\``);
    for (const writer of writers) await writer.prepare();
    // One transaction per batch; the next batch is built while SQLite writes this one.
    let next = await build(0, Math.min(batch, count));
    for (let from = 0; from < count; from += batch) {
      const current = next;
      const runs: Promise<void>[] = [settle((cb) => connection.exec('BEGIN', cb))];
      for (const writer of writers) runs.push(...writer.write(current[writer.table as Table]));
      runs.push(settle((cb) => connection.exec('COMMIT', cb)));
      const to = Math.min(from + batch, count);
      if (to < count) next = await build(to, Math.min(to + batch, count));
      await Promise.all(runs);
      for (const table of TABLES) rows[table] += current[table].length;
      options.onProgress?.(to);
    }
    const indexed = performance.now();
    for (const index of indexes) await exec(index.sql);
    indexSeconds = (performance.now() - indexed) / 1000;
    // The inbox counts the commands keep (migration 009), as they would be after these applications.
    await exec('delete from task_counts');
    await exec('insert into task_counts (department, status, tasks) select department, status, count(*) from tasks group by department, status');
    // The notification dispatcher caught up, as on a long-running server: without this, the server started
    // on the seeded file turns all of its events into notifications while it is being measured (about 4.4
    // million for 1M applications, on the writing connection, beside the inbox's reads).
    await exec('delete from notification_outbox');
    // No ANALYZE: the server sees the database as a long-running one would, without planner statistics.
    await exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    for (const writer of writers) await writer.close();
    await pool.releaseConnection(connection);
    await db.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const total = rows.applications + rows.tasks + rows.events + rows.timers;
  return { applications: rows.applications, rows, seconds, indexSeconds, rowsPerSecond: total / seconds, byStatus };
}
