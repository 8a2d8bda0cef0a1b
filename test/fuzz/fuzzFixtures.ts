// What the fuzz suite aims at: real resources on the server (an application in progress with its tasks,
// an uploaded file, a draft with a file, a completed and badly rated application with its rectification,
// a webhook with a delivery, a notification), valid request bodies to start mutating from, and bearer
// tokens of every kind — each signed with the server's own dev key (as dev login signs them, with an
// expiry far enough that a moved test clock does not expire them), with odd claims, or forged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import type { client, ServerProcess } from '../support/serverProcess.ts';
import { TEST_METRICS_TOKEN } from '../support/serverProcess.ts';
import { tinyPng, uploadDraftFile, uploadFile } from '../support/uploadFiles.ts';
import { exampleDepartment, officerDepartment } from '../support/exampleDepartments.ts';

/** Who sends a request. */
export const CALLERS = ['citizen', 'stranger', 'officer', 'other-officer', 'designer', 'admin', 'anonymous', 'metrics', 'odd-claims', 'invalid'] as const;
export type Caller = (typeof CALLERS)[number];

const ROLES = ['citizen', 'officer', 'designer', 'admin'];

/** The role a caller has once its token is verified (none: no token, or one refused); `variant` picks the odd claims'. */
export const roleOf = (caller: Caller, variant: number): string | undefined =>
  caller === 'odd-claims'
    ? ROLES[variant % ROLES.length]
    : ({ citizen: 'citizen', stranger: 'citizen', officer: 'officer', 'other-officer': 'officer', designer: 'designer', admin: 'admin' } as Record<string, string>)[caller];

/** The kinds of ids in paths. */
export type IdKind = 'application' | 'task' | 'draft' | 'bundle' | 'rectification' | 'notification' | 'department' | 'delivery' | 'material' | 'upload' | 'draftUpload' | 'region' | 'year';

export interface Fixtures {
  ids: Record<IdKind, string[]>;
  /** The department owning an id (a task, a rectification), for the officer who may act on it. */
  departmentOf: Map<string, string>;
  /** A valid body of an operation ("POST /api/applications"), to mutate. */
  seeds: Map<string, unknown>;
  /** The Authorization header of a caller, for a resource of `department`; undefined: none sent. */
  authorization(caller: Caller, department: string, variant: number): Promise<string | undefined>;
}

const OWNER = 'fuzz-citizen';
const FAR_FUTURE = 4_102_444_800; // 2100-01-01: tokens outlive any move of the test clock

