// Who applies (issue #18) on a real server: a co-applicant named in the form confirms before the
// submission (refused until then, and again after the draft changed), sees the application afterwards, and
// the timeline records the confirmation; another citizen can neither read nor confirm it. A proxy applies
// for an adult with their consent and for a minor as guardian. An enterprise bundle is applied for by an
// enterprise user, seen by a colleague of the same enterprise, not by a citizen or another enterprise.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Body {
  id?: string;
  code?: string;
  message?: string;
  status?: string;
  timeline?: { what: string; who: string }[];
  parties?: { party: string; name: string; confirmedAt: string | null }[];
  enterprise?: { creditCode: string };
}

const examples = mkdtempSync(path.join(tmpdir(), 'onego-parties-'));
const single = newbornSample('valid-single-birth');
const FATHER = '410105199304120314';
const MOTHER = '410102199508230460';
const ENTERPRISE = { creditCode: '91410100MA9KXXXX08', name: '郑州示例科技有限公司' };

let server: ServerProcess;
let api: ReturnType<typeof client>;

/** Dev login with an ID number, a name and an enterprise (the test client's login has none of them). */
async function signIn(subject: string, extra: Record<string, unknown>): Promise<string> {
  const response = await api.call<{ token: string }>('POST', '/api/auth/dev-login', { body: { role: 'citizen', subject, ...extra } });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body.token;
}

beforeAll(async () => {
  // The newborn bundle with the other parent as a required co-applicant, and a business bundle for enterprises.
  cpSync(path.resolve('examples/newborn'), path.join(examples, 'newborn'), { recursive: true });
  cpSync(path.resolve('examples/business-startup'), path.join(examples, 'business-startup'), { recursive: true });
  const newborn = JSON.parse(readFileSync(path.join(examples, 'newborn/bundle.json'), 'utf8')) as Record<string, unknown>;
  newborn['coApplicants'] = [
    { role: { zh: '父亲', en: 'Father' }, idNumber: 'father.idNumber', name: 'father.name', required: true },
    { role: { zh: '母亲', en: 'Mother' }, idNumber: 'mother.idNumber', name: 'mother.name', required: true },
  ];
  writeFileSync(path.join(examples, 'newborn/bundle.json'), JSON.stringify(newborn));
  const business = JSON.parse(readFileSync(path.join(examples, 'business-startup/bundle.json'), 'utf8')) as Record<string, unknown>;
  business['applicant'] = 'enterprise';
  writeFileSync(path.join(examples, 'business-startup/bundle.json'), JSON.stringify(business));
  server = await startServerProcess({ ONEGO_EXAMPLES: examples, ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:30:00+08:00' });
  api = client(server.url);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(examples, { recursive: true, force: true });
});

describe('co-applicants', () => {
  it('waits for the other parent, who confirms, then sees the application', async () => {
    const father = await signIn('father-li', { idNumber: FATHER, name: '李明轩' });
    const mother = await signIn('mother-wang', { idNumber: MOTHER, name: '王雨桐' });
    const stranger = await signIn('stranger', { idNumber: '410102198001010018', name: '张三' });
    const draft = await api.post<Body>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data }, father);
    expect(draft.status).toBe(201);
    const draftId = draft.body.id as string;
    const early = await api.call<Body>('POST', '/api/applications', { token: father, body: { bundleId: 'henan-newborn', ...single, draftId }, headers: { 'Idempotency-Key': 'k1' } });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('COAPPLICANT_CONFIRMATION_PENDING');

    const parties = await api.get<{ name: string; status: string; idNumber: string }[]>(`/api/application-drafts/${draftId}/parties`, father);
    expect(parties.body.map((p) => [p.name, p.status])).toEqual([['李明轩', 'applicant'], ['王雨桐', 'pending']]);
    expect(parties.body[1]?.idNumber).toBe('4101**********0460');

    // Another citizen: not named, cannot read nor confirm.
    expect((await api.get<Body>(`/api/co-applications/${draftId}`, stranger)).body.code).toBe('COAPPLICANT_NOT_NAMED');
    expect((await api.call<Body>('POST', `/api/co-applications/${draftId}/confirm`, { token: stranger })).status).toBe(403);
    expect((await api.get<unknown[]>('/api/co-applications', stranger)).body).toEqual([]);

    const waiting = await api.get<{ draftId: string; status: string }[]>('/api/co-applications', mother);
    expect(waiting.body).toMatchObject([{ draftId, status: 'pending' }]);
    expect((await api.get<{ data: unknown }>(`/api/co-applications/${draftId}`, mother)).body.data).toEqual(single.data);
    expect((await api.call<Body>('POST', `/api/co-applications/${draftId}/confirm`, { token: mother })).status).toBe(200);
    const again = await api.call<Body>('POST', `/api/co-applications/${draftId}/confirm`, { token: mother });
    expect([again.status, again.body.code]).toEqual([409, 'COAPPLICANT_ALREADY_CONFIRMED']);

    // Content changed after the confirmation: to be confirmed again.
    const changedData = { ...single.data, applicant: { ...(single.data['applicant'] as object), mobile: '13800000000' } };
    const changed = await api.call<Body>('POST', '/api/applications', { token: father, body: { bundleId: 'henan-newborn', answers: single.answers, data: changedData, draftId }, headers: { 'Idempotency-Key': 'k2' } });
    expect(changed.body.code).toBe('COAPPLICANT_CONFIRMATION_PENDING');

    const submitted = await api.call<Body>('POST', '/api/applications', { token: father, body: { bundleId: 'henan-newborn', ...single, draftId }, headers: { 'Idempotency-Key': 'k3' } });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const seen = await api.get<Body>(`/api/applications/${id}`, mother);
    expect(seen.status).toBe(200);
    expect(seen.body.parties).toMatchObject([{ party: 'coApplicant', name: '王雨桐' }]);
    expect(seen.body.timeline?.find((e) => e.what === 'COAPPLICANT_CONFIRMED')?.who).toBe('mother-wang');
    expect((await api.get<{ id: string }[]>('/api/applications', mother)).body.map((a) => a.id)).toContain(id);
    expect((await api.get<Body>(`/api/applications/${id}`, stranger)).status).toBe(404);
    // Seeing is not acting: withdrawing stays with the applicant.
    expect((await api.call<Body>('POST', `/api/applications/${id}/withdraw`, { token: mother, body: {} })).status).toBe(404);
  });
});

