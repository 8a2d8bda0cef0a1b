// Departments are of a region: the newborn example's 公安局 (河南, gonganju-410000) and the school
// enrolment's 济南市公安局历下区分局 (370102) both were `police` once and shared one inbox. Now each officer
// sees only their own department's tasks; the other's task detail, decisions, notifications and stream
// are refused or invisible; a token naming no department record is refused.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView, Sample, SubmitResponse, TaskSummary } from '../support/applicationViews.ts';
import { exampleDepartment } from '../support/exampleDepartments.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let api: ReturnType<typeof client>;

const HENAN_POLICE = exampleDepartment('police', 'newborn');
const JINAN_POLICE = exampleDepartment('police', 'school-enrolment');
const sample = (example: string, name: string) => JSON.parse(readFileSync(`examples/${example}/samples/${name}.json`, 'utf8')) as Sample;

let henan: string; // an officer of 河南 公安局
let jinan: string; // an officer of 济南市公安局历下区分局
let newborn: ApplicationView;
let school: ApplicationView;

interface Notification {
  applicationId: string | null;
  department: string | null;
  type: string;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00', ONEGO_NOTIFY_INTERVAL_MS: '3600000' });
  api = client(server.url);
  henan = await api.login('officer', 'officer-henan-police', HENAN_POLICE);
  jinan = await api.login('officer', 'officer-jinan-police', JINAN_POLICE);

  // A newborn application (河南): its household registration is the Henan police's once the certificate is approved.
  const parent = await api.login('citizen', 'citizen-regions-newborn');
  const born = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...sample('newborn', 'valid-single-birth') }, parent, { 'idempotency-key': 'regions-1' });
  expect(born.status, JSON.stringify(born.body)).toBe(201);
  const submitted = (await api.get<ApplicationView>(`/api/applications/${born.body.id}`, parent)).body;
  const certificate = submitted.matters.find((m) => m.matterId === 'birth-medical-certificate');
  await walkReview(api, certificate?.taskId ?? '', exampleDepartment('health', 'newborn'));
  newborn = (await api.get<ApplicationView>(`/api/applications/${born.body.id}`, parent)).body;

  // A school enrolment (济南市历下区) of someone the data provider has no records of: its household check goes to the Jinan police.
  const pupilParent = await api.login('citizen', 'unknown-parent');
  const enrolled = await api.post<SubmitResponse>('/api/applications', { bundleId: 'school-enrolment', ...sample('school-enrolment', 'valid-migrant-self-employed') }, pupilParent, { 'idempotency-key': 'regions-2' });
  expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
  school = (await api.get<ApplicationView>(`/api/applications/${enrolled.body.id}`, pupilParent)).body;
  await api.post('/api/test/clock', { advanceMs: 0 }); // runs the notification dispatcher
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

const household = () => newborn.matters.find((m) => m.matterId === 'birth-household-registration');
const verification = () => school.matters.find((m) => m.matterId === 'household-verification');

