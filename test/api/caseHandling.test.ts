// Case handling inside a department (issue #16, the runtime part), end to end over HTTP on SQLite and on
// PostgreSQL: a copy of the newborn bundle whose matters walk review steps (the engine's fixture
// engine/test/fixtures/newborn-steps/review.json), published through the designer API. 户口登记 (police)
// walks 受理 → 审查 → 决定 across three positions: claim, concurrent claims (one wins), transfer,
// delegate and hand back, assign by the lead, send back from 决定 to 审查, result fields validated in
// plain words; 社保卡 is countersigned (会签, by roles) with one 加签; 预防接种证 is or-signed (或签). The
// police's 公民身份号码 flows into the dependent matters and into the issued results; every refusal code.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { client, startServerProcess, type Response, type ServerProcess } from '../support/serverProcess.ts';

interface Definition {
  bundle: { id: string; name: { zh: string; en?: string }; resultMappings?: unknown };
  matters: { id: string; review?: unknown }[];
}
interface Review {
  matters: Record<string, { steps: unknown[] }>;
  resultMappings: unknown[];
}
interface Person {
  subject: string;
  name: string;
}
interface TaskLine {
  id: string;
  applicationId: string;
  matterId: string;
  status: string;
  step: { id: string; name: string } | null;
  holder: Person | null;
  delegatedBy: Person | null;
  signedBy: Person[];
}
interface TaskPage extends TaskLine {
  review: {
    steps: { id: string; name: string; state: string; doneBy?: Person[] }[];
    current: { signers: string[]; addedSigners: Person[]; signatures: Person[]; resultKeys: string[] } | null;
    results: { key: string; value: unknown }[];
    received: { key: string; value: unknown; from: { matterName: string; departmentName: string; stepName: string } }[];
  } | null;
}
interface Refusal {
  code: string;
  message: string;
  errors?: { path: string; message: string }[];
}
interface AppView {
  status: string;
  matters: { matterId: string; taskId: string; status: string }[];
  results: { matterId: string; fields?: Record<string, unknown> }[];
  timeline: { what: string; text?: string; matterId?: string }[];
}

const BUNDLE = 'henan-newborn-steps';
const ID_NUMBER = '410105202603020019';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let applicationId: string;
const tokens: Record<string, string> = {};
const subjects: Record<string, string> = {};

/** Signs an officer in with a display name and positions (the dev login, as the identity provider would). */
async function officer(key: string, department: string, name: string, positions: string[]): Promise<void> {
  const subject = `officer-${key}`;
  const response = await api.post<{ token: string }>('/api/auth/dev-login', { role: 'officer', subject, department: officerDepartment(department), name, positions });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  tokens[key] = response.body.token;
  subjects[key] = subject;
  // recorded in the department's staff by their first request
  expect((await api.get('/api/tasks', response.body.token)).status).toBe(200);
}

const as = (key: string) => tokens[key] as string;
const taskOf = async (matterId: string) => {
  const view = await api.get<AppView>(`/api/applications/${applicationId}`, citizen);
  return view.body.matters.find((m) => m.matterId === matterId)?.taskId as string;
};
const page = async (taskId: string, who: string, lang = 'zh') => (await api.get<TaskPage>(`/api/tasks/${taskId}`, as(who), { 'accept-language': lang })).body;
const act = (taskId: string, action: string, who: string, body: unknown = {}) => api.post<Refusal & { holder: Person | null; delegatedBy: Person | null }>(`/api/tasks/${taskId}/${action}`, body, as(who));
const decide = (taskId: string, who: string, body: Record<string, unknown>, lang = 'zh') =>
  api.call<Refusal & { status: string }>('POST', `/api/tasks/${taskId}/decision`, { body, token: as(who), headers: { 'accept-language': lang } });
