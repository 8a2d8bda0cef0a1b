// Save and resume (保存草稿) on a real server: a draft is the citizen's alone, unvalidated until it is
// submitted, resumable from another device (another token of the same citizen), refuses a save over a
// newer one, disappears when submitted with it, and expires ONEGO_DRAFT_TTL_DAYS after its last save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Draft {
  id: string;
  bundleId: string;
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
  version: number;
  updatedAt: string;
  expiresAt: string;
  code?: string;
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
const single = newbornSample('valid-single-birth');

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:30:00+08:00', ONEGO_DRAFT_TTL_DAYS: '2' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('application drafts', () => {
  let draft: Draft;

  it('saves a partial, invalid application without validating it', async () => {
    const phone = await api.login('citizen', 'drafting-citizen');
    const created = await api.post<Draft>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, data: { mother: { name: '' } } }, phone);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/application-drafts/${created.body.id}`);
    expect(created.body).toMatchObject({ bundleId: 'henan-newborn', data: { mother: { name: '' } }, version: 1 });
    expect(Date.parse(created.body.expiresAt) - Date.parse(created.body.updatedAt)).toBe(2 * 86_400_000);
    draft = created.body;
    const unknownBundle = await api.post<Draft>('/api/application-drafts', { bundleId: 'no-such-bundle' }, phone);
    expect(unknownBundle.status).toBe(404);
    expect(unknownBundle.body.code).toBe('BUNDLE_NOT_FOUND');
  });

  it('resumes on another device, and refuses a save over a newer one', async () => {
    const laptop = await api.login('citizen', 'drafting-citizen');
    const list = await api.get<Draft[]>('/api/application-drafts', laptop);
    expect(list.body.map((d) => d.id)).toEqual([draft.id]);
    const saved = await api.call<Draft>('PUT', `/api/application-drafts/${draft.id}`, { token: laptop, body: { data: single.data, version: 1 } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await api.call<Draft>('PUT', `/api/application-drafts/${draft.id}`, { token: laptop, body: { data: {}, version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('DRAFT_CONFLICT');
    const read = await api.get<Draft>(`/api/application-drafts/${draft.id}`, laptop);
    expect(read.body.data).toEqual(single.data);
  });

  it('is nobody else’s', async () => {
    const other = await api.login('citizen', 'someone-else');
    expect((await api.get<Draft>(`/api/application-drafts/${draft.id}`, other)).status).toBe(404);
    expect((await api.call('DELETE', `/api/application-drafts/${draft.id}`, { token: other })).status).toBe(404);
    expect((await api.get<Draft[]>('/api/application-drafts', other)).body).toEqual([]);
    const officer = await api.login('officer', 'o', 'health');
    expect((await api.get(`/api/application-drafts/${draft.id}`, officer)).status).toBe(403);
  });

  it('is gone once submitted with it, in the same transaction', async () => {
    const token = await api.login('citizen', 'drafting-citizen');
    const submitted = await api.post('/api/applications', { bundleId: 'henan-newborn', ...single, draftId: draft.id }, token, { 'idempotency-key': 'from-draft' });
    expect(submitted.status).toBe(201);
    expect((await api.get<Draft>(`/api/application-drafts/${draft.id}`, token)).status).toBe(404);
  });

  it('expires after the configured days without a save, and can be deleted', async () => {
    const token = await api.login('citizen', 'drafting-citizen');
    const kept = await api.post<Draft>('/api/application-drafts', { bundleId: 'henan-newborn' }, token);
    const deleted = await api.post<Draft>('/api/application-drafts', { bundleId: 'henan-newborn' }, token);
    expect((await api.call('DELETE', `/api/application-drafts/${deleted.body.id}`, { token })).status).toBe(204);
    expect((await api.get(`/api/application-drafts/${deleted.body.id}`, token)).status).toBe(404);
    expect((await api.post('/api/test/clock', { advanceMs: 2 * 86_400_000 - 60_000 })).status).toBe(200);
    const fresh = await api.login('citizen', 'drafting-citizen');
    expect((await api.get(`/api/application-drafts/${kept.body.id}`, fresh)).status).toBe(200);
    expect((await api.post('/api/test/clock', { advanceMs: 120_000 })).status).toBe(200);
    const later = await api.login('citizen', 'drafting-citizen');
    const expired = await api.get<Draft>(`/api/application-drafts/${kept.body.id}`, later, { 'accept-language': 'en' });
    expect(expired.status).toBe(404);
    expect(expired.body.code).toBe('DRAFT_NOT_FOUND');
    expect((await api.get<Draft[]>('/api/application-drafts', later)).body).toEqual([]);
  });
});
