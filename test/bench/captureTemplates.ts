// What the runtime writes, recorded from the runtime itself so that the storage baseline and the seeded
// database stay true to it when it changes. A OneGo server runs in this process on a temp SQLite file and
// is driven over HTTP as the benchmark drives it, while every SQL statement is recorded (knex 'query'):
//  - trace: the command transactions of one newborn application from submission to completion (what the storage
//    baseline replays with plain knex);
//  - inbox: the statements of one officer inbox page (GET /api/tasks?status=pending&page=1&pageSize=20),
//    for EXPLAIN QUERY PLAN;
//  - templates: the rows (applications, tasks, events, timers) of applications of every example bundle
//    and valid sample, stopped at every stage (submitted, after each round of decisions, completed,
//    rejected, returned for supplement): what the seeder clones to fill a database with 1M applications.
// Run as a child process: `node --import tsx test/bench/captureTemplates.ts <output.json>`.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startIssuingProvider } from '../../examples/issuing-provider/server.ts';
import { configFromEnv } from '../../runtime/src/config.ts';
import { startServer } from '../../runtime/src/server.ts';
import { LatencyLog, officerTokens, runApplication, type SessionPlan, type Workload } from './applicationSession.ts';
import { BENCH_ENV, newDataDir } from './benchServer.ts';
import { LoadClient } from './loadClient.ts';
import { NEWBORN_SAMPLE } from './newbornLoad.ts';

export interface Statement {
  sql: string;
  bindings: unknown[];
}

export type Row = Record<string, unknown>;

export interface RowTemplate {
  bundleId: string;
  sample: string;
  plan: string;
  /** The application's status: in_progress | completed | rejected | awaiting_supplement. */
  status: string;
  application: Row;
  tasks: Row[];
  events: Row[];
  timers: Row[];
}

export interface Capture {
  /** One newborn application: its command transactions in order, each a list of statements (BEGIN/COMMIT left out). */
  trace: Statement[][];
  /** Statements of one inbox page, with the officer's department and status as bindings. */
  inbox: Statement[];
  inboxDepartment: string;
  templates: RowTemplate[];
}

interface QueryEvent {
  sql: string;
  bindings?: unknown[];
  __knexTxId?: string;
}

/** The example samples that are valid, with their bundle ids. */
function validSamples(): { bundleId: string; sample: string; body: string }[] {
  return readdirSync('examples', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const folder = path.join('examples', d.name);
      const samples = path.join(folder, 'samples');
      const bundleFile = path.join(folder, 'bundle.json');
      if (!existsSync(bundleFile) || !existsSync(samples)) return [];
      const names = readdirSync(samples).filter((n) => n.endsWith('.json'));
      const bundleId = (JSON.parse(readFileSync(bundleFile, 'utf8')) as { id: string }).id;
      return names.flatMap((name) => {
        const file = path.join(samples, name);
        const json = JSON.parse(readFileSync(file, 'utf8')) as { answers: unknown; data: unknown; expect?: { valid?: boolean } };
        return json.expect?.valid === true ? [{ bundleId, sample: file, body: JSON.stringify({ bundleId, answers: json.answers, data: json.data }) }] : [];
      });
    });
}

