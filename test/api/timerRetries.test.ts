// A deadline timer whose event fails for an unexpected reason is not dropped: it is retried with
// backoff and, after MAX_TIMER_ATTEMPTS, marked failed.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TIMER_ATTEMPTS } from '../../runtime/src/timers/scheduler.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { TEST_DATABASE } from '../support/testDatabase.ts';

let server: ServerProcess;
let db: Knex;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00', ONEGO_SCHEDULER_INTERVAL_MS: '3600000' });
  api = client(server.url);
  db = server.database();
  // A timer of an application that does not exist: its event fails with 404, not a 409.
  const ghostTimer = { application_id: 'ghost', matter_id: 'birth-medical-certificate', kind: 'overdue', due_at: '2026-03-01T00:00:00.000Z', status: 'scheduled' };
  if (TEST_DATABASE === 'postgres') {
    // Foreign keys are triggers on PostgreSQL: off for this transaction only (the test server's user is a superuser).
    await db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx('timers').insert(ghostTimer);
    });
  } else {
    await db.raw('PRAGMA foreign_keys = OFF');
    await db('timers').insert(ghostTimer);
  }
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

const ghost = async () => (await db('timers').where({ application_id: 'ghost' }).first()) as { status: string; attempts: number; due_at: string; last_error: string };

describe('deadline timers that fail', () => {
  it('are kept and retried with growing backoff, then marked failed', async () => {
    const first = await api.post<{ timersFired: number }>('/api/test/clock', { advanceMs: 0 });
    expect(first.body.timersFired).toBe(0);
    let timer = await ghost();
    expect(timer).toMatchObject({ status: 'scheduled', attempts: 1 });
    expect(timer.last_error).toContain('ghost');
    const firstRetry = Date.parse(timer.due_at);
    await api.post('/api/test/clock', { advanceMs: 61_000 });
    timer = await ghost();
    expect(timer).toMatchObject({ status: 'scheduled', attempts: 2 });
    expect(Date.parse(timer.due_at) - firstRetry).toBeGreaterThan(110_000);
    for (let i = 0; i < MAX_TIMER_ATTEMPTS; i++) await api.post('/api/test/clock', { advanceMs: 3_600_000 });
    timer = await ghost();
    expect(timer).toMatchObject({ status: 'failed', attempts: MAX_TIMER_ATTEMPTS });
    expect(server.output()).toContain('timer failed for good');
  });
});
