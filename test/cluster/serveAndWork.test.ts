// A province deployment of the runtime roles on one PostgreSQL database (the vitest project `postgres`
// only): the database migrated once by `onego migrate`, two `onego serve` behind a real load balancer
// (nginx) and one `onego work`. A newborn application submitted through the balancer; a notification
// caused by a command on serve A reaches an SSE stream open on serve B (A tells the work process through
// the database, its dispatcher writes the notification, B hears of it by LISTEN/NOTIFY); a due deadline
// timer fires exactly once, by the work process (the serve processes run no scheduler: with the work
// process stopped, a due timer stays scheduled and a submission's notifications wait); after the work
// process restarts, that timer fires once and the waiting notifications are written — nothing was lost.
// A timer is made due by moving its row's due_at into the past (the processes run on the real clock: a
// test clock is per process and the work process serves no API to move it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { startNginx, type NginxProxy } from '../support/nginxProxy.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { testDatabaseUrl } from '../support/testDatabase.ts';

const single = newbornSample('valid-single-birth');

let databaseUrl: string;
let dataDir: string;
let serveA: ServerProcess;
let serveB: ServerProcess;
let work: ServerProcess;
let balancer: NginxProxy;
let api: ReturnType<typeof client>;
let db: Knex;

const startWork = () => startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir, ['work', '--health-port', '0']);

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl(mkdtempSync(path.join(tmpdir(), 'onego-roles-empty-')), { empty: true });
  // One data folder (the token keys) for all, as a shared volume would be.
  dataDir = mkdtempSync(path.join(tmpdir(), 'onego-roles-'));
  const migrated = spawnSync(process.execPath, ['runtime/bin/onego.js', 'migrate', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, ONEGO_DATABASE_URL: databaseUrl, ONEGO_DATA_DIR: dataDir } });
  expect(migrated.status, migrated.stderr).toBe(0);
  const startServe = () => startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir, ['serve']);
  [serveA, serveB] = await Promise.all([startServe(), startServe()]);
  work = await startWork();
  balancer = await startNginx([serveA.url, serveB.url]);
  api = client(balancer.url);
  db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 2 } });
}, 300_000);

afterAll(async () => {
  await db?.destroy();
  await balancer?.stop();
  await Promise.all([serveA, serveB, work].map((p) => p?.stop()));
});

