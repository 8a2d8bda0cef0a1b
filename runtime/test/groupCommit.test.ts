// Group commit: writes queued while a transaction runs share the next one; each settles once committed;
// one write's failure fails that write only (the others are written, it is not).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { publishOneStepVersion } from './support/oneStepBundle.ts';
import { nationalCalendar } from '@onego/engine';
import { writePlans, type TransitionPlan } from '../src/commands/applicationTransition.ts';
import type { ApplicationCommand, CommandHandler } from '../src/commands/applicationCommand.ts';
import { COMMAND_HANDLERS, type AnyCommand } from '../src/commands/commandHandlers.ts';
import { CommandRunner, requestHash } from '../src/commands/commandRunner.ts';
import { GroupCommit } from '../src/commands/groupCommit.ts';
import { createDatabase, createReadDatabase, type Database } from '../src/db/createDatabase.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';
import type { ApplicationRow } from '../src/db/rows.ts';
import { AppError } from '../src/http/appError.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-group-commit-'));
let db: Database;
let reads: Database;
const begins: string[] = [];

beforeAll(async () => {
  const file = path.join(dir, 'test.sqlite');
  db = createDatabase(file);
  await db.schema.createTable('things', (t) => {
    t.string('name').primary();
    t.integer('n').notNullable();
  });
  reads = createReadDatabase(file, db);
  db.on('query', (q: { sql: string }) => {
    if (/^BEGIN/i.test(q.sql)) begins.push(q.sql);
  });
});
afterAll(async () => {
  await reads.destroy();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

type Write = (trx: Knex.Transaction) => Promise<string>;
/** Writes that are closures, run one after the other in the batch's transaction. */
const oneByOne = async (trx: Knex.Transaction, writes: readonly Write[]): Promise<string[]> => {
  const results: string[] = [];
  for (const write of writes) results.push(await write(trx));
  return results;
};
const insert =
  (name: string, n = 1): Write =>
  async (trx) => {
    await trx('things').insert({ name, n });
    return name;
  };

describe('group commit', () => {
  it('writes the writes queued meanwhile in one transaction, each settled once committed', async () => {
    const writes = new GroupCommit(db, oneByOne);
    begins.length = 0;
    const first = writes.write(insert('first'));
    const queued = ['a', 'b', 'c', 'd'].map((name) => writes.write(insert(name)));
    expect(await first).toBe('first');
    expect(await Promise.all(queued)).toEqual(['a', 'b', 'c', 'd']);
    expect(begins).toHaveLength(2); // the first alone, then the four together
    // Committed: visible on another connection.
    expect((await reads('things').whereIn('name', ['first', 'a', 'b', 'c', 'd']).count({ n: '*' }).first())?.['n']).toBe(5);
  });

  it('fails the failing write only: the rest of its batch is written, it is not', async () => {
    const writes = new GroupCommit(db, oneByOne);
    begins.length = 0;
    const first = writes.write(insert('x0'));
    const ok1 = writes.write(insert('x1'));
    const duplicate = writes.write(async (trx) => {
      await trx('things').insert({ name: 'x2', n: 1 });
      await trx('things').insert({ name: 'x1', n: 2 }); // the key x1 is taken (in this batch)
      return 'never';
    });
    const refused = writes.write(async (trx) => {
      await trx('things').insert({ name: 'x3', n: 1 });
      throw new AppError(409, 'CONCURRENT_UPDATE');
    });
    const ok2 = writes.write(insert('x4'));
    const [, a, b, c, d] = await Promise.allSettled([first, ok1, duplicate, refused, ok2]);
    expect(a).toEqual({ status: 'fulfilled', value: 'x1' });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/UNIQUE constraint failed/) as unknown } });
    expect(c).toMatchObject({ status: 'rejected', reason: { code: 'CONCURRENT_UPDATE' } });
    expect(d).toEqual({ status: 'fulfilled', value: 'x4' });
    const names = ((await reads('things').where('name', 'like', 'x%').orderBy('name')) as { name: string; n: number }[]).map((r) => `${r.name}:${r.n}`);
    expect(names).toEqual(['x0:1', 'x1:1', 'x4:1']);
  });

  it('runs a lone write at once, in its own transaction', async () => {
    const writes = new GroupCommit(db, oneByOne);
    begins.length = 0;
    expect(await writes.write(insert('lone'))).toBe('lone');
    expect(await writes.write(insert('lone2'))).toBe('lone2');
    expect(begins).toHaveLength(2);
  });
});

