// Regressions of issue 17, findings 2 and 3: a submission nested 2,500–4,000 levels deep inside an unknown
// data field was accepted (201) and its GET answered 500 for ever after; 5,000+ levels answered 500 at
// once; fields the merged form does not define were stored (900 KB each); 1e309 was stored as null. Now
// depth and numbers are checked before any route, the merged form is closed (a located 422), drafts refuse
// unknown fields too, and everything accepted reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let key = 0;
const sample = newbornSample('valid-single-birth');

/** `{"a":{"a":…"deep"…}}` nested `depth` levels, as JSON text (JSON.stringify itself overflows at 5,000). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;
const nested = (depth: number): unknown => JSON.parse(nestedText(Math.min(depth, 1_000))) as unknown;

/** A submission whose body is `raw` (JSON text, so that 1e309 can be written). */
const submitRaw = (raw: string) => api.call<SubmitResponse & { code?: string; errors?: { path: string; message: string }[]; maxDepth?: number; path?: string }>('POST', '/api/applications', { raw, token: citizen, headers: { 'idempotency-key': `hostile-${++key}`, 'accept-language': 'en' } });
const submit = (data: unknown) => submitRaw(JSON.stringify({ bundleId: 'henan-newborn', answers: sample.answers, data }));

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-hostile');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('deep JSON', () => {
  it.each([65, 2_500, 5_000, 100_000])('is refused 400 JSON_TOO_DEEP at %i levels, before any route', async (depth) => {
    const raw = JSON.stringify({ bundleId: 'henan-newborn', answers: sample.answers, data: sample.data }).replace(/}}$/, `,"extra":${nestedText(depth)}}}`);
    expect(raw.length).toBeLessThan(1024 * 1024);
    const response = await submitRaw(raw);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'JSON_TOO_DEEP', maxDepth: 64, message: 'the request body nests deeper than 64 levels' });
  });

  it('is refused on drafts and on every other JSON route alike', async () => {
    const draft = await api.call('POST', '/api/application-drafts', { token: citizen, raw: `{"bundleId":"henan-newborn","answers":{},"data":{"extra":${nestedText(3_000)}}}` });
    expect(draft.status).toBe(400);
    expect(draft.body['code']).toBe('JSON_TOO_DEEP');
    const preview = await api.post('/api/bundles/henan-newborn/preview', { answers: nested(100) });
    expect(preview.body['code']).toBe('JSON_TOO_DEEP');
  });

  it('at 64 levels or fewer reaches the route (and the form refuses what it does not define)', async () => {
    const response = await submit({ ...sample.data, extra: nested(50) });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('numbers', () => {
  it('out of range (1e309) are refused 400 NUMBER_NOT_FINITE with their path, not stored as null', async () => {
    const raw = JSON.stringify({ bundleId: 'henan-newborn', answers: sample.answers, data: sample.data }).replace(/}$/, ',"extra":{"n":[1,1e309]}}');
    const response = await submitRaw(raw);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'NUMBER_NOT_FINITE', path: '/extra/n/1' });
    const negative = await submitRaw(raw.replace('1e309', '-1e999'));
    expect(negative.body.code).toBe('NUMBER_NOT_FINITE');
  });
});

describe('data the merged form does not define', () => {
  it('is refused with a located 422, nothing stored (900 KB of extra data)', async () => {
    const before = await api.get<unknown[]>('/api/applications', citizen);
    const response = await submit({ ...sample.data, padding: 'x'.repeat(900_000), child: sample.data['child'], mother: { ...(sample.data['mother'] as object), shoeSize: 38 } });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const paths = (response.body.errors ?? []).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/data/padding', '/data/mother/shoeSize']));
    expect(response.body.errors?.find((e) => e.path === '/data/padding')?.message).toBe('is not a field of this form; remove it');
    const after = await api.get<unknown[]>('/api/applications', citizen);
    expect(after.body).toHaveLength(before.body.length);
  });

  it('is refused in drafts too (422, located), while a partial draft of known fields saves', async () => {
    const refused = await api.post<{ code: string; errors: { path: string }[] }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: {}, data: { unknownThing: { x: 1 } } }, citizen);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e) => e.path)).toEqual(['/data/unknownThing']);
    const saved = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: {}, data: { mother: { name: '张三' } } }, citizen);
    expect(saved.status).toBe(201);
    const put = await api.call<{ code: string; errors: { path: string }[] }>('PUT', `/api/application-drafts/${saved.body.id}`, { token: citizen, body: { data: { mother: { name: '张三', extra: 'x' } } } });
    expect(put.status).toBe(422);
    expect(put.body.errors.map((e) => e.path)).toEqual(['/data/mother/extra']);
  });

  it('the valid sample is still accepted and reads back whole', async () => {
    const response = await submit(sample.data);
    expect(response.status).toBe(201);
    const read = await api.get<{ id: string }>(`/api/applications/${response.body.id}`, citizen);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(response.body.id);
    // A draft of known fields reads back as saved.
    const saved = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: sample.answers, data: sample.data }, citizen);
    expect(saved.status).toBe(201);
    expect((await api.get<{ data: unknown }>(`/api/application-drafts/${saved.body.id}`, citizen)).body.data).toEqual(sample.data);
  });
});
