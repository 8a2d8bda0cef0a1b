// Reads routed to a streaming replica (ONEGO_DATABASE_READ_URL; the vitest project `postgres`): a real
// PostgreSQL, a replica of it made with pg_basebackup -R and started beside it, and OneGo on both. With
// the replica's replay paused, the statistics answer what the replica holds (they read it), while a
// citizen's own submission and draft are there at once on the next request (those reads stay on the
// writer) and a file just uploaded downloads whole (its bytes are read from the replica once it has them,
// from the writer until then); the replica stopped, the statistics come from the writer (logged); and a process started with
// the replica down starts, answers, and says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { startPostgres, type PostgresServer } from '../support/postgresServer.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { tinyPng, uploadFile } from '../support/uploadFiles.ts';

const single = newbornSample('valid-single-birth');

let primary: PostgresServer;
let replica: PostgresServer;
let replicaDb: Knex;
let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let designer: string;

const total = async (): Promise<number> => {
  const response = await api.get<{ applications: { total: number } }>('/api/stats/bundles/henan-newborn', designer);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.applications.total;
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${server.output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const submit = async (key: string): Promise<string> => {
  const response = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen, { 'idempotency-key': key });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
};

/** How many times the replica's own server read a table (a standby keeps statistics of its own reads). */
async function replicaReadsOf(table: string): Promise<number> {
  // The cumulative statistics are flushed at most once a second; a fresh snapshot each time.
  const result = await replicaDb.raw<{ rows: { n: string | number }[] }>(`select pg_stat_clear_snapshot(), coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as n from pg_stat_user_tables where relname = ?`, [table]);
  return Number(result.rows[0]?.n ?? 0);
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${citizen}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  primary = await startPostgres();
  replica = await primary.replica();
  replicaDb = knex({ client: 'pg', connection: replica.url, pool: { min: 0, max: 1 } });
  server = await startServerProcess({ ONEGO_DATABASE_URL: primary.url, ONEGO_DATABASE_READ_URL: replica.url }, mkdtempSync(path.join(tmpdir(), 'onego-replica-')));
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-replica');
  designer = await api.login('designer', 'designer-replica');
}, 200_000);

afterAll(async () => {
  await server?.stop();
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
  await replicaDb?.destroy();
  try {
    // Halted by the second test: started again, to be stopped and removed like the primary.
    if (replica) {
      try {
        replica.resume();
      } catch {
        // still running
      }
      replica.stop();
    }
  } finally {
    primary?.stop();
  }
});

describe('reads routed to a streaming replica', () => {
  it('answers the statistics from the replica: with its replay paused they stay behind the writer', async () => {
    await submit('first');
    await until('the replica to replay the first submission', async () => ((await total()) === 1 ? true : undefined));
    const readsBefore = await replicaReadsOf('applications');
    await until('the replica to count the statistics’ reads', async () => ((await total()) === 1 && (await replicaReadsOf('applications')) > readsBefore ? true : undefined));

    await replicaDb.raw('select pg_wal_replay_pause()');
    const second = await submit('second');
    const writer = knex({ client: 'pg', connection: primary.url, pool: { min: 0, max: 1 } });
    try {
      expect(Number((await writer('applications').count<{ n: number | string }[]>('* as n'))[0]?.n)).toBe(2);
    } finally {
      await writer.destroy();
    }
    // The replica has not replayed the second: the statistics read it, and say 1.
    expect(await total()).toBe(1);

    // The citizen's own writes are there on the next request: their application, their list, their draft.
    expect((await api.get<{ id: string }>(`/api/applications/${second}`, citizen)).status).toBe(200);
    const mine = await api.get<{ items?: { id: string }[] } | { id: string }[]>('/api/applications', citizen);
    expect(JSON.stringify(mine.body)).toContain(second);
    const draft = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data }, citizen);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const drafts = await api.get('/api/application-drafts', citizen);
    expect(drafts.status).toBe(200);
    expect(JSON.stringify(drafts.body)).toContain(draft.body.id);
    // A file just uploaded downloads whole: its chunks are not on the replica yet, the writer has them.
    const file = tinyPng(7);
    const uploaded = await uploadFile(server.url, second, 'parents-id-cards', { content: file, filename: 'cards.png', contentType: 'image/png' }, citizen);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const contentUrl = String(uploaded.body['contentUrl']);
    expect((await download(contentUrl)).equals(file)).toBe(true);

    await replicaDb.raw('select pg_wal_replay_resume()');
    await until('the replica to replay the second submission', async () => ((await total()) === 2 ? true : undefined));
    // Replayed, the file's bytes are read from the replica.
    const chunkReads = await replicaReadsOf('blob_chunks');
    await until('a download read from the replica', async () => ((await download(contentUrl)).equals(file) && (await replicaReadsOf('blob_chunks')) > chunkReads ? true : undefined));
  }, 120_000);

  it('reads the statistics from the writer while the replica is down, and logs it', async () => {
    await replicaDb.destroy();
    replica.halt();
    await submit('third');
    // Within a probe's interval the process notices; until then a statistics read may fail (503), never hang.
    await until('the statistics from the writer', async () => {
      const response = await api.get<{ applications?: { total: number } }>('/api/stats/bundles/henan-newborn', designer);
      return response.status === 200 && response.body.applications?.total === 3 ? true : undefined;
    });
    expect(server.output()).toContain('the read replica stopped answering');
  }, 120_000);

  it('starts and answers with the replica down, reading from the writer', async () => {
    const second = await startServerProcess({ ONEGO_DATABASE_URL: primary.url, ONEGO_DATABASE_READ_URL: replica.url, ONEGO_PUBLISH_EXAMPLES: '0' }, mkdtempSync(path.join(tmpdir(), 'onego-replica-down-')));
    try {
      const other = client(second.url);
      expect((await other.get('/health')).status).toBe(200);
      const response = await other.get<{ applications: { total: number } }>('/api/stats/bundles/henan-newborn', await other.login('designer', 'designer-replica'));
      expect(response.status).toBe(200);
      expect(response.body.applications.total).toBe(3);
      expect(second.output()).toContain('the read replica does not answer');
    } finally {
      await second.stop();
      rmSync(second.dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