async function until<T>(what: string, check: () => Promise<T | undefined>, limitMs = 30_000): Promise<T> {
  for (let waited = 0; ; waited += 200) {
    const found = await check();
    if (found !== undefined) return found;
    if (waited > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Makes the application's own deadline-warning timer of one matter due now; answers its matter. */
async function makeWarningDue(applicationId: string): Promise<string> {
  const timer = await db('timers').where({ application_id: applicationId, kind: 'warning', status: 'scheduled' }).whereNull('step_id').first<{ id: number; matter_id: string } | undefined>('id', 'matter_id');
  expect(timer, `a scheduled warning timer of ${applicationId}`).toBeDefined();
  await db('timers').where({ id: timer?.id }).update({ due_at: new Date(Date.now() - 60_000).toISOString() });
  return timer?.matter_id ?? '';
}

async function warnings(applicationId: string, matterId: string): Promise<number> {
  const citizen = await api.login('citizen', 'citizen-roles');
  const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, citizen)).body;
  return view.timeline.filter((e) => e.what === 'DEADLINE_WARNING' && e.matterId === matterId).length;
}

/** The notifications made of the application's events (rows name the event, not the application). */
const notificationsOf = async (applicationId: string) =>
  Number((await db('notifications').join('events', 'events.id', 'notifications.event_id').where('events.application_id', applicationId).count({ n: '*' }))[0]?.n);
/** Its events still waiting to be notified. */
const queuedOf = async (applicationId: string) =>
  Number((await db('notification_outbox').join('events', 'events.id', 'notification_outbox.event_id').where('events.application_id', applicationId).count({ n: '*' }))[0]?.n);

describe('onego serve ×2 behind nginx and onego work', () => {
  it('take newborn applications through the balancer to completion (issued after commit by the serve process that completed it), and the work process answers /health', async () => {
    const steps = newbornSteps(api, 'citizen-roles');
    const id = await steps.submit('roles-balanced', single);
    expect((await steps.read(id)).matters.some((m) => m.status === 'pending')).toBe(true);
    // The last approval makes the result ready: the serve process that ran it sends it to the (example)
    // issuing system right after the commit, as npm start does; the application is completed at once.
    expect((await steps.complete(id)).status).toBe('completed');
    // Both serve processes took requests of it (round robin; sign-ins included).
    const writes = balancer.served().filter((r) => r.method === 'POST');
    for (const p of [serveA, serveB]) expect(writes.filter((r) => r.upstream === new URL(p.url).host).length, `requests served by ${p.url}`).toBeGreaterThan(0);
    expect((await client(work.url).get('/health')).status).toBe(200);
  }, 120_000);

  it('bring a notification caused by a command on serve A to an SSE stream open on serve B', async () => {
    const officer = await client(serveB.url).login('officer', 'officer-roles-stream', 'health');
    const controller = new AbortController();
    const stream = await fetch(`${serveB.url}/api/notifications/stream`, { headers: { authorization: `Bearer ${officer}` }, signal: controller.signal });
    expect(stream.status).toBe(200);
    try {
      const applicationId = await newbornSteps(client(serveA.url), 'citizen-roles').submit('roles-stream', single);
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      const timeout = setTimeout(() => controller.abort(), 30_000);
      try {
        while (!text.includes(`"applicationId":"${applicationId}"`)) {
          const { done, value } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
        }
      } finally {
        clearTimeout(timeout);
      }
      expect(text).toContain(`"applicationId":"${applicationId}"`);
    } finally {
      controller.abort();
    }
  }, 120_000);

  it('fire a due timer exactly once, by the work process; with it stopped nothing fires and nothing is lost, and after its restart all fires once', async () => {
    const steps = newbornSteps(api, 'citizen-roles');
    const first = await steps.submit('roles-timer-1', single);
    const matter = await makeWarningDue(first);
    await until('the timer fired', async () => ((await db('timers').where({ application_id: first, kind: 'warning', matter_id: matter, status: 'scheduled' }).whereNull('step_id').first()) ? undefined : true));
    expect(await warnings(first, matter)).toBe(1);
    await until('the first application notified', async () => ((await queuedOf(first)) === 0 ? true : undefined));
    expect(await notificationsOf(first)).toBeGreaterThan(0);

    // The work process stops (SIGTERM: the pass in flight finished, exit 0); the serve processes go on.
    expect(await work.stop('SIGTERM')).toBe(0);
    const second = await steps.submit('roles-timer-2', single);
    const secondMatter = await makeWarningDue(second);
    // Their scheduler interval is 200 ms (serverProcess.ts): well past it, nothing fired and no
    // notification of the submission was written — it waits in the outbox.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const stillScheduled = await db('timers').where({ application_id: second, kind: 'warning', matter_id: secondMatter, status: 'scheduled' }).whereNull('step_id').count({ n: '*' });
    expect(Number(stillScheduled[0]?.n)).toBe(1);
    expect(await warnings(second, secondMatter)).toBe(0);
    expect(await notificationsOf(second)).toBe(0);
    expect(await queuedOf(second)).toBeGreaterThan(0);

    work = await startWork();
    await until('the timer fired after the restart', async () => ((await db('timers').where({ application_id: second, kind: 'warning', matter_id: secondMatter, status: 'scheduled' }).whereNull('step_id').first()) ? undefined : true));
    expect(await warnings(second, secondMatter)).toBe(1);
    await until('the waiting notifications written', async () => ((await queuedOf(second)) === 0 ? true : undefined));
    expect(await notificationsOf(second)).toBeGreaterThan(0);
    // The first application's timer did not fire again.
    expect(await warnings(first, matter)).toBe(1);
  }, 180_000);
});
