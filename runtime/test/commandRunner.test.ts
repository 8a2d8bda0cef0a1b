// The command runner starts a command from the row its previous command on the application committed
// (no read); a row changed meanwhile by another process (another runner on the same database) is caught
// by the version check, and the command is retried on the current row: nothing is lost or doubled.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { publishOneStepVersion } from './support/oneStepBundle.ts';
import { nationalCalendar } from '@onego/engine';
import { SystemClock } from '../src/clock.ts';
import { COMMAND_HANDLERS, type AnyCommand } from '../src/commands/commandHandlers.ts';
import { CommandRunner, requestHash } from '../src/commands/commandRunner.ts';
import { createDatabase, createReadDatabase, type Database } from '../src/db/createDatabase.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';
import type { EventRow, TaskRow } from '../src/db/rows.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-commands-'));
let db: Database;
let reads: Database;
let catalog: BundleCatalog;
let runner: (() => CommandRunner<AnyCommand>) | undefined;

beforeAll(async () => {
  const file = path.join(dir, 'onego.sqlite');
  db = createDatabase(file);
  await migrateDatabase(db);
  reads = createReadDatabase(file, db);
  catalog = new BundleCatalog(db);
  await publishExamples(catalog, 'examples', new Date().toISOString(), pino({ level: 'silent' }));
  await publishOneStepVersion(catalog, 'henan-newborn', new Date().toISOString()); // decided by one command per matter
  const calendars = { forRegion: () => nationalCalendar() };
  runner = () => new CommandRunner({ db, reads, catalog, clock: new SystemClock(), calendars }, COMMAND_HANDLERS);
});
afterAll(async () => {
  await reads.destroy();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const approve = (applicationId: string, matterId: string): AnyCommand => ({ kind: 'decide', applicationId, by: 'officer', matterId, decision: 'approve', missing: [], fields: [] });

describe('commands on one application from two runners (two processes)', () => {
  it('retries on the current row when the other changed it since this one last wrote it', async () => {
    const here = (runner as () => CommandRunner<AnyCommand>)();
    const there = (runner as () => CommandRunner<AnyCommand>)();
    const sample = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { answers: Record<string, unknown>; data: Record<string, unknown> };
    const published = await catalog.version('henan-newborn');
    if (!published) throw new Error('the newborn example is not published');
    const { row } = await here.submit({
      kind: 'submit',
      bundleId: 'henan-newborn',
      bundleVersion: published.version,
      applicant: 'citizen-1',
      answers: sample.answers,
      data: sample.data,
      idempotencyKey: 'key-1',
      requestHash: requestHash(sample),
    });
    const pending = async () => ((await db('tasks').where({ application_id: row.id, status: 'pending' }).orderBy('matter_id')) as TaskRow[]).map((t) => t.matter_id);
    // Decisions from one runner, then the other, then the first again (its remembered row is stale) …
    const decided: string[] = [];
    const order = [here, there, here, here, there, here, here, here, here, here];
    for (const [i, by] of order.entries()) {
      const [matterId] = await pending();
      if (!matterId) break;
      const outcome = await by.run(approve(row.id, matterId));
      decided.push(matterId);
      expect(outcome.row.version).toBe(i + 2);
    }
    expect(decided.length).toBeGreaterThanOrEqual(4);
    const stored = (await db('applications').where({ id: row.id }).first()) as { version: number; status: string };
    // Every matter decided: the application waits for the issuing system (none in these runners: issuance/).
    expect(stored).toMatchObject({ version: decided.length + 1, status: 'issuing' });
    const approved = ((await db('events').where({ application_id: row.id, type: 'APPROVE' })) as EventRow[]).map((e) => e.matter_id).sort();
    expect(approved).toEqual([...decided].sort());
  });
});
