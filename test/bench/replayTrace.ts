// What both storage baselines (storageBaseline.ts, groupCommitCeiling.ts) share: OneGo's recorded trace of a
// newborn application replayed with fresh ids, on a fresh database with the runtime's migrations.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createDatabase } from '../../runtime/src/db/createDatabase.ts';
import { migrateDatabase } from '../../runtime/src/migrateDatabase.ts';
import { newDataDir } from './benchServer.ts';
import type { Statement } from './captureTemplates.ts';
import type { Summary } from './percentiles.ts';

export interface BaselineResult {
  seconds: number;
  /** CPU milliseconds of the writing process per application. */
  cpuMsPerApplication: number;
  applications: number;
  transactions: number;
  applicationsPerSecond: number;
  transactionsPerSecond: number;
  statementsPerApplication: number;
  /** Commits per second (transactions per second, unless several are committed together). */
  commitsPerSecond: number;
  commit: Summary;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The trace with every uuid (application, task, idempotency key) replaced by a fresh one per application. */
export function instantiate(trace: Statement[][]): () => Statement[][] {
  const ids = new Set<string>();
  for (const statement of trace.flat()) for (const b of statement.bindings) if (typeof b === 'string') for (const m of b.match(UUID) ?? []) ids.add(m);
  return () => {
    const fresh = new Map([...ids].map((id) => [id, randomUUID()]));
    return trace.map((transaction) =>
      transaction.map((s) => ({ sql: s.sql, bindings: s.bindings.map((b) => (typeof b === 'string' && b.length >= 36 ? b.replace(UUID, (m) => fresh.get(m) ?? m) : b)) })),
    );
  };
}

/** A fresh database file with the runtime's migrations applied, opened as the runtime opens it (WAL, synchronous=FULL). */
export async function migratedDatabaseFile(): Promise<string> {
  const file = path.join(newDataDir(), 'baseline.sqlite');
  const db = createDatabase(file);
  try {
    await migrateDatabase(db);
  } finally {
    await db.destroy();
  }
  return file;
}

