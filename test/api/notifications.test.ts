// Notifications end to end on a real server process: made from the events of a newborn application
// (task assigned to each department's officers, approved / completed / returned / rejected to the
// citizen, deadline warning and overdue to the department), read state per user, a live SSE stream
// opened the way a browser's EventSource does (token in the query), Last-Event-ID replay, and a server
// that shuts down promptly with a stream open.
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { approveSteps, decideStep } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface Notification {
  id: number;
  type: string;
  audience: 'personal' | 'department';
  department: string | null;
  applicationId: string | null;
  matterId: string | null;
  title: string;
  body: string;
  details: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

const single = newbornSample('valid-single-birth');
const DEPARTMENTS = ['health', 'police', 'medical-insurance', 'human-resources-social-security'];

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
const officers: Record<string, string> = {};
let secondHealthOfficer: string;

/** Runs the dispatcher now (through the test clock, without moving it): notifications for every event so far. */
async function dispatch(): Promise<void> {
  const response = await api.post('/api/test/clock', { advanceMs: 0 });
  expect(response.status).toBe(200);
}

async function inbox(token: string, query = '', lang?: string) {
  const response = await api.get<Notification[]>(`/api/notifications${query}`, token, lang ? { 'accept-language': lang } : undefined);
  expect(response.status).toBe(200);
  return { items: response.body, total: Number(response.headers.get('x-total-count')), unread: Number(response.headers.get('x-unread-count')) };
}

async function submit(key: string): Promise<ApplicationView> {
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen, { 'idempotency-key': key });
  expect(created.status).toBe(201);
  return (await api.get<ApplicationView>(`/api/applications/${created.body.id}`, citizen)).body;
}

/** An approval walks the matter's review steps; a return or rejection is taken at the step it is at. */
async function decide(department: string, taskId: string, decision: 'approve' | 'return' | 'reject', extra: { comment?: string; missing?: string[] } = {}) {
  const response = decision === 'approve' ? await approveSteps(api, taskId, department, extra) : await decideStep(api, taskId, department, { decision, ...extra });
  expect(response.status, `${decision} ${taskId}`).toBe(200);
  return response.body;
}

/** Reads a text/event-stream response until `enough` events arrived; returns them (id, event, data). */
async function readEvents(response: Response, enough: number): Promise<{ id: string; event: string; data: string }[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { id: string; event: string; data: string }[] = [];
  let text = '';
  while (events.length < enough) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
      if (fields['event']) events.push({ id: fields['id'] ?? '', event: fields['event'], data: fields['data'] ?? '' });
    }
  }
  await reader.cancel();
  return events;
}

