// End to end over HTTP on a real server process and a real SQLite file: a newborn application from
// submission through parallel department tasks to unified issuance.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveSteps, decideStep } from '../support/reviewWalk.ts';
import { RESULT_VALUES } from '../support/stepResultValues.ts';
import { client, startServerProcess, type Response, type ServerProcess } from '../support/serverProcess.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface Sample {
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
}
interface MatterView {
  matterId: string;
  taskId: string;
  department: string;
  status: string;
  dueAt: string | null;
}
interface ApplicationView {
  id: string;
  status: string;
  bundleVersion: number;
  matters: MatterView[];
  results: { matterId: string; certificate: { type: string; number: string; issuedAt: string } }[];
  timeline: { at: string; who: string; what: string; matterId?: string; details?: unknown }[];
}

const sample = (name: string) => JSON.parse(readFileSync(`examples/newborn/samples/${name}.json`, 'utf8')) as Sample;
const single = sample('valid-single-birth');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
const officers: Record<string, string> = {};

async function submit(key: string, body: unknown, token = citizen) {
  return api.post<ApplicationView & { code?: string; errors?: { path: string; message: string }[] }>('/api/applications', body, token, { 'idempotency-key': key });
}

type Decided = Response<{ status: string; applicationStatus: string; code?: string }>;

