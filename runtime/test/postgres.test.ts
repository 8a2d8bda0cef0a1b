// The runtime's SQL on PostgreSQL (the issue: "SQL that also runs on PostgreSQL"): every migration, the
// examples published, and newborn applications taken from submission to completed through the command
// runner — submissions and decisions of several applications at once, so that group commit puts several
// commands in one transaction — on a real PostgreSQL server started for the test (test/support). The
// HTTP server does not run on PostgreSQL yet (createDatabase opens SQLite); this checks what it writes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { publishOneStepVersion } from './support/oneStepBundle.ts';
import { nationalCalendar } from '@onego/engine';
import { SystemClock } from '../src/clock.ts';
import type { SubmitCommand } from '../src/commands/applicationCommand.ts';
import { COMMAND_HANDLERS, type AnyCommand } from '../src/commands/commandHandlers.ts';
import { CommandRunner, requestHash } from '../src/commands/commandRunner.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';
import { MIGRATIONS } from '../src/db/migrations.ts';
import { snapshotOf } from '../src/db/packedJson.ts';
import type { ApplicationRow, TaskRow } from '../src/db/rows.ts';
import { startPostgres, type PostgresServer } from '../../test/support/postgresServer.ts';
import { startIssuingProvider } from '../../examples/issuing-provider/server.ts';
import { HttpIssuingConnector } from '../src/issuance/httpIssuingConnector.ts';
import { IssuancePass } from '../src/issuance/issuancePass.ts';
import { FileBlobStore } from '../src/materials/fileBlobStore.ts';
import { createOutboundFetch } from '../src/outbound/outboundFetch.ts';
import { OutboundPolicy } from '../src/outbound/outboundPolicy.ts';

let server: PostgresServer;
let db: Knex;
let catalog: BundleCatalog;
let commands: CommandRunner<AnyCommand>;

beforeAll(async () => {
  server = await startPostgres();
  db = knex({ client: 'pg', connection: server.url, pool: { min: 1, max: 4 } });
  await migrateDatabase(db);
  catalog = new BundleCatalog(db);
  await publishExamples(catalog, 'examples', new Date().toISOString(), pino({ level: 'silent' }));
  await publishOneStepVersion(catalog, 'henan-newborn', new Date().toISOString()); // decided by one command per matter
  commands = new CommandRunner({ db, catalog, clock: new SystemClock(), calendars: { forRegion: () => nationalCalendar() } }, COMMAND_HANDLERS);
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  server?.stop();
});

const sample = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { answers: Record<string, unknown>; data: Record<string, unknown> };

async function submission(applicant: string, key: string): Promise<SubmitCommand> {
  const published = await catalog.version('henan-newborn');
  if (!published) throw new Error('the newborn example is not published');
  return {
    kind: 'submit',
    bundleId: 'henan-newborn',
    bundleVersion: published.version,
    applicant,
    answers: sample.answers,
    data: sample.data,
    idempotencyKey: key,
    requestHash: requestHash(sample),
  };
}

const approve = (applicationId: string, matterId: string): AnyCommand => ({ kind: 'decide', applicationId, by: 'officer-1', matterId, decision: 'approve', missing: [], fields: [] });

