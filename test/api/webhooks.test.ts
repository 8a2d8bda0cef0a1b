// Department webhooks end to end: real OneGo server processes and real HTTP receivers (node:http). The
// health department's receiver is down at first (connection refused), then answers 500, then comes up;
// the police department's never answers. Decisions succeed all along; the outbox survives a restart;
// the health deliveries arrive after retries, signed, only of the configured types; the police delivery
// is given up after the configured attempts and counted.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface Delivery {
  id: string;
  department: string;
  notificationId: number;
  type: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}
interface Payload {
  id: string;
  type: string;
  department: string;
  notification: { id: number; type: string; applicationId: string; matterId: string; title: { zh: string; en: string }; details: Record<string, unknown> };
}

const HEALTH_SECRET = 'health-webhook-secret-0123456789';
const POLICE_SECRET = 'police-webhook-secret-0123456789';
const MAX_ATTEMPTS = 4;
const HOUR = 3_600_000;
const single = newbornSample('valid-single-birth');

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** The health department's receiver: answers `status` (500 until the test says otherwise). */
function healthReceiver() {
  const received: Received[] = [];
  const state = { status: 500 };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, answered: state.status });
      res.writeHead(state.status, { 'content-type': 'text/plain' }).end(state.status === 200 ? 'ok' : 'down');
    });
  });
  return { server, received, state };
}

/** The police department's receiver: takes the request and never answers. */
function hangingReceiver() {
  const state = { received: 0, open: 0 };
  const server = createServer((req, res) => {
    state.received++;
    state.open++;
    req.resume();
    res.on('close', () => state.open--); // when OneGo gives up waiting and drops the connection
  });
  return { server, state };
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let healthPort: number;
const health = healthReceiver();
const police = hangingReceiver();
const env = {
  ONEGO_TEST_CLOCK: '1',
  ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00',
  // Only the test clock's POST runs the dispatcher and the outbox, so that each step is deterministic.
  ONEGO_NOTIFY_INTERVAL_MS: '3600000',
  ONEGO_WEBHOOK_INTERVAL_MS: '3600000',
  ONEGO_WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  ONEGO_WEBHOOK_TIMEOUT_MS: '1500',
  // The receivers listen on loopback, which webhooks may reach only when the operator allows it.
  ONEGO_OUTBOUND_ALLOW: '127.0.0.1',
};

/** Tokens last 12 hours of the server's clock: every step logs in afresh. */
const login = {
  admin: () => api.login('admin', 'admin-webhooks'),
  citizen: () => api.login('citizen', 'citizen-webhooks'),
  officer: (department: string) => api.login('officer', `officer-${department}`, department),
};

async function advance(advanceMs: number) {
  const response = await api.post<{ now: string; webhookAttempts: number }>('/api/test/clock', { advanceMs });
  expect(response.status).toBe(200);
  return response.body;
}

async function deliveries(department: string, query = ''): Promise<Delivery[]> {
  const response = await api.get<Delivery[]>(`/api/admin/webhooks/${officerDepartment(department)}/deliveries${query}`, await login.admin());
  expect(response.status).toBe(200);
  return response.body;
}

async function submit(key: string): Promise<ApplicationView> {
  const citizen = await login.citizen();
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen, { 'idempotency-key': key });
  expect(created.status).toBe(201);
  return (await api.get<ApplicationView>(`/api/applications/${created.body.id}`, citizen)).body;
}

async function approve(department: string, taskId: string) {
  await walkReview(api, taskId, department);
}

/** HMAC-SHA256 over "<t>.<raw body>", as documented for receivers. */
function signatureValid(secret: string, header: string | string[] | undefined, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(header));
  return match !== null && createHmac('sha256', secret).update(`${match[1]}.${body}`).digest('hex') === match[2];
}