export async function captureTemplates(): Promise<Capture> {
  const dataDir = newDataDir();
  // An issuing system answers the issuance requests (as the bench servers' own does, benchServer.ts).
  const issuing = await startIssuingProvider({ host: '127.0.0.1', port: 0 });
  const env = {
    ...BENCH_ENV,
    ONEGO_LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    ONEGO_DATABASE_URL: `sqlite:${path.join(dataDir, 'onego.sqlite')}`,
    ONEGO_ISSUING_URL: issuing.issueUrl,
    ONEGO_OUTBOUND_ALLOW: '127.0.0.1',
  };
  const server = await startServer(configFromEnv(env));
  const client = new LoadClient(server.url);
  try {
    let recording: QueryEvent[] | undefined;
    // Reads have their own connections: their statements are recorded too (the inbox page's).
    for (const db of new Set([server.db, server.reads])) {
      db.on('query', (q: QueryEvent) => recording?.push({ sql: q.sql, bindings: q.bindings ?? [], ...(q.__knexTxId ? { __knexTxId: q.__knexTxId } : {}) }));
    }
    const citizen = await client.login('citizen', 'bench-capture');
    const workload = (body: string): Workload => ({
      client,
      body,
      citizens: [citizen],
      officer: officerTokens(client),
      log: new LatencyLog(),
      keyPrefix: randomUUID(),
    });

    // The trace: one newborn application, submitted and decided through, as the load generator does it.
    const newborn = validSamples().find((s) => s.sample === path.normalize(NEWBORN_SAMPLE));
    if (!newborn) throw new Error(`${NEWBORN_SAMPLE} is not a valid sample`);
    recording = [];
    const traced = await runApplication(workload(newborn.body), performance.now(), 0);
    if (!traced.ok) throw new Error(`the traced application failed: ${traced.error}`);
    const byTransaction = new Map<string, Statement[]>();
    for (const q of recording) {
      if (!q.__knexTxId || /^(BEGIN|COMMIT|ROLLBACK)/i.test(q.sql)) continue;
      let statements = byTransaction.get(q.__knexTxId);
      if (!statements) byTransaction.set(q.__knexTxId, (statements = []));
      statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
    }
    // The commands' transactions only. The notification dispatcher also runs while the application goes
    // through, a transaction each time it finds new events: 0 to 4 of them in one application's trace,
    // depending on timing (the ceiling then moved from about 100 to 67 applications/s between runs). Under
    // load it works in batches of many applications' events, so its per-application share is far below a
    // transaction each; leaving it out makes the ceiling the higher, stricter one, and the same every run.
    const trace = [...byTransaction.values()].filter((statements) => !statements.some((s) => /\bnotification_outbox\b/.test(s.sql)));

    // The inbox page of a department of the traced application's tasks (departments are of a region: read its id).
    const firstTask = await server.db<{ department: string }>('tasks').orderBy('id').first('department');
    if (!firstTask) throw new Error('the traced application left no task');
    const inboxDepartment = firstTask.department;
    const officer = await client.login('officer', 'bench-capture-officer', inboxDepartment);
    recording = [];
    const inboxResponse = await client.get('/api/tasks?status=pending&page=1&pageSize=20', officer);
    if (inboxResponse.status !== 200) throw new Error(`inbox answered ${inboxResponse.status}`);
    const inbox = recording.filter((q) => /\bfrom `(tasks|task_counts)`/.test(q.sql)).map((q) => ({ sql: q.sql, bindings: q.bindings ?? [] }));
    recording = undefined;

    // Templates: every valid sample of every example, at every stage.
    const templates: RowTemplate[] = [];
    for (const s of validSamples()) {
      const w = workload(s.body);
      const plans: { name: string; plan: SessionPlan }[] = [
        { name: 'rejected at the first task', plan: { rounds: 1, lastDecision: 'reject' } },
        { name: 'returned at the first task', plan: { rounds: 1, lastDecision: 'return' } },
      ];
      for (let rounds = 0; rounds <= 12; rounds++) plans.push({ name: `${rounds} rounds approved`, plan: { rounds } });
      let index = 0;
      for (const { name, plan } of plans) {
        const outcome = await runApplication(w, performance.now(), index++, plan);
        if (!outcome.ok || !outcome.id) throw new Error(`${s.sample} (${name}): ${outcome.error}`);
        const id = outcome.id;
        const application = (await server.db('applications').where({ id }).first()) as Row;
        const status = String(application['status']);
        // Later rounds repeat the completed application: keep one of each.
        if (templates.some((t) => t.sample === s.sample && t.status === 'completed') && status === 'completed') break;
        templates.push({
          bundleId: s.bundleId,
          sample: s.sample,
          plan: name,
          status,
          application,
          tasks: (await server.db('tasks').where({ application_id: id })) as Row[],
          events: (await server.db('events').where({ application_id: id }).orderBy('id')) as Row[],
          timers: (await server.db('timers').where({ application_id: id }).orderBy('id')) as Row[],
        });
      }
    }
    return { trace, inbox, inboxDepartment, templates };
  } finally {
    client.close();
    await server.close();
    await issuing.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = process.argv[2];
  if (!output) throw new Error('usage: captureTemplates.ts <output.json>');
  writeFileSync(output, JSON.stringify(await captureTemplates()));
  process.exit(0);
}
