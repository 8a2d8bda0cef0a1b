// Quotas (issue 17, finding 4: one citizen made 1,153 applications in 10 s, 150 uploads to one material),
// on a real server process with the default quotas: at most 20 applications per citizen per day (China
// Standard Time) and 20 files per material of an application or a draft. The 21st is refused 429 with a
// stable code naming the limit and nothing is written; the next day (test clock) the count starts again;
// submissions arriving together cannot pass the quota together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';
import { tinyPng, uploadDraftFile, uploadFile } from '../support/uploadFiles.ts';

interface ErrorBody {
  code: string;
  message: string;
  limit?: number;
  retryAfterSeconds?: number;
}

const LIMIT = 20;
const START = '2026-03-02T09:00:00+08:00'; // a Monday
const body = { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') };

let server: ServerProcess;
let api: ReturnType<typeof client>;

/** Rows of the tables a submission or an upload writes. */
async function rowCounts(): Promise<Record<string, number>> {
  const db = server.database();
  try {
    const counts: Record<string, number> = {};
    for (const table of ['applications', 'tasks', 'events', 'timers', 'commitments', 'material_uploads', 'draft_material_uploads', 'application_drafts']) {
      counts[table] = Number(((await db(table).count({ n: '*' }).first()) as { n: number | string }).n);
    }
    return counts;
  } finally {
    await db.destroy();
  }
}

const submit = (token: string, key: string, lang = 'zh') =>
  api.post<SubmitResponse & ErrorBody>('/api/applications', body, token, { 'idempotency-key': key, 'accept-language': lang });

const total = async (token: string) => Number((await api.get('/api/applications', token)).headers.get('x-total-count'));

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: START });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('applications per citizen per day', () => {
  it('refuses the 21st of the day 429 APPLICATION_QUOTA_EXCEEDED (zh and en, naming the limit, Retry-After until midnight) and writes nothing', async () => {
    const citizen = await api.login('citizen', 'citizen-quota');
    for (let i = 1; i <= LIMIT; i++) expect((await submit(citizen, `day1-${i}`)).status, `submission ${i}`).toBe(201);
    const before = await rowCounts();

    const refused = await submit(citizen, 'day1-21');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ code: 'APPLICATION_QUOTA_EXCEEDED', message: '今天已提交 20 件申请，达到每日上限，请明天（北京时间零点后）再提交', limit: LIMIT, retryAfterSeconds: expect.any(Number) as unknown });
    // 09:00 → midnight: 15 hours, less the seconds the test has run.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBe(refused.body.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(15 * 3600 - 600);
    expect(retryAfter).toBeLessThanOrEqual(15 * 3600);
    const en = await submit(citizen, 'day1-22', 'en');
    expect(en.status).toBe(429);
    expect(en.body.message).toBe('you have submitted 20 applications today, the daily limit; submit again tomorrow (after midnight, China Standard Time)');

    expect(await rowCounts()).toEqual(before);
    expect(await total(citizen)).toBe(LIMIT);
    // A retry of a submission already made is still answered (200, the same application); another citizen goes on.
    expect((await submit(citizen, 'day1-1')).status).toBe(200);
    expect((await submit(await api.login('citizen', 'citizen-quota-neighbour'), 'n-1')).status).toBe(201);
  });

  it('counts again from midnight (China Standard Time): the refused submission goes through the next day', async () => {
    await moveClockTo(api, '2026-03-03T00:00:05');
    const citizen = await api.login('citizen', 'citizen-quota');
    const next = await submit(citizen, 'day1-21');
    expect(next.status).toBe(201);
    expect(await total(citizen)).toBe(LIMIT + 1);
  });

  it('lets no more than the quota through when the submissions arrive together', async () => {
    const citizen = await api.login('citizen', 'citizen-quota');
    // One is in already today: 25 at once, 19 get in.
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => submit(citizen, `day2-${i}`)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT - 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - (LIMIT - 1));
    expect(responses.filter((r) => r.status === 429).every((r) => r.body.code === 'APPLICATION_QUOTA_EXCEEDED')).toBe(true);
    expect(await total(citizen)).toBe(2 * LIMIT);
  });
});

describe('files per material', () => {
  it('refuses the 21st file of one material of an application 429 UPLOAD_QUOTA_EXCEEDED; nothing is recorded; other materials go on', async () => {
    const citizen = await api.login('citizen', 'citizen-quota-files');
    const created = await submit(citizen, 'files-1');
    expect(created.status).toBe(201);
    const id = created.body.id;
    for (let i = 1; i <= LIMIT; i++) {
      expect((await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng(i), filename: `id-${i}.png` }, citizen)).status, `upload ${i}`).toBe(201);
    }
    const before = await rowCounts();
    const refused = await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng(99), filename: 'one-too-many.png' }, citizen, { 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      message: 'material parents-id-cards already has 20 files, the most one material may have (files of a draft can be deleted first)',
      limit: LIMIT,
    });
    expect(await rowCounts()).toEqual(before);
    const listed = await api.get<{ materialId: string }[]>(`/api/applications/${id}/materials`, citizen);
    expect(listed.body.filter((u) => u.materialId === 'parents-id-cards')).toHaveLength(LIMIT);
    expect((await uploadFile(server.url, id, 'marriage-certificate', { content: tinyPng(100) }, citizen)).status).toBe(201);
  });

  it('holds for a draft too; deleting one of its files makes room for another', async () => {
    const citizen = await api.login('citizen', 'citizen-quota-files');
    const draft = await api.post<{ id: string }>('/api/application-drafts', body, citizen);
    expect(draft.status).toBe(201);
    const uploaded: string[] = [];
    for (let i = 1; i <= LIMIT; i++) {
      const response = await uploadDraftFile(server.url, draft.body.id, 'parents-id-cards', { content: tinyPng(i), filename: `id-${i}.png` }, citizen);
      expect(response.status, `upload ${i}`).toBe(201);
      uploaded.push(String(response.body['id']));
    }
    const refused = await uploadDraftFile(server.url, draft.body.id, 'parents-id-cards', { content: tinyPng(99) }, citizen);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', message: '材料 parents-id-cards 已有 20 个文件，达到上限，不能再上传（草稿中的文件可先删除）', limit: LIMIT });
    expect((await api.call('DELETE', `/api/application-drafts/${draft.body.id}/materials/${uploaded[0]}`, { token: citizen })).status).toBe(204);
    expect((await uploadDraftFile(server.url, draft.body.id, 'parents-id-cards', { content: tinyPng(99) }, citizen)).status).toBe(201);
  });
});
