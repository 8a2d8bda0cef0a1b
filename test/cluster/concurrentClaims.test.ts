// Concurrent claims (签收) across two OneGo processes over one PostgreSQL database (the vitest project
// `postgres` only, issue #16): two officers claim the same task at the same instant, each through a
// different process. Exactly one wins, the other is refused 409 TASK_ALREADY_CLAIMED naming the holder,
// and the timeline has one TASK_CLAIMED. (The claim is a command: the application row's version check,
// the row locked FOR UPDATE on a retry, and a write of the holder conditional on the holder it read.)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { testDatabaseUrl } from '../support/testDatabase.ts';

interface Definition {
  bundle: { id: string; name: { zh: string; en?: string }; resultMappings?: unknown };
  matters: { id: string; review?: unknown }[];
}
interface AppView {
  matters: { matterId: string; taskId: string }[];
  timeline: { what: string; matterId?: string }[];
}

const BUNDLE = 'henan-newborn-claims';
const CERTIFICATE = 'birth-medical-certificate';
const ROUNDS = 6;

let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl(mkdtempSync(path.join(tmpdir(), 'onego-claims-')));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-claims-two-'));
  [a, b] = await Promise.all([startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir), startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir)]);
}, 200_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

/** Signs an officer of the hospital in on a process, with a name and the 窗口人员 position. */
async function officer(server: ServerProcess, subject: string, name: string): Promise<string> {
  const response = await client(server.url).post<{ token: string }>('/api/auth/dev-login', { role: 'officer', subject, department: officerDepartment('health'), name, positions: ['窗口人员'] });
  expect(response.status).toBe(200);
  expect((await client(server.url).get('/api/tasks', response.body.token)).status).toBe(200); // recorded in the staff
  return response.body.token;
}

describe('concurrent claims through two processes', () => {
  it('two officers claim one task at the same instant through different processes: one wins, one TASK_CLAIMED', async () => {
    const apiA = client(a.url);
    const apiB = client(b.url);
    // A copy of the newborn bundle whose matters walk review steps, published through process A.
    const designer = await apiA.login('designer', 'designer-claims');
    const newborn = (await apiA.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
    const review = JSON.parse(readFileSync('engine/test/fixtures/newborn-steps/review.json', 'utf8')) as { matters: Record<string, { steps: unknown[] }>; resultMappings: unknown };
    const definition: Definition = {
      bundle: { ...newborn.bundle, id: BUNDLE, name: { zh: '新生儿出生一件事（并发签收）', en: 'Newborn, concurrent claims' }, resultMappings: review.resultMappings },
      matters: newborn.matters.map((m) => (review.matters[m.id] ? { ...m, review: { steps: review.matters[m.id]?.steps } } : m)),
    };
    const saved = await apiA.post('/api/bundles', definition, designer);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const published = await apiA.post(`/api/bundles/${BUNDLE}/publish`, {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
    expect(published.status, JSON.stringify(published.body)).toBe(201);

    const qian = await officer(a, 'officer-claims-qian', '钱窗口');
    const sun = await officer(b, 'officer-claims-sun', '孙窗口');
    const citizen = await apiB.login('citizen', 'citizen-claims');
    for (let round = 0; round < ROUNDS; round++) {
      const submitted = await apiB.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': `claims-${round}` });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      const id = submitted.body.id;
      const task = (await apiA.get<AppView>(`/api/applications/${id}`, citizen)).body.matters.find((m) => m.matterId === CERTIFICATE)?.taskId as string;
      const claims = await Promise.all([apiA.post<{ code?: string; message?: string }>(`/api/tasks/${task}/claim`, {}, qian), apiB.post<{ code?: string; message?: string }>(`/api/tasks/${task}/claim`, {}, sun)]);
      expect(claims.map((c) => c.status).sort(), JSON.stringify(claims.map((c) => c.body))).toEqual([200, 409]);
      const lost = claims.find((c) => c.status === 409);
      expect(lost?.body.code).toBe('TASK_ALREADY_CLAIMED');
      const winner = claims[0]?.status === 200 ? '钱窗口' : '孙窗口';
      expect(lost?.body.message).toContain(winner);
      // Read through the other process too: one holder, one TASK_CLAIMED.
      for (const [api, token] of [[apiA, qian], [apiB, sun]] as const) {
        const timeline = (await api.get<AppView>(`/api/applications/${id}`, token)).body.timeline;
        expect(timeline.filter((e) => e.what === 'TASK_CLAIMED' && e.matterId === CERTIFICATE)).toHaveLength(1);
      }
      const holder = await apiB.get<{ holder: { name: string } | null }>(`/api/tasks/${task}`, sun);
      expect(holder.body.holder?.name).toBe(winner);
    }
  }, 180_000);
});