describe('two regions’ police', () => {
  it('are two departments of their regions, listed by name', async () => {
    expect(HENAN_POLICE).not.toBe(JINAN_POLICE);
    const departments = (await api.get<{ id: string; name: { zh: string }; region: string }[]>('/api/departments')).body;
    expect(departments.find((d) => d.id === HENAN_POLICE)).toMatchObject({ name: { zh: '公安局' }, region: '410000' });
    expect(departments.find((d) => d.id === JINAN_POLICE)).toMatchObject({ name: { zh: '济南市公安局历下区分局' }, region: '370102' });
    // The matters' tasks name them.
    expect(household()).toMatchObject({ department: HENAN_POLICE, status: 'pending' });
    expect(verification()).toMatchObject({ department: JINAN_POLICE, status: 'pending' });
  });

  it('each sees only their own tasks in the inbox', async () => {
    const henanInbox = (await api.get<TaskSummary[]>('/api/tasks?pageSize=100', henan)).body;
    const jinanInbox = (await api.get<TaskSummary[]>('/api/tasks?pageSize=100', jinan)).body;
    expect(henanInbox.map((t) => t.id)).toContain(household()?.taskId);
    expect(jinanInbox.map((t) => t.id)).toContain(verification()?.taskId);
    expect(henanInbox.every((t) => t.applicationId === newborn.id && t.department === HENAN_POLICE)).toBe(true);
    expect(jinanInbox.every((t) => t.applicationId === school.id && t.department === JINAN_POLICE)).toBe(true);
    // The inbox counts (X-Total-Count) are each department's own.
    expect((await api.get('/api/tasks?status=pending', henan)).headers.get('x-total-count')).toBe(String(henanInbox.filter((t) => t.status === 'pending').length));
  });

  it('the other’s task detail and decisions are refused, and the task stays as it was', async () => {
    expect((await api.get(`/api/tasks/${verification()?.taskId}`, henan)).status).toBe(403);
    expect((await api.get(`/api/tasks/${household()?.taskId}`, jinan)).status).toBe(403);
    const decided = await api.post(`/api/tasks/${household()?.taskId}/decision`, { decision: 'approve' }, jinan);
    expect([decided.status, decided.body['code']]).toEqual([403, 'FORBIDDEN']);
    expect((await api.get<{ status: string }>(`/api/tasks/${household()?.taskId}`, henan)).body.status).toBe('pending');
  });

  it('each is notified of their own tasks only, in the list and on the stream', async () => {
    const henanNotes = (await api.get<Notification[]>('/api/notifications?pageSize=100', henan)).body;
    const jinanNotes = (await api.get<Notification[]>('/api/notifications?pageSize=100', jinan)).body;
    expect(henanNotes.length).toBeGreaterThan(0);
    expect(jinanNotes.length).toBeGreaterThan(0);
    expect(henanNotes.every((n) => n.applicationId === newborn.id && n.department === HENAN_POLICE)).toBe(true);
    expect(jinanNotes.every((n) => n.applicationId === school.id && n.department === JINAN_POLICE)).toBe(true);

    // The stream replays what was missed (from event 0): the Jinan officer's, never the Henan police's.
    const response = await fetch(`${server.url}/api/notifications/stream`, { headers: { authorization: `Bearer ${jinan}`, 'last-event-id': '0' } });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/\nevent:/g) ?? []).length + (text.startsWith('event:') ? 1 : 0) < jinanNotes.length) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
    const data = text.split('\n').filter((line) => line.startsWith('data:')).map((line) => JSON.parse(line.slice(5)) as Notification);
    expect(data.length).toBe(jinanNotes.length);
    expect(data.every((n) => n.applicationId === school.id)).toBe(true);
  });

  it('an application of one region does not exist for the other region’s officer', async () => {
    expect((await api.get(`/api/applications/${school.id}`, henan)).body['code']).toBe('APPLICATION_NOT_FOUND');
    expect((await api.get(`/api/applications/${newborn.id}`, jinan)).body['code']).toBe('APPLICATION_NOT_FOUND');
    expect((await api.get(`/api/applications/${newborn.id}`, henan)).status).toBe(200);
  });
});

describe('an officer whose department is unknown', () => {
  it('cannot sign in by dev login, in zh and en', async () => {
    const zh = await api.post('/api/auth/dev-login', { role: 'officer', subject: 'officer-x', department: 'police' });
    expect(zh.status).toBe(401);
    expect(zh.body).toEqual({ code: 'DEPARTMENT_UNKNOWN', message: '登录身份中的部门“police”不是本系统登记的部门，请重新选择所在部门登录，或请管理员添加该部门' });
    const en = await api.post('/api/auth/dev-login', { role: 'officer', subject: 'officer-x', department: 'police' }, undefined, { 'accept-language': 'en' });
    expect(en.body['message']).toBe('the department "police" of this sign-in is not one of the registered departments; sign in again choosing your department, or ask an administrator to add it');
  });
});
