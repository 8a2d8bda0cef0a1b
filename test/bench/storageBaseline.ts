// The storage ceiling: the rows OneGo writes for a newborn application, written with plain knex
// transactions — no engine, no HTTP. It replays the recorded trace of captureTemplates.ts (the same
// statements, row shapes and sizes: 1 submission transaction + one transaction per decision), each
// application with fresh ids, on a fresh database opened exactly as the runtime opens it (WAL,
// synchronous=FULL, the runtime's migrations). SQLite has one writer, so a few applications are kept in
// progress at once only to keep its queue full; the figure is completed applications per second.
// Run as a child process: `node --import tsx test/bench/storageBaseline.ts <capture.json> <seconds>`.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../../runtime/src/db/createDatabase.ts';
import { migrateDatabase } from '../../runtime/src/migrateDatabase.ts';
import { newDataDir } from './benchServer.ts';
import { readCapture } from './captureFile.ts';
import type { Capture, Statement } from './captureTemplates.ts';
import { summarize, type Summary } from './percentiles.ts';

export interface BaselineResult {
  seconds: number;
  applications: number;
  transactions: number;
  applicationsPerSecond: number;
  transactionsPerSecond: number;
  statementsPerApplication: number;
  commit: Summary;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const IN_PROGRESS = 4;

/** The trace with every uuid (application, task, idempotency key) replaced by a fresh one per application. */
function instantiate(trace: Statement[][]): () => Statement[][] {
  const ids = new Set<string>();
  for (const statement of trace.flat()) for (const b of statement.bindings) if (typeof b === 'string') for (const m of b.match(UUID) ?? []) ids.add(m);
  return () => {
    const fresh = new Map([...ids].map((id) => [id, randomUUID()]));
    return trace.map((transaction) =>
      transaction.map((s) => ({ sql: s.sql, bindings: s.bindings.map((b) => (typeof b === 'string' && b.length >= 36 ? b.replace(UUID, (m) => fresh.get(m) ?? m) : b)) })),
    );
  };
}

export async function storageBaseline(capture: Capture, seconds: number): Promise<BaselineResult> {
  const file = path.join(newDataDir(), 'baseline.sqlite');
  const db = createDatabase(file);
  try {
    await migrateDatabase(db);
    const next = instantiate(capture.trace);
    const commits: number[] = [];
    let applications = 0;
    let transactions = 0;
    const start = performance.now();
    const until = start + seconds * 1000;
    const worker = async () => {
      while (performance.now() < until) {
        for (const transaction of next()) {
          const began = performance.now();
          await db.transaction(async (trx) => {
            for (const s of transaction) await trx.raw(s.sql, s.bindings as never[]);
          });
          commits.push(performance.now() - began);
          transactions++;
        }
        applications++;
      }
    };
    await Promise.all(Array.from({ length: IN_PROGRESS }, worker));
    const elapsed = (performance.now() - start) / 1000;
    return {
      seconds: elapsed,
      applications,
      transactions,
      applicationsPerSecond: applications / elapsed,
      transactionsPerSecond: transactions / elapsed,
      statementsPerApplication: capture.trace.flat().length,
      commit: summarize(commits),
    };
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [captureFile, seconds] = process.argv.slice(2);
  if (!captureFile || !seconds) throw new Error('usage: storageBaseline.ts <capture.json> <seconds>');
  const capture = readCapture(captureFile);
  process.stdout.write(JSON.stringify(await storageBaseline(capture, Number(seconds))));
  process.exit(0);
}
