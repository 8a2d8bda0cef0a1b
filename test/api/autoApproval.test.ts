// 秒批 end to end on the school-enrolment bundle: at submission each included matter's rule is evaluated
// over the form data and the shared data the data-sharing connector returns (the example provider that
// dev mode runs in-process, with records of the samples' applicants); matters whose rule holds are approved at once by the rule (recorded with the rule's
// version, never reaching an officer), the others go to their departments as usual — including the
// enrolment decision, which waits for its dependencies and is then approved by its rule or by an officer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView, SubmitResponse, TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { exampleDepartment } from '../support/exampleDepartments.ts';

const sample = (name: string) => {
  const { answers, data } = JSON.parse(readFileSync(`examples/school-enrolment/samples/${name}.json`, 'utf8')) as { answers: object; data: object };
  return { answers, data };
};
const RULED = ['household-verification', 'residence-permit-verification', 'social-insurance-verification'];

let server: ServerProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** The sample's applicant, as the example data provider knows them. */
const APPLICANT: Record<string, string> = { 'valid-migrant-self-employed': 'zhao-min', 'valid-migrant-manual-review': 'sun-jianguo' };

/** The school enrolment example's department of that short id (济南市历下区's, not 河南's). */
const school = (shortId: string) => exampleDepartment(shortId, 'school-enrolment');

async function submit(name: string, key: string): Promise<{ created: SubmitResponse; token: string }> {
  const token = await api.login('citizen', APPLICANT[name] ?? 'nobody');
  const response = await api.post<SubmitResponse>('/api/applications', { bundleId: 'school-enrolment', ...sample(name) }, token, { 'idempotency-key': key });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { created: response.body, token };
}

async function decidedBy(department: string, applicationId: string, matterId: string): Promise<{ status: string; decidedBy: string | null }> {
  const token = await api.login('officer', `officer-${department}`, school(department));
  const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, token)).body;
  const taskId = view.matters.find((m) => m.matterId === matterId)?.taskId ?? '';
  const task = await api.get<{ status: string; decidedBy: string | null }>(`/api/tasks/${taskId}`, token);
  expect(task.status).toBe(200);
  return task.body;
}

async function approveVaccination(applicationId: string, token: string) {
  const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, token)).body;
  const vaccination = view.matters.find((m) => m.matterId === 'vaccination-check');
  expect(vaccination?.status).toBe('pending');
  const decision = await api.post<TaskSummary>(`/api/tasks/${vaccination?.taskId ?? ''}/decision`, { decision: 'approve' }, await api.login('officer', 'health-1', school('health')));
  expect(decision.status).toBe(200);
}

describe('秒批 at submission', () => {
  it('approves the matters whose rules hold at once, by rule and version, and the whole application with them', async () => {
    // A self-employed migrant parent, junior school: no vaccination check; every included matter's rule
    // holds over the shared records, so the application is completed at submission (即办).
    const { created, token } = await submit('valid-migrant-self-employed', 'auto-1');
    const statuses = Object.fromEntries(created.matters.map((m) => [m.matterId, m.status]));
    for (const matterId of [...RULED, 'business-licence-verification', 'enrolment-application']) expect(statuses[matterId], matterId).toBe('approved');
    expect(statuses['vaccination-check']).toBeUndefined();
    expect(created.status).toBe('completed');
    expect(await decidedBy('police', created.id, 'household-verification')).toEqual(expect.objectContaining({ status: 'approved', decidedBy: 'rule 1.0.0' }));
    expect(await decidedBy('education', created.id, 'enrolment-application')).toEqual(expect.objectContaining({ status: 'approved', decidedBy: 'rule 1.0.0' }));
    const view = (await api.get<ApplicationView>(`/api/applications/${created.id}`, token)).body;
    const ruled = view.timeline.filter((e) => e.what === 'MATTER_APPROVED').map((e) => [e.matterId, e.who]);
    expect(ruled).toEqual(expect.arrayContaining([...RULED, 'enrolment-application'].map((m) => [m, 'rule 1.0.0'])));
    expect(view.results.map((r) => r.matterId)).toContain('enrolment-application');
    // No officer's inbox ever shows these matters as pending.
    const inbox = await api.get<TaskSummary[]>('/api/tasks?status=pending', await api.login('officer', 'police-1', school('police')));
    expect(inbox.body.filter((t) => t.applicationId === created.id)).toEqual([]);
  });

  it('does not approve by rule without the shared records the rule needs: the matters go to their departments', async () => {
    // Someone the provider has no records of, with the same form data: the rules over shared data fail.
    const token = await api.login('citizen', 'unknown-parent');
    const response = await api.post<SubmitResponse>('/api/applications', { bundleId: 'school-enrolment', ...sample('valid-migrant-self-employed') }, token, { 'idempotency-key': 'auto-3' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const statuses = Object.fromEntries(response.body.matters.map((m) => [m.matterId, m.status]));
    expect(statuses['household-verification']).toBe('pending');
    expect(statuses['enrolment-application']).toBe('waiting');
    expect(response.body.status).toBe('in_progress');
  });

  it('sends a matter whose rule does not hold to its department as usual', async () => {
    const { created, token } = await submit('valid-migrant-manual-review', 'auto-2');
    for (const matterId of RULED) expect(created.matters.find((m) => m.matterId === matterId)?.status, matterId).toBe('approved');
    await approveVaccination(created.id, token);
    const view = (await api.get<ApplicationView>(`/api/applications/${created.id}`, token)).body;
    expect(view.status).toBe('in_progress');
    const enrolment = view.matters.find((m) => m.matterId === 'enrolment-application');
    expect(enrolment?.status).toBe('pending');
    const education = await api.login('officer', 'education-1', school('education'));
    const inbox = await api.get<TaskSummary[]>('/api/tasks?status=pending', education);
    expect(inbox.body.map((t) => t.id)).toContain(enrolment?.taskId);
    const approved = await api.post<TaskSummary>(`/api/tasks/${enrolment?.taskId ?? ''}/decision`, { decision: 'approve' }, education);
    expect(approved.status).toBe(200);
    expect(await decidedBy('education', created.id, 'enrolment-application')).toEqual(expect.objectContaining({ status: 'approved', decidedBy: 'education-1' }));
  });
});