describe('proxies (代办)', () => {
  it('applies for an adult with their consent', async () => {
    const daughter = await signIn('daughter', { idNumber: '410102198001010018', name: '张三' });
    const father = await signIn('father-li-2', { idNumber: FATHER, name: '李明轩' });
    const mother = await signIn('mother-wang-2', { idNumber: MOTHER, name: '王雨桐' });
    const onBehalfOf = { name: '李明轩', idNumber: FATHER, basis: 'consent' };
    const draft = await api.post<Body>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data, onBehalfOf }, daughter);
    const draftId = draft.body.id as string;
    const early = await api.call<Body>('POST', '/api/applications', { token: daughter, body: { bundleId: 'henan-newborn', ...single, draftId, onBehalfOf }, headers: { 'Idempotency-Key': 'p1' } });
    expect(early.body.code).toBe('PROXY_CONSENT_PENDING');
    // The father consents (and confirms as co-applicant), the mother confirms.
    expect((await api.call<Body>('POST', `/api/co-applications/${draftId}/confirm`, { token: father })).status).toBe(200);
    expect((await api.call<Body>('POST', `/api/co-applications/${draftId}/confirm`, { token: mother })).status).toBe(200);
    const submitted = await api.call<Body>('POST', '/api/applications', { token: daughter, body: { bundleId: 'henan-newborn', ...single, draftId, onBehalfOf }, headers: { 'Idempotency-Key': 'p2' } });
    expect(submitted.status).toBe(201);
    const seen = await api.get<Body>(`/api/applications/${submitted.body.id as string}`, father);
    expect(seen.body.timeline?.map((e) => e.what)).toEqual(expect.arrayContaining(['PROXY_CONSENTED', 'APPLIED_ON_BEHALF', 'COAPPLICANT_CONFIRMED']));
  });

  it('refuses a guardian for an adult and a proxy for oneself', async () => {
    const someone = await signIn('someone', { idNumber: '410102198001010018' });
    const adult = await api.call<Body>('POST', '/api/applications', {
      token: someone,
      body: { bundleId: 'henan-newborn', ...single, onBehalfOf: { name: '李明轩', idNumber: FATHER, basis: 'guardian' } },
      headers: { 'Idempotency-Key': 'g1' },
    });
    expect([adult.status, adult.body.code]).toEqual([422, 'PROXY_NOT_A_MINOR']);
    const self = await api.call<Body>('POST', '/api/applications', {
      token: someone,
      body: { bundleId: 'henan-newborn', ...single, onBehalfOf: { name: '张三', idNumber: '410102198001010018', basis: 'consent' } },
      headers: { 'Idempotency-Key': 'g2' },
    });
    expect([self.status, self.body.code]).toEqual([422, 'PROXY_FOR_ONESELF']);
  });

  it('refuses an ID number of the person applied for with a wrong check character (GB 11643), in plain words, writing nothing', async () => {
    const daughter = await signIn('daughter-checksum', { idNumber: '410102199903150022' });
    const wrong = { name: '李明轩', idNumber: `${FATHER.slice(0, 17)}5`, basis: 'consent' };
    const submitted = await api.call<Body>('POST', '/api/applications', { token: daughter, body: { bundleId: 'henan-newborn', ...single, onBehalfOf: wrong }, headers: { 'Idempotency-Key': 'c1' } });
    expect([submitted.status, submitted.body.code]).toEqual([422, 'PROXY_ID_NUMBER_INVALID']);
    expect(submitted.body.message).toBe('被代办人“李明轩”的身份证号有误（最后一位校验码与前 17 位不符，或出生日期、地区不对），请对照身份证逐位核对后重新填写');
    const english = await api.call<Body>('POST', '/api/applications', {
      token: daughter,
      body: { bundleId: 'henan-newborn', ...single, onBehalfOf: wrong },
      headers: { 'Idempotency-Key': 'c2', 'Accept-Language': 'en' },
    });
    expect(english.body.message).toContain('the ID number of 李明轩, the person you apply for, is not valid');
    // a draft naming them is refused too, and none is kept
    const draft = await api.post<Body>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data, onBehalfOf: wrong }, daughter);
    expect([draft.status, draft.body.code]).toEqual([422, 'PROXY_ID_NUMBER_INVALID']);
    expect((await api.get<unknown[]>('/api/applications', daughter)).body).toEqual([]);
    expect((await api.get<unknown[]>('/api/application-drafts', daughter)).body).toEqual([]);
    // the right number is taken (the consent is then awaited)
    const valid = await api.post<Body>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data, onBehalfOf: { ...wrong, idNumber: FATHER } }, daughter);
    expect(valid.status).toBe(201);
  });
});

