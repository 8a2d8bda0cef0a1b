// PostgreSQL shut down under a running OneGo process and started again (the vitest project `postgres`; a
// PostgreSQL server of this file's own, since it is stopped): while it is down, /health and every request
// that needs it answer 503 DATABASE_UNAVAILABLE at once, none hangs, and the process stays up; once it is
// back, the process reconnects by itself, a submission retried with its Idempotency-Key is stored once,
// and the background dispatcher notifies the departments of it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { startPostgres, type PostgresServer } from '../support/postgresServer.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const single = newbornSample('valid-single-birth');

/** Longer than any answer may take while the database is down: a request still open by then hangs. */
const HANG_MS = 15_000;

let postgres: PostgresServer;
let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let healthOfficer: string;

/** A request that must answer (whatever it answers) before HANG_MS. */
async function answered(method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { code?: string; message?: string; id?: string }; retryAfter: string | null }> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(HANG_MS),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; id?: string }, retryAfter: response.headers.get('retry-after') };
}

const submit = (key: string) => answered('POST', '/api/applications', citizen, { bundleId: 'henan-newborn', ...single }, { 'idempotency-key': key });

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${server.output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const healthNotified = (applicationId: string) =>
  until(`the health notification of ${applicationId}`, async () => {
    const response = await api.get<{ applicationId: string | null }[]>('/api/notifications', healthOfficer);
    return response.status === 200 && response.body.some((n) => n.applicationId === applicationId) ? true : undefined;
  });

beforeAll(async () => {
  postgres = await startPostgres();
  server = await startServerProcess({ ONEGO_DATABASE_URL: postgres.url }, mkdtempSync(path.join(tmpdir(), 'onego-outage-')));
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-outage');
  healthOfficer = await api.login('officer', 'health-outage', 'health');
}, 200_000);

afterAll(async () => {
  await server?.stop();
  postgres?.stop();
});

describe('PostgreSQL restarted under a running process', () => {
  let before: string;

  it('serves while the database is up', async () => {
    expect((await answered('GET', '/health')).status).toBe(200);
    const created = await submit('before-outage');
    expect(created.status).toBe(201);
    before = String(created.body.id);
    await healthNotified(before);
  });

  it('answers 503 DATABASE_UNAVAILABLE at once while the database is down, and stays up', async () => {
    postgres.halt();
    const health = await answered('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body.code).toBe('DATABASE_UNAVAILABLE');

    const submission = await submit('during-outage');
    expect(submission.status).toBe(503);
    expect(submission.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(submission.retryAfter).toBe('2');
    expect(submission.body.message).toMatch(/数据库/);

    const read = await answered('GET', `/api/applications/${before}`, citizen);
    expect(read.status).toBe(503);
    expect(read.body.code).toBe('DATABASE_UNAVAILABLE');
    const inbox = await answered('GET', '/api/tasks', healthOfficer);
    expect(inbox.status).toBe(503);
    // The background passes fail meanwhile (logged), the process goes on.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(server.process.exitCode).toBeNull();
  }, 60_000);

  it('reconnects by itself once the database is back: the retried submission is stored once and its departments are notified', async () => {
    postgres.resume();
    await until('health', async () => ((await answered('GET', '/health')).status === 200 ? true : undefined));
    const retried = await submit('during-outage');
    expect(retried.status).toBe(201);
    const again = await submit('during-outage');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(retried.body.id);

    const db = knex({ client: 'pg', connection: postgres.url, pool: { min: 0, max: 1 } });
    try {
      const rows = await db('applications').where({ applicant: 'citizen-outage' }).select('id');
      expect(rows.map((r: { id: string }) => r.id).sort()).toEqual([before, String(retried.body.id)].sort());
    } finally {
      await db.destroy();
    }
    // The dispatcher, which failed while the database was down, runs again: the health department gets the new task.
    await healthNotified(String(retried.body.id));
    expect(server.process.exitCode).toBeNull();
  }, 90_000);
});
