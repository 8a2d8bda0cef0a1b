// Two OneGo processes over one PostgreSQL database (the vitest project `postgres` only): started together
// on an empty database, one migrates it and publishes the examples while the other waits (an advisory
// lock), and both serve; a bundle version published through one is the version the other starts new
// applications on (the latest version is read from the database, not from a cache of the process); the
// two dispatchers share the notification outbox (each event notified once), and an SSE stream on either
// process receives live what a command on the other caused (LISTEN/NOTIFY).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventSource } from 'eventsource';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { testDatabaseUrl } from '../support/testDatabase.ts';

interface Definition {
  bundle: { matters: { matter: string; committedTimeLimit?: { days: number; kind: string } }[] };
}

const sample = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { answers: unknown; data: unknown };

let databaseUrl: string;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  // An empty database of its own (not the migrated template), for both processes.
  databaseUrl = await testDatabaseUrl(mkdtempSync(path.join(tmpdir(), 'onego-empty-')), { empty: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-two-'));
  [a, b] = await Promise.all([startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir), startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir)]);
}, 200_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe('two processes over one PostgreSQL database', () => {
  it('start together on an empty database: migrated once, each example published once', async () => {
    const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
    try {
      const migrations = await db('knex_migrations').count({ n: '*' });
      const names = await db('knex_migrations').pluck('name');
      expect(Number(migrations[0]?.n)).toBe(new Set(names).size);
      const versions = await db('bundle_versions').select('bundle_id', 'version').orderBy(['bundle_id', 'version']);
      expect(versions.map((v: { version: number }) => v.version)).toEqual(versions.map(() => 1));
    } finally {
      await db.destroy();
    }
    for (const server of [a, b]) expect((await client(server.url).get('/api/bundles')).status).toBe(200);
  });

  it('start applications on the version published through the other process', async () => {
    const onA = client(a.url);
    const onB = client(b.url);
    const designer = await onA.login('designer', 'designer-two');
    const citizen = await onB.login('citizen', 'citizen-two');
    const submit = async (key: string) =>
      (await onB.post<{ bundleVersion: number }>('/api/applications', { bundleId: 'henan-newborn', ...sample }, citizen, { 'idempotency-key': key })).body.bundleVersion;
    expect(await submit('before')).toBe(1);
    const current = (await onA.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
    const changed = structuredClone(current);
    const certificate = changed.bundle.matters.find((m) => m.matter === 'birth-medical-certificate');
    if (!certificate) throw new Error('the example changed');
    certificate.committedTimeLimit = { days: 0, kind: 'working' };
    expect((await onA.post('/api/bundles', changed, designer)).status).toBe(201);
    const published = await onA.post<{ version: number }>('/api/bundles/henan-newborn/publish', {}, designer);
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);
    expect(await submit('after')).toBe(2);
  });

  it('notify each event once with two dispatchers, and feed the streams of both processes live', async () => {
    const officerA = await client(a.url).login('officer', 'health-two-a', 'health');
    const officerB = await client(b.url).login('officer', 'health-two-b', 'health');
    const received = { a: [] as string[], b: [] as string[] };
    const sources = [
      { server: a, token: officerA, into: received.a },
      { server: b, token: officerB, into: received.b },
    ].map(({ server, token, into }) => {
      const source = new EventSource(`${server.url}/api/notifications/stream?access_token=${encodeURIComponent(token)}`);
      source.addEventListener('notification', (event) => {
        const n = JSON.parse(String(event.data)) as { type: string; applicationId: string };
        if (n.type === 'task_assigned') into.push(n.applicationId);
      });
      return source;
    });
    try {
      await Promise.all(sources.map((source) => new Promise<void>((resolve, reject) => ((source.onopen = () => resolve()), (source.onerror = () => reject(new Error('stream failed')))))));
      const citizen = await client(a.url).login('citizen', 'citizen-streams');
      // Submissions through both processes: both dispatchers find work.
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const via = client((i % 2 === 0 ? a : b).url);
        const created = await via.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...sample }, citizen, { 'idempotency-key': `stream-${i}` });
        expect(created.status).toBe(201);
        ids.push(created.body.id);
      }
      // (A task of the earlier tests' applications may still be dispatched meanwhile: only these count.)
      const ours = (stream: string[]) => stream.filter((id) => ids.includes(id));
      for (let i = 0; i < 200 && (ours(received.a).length < ids.length || ours(received.b).length < ids.length); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      // Each stream got each application's new task once, whichever process dispatched it.
      expect(ours(received.a).sort()).toEqual([...ids].sort());
      expect(ours(received.b).sort()).toEqual([...ids].sort());
    } finally {
      for (const source of sources) source.close();
    }
    const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
    try {
      const duplicates = await db('notifications').select('event_id', 'event_seq', 'audience', 'recipient', 'type').count({ n: '*' }).groupBy('event_id', 'event_seq', 'audience', 'recipient', 'type').having(db.raw('count(*) > 1'));
      expect(duplicates).toEqual([]);
      // And the queue drains.
      let queued = -1;
      for (let i = 0; i < 50 && queued !== 0; i++) {
        queued = Number((await db('notification_outbox').count({ n: '*' }))[0]?.n);
        if (queued !== 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(queued).toBe(0);
    } finally {
      await db.destroy();
    }
  }, 120_000);
});