/** A decision as the department takes it: an approval walks the matter's review steps (answering the last one), anything else is taken at the current step. */
async function decide(department: string, taskId: string, decision: 'approve' | 'reject' | 'return', extra: { comment?: string; missing?: string[] } = {}): Promise<Decided> {
  if (decision === 'approve') return approveSteps<Decided['body']>(api, taskId, department, extra.comment ? { comment: extra.comment } : {});
  return decideStep<Decided['body']>(api, taskId, department, { decision, ...extra });
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-zhang');
  for (const department of ['health', 'police', 'medical-insurance', 'human-resources-social-security']) {
    officers[department] = officers[officerDepartment(department)] = await api.login('officer', `officer-${department}`, department); // by its short and its regional id
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('newborn bundle over HTTP', () => {
  let application: ApplicationView;

  it('lists the published example bundles', async () => {
    const bundles = await api.get<{ id: string; version: number; name: string }[]>('/api/bundles');
    expect(bundles.status).toBe(200);
    expect(bundles.body.map((b) => b.id)).toEqual(expect.arrayContaining(['henan-newborn', 'business-startup', 'school-enrolment']));
    expect(bundles.body.find((b) => b.id === 'henan-newborn')?.name).toBe('新生儿出生一件事');
  });

  it('previews the form, notice and metrics for answers', async () => {
    const preview = await api.post<{ form: { schema: { properties: object } }; metrics: { workingDays: { before: number; after: number } } }>(
      '/api/bundles/henan-newborn/preview',
      { answers: single.answers },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.metrics.workingDays).toEqual({ before: 32, after: 6 });
    expect(Object.keys(preview.body.form.schema.properties)).toContain('mother');
  });

  it('submits once: all included matters become tasks, those without dependencies pending in parallel', async () => {
    const response = await submit('newborn-1', { bundleId: 'henan-newborn', ...single });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('in_progress');
    expect(response.body.bundleVersion).toBe(1);
    const statuses = Object.fromEntries(response.body.matters.map((m) => [m.matterId, m.status]));
    expect(statuses).toMatchObject({
      'birth-medical-certificate': 'pending',
      'vaccination-certificate': 'waiting',
      'birth-household-registration': 'waiting',
      'medical-insurance-enrolment': 'waiting',
      'social-security-card': 'waiting',
    });
    const certificate = response.body.matters.find((m) => m.matterId === 'birth-medical-certificate');
    // 1 working day from Monday 2026-03-02: the end of Tuesday 2026-03-03 (China Standard Time).
    expect(certificate?.dueAt).toBe('2026-03-03T15:59:59.999Z');
    const full = await api.get<ApplicationView>(`/api/applications/${response.body.id}`, citizen);
    application = full.body;
    expect(application.timeline[0]?.what).toBe('SUBMITTED');
  });

  it('a retry with the same key and body returns the same application; another body is refused', async () => {
    const again = await submit('newborn-1', { bundleId: 'henan-newborn', ...single });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(application.id);
    const other = await submit('newborn-1', { bundleId: 'henan-newborn', ...single, answers: { ...single.answers, registerBirth: false } });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_CONFLICT');
    const mine = await api.get<{ id: string }[]>('/api/applications', citizen);
    expect(mine.body.filter((a) => a.id === application.id)).toHaveLength(1);
  });

  it('gives an officer only the fields of their own matter', async () => {
    const inbox = await api.get<{ id: string; matterId: string; status: string }[]>('/api/tasks?status=pending', officers['health']);
    expect(inbox.status).toBe(200);
    const task = inbox.body.find((t) => t.matterId === 'birth-medical-certificate');
    expect(task).toBeDefined();
    const detail = await api.get<{ data: Record<string, unknown>; materials: { materialId: string }[] }>(`/api/tasks/${task?.id}`, officers['health']);
    expect(detail.status).toBe(200);
    expect(Object.keys(detail.body.data)).not.toContain('socialInsurance');
    expect(detail.body.materials.map((m) => m.materialId)).toContain('parents-id-cards');
    const otherDepartment = await api.get(`/api/tasks/${task?.id}`, officers['police']);
    expect(otherDepartment.status).toBe(403);
  });

  it('approving the certificate starts the matters waiting for it, in parallel', async () => {
    const certificate = application.matters.find((m) => m.matterId === 'birth-medical-certificate') as MatterView;
    const approved = await decide('health', certificate.taskId, 'approve', { comment: '材料齐全' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const again = await decide('health', certificate.taskId, 'approve');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TASK_ALREADY_DECIDED');
    expect((again.body as { message?: string }).message).toContain('approved');
    const view = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
    const statuses = Object.fromEntries(view.matters.map((m) => [m.matterId, m.status]));
    expect(statuses['vaccination-certificate']).toBe('pending');
    expect(statuses['birth-household-registration']).toBe('pending');
    application = view;
  });

  it('two officers of different departments decide at the same instant: both succeed', async () => {
    const task = (id: string) => application.matters.find((m) => m.matterId === id) as MatterView;
    const [vaccination, household] = await Promise.all([
      decide('health', task('vaccination-certificate').taskId, 'approve'),
      decide('police', task('birth-household-registration').taskId, 'approve'),
    ]);
    expect([vaccination.status, household.status]).toEqual([200, 200]);
  });

  it('lists the demo officers to sign in as: each department and position the review steps name, with the steps it takes', async () => {
    const demo = await api.get<{ subject: string; name: string; department: string; position: string; departmentName: string; regionName?: string; steps: string[] }[]>('/api/auth/demo-officers');
    expect(demo.status).toBe(200);
    const police = demo.body.filter((o) => o.department === officerDepartment('police'));
    expect(police.map((o) => [o.position, o.steps])).toEqual([
      ['窗口人员', ['出生户口登记 · 受理']],
      ['经办人', ['出生户口登记 · 审查']],
      ['科室负责人', ['出生户口登记 · 决定', '出生户口登记 · 受理（负责）', '出生户口登记 · 审查（负责）']],
    ]);
    expect(police[0]).toMatchObject({ name: '公安局窗口人员', departmentName: '公安局', regionName: '河南省' });
    // Matters decided in one step add nobody: no 社保卡 officer.
    expect(demo.body.some((o) => o.department === officerDepartment('human-resources-social-security'))).toBe(false);
    const english = await api.get<{ departmentName: string; steps: string[] }[]>('/api/auth/demo-officers', undefined, { 'accept-language': 'en' });
    expect(english.body.find((o) => o.departmentName === 'Public Security Bureau')?.steps).toContain('Household registration of a birth · Acceptance');
    // Signing in as one gives the position: it may claim the step it names.
    const clerk = police[0] as (typeof police)[number];
    const signedIn = await api.post<{ positions?: string[]; name?: string }>('/api/auth/dev-login', { role: 'officer', subject: clerk.subject, name: clerk.name, department: clerk.department, positions: [clerk.position] });
    expect(signedIn.body).toMatchObject({ positions: ['窗口人员'], name: '公安局窗口人员' });
  });

  it('the social-security officer sees the 公民身份号码 the police recorded, by its name and with where it came from', async () => {
    const view = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
    const card = view.matters.find((m) => m.matterId === 'social-security-card') as MatterView;
    expect(card.status).toBe('pending');
    const task = await api.get<{ review: { steps: unknown[]; received: { key: string; label: string; value: unknown; from: { departmentName: string; matterName: string; stepName: string } }[] } | null }>(
      `/api/tasks/${card.taskId}`,
      officers['human-resources-social-security'],
    );
    expect(task.status).toBe(200);
    // 社保卡 is decided in one step: no steps of its own, only what it received.
    expect(task.body.review?.steps).toEqual([]);
    expect(task.body.review?.received).toEqual([
      expect.objectContaining({ key: 'child.idNumber', label: '新生儿公民身份号码', value: RESULT_VALUES['child.idNumber'], from: { matterId: 'birth-household-registration', departmentName: '公安局', matterName: '出生户口登记', stepName: '决定' } }),
    ]);
  });

  it('completes with unified issuance once every matter is approved', async () => {
    let view = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
    for (const matter of view.matters.filter((m) => m.status === 'pending')) {
      const result = await decide(matter.department, matter.taskId, 'approve');
      expect(result.status, matter.matterId).toBe(200);
    }
    view = (await api.get<ApplicationView>(`/api/applications/${application.id}`, citizen)).body;
    expect(view.status).toBe('completed');
    expect(view.matters.every((m) => m.status === 'approved')).toBe(true);
    expect(view.results.map((r) => r.matterId).sort()).toEqual(view.matters.map((m) => m.matterId).sort());
    expect(view.results.every((r) => r.certificate.number.length > 0 && r.certificate.issuedAt)).toBe(true);
    expect(view.timeline.map((e) => e.what)).toContain('APPLICATION_COMPLETED');
    expect(view.timeline.some((e) => e.what === 'MATTER_APPROVED' && e.who.startsWith('rule'))).toBe(true);
  });
});

describe('bad input and access over HTTP', () => {
  it('refuses a submission without Idempotency-Key', async () => {
    const response = await api.post('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen);
    expect(response.status).toBe(400);
    expect(response.body['code']).toBe('IDEMPOTENCY_KEY_REQUIRED');
  });

  it('explains invalid data field by field, in Chinese by default and English on request', async () => {
    const bad = sample('invalid-id-checksum');
    const zh = await submit('bad-1', { bundleId: 'henan-newborn', ...bad });
    expect(zh.status).toBe(422);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    expect(zh.body.errors).toContainEqual({ path: '/data/mother/idNumber', message: '公民身份号码校验码不正确（GB 11643），请核对' });
    const en = await api.post<{ errors: { path: string; message: string }[] }>('/api/applications', { bundleId: 'henan-newborn', ...bad }, citizen, {
      'idempotency-key': 'bad-2',
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(en.body.errors.find((e) => e.path === '/data/mother/idNumber')?.message).toContain('check digit');
    const nothingStored = await api.get<{ id: string }[]>('/api/applications', citizen);
    expect(nothingStored.body).toHaveLength(1);
  });

  it('answers malformed JSON with 400 BAD_JSON, a body over 1 MB with 413, an unknown bundle with 404', async () => {
    const malformed = await api.call('POST', '/api/applications', { token: citizen, raw: '{"bundleId": ', headers: { 'idempotency-key': 'x' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body['code']).toBe('BAD_JSON');
    const huge = await api.call('POST', '/api/applications', { token: citizen, raw: JSON.stringify({ pad: 'x'.repeat(1_100_000) }), headers: { 'idempotency-key': 'y' } });
    expect(huge.status).toBe(413);
    expect(huge.body['code']).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await submit('z', { bundleId: 'no-such-bundle', answers: {}, data: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('BUNDLE_NOT_FOUND');
    expect(JSON.stringify([malformed.body, huge.body, unknown.body])).not.toMatch(/\bat\s+\S+\.(ts|js):\d+/);
  });

  it('keeps applications private: another citizen gets 404, no token 401, wrong role 403', async () => {
    const mine = (await api.get<{ id: string }[]>('/api/applications', citizen)).body[0];
    const other = await api.login('citizen', 'citizen-li');
    expect((await api.get(`/api/applications/${mine?.id}`, other)).status).toBe(404);
    expect((await api.get('/api/applications')).status).toBe(401);
    expect((await api.get('/api/tasks', citizen)).status).toBe(403);
    expect((await api.post('/api/bundles', { bundle: {}, matters: [] }, citizen)).status).toBe(403);
    expect((await api.get('/api/applications', 'not-a-token')).status).toBe(401);
  });

  it('answers a wrong method with JSON 405 and a non-JSON body with 415', async () => {
    const wrongMethod = await api.call('DELETE', '/api/bundles');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body['code']).toBe('METHOD_NOT_ALLOWED');
    const form = await fetch(`${server.url}/api/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${citizen}`, 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'form' },
      body: 'bundleId=henan-newborn',
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('pages a citizen’s applications', async () => {
    const page = await api.get<unknown[]>('/api/applications?page=1&pageSize=1', citizen);
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(1);
    expect(Number(page.headers.get('x-total-count'))).toBeGreaterThanOrEqual(1);
    expect((await api.get('/api/applications?pageSize=1000', citizen)).status).toBe(400);
  });

  it('a return names real materials; other departments see that it happened, not why', async () => {
    const created = await submit('return-1', { bundleId: 'henan-newborn', ...single });
    const certificate = created.body.matters.find((m) => m.matterId === 'birth-medical-certificate');
    const detail = (await api.get<ApplicationView>(`/api/applications/${created.body.id}`, citizen)).body;
    const taskId = detail.matters.find((m) => m.matterId === certificate?.matterId)?.taskId ?? '';
    const unknown = await decide('health', taskId, 'return', { missing: ['no-such-material'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('UNKNOWN_MATERIAL');
    const returned = await decide('health', taskId, 'return', { missing: ['parents-id-cards'], comment: '身份证件照片不清晰' });
    expect(returned.status).toBe(200);
    expect(returned.body.applicationStatus).toBe('awaiting_supplement');
    const mine = (await api.get<ApplicationView>(`/api/applications/${created.body.id}`, citizen)).body;
    expect(mine.timeline.find((e) => e.what === 'RETURN')?.details).toMatchObject({ comment: '身份证件照片不清晰' });
    const asHealth = (await api.get<{ timeline: { what: string; details?: unknown }[] }>(`/api/applications/${created.body.id}`, officers['health'])).body;
    expect(asHealth.timeline.find((e) => e.what === 'RETURN')?.details).toMatchObject({ comment: '身份证件照片不清晰' });
    // The police have a (waiting) task in this application: they see that health returned it, not why.
    const asPolice = await api.get<{ timeline: { what: string; details?: unknown }[] }>(`/api/applications/${created.body.id}`, officers['police']);
    expect(asPolice.status).toBe(200);
    const entry = asPolice.body.timeline.find((e) => e.what === 'RETURN');
    expect(entry).toBeDefined();
    expect(entry?.details).toBeUndefined();
  });

  it('when a required matter is rejected, the application ends and the open tasks are cancelled', async () => {
    const created = await submit('rejected-1', { bundleId: 'henan-newborn', ...single });
    const view = async () => (await api.get<ApplicationView>(`/api/applications/${created.body.id}`, citizen)).body;
    const taskOf = async (matterId: string) => (await view()).matters.find((m) => m.matterId === matterId) as MatterView;
    expect((await decide('health', (await taskOf('birth-medical-certificate')).taskId, 'approve')).status).toBe(200);
    const vaccination = await taskOf('vaccination-certificate');
    expect(vaccination.status).toBe('pending');
    const rejected = await decide('police', (await taskOf('birth-household-registration')).taskId, 'reject', { comment: '户籍信息不符' });
    expect(rejected.body.applicationStatus).toBe('rejected');
    const after = await view();
    expect(after.status).toBe('rejected');
    const statuses = Object.fromEntries(after.matters.map((m) => [m.matterId, m.status]));
    expect(statuses).toMatchObject({
      'birth-medical-certificate': 'approved',
      'birth-household-registration': 'rejected',
      // Open when the application ended: cancelled, never to be decided.
      'vaccination-certificate': 'cancelled',
      // Waiting for the rejected registration: rejected with it (reason dependency-rejected, see engine/README.md).
      'medical-insurance-enrolment': 'rejected',
      'social-security-card': 'rejected',
    });
    expect(after.timeline.filter((e) => e.what === 'MATTER_CANCELLED').map((e) => e.matterId)).toContain('vaccination-certificate');
    const late = await decide('health', vaccination.taskId, 'approve');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TASK_NOT_ACTIONABLE');
    expect((late.body as { message?: string }).message).toContain('cancelled');
    const inbox = await api.get<{ id: string }[]>('/api/tasks?status=pending&pageSize=100', officers['health']);
    expect(inbox.body.map((t) => t.id)).not.toContain(vaccination.taskId);
  });

  it('serves health, Prometheus metrics and the OpenAPI document', async () => {
    expect((await api.get('/health')).body).toMatchObject({ status: expect.stringMatching(/^(ok|degraded)$/) as string });
    const metrics = await api.get<string>('/metrics');
    expect(metrics.body).toContain('onego_http_request_duration_seconds');
    expect((await api.get<{ openapi: string }>('/api/openapi.json')).body.openapi).toBe('3.1.0');
  });
});