beforeAll(async () => {
  // Background loops slowed down: the test clock's POST runs the dispatcher when the test wants it.
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00', ONEGO_NOTIFY_INTERVAL_MS: '3600000' });
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-notify');
  for (const department of DEPARTMENTS) officers[department] = officers[officerDepartment(department)] = await api.login('officer', `officer-${department}`, department); // by its short and its regional id
  secondHealthOfficer = await api.login('officer', 'officer-health-2', 'health');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('notifications of a newborn application', () => {
  let application: ApplicationView;
  const live: Notification[] = [];
  let source: EventSource;

  it('a citizen opens the live stream the way a browser does: EventSource with the token in the query', async () => {
    source = new EventSource(`${server.url}/api/notifications/stream?access_token=${encodeURIComponent(citizen)}`);
    source.addEventListener('notification', (event) => live.push(JSON.parse(String(event.data)) as Notification));
    await new Promise<void>((resolve, reject) => {
      source.onopen = () => resolve();
      source.onerror = (error) => reject(new Error(`stream failed: ${error.message ?? ''}`));
    });
    source.onerror = null;
  });

  it('submitted: the first department is told of its task; the citizen of the matter approved by rule (秒批)', async () => {
    application = await submit('notify-1');
    await dispatch();
    const health = await inbox(officers['health'] ?? '');
    const certificate = matterOf(application, 'birth-medical-certificate');
    const assigned = health.items.find((n) => n.type === 'task_assigned' && n.matterId === 'birth-medical-certificate');
    expect(assigned).toMatchObject({ audience: 'department', department: officerDepartment('health'), applicationId: application.id, read: false });
    expect(assigned?.title).toBe('新的待办：出生医学证明签发');
    expect(assigned?.body).toContain('请于 2026-03-03 前办结');
    expect(assigned?.details).toMatchObject({ bundleId: 'henan-newborn', taskId: certificate.taskId, dueAt: certificate.dueAt });
    const english = await inbox(officers['health'] ?? '', '', 'en');
    expect(english.items.find((n) => n.id === assigned?.id)?.title).toMatch(/^New task: /);
    expect((await inbox(officers['police'] ?? '')).total).toBe(0);
    const mine = await inbox(citizen);
    // Newest first: the matter approved by rule, then the submission itself (申请已提交).
    expect(mine.items.map((n) => [n.type, n.matterId])).toEqual([
      ['matter_approved', 'birth-registration'],
      ['application_submitted', null],
    ]);
    expect(mine.items[0]?.details['autoApproved']).toBe(true);
  });

  it('approving matter by matter: every department gets a task notification for each of its matters, the citizen an approval for each and one completion', async () => {
    for (let round = 0; round < 6; round++) {
      const view = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
      const pending = view.matters.filter((m) => m.status === 'pending');
      if (pending.length === 0) break;
      for (const matter of pending) await decide(matter.department, matter.taskId, 'approve');
      await dispatch();
    }
    application = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
    expect(application.status).toBe('completed');
    // Matters approved by rule (秒批) never reach an officer.
    const byRule = new Set(application.timeline.filter((e) => e.what === 'MATTER_APPROVED' && e.who.startsWith('rule')).map((e) => e.matterId));
    expect(byRule.has('birth-registration')).toBe(true);
    const byOfficer = application.matters.filter((m) => !byRule.has(m.matterId));
    expect(byOfficer.length).toBeGreaterThanOrEqual(4);
    for (const matter of byOfficer) {
      const items = (await inbox(officers[matter.department] ?? '', '?pageSize=100')).items;
      expect(items.filter((n) => n.type === 'task_assigned' && n.matterId === matter.matterId && n.applicationId === application.id), `${matter.department} ${matter.matterId}`).toHaveLength(1);
    }
    // Each department sees only its own.
    for (const department of DEPARTMENTS) {
      const items = (await inbox(officers[department] ?? '', '?pageSize=100')).items;
      expect(items.every((n) => n.department === officerDepartment(department)), department).toBe(true);
    }
    const mine = (await inbox(citizen, '?pageSize=100')).items;
    const approved = mine.filter((n) => n.type === 'matter_approved');
    expect(approved.map((n) => n.matterId).sort()).toEqual(application.matters.map((m) => m.matterId).sort());
    for (const n of approved) expect(n.details['autoApproved'], n.matterId ?? '').toBe(byRule.has(n.matterId ?? undefined));
    const completed = mine.filter((n) => n.type === 'application_completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]?.details['resultCount']).toBe(application.results.length);
    expect(completed[0]?.title).toBe('已办结：新生儿出生一件事');
    expect(mine[0]?.type).toBe('application_completed'); // newest first
  });

  it('the open stream received the citizen’s notifications live, in order, and nothing of the departments’', async () => {
    const expected = (await inbox(citizen, '?pageSize=100')).items.filter((n) => n.applicationId === application.id);
    for (let i = 0; i < 100 && live.length < expected.length; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    source.close();
    expect(live.map((n) => n.id)).toEqual(expected.map((n) => n.id).reverse());
    expect(live.every((n) => n.audience === 'personal' && n.read === false)).toBe(true);
    expect(live.at(-1)?.type).toBe('application_completed');
  });

  it('read state is per user: one health officer reading leaves it unread for the other', async () => {
    const before = await inbox(officers['health'] ?? '', '?unread=true');
    expect(before.unread).toBeGreaterThanOrEqual(2);
    expect(before.total).toBe(before.unread);
    const first = before.items[0] as Notification;
    const read = await api.post<Notification>(`/api/notifications/${first.id}/read`, undefined, officers['health']);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first.id, read: true });
    expect((await api.post<Notification>(`/api/notifications/${first.id}/read`, undefined, officers['health'])).status).toBe(200);
    const after = await inbox(officers['health'] ?? '', '?unread=true');
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.map((n) => n.id)).not.toContain(first.id);
    expect((await inbox(officers['health'] ?? '')).items.find((n) => n.id === first.id)?.read).toBe(true);
    const colleague = await inbox(secondHealthOfficer, '?unread=true');
    expect(colleague.unread).toBe(before.unread);
    expect(colleague.items.map((n) => n.id)).toContain(first.id);
  });

  it('mark all read; another user’s or department’s notification is not found', async () => {
    const marked = await api.post<{ marked: number }>('/api/notifications/read-all', undefined, secondHealthOfficer);
    expect(marked.status).toBe(200);
    expect(marked.body.marked).toBeGreaterThanOrEqual(2);
    const after = await inbox(secondHealthOfficer, '?unread=true');
    expect([after.total, after.unread, after.items.length]).toEqual([0, 0, 0]);
    expect((await inbox(secondHealthOfficer)).items.every((n) => n.read)).toBe(true);
    const healthNotification = (await inbox(officers['health'] ?? '')).items[0] as Notification;
    for (const other of [citizen, officers['police'] ?? '']) {
      const refused = await api.post(`/api/notifications/${healthNotification.id}/read`, undefined, other);
      expect(refused.status).toBe(404);
      expect(refused.body['code']).toBe('NOTIFICATION_NOT_FOUND');
    }
    expect((await api.get('/api/notifications')).status).toBe(401);
    expect((await api.get('/api/notifications?unread=yes', citizen)).status).toBe(400);
  });

  it('a stream resumes after Last-Event-ID: the missed notifications first, and no older ones', async () => {
    const mine = (await inbox(citizen, '?pageSize=100')).items.reverse();
    const from = mine[mine.length - 3] as Notification;
    const response = await fetch(`${server.url}/api/notifications/stream`, { headers: { authorization: `Bearer ${citizen}`, 'last-event-id': String(from.id) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response, 2);
    expect(events.map((e) => Number(e.id))).toEqual(mine.slice(-2).map((n) => n.id));
    expect(events.every((e) => e.event === 'notification')).toBe(true);
    expect((JSON.parse(events[1]?.data ?? '{}') as Notification).type).toBe('application_completed');
  });

  it('a stream refuses a bad token and a bad Last-Event-ID', async () => {
    const badToken = await api.get('/api/notifications/stream?access_token=nonsense');
    expect(badToken.status).toBe(401);
    expect(badToken.body['code']).toBe('INVALID_TOKEN');
    expect((await api.get('/api/notifications/stream')).status).toBe(401);
    expect((await api.get('/api/notifications/stream?lastEventId=-1', citizen)).status).toBe(400);
  });
});

describe('returned, rejected, deadlines', () => {
  let returnedApplication: ApplicationView;

  it('a return for supplement tells the citizen which materials, and why', async () => {
    const application = await submit('notify-return');
    returnedApplication = application;
    await decide('health', matterOf(application, 'birth-medical-certificate').taskId, 'return', { missing: ['parents-id-cards'], comment: '身份证件照片不清晰' });
    await dispatch();
    const returned = (await inbox(citizen)).items.find((n) => n.type === 'returned_for_supplement' && n.applicationId === application.id);
    expect(returned?.title).toBe('请补正材料：出生医学证明签发');
    expect(returned?.body).toContain('身份证件照片不清晰');
    expect(returned?.details).toMatchObject({ missing: ['parents-id-cards'], fields: [], comment: '身份证件照片不清晰' });
    expect(returned?.body).not.toContain('parents-id-cards'); // the material's name, not its id
  });

  it('a rejection tells the citizen the reason and that the application ended', async () => {
    const application = await submit('notify-reject');
    await decide('health', matterOf(application, 'birth-medical-certificate').taskId, 'reject', { comment: '出生信息无法核实' });
    await dispatch();
    const mine = (await inbox(citizen)).items.filter((n) => n.applicationId === application.id);
    // One rejection, with the officer's reason; the matters that can no longer be done are covered by
    // the application's end, not told one by one.
    const rejected = mine.filter((n) => n.type === 'matter_rejected');
    expect(rejected.map((n) => n.matterId)).toEqual(['birth-medical-certificate']);
    expect(rejected[0]?.body).toContain('出生信息无法核实');
    expect(rejected[0]?.details['reason']).toBe('出生信息无法核实');
    expect(mine.filter((n) => n.type === 'application_rejected')).toHaveLength(1);
  });

  it('deadline warning and overdue reach the department', async () => {
    const application = await submit('notify-deadline');
    const certificate = matterOf(application, 'birth-medical-certificate');
    await dispatch();
    // Due at the end of the next working day: three days later both timers have fired.
    const moved = await api.post<{ timersFired: number; notificationsCreated: number }>('/api/test/clock', { advanceMs: 3 * 24 * 3_600_000 });
    expect(moved.body.timersFired).toBeGreaterThanOrEqual(2);
    const health = await api.login('officer', 'officer-health', 'health'); // tokens last 12 hours of the server's clock
    const items = (await inbox(health, '?pageSize=100')).items.filter((n) => n.applicationId === application.id && n.matterId === certificate.matterId);
    expect(items.map((n) => n.type).sort()).toEqual(['deadline_warning', 'overdue', 'task_assigned']);
    expect(items.find((n) => n.type === 'overdue')?.title).toBe('已超期：出生医学证明签发');
    expect(items.find((n) => n.type === 'deadline_warning')?.details['dueAt']).toBe(certificate.dueAt);
  });

  it('events of the supplement and rating parts, as they write them, reach the department', async () => {
    // Written straight into the event log, the way those commands append them: the matter pending again
    // after a supplement, and a bad rating that opened a rectification task.
    const db = server.database();
    try {
      const at = new Date().toISOString();
      const base = { application_id: returnedApplication.id, actor: 'citizen-notify', at };
      await db('events').insert([
        { ...base, type: 'SUPPLEMENTED', matter_id: 'birth-medical-certificate', payload: JSON.stringify({ materials: ['parents-id-cards'] }) },
        { ...base, type: 'MATTER_PENDING', matter_id: 'birth-medical-certificate', actor: 'system', payload: null },
        { ...base, type: 'RECTIFICATION_OPENED', matter_id: 'birth-medical-certificate', actor: 'system', payload: JSON.stringify({ department: officerDepartment('health'), rectificationId: 'rect-1', dueAt: '2026-03-13T15:59:59.999Z' }) },
      ]);
    } finally {
      await db.destroy();
    }
    await dispatch();
    const items = (await inbox(await api.login('officer', 'officer-health', 'health'), '?pageSize=100')).items.filter((n) => n.applicationId === returnedApplication.id);
    expect(items.find((n) => n.type === 'supplement_received')?.title).toBe('补正材料已提交：出生医学证明签发');
    const rectification = items.find((n) => n.type === 'rectification_opened');
    expect(rectification?.details).toMatchObject({ rectificationId: 'rect-1', dueAt: '2026-03-13T15:59:59.999Z' });
    expect(rectification?.body).toContain('2026-03-13');
  });

  it('counts notifications in /metrics', async () => {
    const metrics = await api.get<string>('/metrics');
    expect(metrics.body).toMatch(/onego_notifications_created_total\{type="task_assigned"\} \d+/);
  });
});

describe('shutting down with a stream open', () => {
  it('ends the stream and exits without waiting for it', async () => {
    const token = await api.login('citizen', 'citizen-notify');
    const response = await fetch(`${server.url}/api/notifications/stream?access_token=${token}`);
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // the stream is open (retry field)
    const exit = server.stop('SIGTERM');
    let ended = false;
    while (!ended) {
      const chunk = await reader.read().catch(() => ({ done: true }));
      ended = chunk.done;
    }
    expect(await exit).toBe(0);
  }, 60_000);
});
