// Step deadlines and escalation on overdue (超期督办, issue #16), end to end over HTTP with the test clock, on
// SQLite and on PostgreSQL: a copy of the newborn bundle whose 出生医学证明 walks 受理 (1 working day, led by
// the default 科室负责人) → 签发 (1 working day, led by 分管领导, whom the hospital lacks), with
// `review.escalation: { transferToLeadAfter: 1 }`. Submitted on Thursday 2026-03-05, a 受理 step is due at
// the end of Friday: the step's due date shows in the inbox and on the task page; on Saturday the step is
// overdue and each 科室负责人 is told once, personally, naming the application, matter, step and holder;
// the task moves to the first 科室负责人 only at the end of Monday, the first working day after the due
// day (not two natural days after it); a step whose lead position nobody holds tells the department
// instead; a matter decided in time has none of it. The lead of a step is the step's own (an officer of
// 科室负责人 cannot assign a 分管领导 step). And the citizen is told of their own withdrawal.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { CERTIFICATE, endOfDayCst, HOSPITAL_STAFF, hospitalStaff, publishEscalationBundle } from '../support/escalationBundle.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';

interface Person {
  subject: string;
  name: string;
}
interface TaskLine {
  id: string;
  applicationId: string;
  matterId: string;
  dueAt: string | null;
  step: { id: string; name: string; dueAt?: string; warningAt?: string } | null;
  holder: Person | null;
}
interface Notification {
  type: string;
  audience: 'personal' | 'department';
  applicationId: string | null;
  matterId: string | null;
  title: string;
  body: string;
  details: Record<string, unknown>;
}
interface AppView {
  matters: { matterId: string; taskId: string; status: string }[];
  timeline: { what: string; who: string; text?: string; matterId?: string }[];
}

const BUNDLE = 'henan-newborn-escalation';
const BUNDLE_NAME = '新生儿出生一件事（超期督办）';

let server: ServerProcess;
let api: ReturnType<typeof client>;

const staff = HOSPITAL_STAFF;
let as: ReturnType<typeof hospitalStaff>;
const citizen = () => api.login('citizen', 'citizen-escalation');

async function submit(key: string): Promise<string> {
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...newbornSample('valid-single-birth') }, await citizen(), { 'idempotency-key': key });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  return submitted.body.id;
}
const view = async (id: string) => (await api.get<AppView>(`/api/applications/${id}`, await as('leadA'))).body;
const taskOf = async (id: string) => (await view(id)).matters.find((m) => m.matterId === CERTIFICATE)?.taskId as string;
const act = async (taskId: string, action: string, who: string, body: unknown = {}) => api.post<{ code?: string; message?: string }>(`/api/tasks/${taskId}/${action}`, body, await as(who));
const decide = async (taskId: string, who: string, body: Record<string, unknown>) => api.post<{ code?: string }>(`/api/tasks/${taskId}/decision`, body, await as(who));
const events = async (id: string, type: string) => (await view(id)).timeline.filter((e) => e.what === type && e.matterId === CERTIFICATE);
async function notifications(token: string, applicationId: string, type: string, audience: Notification['audience']): Promise<Notification[]> {
  const response = await api.get<Notification[]>('/api/notifications?pageSize=100', token);
  expect(response.status).toBe(200);
  return response.body.filter((n) => n.applicationId === applicationId && n.matterId === CERTIFICATE && n.type === type && n.audience === audience);
}