async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function createFixtures(server: ServerProcess, api: ReturnType<typeof client>): Promise<Fixtures> {
  const key = Buffer.from(readFileSync(path.join(server.dataDir, 'dev-signing-key'), 'utf8').trim(), 'base64');
  const sign = (claims: Record<string, unknown>, subject: string, options: { exp?: number | null; nbf?: number; issuer?: string; audience?: string; key?: Uint8Array } = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(options.issuer ?? 'onego-dev').setAudience(options.audience ?? 'onego').setSubject(subject).setIssuedAt();
    if (options.exp !== null) jwt.setExpirationTime(options.exp ?? FAR_FUTURE);
    if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
    return jwt.sign(options.key ?? key);
  };
  const token = (role: string, subject: string, department?: string) => sign({ role, ...(department ? { department } : {}) }, subject);

  // ---- resources ----
  const owner = await token('citizen', OWNER);
  const single = newbornSample('valid-single-birth');
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, owner, { 'idempotency-key': 'fuzz-fixture-1' });
  if (submitted.status !== 201) throw new Error(`fixture submission: ${JSON.stringify(submitted.body)}`);
  const inProgress = (await api.get<ApplicationView>(`/api/applications/${submitted.body.id}`, owner)).body;
  const upload = await uploadFile(server.url, inProgress.id, 'parents-id-cards', { content: tinyPng(1), filename: 'id.png' }, owner);
  const draft = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', ...single }, owner);
  const draftUpload = await uploadDraftFile(server.url, draft.body.id, 'parents-id-cards', { content: tinyPng(2), filename: 'id.png' }, owner);
  // A completed application, rated badly for the health matter: a rectification for health.
  const steps = newbornSteps(api, OWNER);
  const completedId = await steps.submit('fuzz-fixture-2', single);
  await steps.complete(completedId);
  const rated = await api.post<{ rectifications: { id: string; department: string }[] }>(
    `/api/applications/${completedId}/rating`,
    { overall: { score: 1, comment: '慢' }, matters: [{ matterId: 'birth-medical-certificate', score: 1 }] },
    owner,
  );
  const admin = await token('admin', 'fuzz-admin');
  await api.put(`/api/admin/webhooks/${exampleDepartment('health')}`, { url: 'https://hooks.example.com/onego', secret: 'fuzz-webhook-secret-0123' }, admin);
  const notification = await waitFor(async () => (await api.get<{ id: string }[]>('/api/notifications', owner)).body[0]?.id);
  const delivery = await waitFor(async () => (await api.get<{ id: string }[]>(`/api/admin/webhooks/${exampleDepartment('health')}/deliveries`, admin)).body[0]?.id);

  const departmentOf = new Map<string, string>();
  for (const matter of inProgress.matters) departmentOf.set(matter.taskId, matter.department);
  for (const r of rated.body.rectifications ?? []) departmentOf.set(r.id, r.department);
  const ids: Record<IdKind, string[]> = {
    application: [inProgress.id, completedId],
    task: inProgress.matters.map((m) => m.taskId),
    draft: [draft.body.id],
    bundle: ['henan-newborn', 'school-enrolment', 'business-startup'],
    rectification: (rated.body.rectifications ?? []).map((r) => r.id),
    notification: notification ? [String(notification)] : [],
    department: ['health', 'police', 'human-resources-social-security', 'medical-insurance'].map(officerDepartment),
    delivery: delivery ? [String(delivery)] : [],
    material: ['parents-id-cards', 'marriage-certificate', 'household-register'],
    upload: upload.status === 201 ? [String(upload.body['id'])] : [],
    draftUpload: draftUpload.status === 201 ? [String(draftUpload.body['id'])] : [],
    region: ['national', 'cn-national', '410000'],
    year: ['2026', '2027'],
  };

  // ---- valid bodies to mutate ----
  const definition = (await api.get<{ definition: unknown }>('/api/bundles/henan-newborn')).body.definition;
  const calendar = JSON.parse(readFileSync('test/fixtures/calendars/cn-national-2027.fixture.json', 'utf8')) as unknown;
  const seeds = new Map<string, unknown>([
    ['POST /api/test/clock', { advanceMs: 0 }],
    ['POST /api/auth/dev-login', { role: 'officer', subject: 'fuzz-login', department: officerDepartment('health') }],
    ['POST /api/bundles', definition],
    ['POST /api/bundles/{id}/preview', { answers: single.answers }],
    ['POST /api/applications', { bundleId: 'henan-newborn', ...single, commitments: [] }],
    ['POST /api/tasks/{id}/decision', { decision: 'return', comment: '请补正', missing: ['parents-id-cards'], fields: ['/mother/name'] }],
    ['POST /api/applications/{id}/supplement', { data: single.data, commitments: [], matters: ['birth-medical-certificate'] }],
    ['POST /api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: single.data, commitments: [] }],
    ['PUT /api/application-drafts/{id}', { answers: single.answers, data: single.data, version: 1 }],
    ['POST /api/applications/{id}/rating', { overall: { score: 2, comment: '一般' }, matters: [{ matterId: 'birth-medical-certificate', score: 2, comment: '慢' }] }],
    ['POST /api/rectifications/{id}/answer', { answer: '已整改', measures: '增加窗口' }],
    ['PUT /api/admin/webhooks/{department}', { url: 'https://hooks.example.com/onego', secret: 'fuzz-webhook-secret-0123', events: null }],
    ['PUT /api/calendars/{region}/{year}', calendar],
  ]);

  // ---- callers ----
  const odd = ['x'.repeat(5_000), '__proto__', 'a\u0000b', '\u202e', '<b>x</b>', ' ', '😀', '../etc', "'; --"];
  async function authorization(caller: Caller, shortOrRegional: string, variant: number): Promise<string | undefined> {
    const department = officerDepartment(shortOrRegional);
    const otherDepartment = department === officerDepartment('police') ? officerDepartment('health') : officerDepartment('police');
    switch (caller) {
      case 'citizen':
        return `Bearer ${await token('citizen', OWNER)}`;
      case 'stranger':
        return `Bearer ${await token('citizen', 'fuzz-stranger')}`;
      case 'officer':
        return `Bearer ${await token('officer', `fuzz-officer-${department}`, department)}`;
      case 'other-officer':
        return `Bearer ${await token('officer', `fuzz-officer-${otherDepartment}`, otherDepartment)}`;
      case 'designer':
        return `Bearer ${await token('designer', 'fuzz-designer')}`;
      case 'admin':
        return `Bearer ${await token('admin', 'fuzz-admin')}`;
      case 'anonymous':
        return undefined;
      case 'metrics':
        return `Bearer ${TEST_METRICS_TOKEN}`;
      case 'odd-claims': {
        // Well signed, odd claims: the server trusts the identity provider, and must still not fail on them.
        const role = roleOf(caller, variant) ?? 'citizen';
        const subject = odd[variant % odd.length] ?? 'x';
        return `Bearer ${await token(role, subject, role === 'officer' ? (odd[(variant + 3) % odd.length] ?? 'x') : undefined)}`;
      }
      case 'invalid': {
        const valid = await token('citizen', OWNER);
        const [header = '', payload = ''] = valid.split('.');
        const forged = [
          'Bearer garbage',
          'Bearer a.b.c',
          `Bearer ${header}.${payload}.`,
          `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`,
          `Bearer ${valid.slice(0, -3)}${valid.endsWith('A') ? 'BBB' : 'AAA'}`,
          `Bearer ${await sign({ role: 'admin' }, 'fuzz-admin', { key: new Uint8Array(32) })}`,
          `Bearer ${await sign({ role: 'admin' }, 'fuzz-admin', { exp: null })}`,
          `Bearer ${await sign({ role: 'admin' }, 'fuzz-admin', { exp: 1_000_000_000 })}`,
          `Bearer ${await sign({ role: 'admin' }, 'fuzz-admin', { nbf: FAR_FUTURE - 10 })}`,
          `Bearer ${await sign({ role: 'admin' }, 'fuzz-admin', { audience: 'someone-else' })}`,
          `Bearer ${await sign({ role: 'root' }, 'fuzz-admin')}`,
          `Bearer ${await sign({ role: 'officer' }, 'fuzz-officer')}`,
          `Bearer ${await sign({ role: 'citizen' }, '')}`,
          `Bearer ${'x'.repeat(6_000)}`,
          'Basic dXNlcjpwYXNz',
          'Bearer',
          `Bearer ${valid} ${valid}`,
        ];
        return forged[variant % forged.length];
      }
    }
  }

  return { ids, departmentOf, seeds, authorization };
}