describe('enterprise sign-in (法人)', () => {
  it('an enterprise applies; a colleague sees it, a citizen and another enterprise do not', async () => {
    const sample = JSON.parse(readFileSync(path.resolve('examples/business-startup/samples/valid-llc-with-employees.json'), 'utf8')) as { answers: object; data: object };
    const agent = await signIn('agent-1', { enterprise: { ...ENTERPRISE, role: 'agent' } });
    const legal = await signIn('legal-1', { enterprise: { ...ENTERPRISE, role: 'legalRepresentative' } });
    const other = await signIn('other-1', { enterprise: { creditCode: '91350100M000100Y43', name: '别家公司', role: 'agent' } });
    const citizen = await signIn('plain-citizen', {});
    const refused = await api.call<Body>('POST', '/api/applications', { token: citizen, body: { bundleId: 'business-startup', ...sample }, headers: { 'Idempotency-Key': 'e0' } });
    expect([refused.status, refused.body.code]).toEqual([403, 'ENTERPRISE_SIGN_IN_REQUIRED']);
    const submitted = await api.call<Body>('POST', '/api/applications', { token: agent, body: { bundleId: 'business-startup', ...sample }, headers: { 'Idempotency-Key': 'e1' } });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const seen = await api.get<Body>(`/api/applications/${id}`, legal);
    expect([seen.status, seen.body.enterprise?.creditCode]).toEqual([200, ENTERPRISE.creditCode]);
    expect((await api.get<{ id: string }[]>('/api/applications', legal)).body.map((a) => a.id)).toContain(id);
    expect((await api.get<Body>(`/api/applications/${id}`, other)).status).toBe(404);
    expect((await api.get<Body>(`/api/applications/${id}`, citizen)).status).toBe(404);
    expect((await api.get<{ id: string }[]>('/api/applications', other)).body).toEqual([]);
  });
});
