// A step's own deadline moves with the calendar (issue #16 with the calendar issue): submitted on Thursday
// 2026-12-31 with no 2027 holiday schedule loaded, the 出生医学证明's 受理 step (1 working day) is due at the
// end of Friday 2027-01-01, counted Monday–Friday, and its escalation (transferToLeadAfter: 1) at the end of
// Monday 01-04. An admin then loads the 2027 schedule (a TEST FIXTURE: 01-01…01-03 元旦): the step is due at
// the end of Monday 01-04 and escalates at the end of Tuesday 01-05 — its timers moved, nothing fired at the
// old dates, each fires once at the new one, and the timeline records the move. On SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import type { Calendar } from '@onego/schemas/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { CERTIFICATE, endOfDayCst, hospitalStaff, publishEscalationBundle } from '../support/escalationBundle.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';

const FIXTURE_2027 = JSON.parse(readFileSync('test/fixtures/calendars/cn-national-2027.fixture.json', 'utf8')) as Calendar;
const BUNDLE = 'henan-newborn-step-rebase';

interface TaskLine {
  step: { id: string; dueAt?: string } | null;
  dueAt: string | null;
  holder: { name: string } | null;
}
interface AppView {
  matters: { matterId: string; taskId: string }[];
  timeline: { what: string; matterId?: string }[];
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let as: ReturnType<typeof hospitalStaff>;
let applicationId: string;
let taskId: string;

const events = async (type: string) =>
  (await api.get<AppView>(`/api/applications/${applicationId}`, await as('leadA'))).body.timeline.filter((e) => e.what === type && e.matterId === CERTIFICATE);
const task = async () => (await api.get<TaskLine>(`/api/tasks/${taskId}`, await as('leadA'))).body;
const leadTold = async () =>
  (await api.get<{ type: string; applicationId: string | null }[]>('/api/notifications?pageSize=100', await as('leadA'))).body.filter((n) => n.applicationId === applicationId && n.type === 'lead_overdue');

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-12-31T09:00:00+08:00', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  as = hospitalStaff(api);
  await publishEscalationBundle(api, BUNDLE, '新生儿出生一件事（环节时限随日历）');
  const citizen = await api.login('citizen', 'citizen-step-rebase');
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'step-rebase' });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  applicationId = submitted.body.id;
  const view = (await api.get<AppView>(`/api/applications/${applicationId}`, await as('leadA'))).body;
  taskId = view.matters.find((m) => m.matterId === CERTIFICATE)?.taskId as string;
  expect((await api.post(`/api/tasks/${taskId}/claim`, {}, await as('clerk'))).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('a step deadline counted before its year’s schedule was loaded', () => {
  it('is first counted Monday–Friday: the 受理 step is due on New Year’s Day', async () => {
    expect((await task()).step).toMatchObject({ id: 'accept', dueAt: endOfDayCst('2027-01-01') });
  });

  it('moves with the matter’s deadline when the 2027 schedule is loaded, and the timeline says so', async () => {
    const admin = await api.login('admin', 'admin-step-rebase');
    const loaded = await api.put<{ changed: boolean }>('/api/calendars/national/2027', FIXTURE_2027, admin);
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
    const line = await task();
    expect(line.step).toMatchObject({ id: 'accept', dueAt: endOfDayCst('2027-01-04') });
    expect(line.dueAt).toBe(endOfDayCst('2027-01-06')); // the matter's own: 3 working days after 12-31
    expect(await events('DEADLINE_REBASED')).toHaveLength(1);
  });

  it('fires nothing at the old dates', async () => {
    await moveClockTo(api, '2027-01-04T12:00:00');
    expect(await events('STEP_OVERDUE')).toHaveLength(0);
    expect(await leadTold()).toHaveLength(0);
    expect((await task()).holder?.name).toBe('钱窗口');
  });

  it('tells the lead once the moved step deadline passes, and transfers a working day later, once each', async () => {
    await moveClockTo(api, '2027-01-05T09:00:00');
    expect(await events('STEP_OVERDUE')).toHaveLength(1);
    expect(await leadTold()).toHaveLength(1);
    expect(await events('TASK_ESCALATED')).toHaveLength(0);
    expect((await task()).holder?.name).toBe('钱窗口');
    await moveClockTo(api, '2027-01-06T09:00:00');
    expect(await events('TASK_ESCALATED')).toHaveLength(1);
    expect(await events('STEP_OVERDUE')).toHaveLength(1);
    expect((await task()).holder?.name).toBe('孙科长');
  });
});
