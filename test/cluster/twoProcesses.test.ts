// Two OneGo processes over one PostgreSQL database (the vitest project `postgres` only): started together
// on an empty database, one migrates it and publishes the examples while the other waits (an advisory
// lock), and both serve; a bundle version published through one is the version the other starts new
// applications on (the latest version is read from the database, not from a cache of the process).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
});