// The commands of a batch write their transitions together (writePlans: one INSERT of all their timeline
// rows, of their new tasks, of their timers, one upsert of the inbox counts): the rows are those of the
// same commands written one by one, and a failing command still fails alone.
describe('group commit of commands', () => {
  const at = new Date('2026-11-20T02:00:00.000Z');
  const samples = ['valid-single-birth', 'valid-twins'].map(
    (name) => JSON.parse(readFileSync(`examples/newborn/samples/${name}.json`, 'utf8')) as { answers: Record<string, unknown>; data: Record<string, unknown> },
  );
  const APPLICATIONS = 6;

  /** An approval whose own write fails in the transaction. */
  interface RefusedApproval extends ApplicationCommand {
    kind: 'refused-approval';
    matterId: string;
  }
  const refusedApproval: CommandHandler<RefusedApproval, true> = {
    decide: (command, { now }) => ({ events: [{ type: 'APPROVE', matterId: command.matterId, by: command.by, at: now }], writes: true }),
    write: () => Promise.reject(new AppError(422, 'BAD_REQUEST', { detail: 'refused' })),
  };

  interface Side {
    db: Database;
    runner: CommandRunner<AnyCommand | RefusedApproval>;
    catalog: BundleCatalog;
    statements: string[];
  }

  async function side(name: string): Promise<Side> {
    const sideDb = createDatabase(path.join(dir, `${name}.sqlite`));
    await migrateDatabase(sideDb);
    const catalog = new BundleCatalog(sideDb);
    await publishExamples(catalog, 'examples', at.toISOString(), pino({ level: 'silent' }));
    await publishOneStepVersion(catalog, 'henan-newborn', at.toISOString()); // decided by one command per matter
    const calendars = { forRegion: () => nationalCalendar() };
    const statements: string[] = [];
    sideDb.on('query', (q: { sql: string }) => statements.push(q.sql));
    return { db: sideDb, catalog, statements, runner: new CommandRunner<AnyCommand | RefusedApproval>({ db: sideDb, catalog, clock: { now: () => at }, calendars }, { ...COMMAND_HANDLERS, 'refused-approval': refusedApproval }) };
  }

  const submit = async ({ runner, catalog }: Side, i: number) => {
    const published = await catalog.version('henan-newborn');
    if (!published) throw new Error('the newborn example is not published');
    const sample = samples[i % samples.length] as (typeof samples)[number];
    return runner.submit({
      kind: 'submit',
      bundleId: 'henan-newborn',
      bundleVersion: published.version,
      applicant: `citizen-${i}`,
      answers: sample.answers,
      data: sample.data,
      idempotencyKey: `key-${i}`,
      requestHash: requestHash(sample),
      keyUnused: true,
    });
  };

  /** Each open application's first pending task: approved, rejected for application 2 (it ends), refused by its extra write for application 4 in round 2. */
  async function round(s: Side, n: number, together: boolean): Promise<PromiseSettledResult<unknown>[]> {
    const open = await s
      .db('tasks as t')
      .join('applications as a', 'a.id', 't.application_id')
      .where('t.status', 'pending')
      .orderBy(['a.idempotency_key', 't.matter_id'])
      .select<{ id: string; idempotency_key: string; matter_id: string }[]>('a.id', 'a.idempotency_key', 't.matter_id');
    const first = [...new Map(open.map((t) => [t.id, t])).values()];
    const commands = first.map((task) => () => {
      const i = Number(task.idempotency_key.slice('key-'.length));
      const refused = i === 4 && n === 2;
      const target = { applicationId: task.id, by: 'officer', matterId: task.matter_id };
      return s.runner.run(refused ? { kind: 'refused-approval', ...target } : { kind: 'decide', ...target, decision: i === 2 ? 'reject' : 'approve', missing: [], fields: [] });
    });
    if (together) return Promise.allSettled(commands.map((command) => command()));
    const settled: PromiseSettledResult<unknown>[] = [];
    for (const command of commands) settled.push(...(await Promise.allSettled([command()])));
    return settled;
  }

  const without = <T extends object>(row: T, ...columns: string[]) => Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));

  /**
   * The rows written, with the random ids (applications, tasks) replaced by the submission's key, by
   * application in the order written (concurrent commands of different applications may reach the
   * writing connection in another order than they were sent).
   */
  async function rows(s: Side) {
    const applications = (await s.db('applications').orderBy('idempotency_key')) as (ApplicationRow & { id: string })[];
    const key = new Map(applications.map((a) => [a.id, a.idempotency_key]));
    const byApplication = async (table: string, order: string) =>
      ((await s.db(table).orderBy(order)) as { id: unknown; application_id: string }[])
        .map((row) => ({ ...without(row, 'id'), application_id: key.get(row.application_id) ?? '' }))
        .sort((a, b) => a.application_id.localeCompare(b.application_id)); // stable: in order within one
    return {
      applications: applications.map((row) => without(row, 'id', 'snapshot_deflated')),
      events: await byApplication('events', 'id'),
      tasks: await byApplication('tasks', 'matter_id'),
      timers: await byApplication('timers', 'id'),
      counts: (await s.db('task_counts').orderBy(['department', 'status'])) as unknown[],
    };
  }

  it('writes the rows the commands write one by one, in fewer statements; a failing command fails alone', async () => {
    const together = await side('together');
    const alone = await side('alone');
    try {
      // Submissions: the same key twice in one batch is one application (the second is told it exists).
      const batched = await Promise.all([...Array.from({ length: APPLICATIONS }, (_, i) => submit(together, i)), submit(together, 1)]);
      expect(batched.map((r) => r.created)).toEqual([...Array.from({ length: APPLICATIONS }, () => true), false]);
      expect(batched[APPLICATIONS]?.row.id).toBe(batched[1]?.row.id);
      for (let i = 0; i < APPLICATIONS; i++) await submit(alone, i);
      expect(await rows(together)).toEqual(await rows(alone));

      for (let n = 1; n <= 8; n++) {
        const a = await round(together, n, true);
        const b = await round(alone, n, false);
        expect(a.map((r) => r.status)).toEqual(b.map((r) => r.status));
        if (n === 2) expect(a.filter((r) => r.status === 'rejected')).toHaveLength(1);
        expect(await rows(together)).toEqual(await rows(alone));
        if (a.length === 0) break;
      }
      const done = (await together.db('applications').select('status').orderBy('idempotency_key')) as { status: string }[];
      // Decided: waiting for the issuing system (none here: issuance/issuancePass.ts sends the requests).
      expect(done.map((r) => r.status)).toEqual(['issuing', 'issuing', 'rejected', 'issuing', 'issuing', 'issuing']);
      // Batched: fewer transactions and fewer INSERTs of timeline rows than commands.
      const count = (s: Side, pattern: RegExp) => s.statements.filter((sql) => pattern.test(sql)).length;
      expect(count(together, /^BEGIN/i)).toBeLessThan(count(alone, /^BEGIN/i));
      expect(count(together, /^insert into [`"]events[`"]/i)).toBeLessThan(count(alone, /^insert into [`"]events[`"]/i));
    } finally {
      await together.db.destroy();
      await alone.db.destroy();
    }
  });

  it('refuses two plans of one application in one batch', async () => {
    const plan = { applicationId: 'a' } as TransitionPlan;
    await expect(db.transaction((trx) => writePlans(trx, [{ plan, expectedVersion: 1 }, { plan, expectedVersion: 2 }]))).rejects.toThrow(/one application/);
  });
});
