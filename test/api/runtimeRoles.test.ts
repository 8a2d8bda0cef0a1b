// onego serve and onego work as an operator runs them (real processes): a role refuses a database that
// is not up to date unless started with --migrate, naming onego migrate, and changes nothing in it; on
// SQLite, work is refused (one process owns the file) and serve runs the background work too; on
// PostgreSQL, work --health-port answers /health as the server does. A role stops on SIGTERM with exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openTestDatabase, TEST_DATABASE, testDatabaseUrl } from '../support/testDatabase.ts';

const onego = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['runtime/bin/onego.js', ...args], { encoding: 'utf8', env: { ...process.env, ONEGO_LOG_LEVEL: 'warn', ...env }, timeout: 60_000 });

const fresh = (name: string) => mkdtempSync(path.join(tmpdir(), `onego-roles-${name}-`));

let started: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(started.map((p) => p.stop()));
  started = [];
});

describe('onego serve and onego work', () => {
  it('refuse a database that is not up to date without --migrate, naming onego migrate, and leave it untouched', async () => {
    const dataDir = fresh('unmigrated');
    const env = { ONEGO_DATABASE_URL: await testDatabaseUrl(dataDir, { empty: true }), ONEGO_DATA_DIR: dataDir };
    for (const role of TEST_DATABASE === 'postgres' ? ['serve', 'work'] : ['serve']) {
      const zh = onego(env, role);
      expect(zh.status, zh.stderr).toBe(1);
      expect(zh.stderr).toContain('数据库不是最新的');
      expect(zh.stderr).toContain('onego migrate');
      expect(zh.stderr).not.toMatch(/\n\s+at /);
      const en = onego(env, role, '--lang', 'en');
      expect(en.status).toBe(1);
      expect(en.stderr).toContain('the database is not up to date');
      expect(en.stderr).toContain('run onego migrate first, or start with --migrate');
    }
    const db = openTestDatabase(dataDir);
    try {
      expect(await db.schema.hasTable('applications')).toBe(false);
    } finally {
      await db.destroy();
    }
    // Once migrated (onego migrate), the same role starts.
    expect(onego(env, 'migrate').status).toBe(0);
    const serve = await startServerProcess(env, dataDir, ['serve']);
    started.push(serve);
    expect((await client(serve.url).get('/health')).status).toBe(200);
  }, 180_000);

  if (TEST_DATABASE === 'sqlite') {
    it('on SQLite: work is refused with a plain message and exit 1', () => {
      const dataDir = fresh('sqlite-work');
      const env = { ONEGO_DATABASE_URL: `sqlite:${path.join(dataDir, 'onego.sqlite')}`, ONEGO_DATA_DIR: dataDir };
      const zh = onego(env, 'work', '--migrate');
      expect(zh.status).toBe(1);
      expect(zh.stderr).toContain('onego work: 需要 PostgreSQL');
      expect(zh.stderr).not.toMatch(/\n\s+at /);
      const en = onego(env, 'work', '--lang', 'en');
      expect(en.status).toBe(1);
      expect(en.stderr).toContain('a SQLite database file belongs to one process');
    });

    it('on SQLite: serve runs the background work too, says so, and stops on SIGTERM with exit 0', async () => {
      const dataDir = fresh('sqlite-serve');
      const serve = await startServerProcess({ ONEGO_DATABASE_URL: `sqlite:${path.join(dataDir, 'onego.sqlite')}`, ONEGO_LOG_LEVEL: 'info' }, dataDir, ['serve', '--migrate']);
      started.push(serve);
      expect(serve.output()).toContain('含后台任务（SQLite）');
      expect(serve.output()).toContain('this serve process runs the background work');
      // The dispatcher runs in it: a submission's tasks reach the health department's inbox.
      const api = client(serve.url);
      const citizen = await api.login('citizen', 'citizen-roles');
      const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'roles-1' });
      expect(created.status).toBe(201);
      const officer = await api.login('officer', 'officer-roles', 'health');
      for (let waited = 0; ; waited += 200) {
        const inbox = await api.get<{ applicationId: string | null }[]>('/api/notifications', officer);
        if (inbox.body.some((n) => n.applicationId === created.body.id)) break;
        if (waited > 20_000) throw new Error('no notification: the background work does not run in serve');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await serve.stop('SIGTERM')).toBe(0);
      expect(serve.output()).toContain('OneGo stopped');
    }, 120_000);
  }

  if (TEST_DATABASE === 'postgres') {
    it('on PostgreSQL: work --health-port answers /health as the server does, serves nothing else, and stops on SIGTERM with exit 0', async () => {
      const dataDir = fresh('pg-work');
      const work = await startServerProcess({ ONEGO_DATABASE_URL: await testDatabaseUrl(dataDir) }, dataDir, ['work', '--health-port', '0']);
      started.push(work);
      expect(work.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await client(work.url).get<{ status: string }>('/health');
      expect(health.status).toBe(200);
      expect(health.headers.get('content-type')).toContain('application/json');
      // ok, or degraded while a calendar year is missing: the server's answer (healthRoutes.ts).
      expect(['ok', 'degraded']).toContain(health.body.status);
      expect((await client(work.url).get('/api/bundles')).status).toBe(404);
      expect(await work.stop('SIGTERM')).toBe(0);
    }, 120_000);
  }
});
