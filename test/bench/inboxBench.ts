// Inbox latency on a big database: a fresh OneGo database is filled with applications (seedApplications.ts,
// the runtime's own row shapes, spread over bundles, departments and statuses), then a server is started
// on it and an officer of the department with the most pending tasks asks for the first page of their
// inbox at a fixed rate. Also: the same statements timed in SQLite alone, and their query plans.
import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Capture } from './captureTemplates.ts';
import { openDatabaseFile, queryPlan } from './databaseFile.ts';
import { BENCH_ENV, startBenchServer } from './benchServer.ts';
import { LoadClient } from './loadClient.ts';
import { runOpenLoop } from './openLoop.ts';
import { summarize, type Summary } from './percentiles.ts';
import { memoryOf } from './processStats.ts';
import { seedApplications, type SeedResult } from './seedApplications.ts';

export const INBOX_PATH = '/api/tasks?status=pending&page=1&pageSize=20';

export interface InboxResult {
  seed: SeedResult;
  fileBytes: number;
  department: string;
  pendingTasks: number;
  /** Over HTTP, one officer at a time: the page's own latency. */
  sequential: Summary;
  /** Over HTTP, `rate` pages per second from the scheduled instant (queueing included). */
  latency: Summary;
  rate: number;
  /** The open-loop run stopped early: the server answers fewer pages per second than asked. */
  overloaded: boolean;
  /** The inbox's statements alone in SQLite (no HTTP), one at a time. */
  statements: { sql: string; latency: Summary; plan: string[] }[];
  rss: number;
  errors: number;
}

export async function inboxBench(capture: Capture, applications: number, seconds: number, rate: number, log: (line: string) => void): Promise<InboxResult> {
  const first = await startBenchServer();
  await first.stop();
  const { dataDir, databaseFile } = first;
  try {
    let lastReport = performance.now();
    const seed = await seedApplications(databaseFile, capture.templates, applications, {
      now: new Date(BENCH_ENV['ONEGO_TEST_CLOCK_START'] as string).toISOString(),
      onProgress: (done) => {
        if (performance.now() - lastReport > 15_000 || done === applications) {
          lastReport = performance.now();
          log(`  seeded ${done.toLocaleString('en-US')} applications`);
        }
      },
    });

    const db = openDatabaseFile(databaseFile);
    let department: string;
    let pendingTasks: number;
    const statements: InboxResult['statements'] = [];
    try {
      const busiest = (await db('tasks').where({ status: 'pending' }).select('department').count({ n: '*' }).groupBy('department').orderBy('n', 'desc').first()) as
        | { department: string; n: number }
        | undefined;
      if (!busiest) throw new Error('no pending task was seeded');
      department = busiest.department;
      pendingTasks = Number(busiest.n);
      for (const statement of capture.inbox) {
        const bindings = statement.bindings.map((b) => (b === capture.inboxDepartment ? department : b));
        const plan = await queryPlan(db, statement.sql, bindings);
        for (let i = 0; i < 20; i++) await db.raw(statement.sql, bindings as never[]);
        const times: number[] = [];
        const until = performance.now() + Math.min(5_000, seconds * 500);
        for (let i = 0; i < 500 && performance.now() < until; i++) {
          const started = performance.now();
          await db.raw(statement.sql, bindings as never[]);
          times.push(performance.now() - started);
        }
        statements.push({ sql: statement.sql, latency: summarize(times), plan });
      }
    } finally {
      await db.destroy();
    }

    const server = await startBenchServer({ dataDir });
    const client = new LoadClient(server.url);
    try {
      const officer = await client.login('officer', `bench-inbox-${department}`, department);
      for (let i = 0; i < 20; i++) await client.get(INBOX_PATH, officer);
      let errors = 0;
      const check = (response: { status: number; body: unknown }) => {
        const ok = response.status === 200 && Array.isArray(response.body) && response.body.length === Math.min(20, pendingTasks);
        if (!ok) errors++;
        return ok;
      };
      const one: number[] = [];
      const oneUntil = performance.now() + Math.min(20_000, seconds * 1000);
      for (let i = 0; i < 200 && performance.now() < oneUntil; i++) {
        const started = performance.now();
        check(await client.get<unknown[]>(INBOX_PATH, officer));
        one.push(performance.now() - started);
      }
      const latencies: number[] = [];
      const run = await runOpenLoop({
        rate,
        durationMs: seconds * 1000,
        maxInFlight: 200,
        drainMs: 15_000,
        arrive: async (scheduledAt) => {
          const response = await client.get<unknown[]>(INBOX_PATH, officer);
          latencies.push(performance.now() - scheduledAt);
          return check(response);
        },
      });
      return {
        seed,
        fileBytes: statSync(databaseFile).size,
        department,
        pendingTasks,
        sequential: summarize(one),
        latency: summarize(latencies),
        rate,
        overloaded: run.overloaded,
        statements,
        rss: memoryOf(server.pid).rss,
        errors,
      };
    } finally {
      client.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
