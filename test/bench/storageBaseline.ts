// Storage baselines: the rows OneGo writes for a newborn application, written without OneGo — no engine,
// no HTTP. Both replay the recorded trace of captureTemplates.ts (the same statements, row shapes and
// sizes: 1 submission transaction + one transaction per decision), each application with fresh ids, on a
// fresh database opened as the runtime opens it (WAL, synchronous=FULL, the runtime's migrations):
//  - `per-command`: one knex transaction per command on node-sqlite3 (the runtime's driver), a few
//    applications in progress to keep SQLite's one writer busy. Not a ceiling: the runtime itself puts
//    several commands in one transaction (group commit);
//  - `ceiling` (groupCommitCeiling.ts): the true ceiling, the same writes the fastest durable way on the
//    machine — many applications in progress, every transaction queued within 2 ms committed together in
//    one, with better-sqlite3's prepared statements.
// Both report their own process's CPU time per application.
// Run as a child process: `node --import tsx test/bench/storageBaseline.ts <per-command|ceiling> <capture.json> <seconds>`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../../runtime/src/db/createDatabase.ts';
import { readCapture } from './captureFile.ts';
import type { Capture } from './captureTemplates.ts';
import { groupCommitCeiling } from './groupCommitCeiling.ts';
import { summarize } from './percentiles.ts';
import { instantiate, migratedDatabaseFile, type BaselineResult } from './replayTrace.ts';

const IN_PROGRESS = 4;

async function perCommandBaseline(capture: Capture, seconds: number): Promise<BaselineResult> {
  const file = await migratedDatabaseFile();
  const db = createDatabase(file);
  try {
    const cpu0 = process.cpuUsage();
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
    const cpu = process.cpuUsage(cpu0);
    return {
      seconds: elapsed,
      cpuMsPerApplication: (cpu.user + cpu.system) / 1000 / Math.max(1, applications),
      applications,
      transactions,
      applicationsPerSecond: applications / elapsed,
      transactionsPerSecond: transactions / elapsed,
      statementsPerApplication: capture.trace.flat().length,
      commitsPerSecond: transactions / elapsed,
      commit: summarize(commits),
    };
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, captureFile, seconds] = process.argv.slice(2);
  if ((mode !== 'per-command' && mode !== 'ceiling') || !captureFile || !seconds) throw new Error('usage: storageBaseline.ts <per-command|ceiling> <capture.json> <seconds>');
  const capture = readCapture(captureFile);
  const run = mode === 'ceiling' ? groupCommitCeiling : perCommandBaseline;
  process.stdout.write(JSON.stringify(await run(capture, Number(seconds))));
  process.exit(0);
}
