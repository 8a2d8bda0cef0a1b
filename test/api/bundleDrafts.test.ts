// Bundle drafts of the designer on a real server: listed (last saved first, with the published version and
// the number of problems), opened with an ETag, saved under If-Match so that two designers never overwrite
// each other unseen (412 naming who saved and when, nothing written), saved with problems but not
// published with them, discarded; designers and admins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type Response, type ServerProcess } from '../support/serverProcess.ts';

interface Definition {
  bundle: { id: string; name: { zh: string; en?: string }; visits: { count: number }; matters: { matter: string }[] };
  matters: { id: string }[];
}
interface DraftSummary {
  id: string;
  name: string;
  updatedBy: string;
  updatedAt: string;
  publishedVersion: number | null;
  issues: number;
  etag: string;
}
interface Saved {
  id: string;
  updatedBy: string;
  updatedAt: string;
  issues: { code: string; message: string }[];
}
interface Failure {
  code: string;
  message: string;
  updatedBy?: string;
  updatedAt?: string;
  issues?: { code: string; message: string }[];
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let wang: string;
let li: string;
let newborn: Definition;

const etag = (response: Response<unknown>) => response.headers.get('etag') ?? '';
const advance = (ms: number) => api.post('/api/test/clock', { advanceMs: ms });
/** A copy of the newborn bundle under another id and name. */
function copy(id: string, zh: string): Definition {
  const definition = structuredClone(newborn);
  definition.bundle.id = id;
  definition.bundle.name = { zh, en: id };
  return definition;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
  wang = await api.login('designer', '设计员小王');
  li = await api.login('designer', '设计员小李');
  newborn = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('the designer’s drafts', () => {
  it('lists none at first; /api/bundles/drafts is not taken for a bundle id', async () => {
    const list = await api.get<DraftSummary[]>('/api/bundles/drafts', wang);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    expect((await api.get('/api/bundles/drafts')).status).toBe(401);
  });

  it('lists the saved drafts, last saved first, with the published version and the problems', async () => {
    const first = await api.post<Saved>('/api/bundles', copy('zhengzhou-newborn', '郑州新生儿一件事'), wang);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'zhengzhou-newborn', updatedBy: '设计员小王', issues: [] });
    expect(etag(first)).toMatch(/^"[\w-]+"$/);
    await advance(60_000);
    const second = await api.post<Saved>('/api/bundles', newborn, li);
    expect(second.status).toBe(201);
    const list = await api.get<DraftSummary[]>('/api/bundles/drafts', wang);
    expect(list.body).toEqual([
      { id: 'henan-newborn', name: '新生儿出生一件事', updatedBy: '设计员小李', updatedAt: second.body.updatedAt, publishedVersion: 1, issues: 0, etag: etag(second) },
      { id: 'zhengzhou-newborn', name: '郑州新生儿一件事', updatedBy: '设计员小王', updatedAt: first.body.updatedAt, publishedVersion: null, issues: 0, etag: etag(first) },
    ]);
    expect(Date.parse(second.body.updatedAt) - Date.parse(first.body.updatedAt)).toBeGreaterThanOrEqual(60_000);
    const english = await api.get<DraftSummary[]>('/api/bundles/drafts', wang, { 'accept-language': 'en' });
    expect(english.body.map((d) => d.name)).toEqual(['Newborn: one thing, done in one go', 'zhengzhou-newborn']);
  });

  it('opens a draft as saved, with the ETag of its save', async () => {
    const saved = await api.post<Saved>('/api/bundles', copy('zhengzhou-newborn', '郑州新生儿一件事'), wang);
    expect(saved.status).toBe(200);
    const opened = await api.get<{ definition: Definition; updatedBy: string; updatedAt: string }>('/api/bundles/zhengzhou-newborn/draft', li);
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ definition: copy('zhengzhou-newborn', '郑州新生儿一件事'), updatedBy: '设计员小王', updatedAt: saved.body.updatedAt });
    expect(etag(opened)).toBe(etag(saved));
    expect(opened.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a save over another designer’s newer one (412 naming who and when), and writes nothing', async () => {
    const forWang = await api.get<{ definition: Definition }>('/api/bundles/zhengzhou-newborn/draft', wang);
    const forLi = await api.get<{ definition: Definition }>('/api/bundles/zhengzhou-newborn/draft', li);
    expect(etag(forWang)).toBe(etag(forLi));
    await advance(5 * 60_000);
    const liVersion = forLi.body.definition;
    liVersion.bundle.visits = { count: 1 };
    const liSaved = await api.post<Saved>('/api/bundles', liVersion, li, { 'if-match': etag(forLi) });
    expect(liSaved.status).toBe(200);
    expect(etag(liSaved)).not.toBe(etag(forLi));

    const wangVersion = forWang.body.definition;
    wangVersion.bundle.name = { zh: '郑州新生儿出生一件事', en: 'Zhengzhou newborn' };
    const refused = await api.post<Failure>('/api/bundles', wangVersion, wang, { 'if-match': etag(forWang) });
    expect(refused.status).toBe(412);
    expect(refused.body.code).toBe('DRAFT_CHANGED');
    expect(refused.body.updatedBy).toBe('设计员小李');
    expect(refused.body.updatedAt).toBe(liSaved.body.updatedAt);
    expect(refused.body.message).toContain('设计员小李');
    const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(liSaved.body.updatedAt));
    expect(beijing).toMatch(/^2026-03-02 09:\d\d$/);
    expect(refused.body.message).toBe(`该一件事的草稿已由设计员小李于 ${beijing}（北京时间）保存，与您打开的不是同一版本；未保存您的修改，请先载入其版本`);
    const inEnglish = await api.post<Failure>('/api/bundles', wangVersion, wang, { 'if-match': etag(forWang), 'accept-language': 'en' });
    expect(inEnglish.status).toBe(412);
    expect(inEnglish.body.message).toBe(
      `the draft of this bundle was saved by 设计员小李 at ${beijing} (China Standard Time) and is not the version you opened; your changes were not saved: reload theirs first`,
    );

    const now = await api.get<{ definition: Definition; updatedBy: string }>('/api/bundles/zhengzhou-newborn/draft', wang);
    expect(now.body.definition).toEqual(liVersion); // 小王's save wrote nothing
    expect(now.body.updatedBy).toBe('设计员小李');
    expect(etag(now)).toBe(etag(liSaved));

    // 小王 reloads 小李's version, makes the change again and saves it
    const merged = now.body.definition;
    merged.bundle.name = wangVersion.bundle.name;
    const saved = await api.post<Saved>('/api/bundles', merged, wang, { 'if-match': etag(now) });
    expect(saved.status).toBe(200);
    expect((await api.get<{ definition: Definition }>('/api/bundles/zhengzhou-newborn/draft', li)).body.definition).toEqual(merged);
  });

  it('with If-None-Match: * creates a draft but never replaces one', async () => {
    const existing = await api.post<Failure>('/api/bundles', copy('zhengzhou-newborn', '另一个'), li, { 'if-none-match': '*' });
    expect(existing.status).toBe(412);
    expect(existing.body).toMatchObject({ code: 'DRAFT_CHANGED', updatedBy: '设计员小王' });
    const created = await api.post<Saved>('/api/bundles', copy('luoyang-newborn', '洛阳新生儿一件事'), li, { 'if-none-match': '*' });
    expect(created.status).toBe(201);
  });

  it('saves a draft with problems, counts them in the list, and refuses to publish it', async () => {
    const broken = copy('luoyang-newborn', '洛阳新生儿一件事');
    broken.bundle.matters[0] = { ...broken.bundle.matters[0], matter: 'no-such-matter' };
    const saved = await api.post<Saved>('/api/bundles', broken, li);
    expect(saved.status).toBe(200);
    expect(saved.body.issues.map((i) => i.code)).toContain('UNKNOWN_MATTER');
    expect(saved.body.issues.find((i) => i.code === 'UNKNOWN_MATTER')?.message).toContain('未定义');
    const listed = (await api.get<DraftSummary[]>('/api/bundles/drafts', li)).body.find((d) => d.id === 'luoyang-newborn');
    expect(listed?.issues).toBe(saved.body.issues.length);
    const refused = await api.post<Failure>('/api/bundles/luoyang-newborn/publish', {}, li);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('DEFINITION_INVALID');
    expect(refused.body.issues?.map((i) => i.code)).toContain('UNKNOWN_MATTER');
    expect((await api.get('/api/bundles/luoyang-newborn')).status).toBe(404); // nothing published
    expect((await api.get('/api/bundles/luoyang-newborn/draft', li)).status).toBe(200); // the work is kept
  });

  it('still refuses a body that is no definition, or whose bundle id cannot name a draft', async () => {
    expect((await api.post<Failure>('/api/bundles', { bundle: 'x', matters: [] }, wang)).status).toBe(400);
    expect((await api.post<Failure>('/api/bundles', { bundle: {}, matters: {} }, wang)).status).toBe(400);
    const badId = await api.post<Failure>('/api/bundles', { ...copy('x', 'x'), bundle: { ...copy('x', 'x').bundle, id: 'Not An Id' } }, wang);
    expect(badId.status).toBe(422);
    expect(badId.body.code).toBe('DEFINITION_INVALID');
    const noId = await api.post<Failure>('/api/bundles', { bundle: { name: { zh: '无标识' } }, matters: [] }, wang);
    expect(noId.status).toBe(422);
    expect((await api.get<DraftSummary[]>('/api/bundles/drafts', wang)).body.map((d) => d.id).sort()).toEqual(['henan-newborn', 'luoyang-newborn', 'zhengzhou-newborn']);
  });

  it('publishes only the draft as the designer saw it; then the draft is gone', async () => {
    const opened = await api.get('/api/bundles/zhengzhou-newborn/draft', wang);
    const stale = await api.post<Failure>('/api/bundles/zhengzhou-newborn/publish', {}, wang, { 'if-match': '"an-old-tag"' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('DRAFT_CHANGED');
    expect((await api.get('/api/bundles/zhengzhou-newborn')).status).toBe(404);
    const published = await api.post<{ version: number; name: string }>('/api/bundles/zhengzhou-newborn/publish', {}, wang, { 'if-match': etag(opened) });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 1, name: '郑州新生儿出生一件事' });
    const gone = await api.get<Failure>('/api/bundles/zhengzhou-newborn/draft', wang);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('DRAFT_NOT_FOUND');
    // a save under the tag of the published draft: it is gone, so nothing is written
    const late = await api.post<Failure>('/api/bundles', copy('zhengzhou-newborn', '迟到的修改'), li, { 'if-match': etag(opened) });
    expect(late.status).toBe(412);
    expect(late.body.code).toBe('DRAFT_GONE');
    expect((await api.get('/api/bundles/zhengzhou-newborn/draft', wang)).status).toBe(404);
    // a new draft of it names the published version in the list
    expect((await api.post('/api/bundles', copy('zhengzhou-newborn', '郑州新生儿一件事（第二版）'), li, { 'if-none-match': '*' })).status).toBe(201);
    const listed = (await api.get<DraftSummary[]>('/api/bundles/drafts', li)).body.find((d) => d.id === 'zhengzhou-newborn');
    expect(listed).toMatchObject({ publishedVersion: 1, name: '郑州新生儿一件事（第二版）', updatedBy: '设计员小李' });
  });

  it('discards a draft only as listed when If-Match gives its tag: saved again since, 412 and nothing discarded; the published versions stay', async () => {
    const listed = (await api.get<DraftSummary[]>('/api/bundles/drafts', wang)).body.find((d) => d.id === 'zhengzhou-newborn');
    expect(listed?.etag).toBe(etag(await api.get('/api/bundles/zhengzhou-newborn/draft', wang)));
    await advance(60_000);
    const again = await api.post<Saved>('/api/bundles', copy('zhengzhou-newborn', '又改了'), li);
    expect(again.status).toBe(200);
    const stale = await api.call<Failure>('DELETE', '/api/bundles/zhengzhou-newborn/draft', { token: wang, headers: { 'if-match': listed?.etag ?? '' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'DRAFT_CHANGED', updatedBy: '设计员小李', updatedAt: again.body.updatedAt });
    const kept = await api.get<{ definition: Definition }>('/api/bundles/zhengzhou-newborn/draft', wang);
    expect(kept.status).toBe(200);
    expect(kept.body.definition.bundle.name.zh).toBe('又改了');
    const current = (await api.get<DraftSummary[]>('/api/bundles/drafts', wang)).body.find((d) => d.id === 'zhengzhou-newborn');
    expect(current?.etag).toBe(etag(again));
    const discarded = await api.call('DELETE', '/api/bundles/zhengzhou-newborn/draft', { token: wang, headers: { 'if-match': current?.etag ?? '' } });
    expect(discarded.status).toBe(204);
    expect((await api.get('/api/bundles/zhengzhou-newborn/draft', wang)).status).toBe(404);
    expect((await api.get<{ version: number }>('/api/bundles/zhengzhou-newborn')).body.version).toBe(1);
    expect((await api.get<DraftSummary[]>('/api/bundles/drafts', wang)).body.map((d) => d.id)).not.toContain('zhengzhou-newborn');
  });

  it('discards a draft without If-Match too (the precondition is optional)', async () => {
    expect((await api.post('/api/bundles', copy('kaifeng-newborn', '开封新生儿一件事'), li)).status).toBe(201);
    expect((await api.call('DELETE', '/api/bundles/kaifeng-newborn/draft', { token: wang })).status).toBe(204);
    expect((await api.get('/api/bundles/kaifeng-newborn/draft', wang)).status).toBe(404);
  });

  it('answers 404 DRAFT_NOT_FOUND for a bundle without a draft, in the caller’s language', async () => {
    const unknown = await api.get<Failure>('/api/bundles/no-such-bundle/draft', wang, { 'accept-language': 'en' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('DRAFT_NOT_FOUND');
    expect(unknown.body.message).toContain('no-such-bundle');
    expect((await api.get('/api/bundles/school-enrolment/draft', wang)).status).toBe(404); // published, no draft
    expect((await api.call<Failure>('DELETE', '/api/bundles/no-such-bundle/draft', { token: wang })).body.code).toBe('DRAFT_NOT_FOUND');
  });

  it('is for designers and admins only', async () => {
    const citizen = await api.login('citizen', 'citizen-zhao');
    const officer = await api.login('officer', 'officer-police', 'police');
    const admin = await api.login('admin', 'admin-chen');
    for (const token of [citizen, officer]) {
      expect((await api.get('/api/bundles/drafts', token)).status).toBe(403);
      expect((await api.get('/api/bundles/henan-newborn/draft', token)).status).toBe(403);
      expect((await api.call('DELETE', '/api/bundles/henan-newborn/draft', { token })).status).toBe(403);
      expect((await api.post('/api/bundles', newborn, token)).status).toBe(403);
    }
    expect((await api.get('/api/bundles/henan-newborn/draft')).status).toBe(401);
    expect((await api.call('DELETE', '/api/bundles/henan-newborn/draft', {})).status).toBe(401);
    expect((await api.get('/api/bundles/henan-newborn/draft', admin)).status).toBe(200);
    expect((await api.get<DraftSummary[]>('/api/bundles/drafts', admin)).body.length).toBe(2);
  });
});