describe('on PostgreSQL', () => {
  it('applies every migration, and again changes nothing', async () => {
    const applied = (await db('knex_migrations').orderBy('id').pluck('name')) as string[];
    expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
    await migrateDatabase(db);
    expect(await db('knex_migrations').count({ n: '*' }).first()).toEqual({ n: MIGRATIONS.length });
    // The inbox's partial index exists as a partial index.
    const index = await db.raw<{ rows: { indexdef: string }[] }>(`select indexdef from pg_indexes where indexname = 'tasks_open_inbox_index'`);
    expect(index.rows[0]?.indexdef).toMatch(/WHERE/);
  });

  it('takes newborn applications from submission to completed, commands of several at once', async () => {
    const applicants = ['citizen-a', 'citizen-b', 'citizen-c', 'citizen-d', 'citizen-e'];
    const inputs = await Promise.all(applicants.map((a) => submission(a, `key-${a}`)));
    let transactions = 0;
    const countBegins = (q: { sql: string }): void => {
      if (/^begin/i.test(q.sql)) transactions++;
    };
    db.on('query', countBegins);
    // Every submission at once, one of them twice with the same key: one application for it.
    const submitted = await Promise.all([...inputs, inputs[0] as SubmitCommand].map((input) => commands.submit(input)));
    expect(new Set(submitted.map((s) => s.row.id)).size).toBe(applicants.length);
    const ids = submitted.slice(0, applicants.length).map((s) => s.row.id);

    // Decide every pending task, all applications' at once, until none is left.
    let decisions = 0;
    for (let round = 0; round < 20; round++) {
      const pending = (await db('tasks').whereIn('application_id', ids).andWhere({ status: 'pending' })) as TaskRow[];
      if (pending.length === 0) break;
      const firstPerApplication = [...new Map(pending.map((t) => [t.application_id, t])).values()];
      await Promise.all(firstPerApplication.map((t) => commands.run(approve(t.application_id, t.matter_id))));
      decisions += firstPerApplication.length;
    }

    db.off('query', countBegins);
    // Group commit: the commands of several applications shared transactions.
    expect(transactions).toBeGreaterThan(0);
    expect(transactions).toBeLessThan(applicants.length + 1 + decisions);
    // Every matter decided: each application waits for the issuing system with its request written.
    expect(((await db('applications').whereIn('id', ids)) as ApplicationRow[]).map((r) => r.status)).toEqual(ids.map(() => 'issuing'));
    expect(Number((await db('issuance_requests').whereIn('application_id', ids).where({ status: 'pending' }).count({ n: '*' }).first())?.n)).toBe(ids.length);
    // Two passes at once (two processes): each request claimed by one (FOR UPDATE SKIP LOCKED), issued once.
    const provider = await startIssuingProvider();
    const blobs = new FileBlobStore(mkdtempSync(path.join(tmpdir(), 'onego-blobs-')), new SystemClock());
    await blobs.open();
    const connector = new HttpIssuingConnector({ url: provider.issueUrl, timeoutMs: 5000 }, createOutboundFetch(new OutboundPolicy(['127.0.0.1'])));
    const log = pino({ level: 'silent' });
    const passes = [0, 1].map(() => new IssuancePass({ db, catalog, commands, clock: new SystemClock(), log, blobs, connector }, { intervalMs: 60_000, leaseMs: 65_000 }));
    const issued = await Promise.all(passes.map((pass) => pass.runDue()));
    await provider.close();
    expect(issued.reduce((a, b) => a + b, 0)).toBe(ids.length);
    const rows = (await db('applications').whereIn('id', ids)) as ApplicationRow[];
    expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'completed'));
    const compiled = await catalog.compiledVersion('henan-newborn', Number(rows[0]?.bundle_version));
    for (const row of rows) {
      const { context } = snapshotOf<{ context: { completedAt?: string; results?: unknown[] } }>(row, compiled);
      expect(context.completedAt).toEqual(expect.any(String));
      expect(Number(row.version)).toBe(2 + decisions / ids.length);
    }
    // The timeline: one row per command (the issuance's RESULTS_ISSUED too); the inbox counts agree with the tasks.
    expect(Number((await db('events').whereIn('application_id', ids).count({ n: '*' }).first())?.n)).toBe(2 * ids.length + decisions);
    const tasks = (await db('tasks').whereIn('application_id', ids)) as TaskRow[];
    // Every task approved: by an officer's decision, or by rule at submission (秒批).
    expect(tasks.map((t) => t.status)).toEqual(tasks.map(() => 'approved'));
    expect(tasks.length).toBeGreaterThan(decisions);
    const counts = await db('task_counts').select<{ department: string; status: string; tasks: number | string }[]>('department', 'status', 'tasks');
    const byDepartment = new Map<string, number>();
    for (const t of tasks) byDepartment.set(t.department, (byDepartment.get(t.department) ?? 0) + 1);
    const count = (department: string, status: string): number =>
      counts.filter((c) => c.department === department && c.status === status).reduce((sum, c) => sum + Number(c.tasks), 0);
    for (const [department, n] of byDepartment) {
      expect(count(department, 'pending')).toBe(0);
      expect(count(department, 'approved')).toBe(n);
    }
    // Nothing left to fire.
    expect(Number((await db('timers').whereIn('application_id', ids).andWhere({ status: 'scheduled' }).count({ n: '*' }).first())?.n)).toBe(0);
  });

  it('refuses a decision on a decided task, and writes nothing for it', async () => {
    const { row } = await commands.submit(await submission('citizen-f', 'key-f'));
    const [task] = (await db('tasks').where({ application_id: row.id, status: 'pending' }).orderBy('matter_id')) as TaskRow[];
    if (!task) throw new Error('no pending task');
    await commands.run(approve(row.id, task.matter_id));
    const events = Number((await db('events').where({ application_id: row.id }).count({ n: '*' }).first())?.n);
    await expect(commands.run(approve(row.id, task.matter_id))).rejects.toMatchObject({ name: 'DomainError', code: 'TASK_ALREADY_DECIDED' });
    expect(Number((await db('events').where({ application_id: row.id }).count({ n: '*' }).first())?.n)).toBe(events);
  });
});
