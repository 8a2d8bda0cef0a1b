// A bundle taken off the portal (下线) and put back (上线): not listed while off, no new application nor
// application draft (BUNDLE_WITHDRAWN, in zh and en), while an application submitted before continues to
// the end; only designers and admins take bundles off and back. (The HTTP server runs on SQLite; the
// table's SQL is checked on PostgreSQL by runtime/test/bundleWithdrawals.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { exampleDepartment } from '../support/exampleDepartments.ts';
import { walkReview } from '../support/reviewWalk.ts';

interface MatterView {
  matterId: string;
  taskId: string;
  department: string;
  status: string;
}
interface Availability {
  id: string;
  withdrawn: { withdrawnBy: string; withdrawnAt: string } | null;
}
type Refusal = { code: string; message: string };

const single = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { answers: object; data: object };

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: string;
let admin: string;
let citizen: string;
let officer: string;
const officers: Record<string, string> = {};

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
  designer = await api.login('designer', 'designer-wang');
  admin = await api.login('admin', 'admin-li');
  citizen = await api.login('citizen', 'citizen-qian');
  officer = await api.login('officer', 'officer-health', 'health');
  for (const department of ['health', 'police', 'medical-insurance', 'human-resources-social-security']) {
    // tasks name the regional department (henan-newborn's: 河南省), as the officer's token does
    officers[exampleDepartment(department)] = await api.login('officer', `officer-${department}`, department);
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const listed = async () => (await api.get<{ id: string }[]>('/api/bundles')).body.map((b) => b.id);
const submit = (key: string, token = citizen, headers: Record<string, string> = {}) =>
  api.post<{ id: string; status: string; matters: MatterView[] } & Refusal>('/api/applications', { bundleId: 'henan-newborn', ...single }, token, { 'idempotency-key': key, ...headers });

describe('taking a bundle off the portal and back', () => {
  let running: { id: string };

  it('lets only designers and admins take a bundle off or back', async () => {
    expect((await api.post('/api/bundles/henan-newborn/withdraw', undefined)).status).toBe(401);
    expect((await api.post('/api/bundles/henan-newborn/withdraw', undefined, citizen)).status).toBe(403);
    expect((await api.post('/api/bundles/henan-newborn/withdraw', undefined, officer)).status).toBe(403);
    expect((await api.post('/api/bundles/henan-newborn/restore', undefined, citizen)).status).toBe(403);
    expect((await api.get('/api/bundles/withdrawn', citizen)).status).toBe(403);
    const unknown = await api.post<Refusal>('/api/bundles/no-such-bundle/withdraw', undefined, designer);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('BUNDLE_NOT_FOUND');
    expect(await listed()).toContain('henan-newborn');
  });

  it('takes it off: not listed, no new application nor draft, the running one continues', async () => {
    const first = await submit('before-withdrawal');
    expect(first.status).toBe(201);
    running = first.body;

    const off = await api.post<Availability>('/api/bundles/henan-newborn/withdraw', undefined, designer);
    expect(off.status).toBe(200);
    expect(off.body.id).toBe('henan-newborn');
    expect(off.body.withdrawn?.withdrawnBy).toBe('designer-wang');
    // Again: it stays off, as it was.
    const again = await api.post<Availability>('/api/bundles/henan-newborn/withdraw', undefined, admin);
    expect(again.body.withdrawn).toEqual(off.body.withdrawn);

    expect(await listed()).not.toContain('henan-newborn');
    expect(await listed()).toContain('business-startup');
    const withdrawn = await api.get<{ id: string; name: string; withdrawnBy: string }[]>('/api/bundles/withdrawn', designer);
    expect(withdrawn.body.map((b) => [b.id, b.name, b.withdrawnBy])).toEqual([['henan-newborn', '新生儿出生一件事', 'designer-wang']]);
    const versions = await api.get<{ withdrawn: Availability['withdrawn'] }>('/api/bundles/henan-newborn/versions', designer);
    expect(versions.body.withdrawn?.withdrawnBy).toBe('designer-wang');
    // Its definition stays readable (the running application shows it), saying it is off.
    const detail = await api.get<{ withdrawn?: boolean }>('/api/bundles/henan-newborn');
    expect(detail.status).toBe(200);
    expect(detail.body.withdrawn).toBe(true);

    const refused = await submit('after-withdrawal');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BUNDLE_WITHDRAWN');
    expect(refused.body.message).toBe('「新生儿出生一件事」已下线，暂不受理新的申请；已提交的申请照常办理');
    const english = await submit('after-withdrawal-en', citizen, { 'accept-language': 'en' });
    expect(english.body.code).toBe('BUNDLE_WITHDRAWN');
    expect(english.body.message).toContain('taken off the portal');
    const draft = await api.post<Refusal>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers }, citizen);
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('BUNDLE_WITHDRAWN');
    // A retry of the submission made before is still answered, with the same application.
    const retry = await submit('before-withdrawal');
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(running.id);

    // The running application goes on to the end: each pending task approved, until none is left.
    for (let round = 0; round < 5; round++) {
      const matters = (await api.get<{ matters: MatterView[] }>(`/api/applications/${running.id}`, citizen)).body.matters.filter((m) => m.status === 'pending');
      for (const matter of matters) await walkReview(api, matter.taskId, matter.department);
    }
    const done = await api.get<{ status: string }>(`/api/applications/${running.id}`, citizen);
    expect(done.body.status).toBe('completed');
  });

  it('puts it back: listed and applied for again', async () => {
    const back = await api.post<Availability>('/api/bundles/henan-newborn/restore', undefined, admin);
    expect(back.status).toBe(200);
    expect(back.body).toEqual({ id: 'henan-newborn', withdrawn: null });
    expect((await api.post<Availability>('/api/bundles/henan-newborn/restore', undefined, designer)).body.withdrawn).toBeNull();
    expect(await listed()).toContain('henan-newborn');
    expect((await api.get('/api/bundles/withdrawn', designer)).body).toEqual([]);
    expect((await api.get<{ withdrawn?: boolean }>('/api/bundles/henan-newborn')).body.withdrawn).toBeUndefined();
    expect((await submit('after-restore')).status).toBe(201);
  });
});
