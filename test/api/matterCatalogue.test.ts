// The matter catalogue over HTTP (事项库): the examples' matters are its first entries, pinned by the
// example bundles' versions; a designer creates a matter (its id made from its code), edits it under
// If-Match (a stale save is 412), publishes versions that never change; officers read, citizens may not;
// departments belong to regions; a catalogue spreadsheet is previewed, imported as drafts and is "no
// change" the second time, and a broken one is refused with row-located problems and nothing written.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

type Json = Record<string, unknown>;
const vaccination = JSON.parse(readFileSync('examples/newborn/matters/vaccination-certificate.json', 'utf8')) as Json;
const visits = (count: number) => ({ ...(vaccination['visits'] as Json), count });

describe('the matter catalogue (事项库) over HTTP', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  let designer: string;
  beforeAll(async () => {
    server = await startServerProcess();
    api = client(server.url);
    designer = await api.login('designer', 'designer-wang');
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  async function importFiles(files: { name: string; bytes: Uint8Array<ArrayBuffer> }[], query: string): Promise<{ status: number; body: Json }> {
    const form = new FormData();
    for (const f of files) form.append('file', new Blob([f.bytes]), f.name);
    const response = await fetch(`${server.url}/api/catalogue/import${query}`, { method: 'POST', headers: { authorization: `Bearer ${designer}` }, body: form });
    return { status: response.status, body: (await response.json()) as Json };
  }

  it('holds the examples’ matters once each, pinned by the example bundles, readable by officers and not by citizens', async () => {
    const found = await api.get<Json[]>('/api/matters?q=' + encodeURIComponent('预防接种'), designer);
    expect(found.status).toBe(200);
    expect(found.body.map((m) => m['id'])).toContain('vaccination-certificate');
    const all = await api.get<Json[]>('/api/matters?limit=500', designer);
    expect(new Set(all.body.map((m) => m['id'])).size).toBe(all.body.length);
    const used = await api.get('/api/matters/vaccination-certificate/used-by', designer);
    expect(used.body['bundleVersions']).toEqual([{ bundleId: 'henan-newborn', bundleVersion: 1, matterVersion: 1, latestOfBundle: true }]);
    const officer = await api.login('officer', 'officer-li', 'health');
    expect((await api.get('/api/matters/vaccination-certificate', officer)).status).toBe(200);
    expect((await api.post('/api/matters', { name: { zh: '随便' } }, officer)).status).toBe(403);
    const citizen = await api.login('citizen', 'citizen-zhang');
    expect((await api.get('/api/matters', citizen)).status).toBe(403);
  });

  it('creates a matter with an id made from its code, refuses a stale save with 412, and publishes versions that stay as they were', async () => {
    const matter = { ...Object.fromEntries(Object.entries(vaccination).filter(([key]) => key !== 'id')), code: 'TEST-370102-77', name: { zh: '测试事项：疫苗补证', en: 'Test: vaccination certificate reissue' } };
    const created = await api.post('/api/matters', matter, designer);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body['id']);
    expect(id).toMatch(/^sx-/);
    const etag = created.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const first = await api.call('POST', '/api/matters', { token: designer, body: { ...matter, id, visits: visits(1) }, headers: { 'if-match': etag } });
    expect(first.status).toBe(200);
    // Another designer still holding the first tag: refused, nothing written.
    const stale = await api.call('POST', '/api/matters', { token: designer, body: { ...matter, id, visits: visits(3) }, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((stale.body as Json)['code']).toBe('MATTER_DRAFT_CHANGED');
    const published = await api.post(`/api/matters/${id}/publish`, {}, designer);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body['version']).toBe(1);
    await api.post('/api/matters', { ...matter, id, visits: visits(2) }, designer);
    const changes = await api.get<Json[]>(`/api/matters/${id}/changes?from=1`, designer);
    expect(changes.body.length).toBeGreaterThan(0);
    expect((await api.post(`/api/matters/${id}/publish`, {}, designer)).body['version']).toBe(2);
    expect(((await api.get(`/api/matters/${id}?version=1`, designer)).body['definition'] as Json)['visits']).toEqual(visits(1));
    expect(((await api.get(`/api/matters/${id}`, designer)).body['definition'] as Json)['visits']).toEqual(visits(2));
    const versions = await api.get(`/api/matters/${id}/versions`, designer);
    expect((versions.body['versions'] as Json[]).map((v) => v['version'])).toEqual([2, 1]);
  });

  it('refuses to publish a broken matter, naming each problem in plain words, and writes nothing', async () => {
    const saved = await api.post('/api/matters', { name: { zh: '只有名称的事项' } }, designer);
    expect(saved.status).toBe(201);
    expect((saved.body['problems'] as Json[]).length).toBeGreaterThan(0);
    const refused = await api.post(`/api/matters/${String(saved.body['id'])}/publish`, {}, designer);
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('MATTER_INVALID');
    const problems = refused.body['problems'] as { message: { zh: string } }[];
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message.zh).not.toMatch(/\^|\$\/|\/properties\//);
    expect((await api.get(`/api/matters/${String(saved.body['id'])}`, designer)).status).toBe(404);
  });

  it('imports the sample spreadsheet as drafts, and the same file again changes nothing', async () => {
    const xlsx = { name: '事项库示例.xlsx', bytes: new Uint8Array(readFileSync('examples/catalogue/事项库示例.xlsx')) };
    const preview = await importFiles([xlsx], '?dryRun=true');
    expect(preview.status).toBe(200);
    expect(preview.body['problems']).toEqual([]);
    const planned = preview.body['matters'] as { action: string; department: { id: string } }[];
    expect(planned.filter((m) => m.action === 'create').length).toBeGreaterThanOrEqual(10);
    const before = (await api.get<Json[]>('/api/matters?limit=500', designer)).body.length;
    const applied = await importFiles([xlsx], '');
    expect(applied.status).toBe(200);
    const after = (await api.get<Json[]>('/api/matters?limit=500', designer)).body;
    expect(after.length).toBe(before + planned.filter((m) => m.action === 'create').length);
    // Drafts only: none of the new ones is published.
    expect(after.filter((m) => m['latestVersion'] === undefined).length).toBeGreaterThanOrEqual(10);
    const again = await importFiles([xlsx], '?dryRun=true');
    expect((again.body['matters'] as { action: string }[]).every((m) => m.action === 'unchanged')).toBe(true);
    // The departments the rows name belong to their region: 济南's are not Henan's.
    const jinan = await api.get<{ region: string }[]>('/api/departments?region=370100', designer);
    expect(jinan.body.length).toBeGreaterThan(0);
    expect(jinan.body.every((d) => d.region.startsWith('3701'))).toBe(true);
    const henan = await api.get<{ id: string; region: string }[]>('/api/departments?region=410000', designer);
    expect(henan.body.some((d) => d.region.startsWith('3701'))).toBe(false);
  });

  it('refuses a broken spreadsheet with problems located by row and column, and imports nothing', async () => {
    const csv = '\ufeff事项名称,事项编码,实施主体,事项类型,法定办结时限,承诺办结时限,到办事现场次数,收费,设定依据,行政区划代码,行政区划名称\n测试坏行,BAD-1,济南市测试局,行政许可,尽快办理,5个工作日,1,不收费,某条例,370100,济南市\n';
    const file = { name: 'matters.csv', bytes: new TextEncoder().encode(csv) };
    const preview = await importFiles([file], '?dryRun=true');
    expect(preview.status).toBe(200);
    const problems = preview.body['problems'] as { row?: number; column?: string; message: { zh: string } }[];
    expect(problems.some((p) => p.row === 2 && p.column === '法定办结时限'), JSON.stringify(problems)).toBe(true);
    const before = (await api.get<Json[]>('/api/matters?limit=500', designer)).body.length;
    const refused = await importFiles([file], '');
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('CATALOGUE_IMPORT_INVALID');
    expect((await api.get<Json[]>('/api/matters?limit=500', designer)).body.length).toBe(before);
  });

  it('lets an admin create a department of a region, its id made from the name', async () => {
    const admin = await api.login('admin', 'admin-zhao');
    const created = await api.post('/api/departments', { name: '济南市历下区测试服务中心', region: '370102', regionName: '济南市历下区' }, admin);
    expect(created.status).toBe(201);
    expect(created.body['id']).toMatch(/370102$/);
    expect((await api.post('/api/departments', { name: '济南市历下区测试服务中心', region: '370102' }, admin)).body['code']).toBe('DEPARTMENT_EXISTS');
    expect((await api.post('/api/departments', { name: '某局', region: '370102' }, designer)).status).toBe(403);
  });
});