const expectRefused = (response: Response<Refusal>, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.code).toBe(code);
  expect(response.body.message).not.toMatch(/^[A-Z_]+$/);
};

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00', ONEGO_LOG_LEVEL: 'error' });
  api = client(server.url);
  const designer = await api.login('designer', 'designer-steps');
  const newborn = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
  const review = JSON.parse(readFileSync('engine/test/fixtures/newborn-steps/review.json', 'utf8')) as Review;
  // 医保参保 is approved by its rule (秒批) here: the card is countersigned instead (会签 by roles).
  review.matters['social-security-card'] = {
    steps: [{ id: 'approve', name: { zh: '审核', en: 'Approval' }, handler: { zh: '经办人', en: 'Case officer' }, mode: 'all', signers: [{ zh: '经办人', en: 'Case officer' }, { zh: '科室负责人', en: 'Section head' }] }],
  };
  const definition: Definition = {
    bundle: { ...newborn.bundle, id: BUNDLE, name: { zh: '新生儿出生一件事（环节办理）', en: 'Newborn with review steps' }, resultMappings: review.resultMappings },
    matters: newborn.matters.map((m) => (review.matters[m.id] ? { ...m, review: { steps: review.matters[m.id]?.steps } } : m)),
  };
  const saved = await api.post<{ issues: unknown[] }>('/api/bundles', definition, designer);
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  expect(saved.body.issues).toEqual([]);
  const published = await api.post('/api/bundles/henan-newborn-steps/publish', {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);

  await officer('clerk', 'police', '张窗口', ['窗口人员']);
  await officer('clerk2', 'police', '孙窗口', ['窗口人员']);
  await officer('li', 'police', '李经办', ['经办人']);
  await officer('wang', 'police', '王经办', ['经办人']);
  await officer('zhao', 'police', '赵科长', ['科室负责人']);
  await officer('hclerk', 'health', '钱窗口', ['窗口人员', '经办人']);
  await officer('doc1', 'health', '周医生', ['接种医生']);
  await officer('doc2', 'health', '吴医生', ['接种医生']);
  await officer('hrclerk', 'human-resources-social-security', '韩窗口', ['窗口人员']);
  await officer('hr', 'human-resources-social-security', '卫经办', ['经办人']);
  await officer('hr2', 'human-resources-social-security', '蒋经办', ['经办人']);
  await officer('hrhead', 'human-resources-social-security', '沈科长', ['科室负责人']);
  citizen = await api.login('citizen', 'citizen-steps');
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'steps-1' });
  if (submitted.status !== 201) await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(submitted.status, server.output().slice(-3000)).toBe(201);
  applicationId = submitted.body.id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('case handling with review steps', () => {
  it('lists the department staff by name to its own officers only', async () => {
    const police = officerDepartment('police');
    const staff = await api.get<{ subject: string; name: string; positions: string[] }[]>(`/api/departments/${police}/staff`, as('clerk'));
    expect(staff.status).toBe(200);
    expect(staff.body.map((s) => s.name)).toEqual(expect.arrayContaining(['张窗口', '李经办', '王经办', '赵科长']));
    expect(staff.body.find((s) => s.name === '赵科长')?.positions).toEqual(['科室负责人']);
    expect(staff.body.some((s) => s.name === '周医生')).toBe(false);
    expectRefused(await api.get<Refusal>(`/api/departments/${police}/staff`, as('doc1')), 403, 'FORBIDDEN');
  });

  it('出生医学证明: claimed by one of several at once, completed step by step with its result field', async () => {
    const task = await taskOf('birth-medical-certificate');
    const unclaimed = await api.get<TaskLine[]>('/api/tasks?filter=unclaimed', as('hclerk'));
    expect(unclaimed.body.find((t) => t.id === task)).toMatchObject({ step: { id: 'accept', name: '受理' }, holder: null });
    expectRefused(await act(task, 'claim', 'clerk'), 403, 'FORBIDDEN'); // another department
    expectRefused(await act(task, 'claim', 'doc1'), 403, 'POSITION_REQUIRED');
    expectRefused(await decide(task, 'hclerk', { decision: 'approve' }), 409, 'TASK_NOT_CLAIMED');
    expect((await act(task, 'claim', 'hclerk')).body.holder).toEqual({ subject: subjects['hclerk'], name: '钱窗口' });
    const mine = await api.get<TaskLine[]>('/api/tasks?filter=mine', as('hclerk'));
    expect(mine.body.map((t) => t.id)).toContain(task);
    expect((await decide(task, 'hclerk', { decision: 'approve', stepId: 'accept' })).status).toBe(200);
    expect((await page(task, 'hclerk')).step).toEqual({ id: 'issue', name: '签发' });
    expect((await page(task, 'hclerk')).holder).toBeNull(); // a new step is handled afresh
    await act(task, 'claim', 'hclerk');
    const missing = await decide(task, 'hclerk', { decision: 'approve' });
    expectRefused(missing, 422, 'VALIDATION_FAILED');
    expect(missing.body.errors?.[0]?.path).toMatch(/^\/results/);
    expect((await decide(task, 'hclerk', { decision: 'approve', results: { 'child.birthCertificateNumber': 'R410000123' } })).status).toBe(200);
    expect((await page(task, 'hclerk')).status).toBe('approved');
  });

  it('户口登记: concurrent claims (one wins), transfer, delegate and hand back, refusals', async () => {
    const task = await taskOf('birth-household-registration');
    const claims = await Promise.all([act(task, 'claim', 'clerk'), act(task, 'claim', 'clerk2'), act(task, 'claim', 'zhao')]);
    expect(claims.filter((c) => c.status === 200)).toHaveLength(1);
    const lost = claims.filter((c) => c.status !== 200);
    expect(lost).toHaveLength(2);
    for (const refusal of lost) expectRefused(refusal, 409, 'TASK_ALREADY_CLAIMED');
    const winner = (['clerk', 'clerk2', 'zhao'] as const)[claims.findIndex((c) => c.status === 200)] as string;
    // the 受理 step by whoever won; the received birth certificate number marked with where it came from
    const received = (await page(task, winner)).review?.received;
    expect(received).toHaveLength(1);
    expect(received?.[0]).toMatchObject({ key: 'child.birthCertificateNumber', value: 'R410000123', from: { stepName: '签发' } });
    expectRefused(await decide(task, 'li', { decision: 'approve' }), 403, 'NOT_TASK_HOLDER');
    expect((await decide(task, winner, { decision: 'approve', stepId: 'accept' })).status).toBe(200);
    expectRefused(await decide(task, winner, { decision: 'approve', stepId: 'accept' }), 409, 'STEP_ALREADY_DECIDED');

    // 审查
    await act(task, 'claim', 'li');
    expectRefused(await act(task, 'transfer', 'li', { to: subjects['doc1'] }), 422, 'COLLEAGUE_NOT_IN_DEPARTMENT');
    expectRefused(await act(task, 'transfer', 'wang', { to: subjects['wang'] }), 403, 'NOT_TASK_HOLDER');
    expect((await act(task, 'transfer', 'li', { to: subjects['wang'] })).body.holder?.name).toBe('王经办');
    expectRefused(await decide(task, 'li', { decision: 'approve' }), 403, 'NOT_TASK_HOLDER');
    const delegated = await act(task, 'delegate', 'wang', { to: subjects['li'] });
    expect(delegated.body).toMatchObject({ holder: { name: '李经办' }, delegatedBy: { name: '王经办' } });
    expectRefused(await decide(task, 'li', { decision: 'approve' }), 409, 'DELEGATION_PENDING');
    expectRefused(await act(task, 'hand-back', 'wang'), 403, 'NOT_TASK_HOLDER');
    expect((await act(task, 'hand-back', 'li')).body).toMatchObject({ holder: { name: '王经办' }, delegatedBy: null });
    expectRefused(await act(task, 'hand-back', 'wang'), 409, 'NOT_DELEGATED');
    expectRefused(await act(task, 'assign', 'wang', { to: subjects['li'] }), 403, 'NOT_STEP_LEAD');
    expectRefused(await act(task, 'countersigners', 'wang', { add: subjects['li'] }), 409, 'STEP_NOT_COUNTERSIGNED');
    expectRefused(await decide(task, 'wang', { decision: 'return', comment: '请补正' }), 409, 'RETURN_ONLY_AT_FIRST_STEP');
    // the delegator confirms
    expect((await decide(task, 'wang', { decision: 'approve' })).status).toBe(200);
    expect((await page(task, 'zhao')).step?.name).toBe('决定');
  });

  it('户口登记: the lead assigns, sends back from 决定 to 审查, and decides with the 公民身份号码', async () => {
    const task = await taskOf('birth-household-registration');
    expect((await act(task, 'assign', 'zhao', { to: subjects['zhao'] })).body.holder?.name).toBe('赵科长');
    expectRefused(await decide(task, 'zhao', { decision: 'sendBack', toStep: 'decide' }), 422, 'STEP_NOT_EARLIER');
    expect((await decide(task, 'zhao', { decision: 'sendBack', toStep: 'review', comment: '请核对住址' })).status).toBe(200);
    const back = await page(task, 'zhao');
    expect(back.step?.id).toBe('review');
    expect(back.review?.steps.map((s) => s.state)).toEqual(['done', 'current', 'next']);
    await act(task, 'claim', 'wang');
    await decide(task, 'wang', { decision: 'approve', stepId: 'review' });
    await act(task, 'claim', 'zhao');
    const invalid = await decide(task, 'zhao', { decision: 'approve', results: { 'child.idNumber': '123' } }, 'zh');
    expectRefused(invalid, 422, 'VALIDATION_FAILED');
    expect(invalid.body.errors?.[0]).toMatchObject({ path: '/results/child.idNumber' });
    expect(invalid.body.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    const english = await decide(task, 'zhao', { decision: 'approve', results: {} }, 'en');
    expect(english.body.errors?.[0]?.message).toMatch(/[a-z]/);
    expect((await decide(task, 'zhao', { decision: 'approve', results: { 'child.idNumber': ID_NUMBER, householdPage: 3 } })).status).toBe(200);
    const done = await page(task, 'zhao');
    expect(done.status).toBe('approved');
    expect(done.review?.steps.every((s) => s.state === 'done')).toBe(true);
    expect(done.review?.steps.find((s) => s.id === 'review')?.doneBy?.map((p) => p.name)).toEqual(['王经办']);
    expectRefused(await act(task, 'claim', 'clerk'), 409, 'TASK_ALREADY_DECIDED');
  });

  it('社保卡: countersigned by roles with one 加签, seeing the 公民身份号码 from the police', async () => {
    const task = await taskOf('social-security-card');
    const atSign = await page(task, 'hr');
    expect(atSign.step?.name).toBe('审核');
    expect(atSign.review?.current?.signers).toEqual(['经办人', '科室负责人']);
    expect(atSign.review?.received).toHaveLength(1);
    expect(atSign.review?.received[0]).toMatchObject({ key: 'child.idNumber', value: ID_NUMBER, from: { stepName: '决定' } });
    expect(atSign.review?.received[0]?.from.matterName).toContain('户');
    expectRefused(await decide(task, 'hrclerk', { decision: 'approve' }), 403, 'NOT_A_SIGNER');
    expectRefused(await act(task, 'countersigners', 'hr', { add: subjects['hr2'] }), 409, 'TASK_NOT_CLAIMED');
    expect((await act(task, 'claim', 'hr')).status).toBe(200);
    expect((await act(task, 'countersigners', 'hr', { add: subjects['hr2'] })).status).toBe(200);
    expectRefused(await act(task, 'countersigners', 'hr', { add: subjects['hr2'] }), 409, 'SIGNER_ALREADY_ADDED');
    expect((await decide(task, 'hr', { decision: 'approve' })).status).toBe(200);
    expectRefused(await decide(task, 'hr', { decision: 'approve' }), 409, 'ALREADY_SIGNED');
    expect((await decide(task, 'hrhead', { decision: 'approve' })).status).toBe(200);
    const waiting = await page(task, 'hr');
    expect(waiting.status).toBe('pending'); // the added signer has not signed
    expect(waiting.signedBy.map((p) => p.name)).toEqual(['卫经办', '沈科长']);
    expect(waiting.review?.current?.addedSigners.map((p) => p.name)).toEqual(['蒋经办']);
    expect((await decide(task, 'hr2', { decision: 'approve' })).status).toBe(200);
    expect((await page(task, 'hr')).status).toBe('approved');
  });

  it('预防接种证: or-signed by any one doctor; the application completes with the recorded numbers', async () => {
    const task = await taskOf('vaccination-certificate');
    expect((await decide(task, 'doc2', { decision: 'approve' })).status).toBe(200);
    expect((await page(task, 'doc1')).status).toBe('approved');
    const view = await api.get<AppView>(`/api/applications/${applicationId}`, citizen);
    for (const m of view.body.matters.filter((m) => m.status === 'pending')) {
      expect(m.matterId).toBe('birth-registration');
      await decide(m.taskId, 'hclerk', { decision: 'approve' });
    }
    const final = await api.get<AppView>(`/api/applications/${applicationId}`, citizen);
    expect(final.body.status).toBe('completed');
    expect(final.body.results.find((r) => r.matterId === 'birth-household-registration')?.fields).toMatchObject({ 'child.idNumber': ID_NUMBER, householdPage: 3 });
    expect(final.body.results.find((r) => r.matterId === 'birth-medical-certificate')?.fields).toEqual({ 'child.birthCertificateNumber': 'R410000123' });
  });

  it('shows every action on the timeline: to the applicant in plain words, to the officers by name', async () => {
    const forCitizen = (await api.get<AppView>(`/api/applications/${applicationId}`, citizen)).body.timeline;
    const texts = forCitizen.map((e) => e.text).filter(Boolean);
    expect(texts).toContain('公安局 审查 已完成');
    expect(texts.some((t) => t?.includes('退回至「审查」'))).toBe(true);
    expect(texts.join('')).not.toMatch(/王经办|赵科长/);
    for (const type of ['TASK_CLAIMED', 'TASK_TRANSFERRED', 'TASK_DELEGATED', 'TASK_HANDED_BACK', 'TASK_ASSIGNED', 'ADD_SIGNER', 'SIGN_STEP', 'SEND_BACK', 'COMPLETE_STEP']) {
      expect(forCitizen.some((e) => e.what === type), type).toBe(true);
    }
    const forPolice = (await api.get<AppView>(`/api/applications/${applicationId}`, as('li'))).body.timeline;
    expect(forPolice.map((e) => e.text)).toContain('李经办：公安局 审查 已转办（给王经办）');
  });
});