let overdue: string; // nobody decides its 受理 step
let secondStep: string; // 受理 in time, then 签发 (led by 分管领导) overdue
let inTime: string; // 出生医学证明 decided in time

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-05T09:00:00+08:00', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  as = hospitalStaff(api);
  await publishEscalationBundle(api, BUNDLE, BUNDLE_NAME);

  overdue = await submit('escalation-overdue');
  secondStep = await submit('escalation-second-step');
  inTime = await submit('escalation-in-time');
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('step deadlines and escalation on overdue', () => {
  it('shows the step’s own deadline in the inbox and on the task page', async () => {
    const inbox = await api.get<TaskLine[]>('/api/tasks?filter=unclaimed&pageSize=100', await as('clerk'));
    const line = inbox.body.find((t) => t.applicationId === overdue && t.matterId === CERTIFICATE);
    expect(line?.step).toMatchObject({ id: 'accept', name: '受理', dueAt: endOfDayCst('2026-03-06') });
    expect(line?.dueAt).toBe(endOfDayCst('2026-03-10')); // the matter's own: 3 working days
    const task = await taskOf(overdue);
    expect((await api.get<TaskLine>(`/api/tasks/${task}`, await as('clerk'))).body.step?.dueAt).toBe(endOfDayCst('2026-03-06'));
  });

  it('the lead of a step is its own: 科室负责人 cannot assign a step led by 分管领导', async () => {
    for (const id of [secondStep, inTime]) {
      const task = await taskOf(id);
      expect((await act(task, 'claim', 'clerk')).status).toBe(200);
      expect((await decide(task, 'clerk', { decision: 'approve', stepId: 'accept' })).status).toBe(200);
    }
    const second = await taskOf(secondStep);
    const refused = await act(second, 'assign', 'leadA', { to: staff['clerk']?.subject });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_STEP_LEAD');
    expect(refused.body.message).toContain('分管领导');
    expect((await act(second, 'claim', 'clerk')).status).toBe(200);
    // the 签发 step's own deadline: a working day from the day it began
    expect((await api.get<TaskLine>(`/api/tasks/${second}`, await as('clerk'))).body.step).toMatchObject({ id: 'issue', dueAt: endOfDayCst('2026-03-06') });
    // decided in time
    const third = await taskOf(inTime);
    expect((await act(third, 'claim', 'clerk')).status).toBe(200);
    expect((await decide(third, 'clerk', { decision: 'approve', stepId: 'issue', results: { 'child.birthCertificateNumber': 'R410000777' } })).status).toBe(200);
    // the overdue one is claimed, so that its holder is named
    expect((await act(await taskOf(overdue), 'claim', 'clerk')).status).toBe(200);
  });

  it('once the step is overdue (Saturday), tells each lead once, personally, naming the application, matter, step and holder', async () => {
    await moveClockTo(api, '2026-03-07T10:00:00');
    expect(await events(overdue, 'STEP_OVERDUE')).toHaveLength(1);
    expect(await events(overdue, 'TASK_ESCALATED')).toHaveLength(0);
    for (const lead of ['leadA', 'leadB']) {
      const told = await notifications(await as(lead), overdue, 'lead_overdue', 'personal');
      expect(told).toHaveLength(1);
      expect(told[0]?.title).toContain('超期督办');
      for (const name of [BUNDLE_NAME, overdue.slice(0, 8).toUpperCase(), '出生医学证明', '受理', '钱窗口']) expect(told[0]?.body).toContain(name);
    }
    // not the holder's nor the department's to follow up
    expect(await notifications(await as('clerk'), overdue, 'lead_overdue', 'personal')).toHaveLength(0);
    expect(await notifications(await as('clerk'), overdue, 'lead_overdue', 'department')).toHaveLength(0);
  });

  it('a step whose lead position nobody holds tells the department so', async () => {
    expect(await events(secondStep, 'STEP_OVERDUE')).toHaveLength(1);
    expect(await notifications(await as('leadA'), secondStep, 'lead_overdue', 'personal')).toHaveLength(0);
    const told = await notifications(await as('clerk'), secondStep, 'lead_overdue', 'department');
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain('签发');
    expect(told[0]?.body).toContain('分管领导');
  });

  it('transfers after one working day overdue, not two natural days: nothing on Monday evening', async () => {
    await moveClockTo(api, '2026-03-09T20:00:00');
    expect(await events(overdue, 'TASK_ESCALATED')).toHaveLength(0);
    const task = (await api.get<TaskLine>(`/api/tasks/${await taskOf(overdue)}`, await as('clerk'))).body;
    expect(task.holder?.name).toBe('钱窗口');
  });

  it('at the end of Monday the system moves the task to the first lead, once, and tells the lead and the former holder', async () => {
    await moveClockTo(api, '2026-03-10T00:30:00');
    const escalated = await events(overdue, 'TASK_ESCALATED');
    expect(escalated).toHaveLength(1);
    expect(escalated[0]?.who).toBe('system');
    const task = (await api.get<TaskLine>(`/api/tasks/${await taskOf(overdue)}`, await as('leadA'))).body;
    expect(task.holder).toEqual({ subject: staff['leadA']?.subject, name: '孙科长' });
    const moved = await notifications(await as('leadA'), overdue, 'task_escalated', 'personal');
    expect(moved).toHaveLength(1);
    expect(moved[0]?.body).toContain('孙科长');
    expect(await notifications(await as('clerk'), overdue, 'task_escalated', 'personal')).toHaveLength(1);
    expect(await notifications(await as('leadB'), overdue, 'task_escalated', 'personal')).toHaveLength(0);
    // the leads were told of the overdue step once only
    expect(await notifications(await as('leadB'), overdue, 'lead_overdue', 'personal')).toHaveLength(1);
    // the officer's timeline says it in plain words
    const line = (await api.get<AppView>(`/api/applications/${overdue}`, await as('leadA'))).body.timeline.find((e) => e.what === 'TASK_ESCALATED');
    expect(line?.text).toContain('孙科长');
  });

  it('with nobody to move it to, nothing moves and the department is told', async () => {
    const escalated = await events(secondStep, 'TASK_ESCALATED');
    expect(escalated).toHaveLength(1);
    const task = (await api.get<TaskLine>(`/api/tasks/${await taskOf(secondStep)}`, await as('clerk'))).body;
    expect(task.holder?.name).toBe('钱窗口');
    const told = await notifications(await as('clerk'), secondStep, 'task_escalated', 'department');
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain('分管领导');
  });

  it('nothing for a matter decided in time', async () => {
    for (const type of ['STEP_OVERDUE', 'STEP_DEADLINE_WARNING', 'TASK_ESCALATED', 'OVERDUE']) expect(await events(inTime, type)).toHaveLength(0);
    expect(await notifications(await as('leadA'), inTime, 'lead_overdue', 'personal')).toHaveLength(0);
  });

  it('tells the citizen of their own withdrawal', async () => {
    // The business start-up bundle: nothing in it is decided by rule at submission (秒批), so it can be withdrawn.
    const sample = JSON.parse(readFileSync('examples/business-startup/samples/valid-llc-with-employees.json', 'utf8')) as { answers: unknown; data: unknown };
    const started = await api.post<SubmitResponse>('/api/applications', { bundleId: 'business-startup', ...sample }, await citizen(), { 'idempotency-key': 'escalation-withdrawn' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const fresh = started.body.id;
    const withdrawn = await api.post(`/api/applications/${fresh}/withdraw`, { reason: '信息填错了' }, await citizen());
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    await api.post('/api/test/clock', { advanceMs: 0 }); // dispatches the notifications
    const mine = (await api.get<Notification[]>('/api/notifications?pageSize=100', await citizen())).body.filter((n) => n.applicationId === fresh && n.type === 'withdrawal_confirmed');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.title).toContain('您已撤回申请');
    expect(mine[0]?.body).toContain('信息填错了');
  });
});