beforeAll(async () => {
  // A port nothing listens on yet: the health receiver is down (connection refused) until it starts there.
  const probe = createServer();
  healthPort = await listen(probe);
  await close(probe);
  const policePort = await listen(police.server);
  server = await startServerProcess(env);
  api = client(server.url);
  const admin = await login.admin();
  const put = (department: string, body: unknown) => api.call('PUT', `/api/admin/webhooks/${officerDepartment(department)}`, { token: admin, body });
  const created = await put('health', { url: `http://127.0.0.1:${healthPort}/onego`, secret: HEALTH_SECRET, events: ['task_assigned', 'overdue'] });
  expect(created.status).toBe(201);
  expect((await put('police', { url: `http://127.0.0.1:${policePort}/hook`, secret: POLICE_SECRET })).status).toBe(201);
  // Webhooks are a department's: a short id two regions' police shared names none.
  const unknown = await api.call('PUT', '/api/admin/webhooks/police', { token: admin, body: { url: `http://127.0.0.1:${policePort}/hook`, secret: POLICE_SECRET } });
  expect([unknown.status, (unknown.body as { code?: string }).code]).toEqual([404, 'DEPARTMENT_NOT_FOUND']);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await close(health.server);
  await close(police.server);
});

describe('department webhooks from a durable outbox', () => {
  let application: ApplicationView;

  it('the admin sees the webhooks, never their secrets', async () => {
    const list = await api.get<{ department: string; events: string[] | null }[]>('/api/admin/webhooks', await login.admin());
    expect(list.status).toBe(200);
    expect(list.body.map((w) => [w.department, w.events])).toEqual([
      // By department id: 河南 公安局 (gonganju-410000) before its 卫生健康委员会 (weishengjiankangweiyuanhui-410000).
      [officerDepartment('police'), null],
      [officerDepartment('health'), ['task_assigned', 'overdue']],
    ]);
    expect(JSON.stringify(list.body)).not.toContain('secret');
    expect((await api.get('/api/admin/webhooks', await login.officer('health'))).status).toBe(403);
  });

  it('decisions succeed while one receiver refuses connections and the other hangs', async () => {
    application = await submit('webhook-1');
    await approve('health', matterOf(application, 'birth-medical-certificate').taskId);
    // Dispatch and send: health's delivery is refused, police's (household registration) hangs.
    const sending = advance(0);
    for (let i = 0; i < 200 && police.state.open === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(police.state.open).toBe(1);
    // While that request hangs, an officer decides and a citizen reads.
    await approve('health', matterOf(application, 'vaccination-certificate').taskId);
    expect((await api.get('/api/notifications', await login.citizen())).status).toBe(200);
    await sending;
    await advance(0); // the vaccination's task notification and its delivery attempt

    const healthDeliveries = await deliveries('health');
    expect(healthDeliveries).toHaveLength(2);
    for (const delivery of healthDeliveries) {
      expect(delivery).toMatchObject({ type: 'task_assigned', status: 'pending', attempts: 1, lastStatus: null });
      expect(delivery.lastError).toBe('refused'); // a category, never the raw connection error
      expect(Date.parse(delivery.nextAttemptAt ?? '')).toBeGreaterThan(0);
    }
    const policeDeliveries = await deliveries('police');
    expect(policeDeliveries).toHaveLength(1);
    expect(policeDeliveries[0]).toMatchObject({ type: 'task_assigned', status: 'pending', attempts: 1 });
    expect(policeDeliveries[0]?.lastError).toBe('timeout');
  });

  it('a restart keeps the undelivered outbox rows', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServerProcess(env, server.dataDir);
    api = client(server.url);
    const pending = await deliveries('health', '?status=pending');
    expect(pending).toHaveLength(2);
    expect(await deliveries('police', '?status=pending')).toHaveLength(1);
  }, 60_000);

  it('the receiver answers 500, then works: each delivery arrives after retries, signed, with the same delivery id', async () => {
    await listen(health.server, healthPort);
    await advance(2 * HOUR); // the restarted clock starts over; two hours later every retry is due
    expect(health.received.map((r) => r.answered)).toEqual([500, 500]);
    for (const delivery of await deliveries('health')) expect(delivery).toMatchObject({ status: 'pending', attempts: 2, lastStatus: 500, lastError: 'HTTP 500' });

    health.state.status = 200;
    await advance(2 * HOUR);
    const delivered = await deliveries('health');
    expect(delivered.map((d) => [d.status, d.attempts, d.lastStatus])).toEqual([
      ['delivered', 3, 200],
      ['delivered', 3, 200],
    ]);
    expect(health.received.map((r) => r.answered)).toEqual([500, 500, 200, 200]);

    for (const request of health.received) {
      const payload = JSON.parse(request.body) as Payload;
      expect(signatureValid(HEALTH_SECRET, request.headers['x-onego-signature'], request.body)).toBe(true);
      expect(signatureValid(POLICE_SECRET, request.headers['x-onego-signature'], request.body)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-onego-delivery']).toBe(payload.id);
      expect(request.headers['x-onego-event']).toBe(payload.type);
      expect(payload).toMatchObject({ type: 'task_assigned', department: officerDepartment('health'), notification: { type: 'task_assigned', applicationId: application.id } });
      expect(payload.notification.title.zh).toMatch(/^新的待办：/);
    }
    const ok = health.received.filter((r) => r.answered === 200).map((r) => JSON.parse(r.body) as Payload);
    expect(ok.map((p) => p.notification.matterId).sort()).toEqual(['birth-medical-certificate', 'vaccination-certificate']);
    expect(ok.map((p) => p.id).sort()).toEqual(delivered.map((d) => d.id).sort());
    // Each delivery was sent with the same id and body on every attempt.
    const bodies = new Map<string, Set<string>>();
    for (const request of health.received) bodies.set(String(request.headers['x-onego-delivery']), (bodies.get(String(request.headers['x-onego-delivery'])) ?? new Set()).add(request.body));
    expect([...bodies.values()].map((set) => set.size)).toEqual([1, 1]);
    expect(health.received.map((r) => r.headers['x-onego-attempt']).sort()).toEqual(['2', '2', '3', '3']);
  });

  it('a receiver that never answers is given up after the configured attempts, visible to the admin and in /metrics', async () => {
    for (let i = 0; i < MAX_ATTEMPTS; i++) await advance(2 * HOUR);
    const failed = await deliveries('police', '?status=failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastStatus: null });
    expect(failed[0]?.lastError).toBe('timeout');
    expect(police.state.received).toBe(MAX_ATTEMPTS);
    const metrics = await api.get<string>('/metrics');
    expect(metrics.body).toContain('onego_webhook_deliveries_total{outcome="failed"} 1');
    expect(metrics.body).toMatch(/onego_webhook_deliveries_total\{outcome="delivered"\} 2/);
    // Removing the webhook: nothing more is queued for it; the history stays readable.
    const admin = await login.admin();
    expect((await api.call('DELETE', `/api/admin/webhooks/${officerDepartment('police')}`, { token: admin })).status).toBe(204);
    expect(await deliveries('police')).toHaveLength(1);
  });

  it('an admin can send a delivery again: same delivery id, so the receiver can tell it is a duplicate', async () => {
    const [delivery] = await deliveries('health');
    const again = await api.post<Delivery>(`/api/admin/webhooks/${officerDepartment('health')}/deliveries/${delivery?.id}/redeliver`, undefined, await login.admin());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: delivery?.id, status: 'pending', attempts: 0 });
    const before = health.received.length;
    await advance(0);
    expect(health.received.slice(before).map((r) => r.headers['x-onego-delivery'])).toEqual([delivery?.id]);
    expect((await deliveries('health')).find((d) => d.id === delivery?.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('only the configured types reach the webhook; the department inbox has them all', async () => {
    const late = await submit('webhook-late');
    await advance(0);
    await advance(3 * 24 * HOUR); // past the certificate's deadline: warning and overdue fire
    const inbox = await api.get<{ type: string; applicationId: string }[]>('/api/notifications?pageSize=100', await login.officer('health'));
    const types = inbox.body.filter((n) => n.applicationId === late.id).map((n) => n.type);
    expect(types.sort()).toEqual(['deadline_warning', 'overdue', 'task_assigned']);
    const forLate = health.received.map((r) => JSON.parse(r.body) as Payload).filter((p) => p.notification.applicationId === late.id);
    expect(forLate.map((p) => p.type).sort()).toEqual(['overdue', 'task_assigned']);
    expect(forLate.every((p, i, all) => all.findIndex((q) => q.id === p.id) === i)).toBe(true);
    expect((await deliveries('health')).every((d) => d.type !== 'deadline_warning' && d.status === 'delivered')).toBe(true);
    expect(await deliveries('police')).toHaveLength(1); // removed: nothing new for the police
  });
});
