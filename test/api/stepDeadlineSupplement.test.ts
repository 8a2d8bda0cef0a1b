// A step's own deadline across 补正 (issue #16): the 出生医学证明's 受理 step (1 working day) of an
// application submitted on Thursday 2026-03-05 is due at the end of Friday 03-06. Its officer returns it for
// correction that morning; the citizen corrects it on Monday 03-09. The step's clock stands still meanwhile:
// nothing is overdue over the weekend though the old due date passes, and the step is due again at the end
// of Tuesday 03-10 — the day it had, counted from Monday — with its timers: the lead is told once on
// Wednesday morning, not before. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { CERTIFICATE, endOfDayCst, hospitalStaff, publishEscalationBundle } from '../support/escalationBundle.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';

const BUNDLE = 'henan-newborn-step-supplement';
const sample = newbornSample('valid-single-birth');

interface TaskLine {
  step: { id: string; dueAt?: string } | null;
  dueAt: string | null;
}
interface AppView {
  matters: { matterId: string; taskId: string; status: string }[];
  timeline: { what: string; matterId?: string }[];
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let as: ReturnType<typeof hospitalStaff>;
let citizen: () => Promise<string>;
let applicationId: string;
let taskId: string;

const view = async () => (await api.get<AppView>(`/api/applications/${applicationId}`, await as('leadA'))).body;
const events = async (type: string) => (await view()).timeline.filter((e) => e.what === type && e.matterId === CERTIFICATE);
const task = async () => (await api.get<TaskLine>(`/api/tasks/${taskId}`, await as('clerk'))).body;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-05T09:00:00+08:00', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  as = hospitalStaff(api);
  citizen = () => api.login('citizen', 'citizen-step-supplement');
  await publishEscalationBundle(api, BUNDLE, '新生儿出生一件事（补正与环节时限）');
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...sample }, await citizen(), { 'idempotency-key': 'step-supplement' });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  applicationId = submitted.body.id;
  taskId = (await view()).matters.find((m) => m.matterId === CERTIFICATE)?.taskId as string;
  expect((await api.post(`/api/tasks/${taskId}/claim`, {}, await as('clerk'))).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('a step deadline across 补正', () => {
  it('runs from the step’s start: due at the end of Friday', async () => {
    expect((await task()).step).toMatchObject({ id: 'accept', dueAt: endOfDayCst('2026-03-06') });
  });

  it('stands still while the citizen corrects: nothing overdue though Friday passes', async () => {
    await moveClockTo(api, '2026-03-05T10:00:00');
    const returned = await api.post(`/api/tasks/${taskId}/decision`, { decision: 'return', fields: ['/mother/name'], comment: '母亲姓名与身份证不一致' }, await as('clerk'));
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    await moveClockTo(api, '2026-03-09T10:00:00');
    expect(await events('STEP_OVERDUE')).toHaveLength(0);
    expect(await events('STEP_DEADLINE_WARNING')).toHaveLength(0);
  });

  it('is due again a working day from the correction, with the matter’s deadline moved alike', async () => {
    const mother = { ...(sample.data['mother'] as object), name: '王雨彤' };
    const corrected = await api.post(`/api/applications/${applicationId}/supplement`, { data: { ...sample.data, mother } }, await citizen());
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const line = await task();
    expect(line.step).toMatchObject({ id: 'accept', dueAt: endOfDayCst('2026-03-10') });
    expect(line.dueAt).toBe(endOfDayCst('2026-03-12')); // 3 working days, the 2 waited not counted
  });

  it('tells the lead once the step’s new deadline passes, not before', async () => {
    await moveClockTo(api, '2026-03-10T20:00:00');
    expect(await events('STEP_OVERDUE')).toHaveLength(0);
    await moveClockTo(api, '2026-03-11T09:00:00');
    expect(await events('STEP_OVERDUE')).toHaveLength(1);
    const told = (await api.get<{ type: string; applicationId: string | null }[]>('/api/notifications?pageSize=100', await as('leadA'))).body.filter((n) => n.applicationId === applicationId && n.type === 'lead_overdue');
    expect(told).toHaveLength(1);
  });
});
