// Three OneGo processes over one PostgreSQL database (the vitest project `postgres` only), each with its
// test clock: due timers of many applications, the three clocks moved past every deadline at once, so that
// the three schedulers (each run by its clock move and by its background pass) race over the same due rows:
// each timer fires exactly once (one event each in its application's timeline), and none is dropped as
// moot or failed. (The claim is FOR UPDATE SKIP LOCKED in the command's transaction, scheduler.ts.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { testDatabaseUrl } from '../support/testDatabase.ts';

const single = newbornSample('valid-single-birth');

let databaseUrl: string;
let processes: ServerProcess[];
let api: ReturnType<typeof client>;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl(mkdtempSync(path.join(tmpdir(), 'onego-timers-')));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-timers-three-'));
  processes = await Promise.all([1, 2, 3].map(() => startServerProcess({ ONEGO_DATABASE_URL: databaseUrl, ONEGO_TEST_CLOCK: '1' }, dataDir)));
  api = client((processes[0] as ServerProcess).url);
}, 300_000);

afterAll(async () => {
  await Promise.all((processes ?? []).map((p) => p.stop()));
});

describe('timers with three processes', () => {
  it('fire each due timer once, with the clocks of all three moved at once and their schedulers racing', async () => {
    const steps = newbornSteps(api, 'citizen-timers');
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await steps.submit(`timers-${i}`, single));
    const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
    try {
      const timers = await db('timers').whereIn('application_id', ids).andWhere({ status: 'scheduled' }).select<{ application_id: string; matter_id: string; kind: string }[]>('application_id', 'matter_id', 'kind');
      expect(timers.length).toBeGreaterThan(ids.length);
      // Past every deadline: all three run their schedulers over the same due rows at once (and their
      // background passes, every 200 ms, too).
      const moved = await Promise.all(processes.map((p) => client(p.url).post<{ timersFired: number }>('/api/test/clock', { advanceMs: 120 * 86_400_000 })));
      for (const response of moved) expect(response.status).toBe(200);
      for (let waited = 0; ; waited += 200) {
        const left = await db('timers').whereIn('application_id', ids).andWhere({ status: 'scheduled' }).count({ n: '*' });
        if (Number(left[0]?.n) === 0) break;
        if (waited > 30_000) throw new Error(`timers left unfired: ${String(left[0]?.n)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // A fired timer's row is deleted with its event written: none was dropped as moot or failed.
      expect(await db('timers').whereIn('application_id', ids).select('status')).toEqual([]);
      // Each timer exactly one event in its application's timeline.
      const citizen = await api.login('citizen', 'citizen-timers');
      for (const id of ids) {
        const view = (await api.get<ApplicationView>(`/api/applications/${id}`, citizen)).body;
        const fired = view.timeline.filter((e) => e.what === 'DEADLINE_WARNING' || e.what === 'OVERDUE').map((e) => `${e.what === 'OVERDUE' ? 'overdue' : 'warning'} ${e.matterId ?? ''}`);
        const expected = timers.filter((t) => t.application_id === id).map((t) => `${t.kind} ${t.matter_id}`);
        expect([...fired].sort(), id).toEqual([...expected].sort());
      }
    } finally {
      await db.destroy();
    }
  }, 180_000);

});
