// Local data elements (本地区数据元) over HTTP: a designer adds one to a region's dictionary (its id made
// from the Chinese name), a name the standard dictionary or the region already has is refused, the type
// is one of the plain choices; two matters of the region bind it and publish, a matter of another region
// may not; a bundle of the two asks it once and keeps it as it was published; officers and citizens may
// not add one. Runs on SQLite and on PostgreSQL (vitest projects sqlite and postgres).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDepartment } from '../support/exampleDepartments.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

type Json = Record<string, unknown>;
interface Entry {
  id: string;
  label: { zh: string; en: string };
  type: string;
  format?: string;
  options?: { value: unknown; label: { zh: string } }[];
  origin: 'standard' | 'local';
  region?: string;
}

const vaccination = JSON.parse(readFileSync('examples/newborn/matters/vaccination-certificate.json', 'utf8')) as Json;
const JINAN_POLICE = exampleDepartment('police', 'school-enrolment'); // 370102
const HENAN_HEALTH = exampleDepartment('health', 'newborn'); // 410000

/** A matter of a department whose form binds these elements (a copy of the vaccination matter). */
function matterOf(name: string, department: { id: string; zh: string }, elements: string[]): Json {
  const rest = Object.fromEntries(Object.entries(vaccination).filter(([key]) => !['id', 'code', 'autoApproval'].includes(key)));
  return {
    ...rest,
    name: { zh: name, en: name },
    department: { id: department.id, name: { zh: department.zh, en: department.zh } },
    form: { fields: [{ element: 'applicant.name', required: true }, ...elements.map((element) => ({ element, required: true }))] },
  };
}

function bundleOf(id: string, matters: string[]): Json {
  return {
    id,
    version: '1.0.0',
    name: { zh: '住房面积测试一件事', en: 'Floor area test' },
    dictionary: 'cn-standard',
    region: { divisionCode: '370102', name: { zh: '历下区' } },
    questions: { type: 'object', properties: {}, required: [] },
    matters: matters.map((matter) => ({ matter })),
    steps: [
      { id: 'apply', name: { zh: '一表申请', en: 'One merged application' } },
      { id: 'parallel-review', name: { zh: '并联审批', en: 'Parallel approval' } },
      { id: 'unified-issuance', name: { zh: '统一发证', en: 'Unified issuance' } },
    ],
    timeLimits: { committed: { days: 5, kind: 'working' } },
    visits: { count: 0 },
    issuance: { mode: 'unified', delivery: ['electronic'] },
  };
}

describe('local data elements (本地区数据元)', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  let designer: string;
  let area: Entry;
  beforeAll(async () => {
    server = await startServerProcess();
    api = client(server.url);
    designer = await api.login('designer', 'designer-local-elements');
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('adds an element to the region’s dictionary with an id made from its Chinese name, listed as local after the standard ones', async () => {
    const created = await api.post<Entry>('/api/data-elements', { region: '370102', name: { zh: '住宅建筑面积', en: 'Floor area of the home' }, type: 'number', format: 'amount' }, designer);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    area = created.body;
    expect(area).toMatchObject({ id: 'local.zhuzhaijianzhumianji', label: { zh: '住宅建筑面积', en: 'Floor area of the home' }, type: 'number', format: 'amount', origin: 'local', region: '370102' });
    const options = await api.post<Entry>('/api/data-elements', { region: '370102', name: { zh: '房屋用途' }, type: 'string', options: [{ zh: '住宅' }, { zh: '商业', en: 'Commercial' }] }, designer);
    expect(options.status, JSON.stringify(options.body)).toBe(201);
    expect(options.body.options).toEqual([
      { value: 'option1', label: { zh: '住宅', en: '住宅' } },
      { value: 'option2', label: { zh: '商业', en: 'Commercial' } },
    ]);

    const jinan = (await api.get<Entry[]>('/api/data-elements?region=370102', designer)).body;
    const standard = jinan.filter((e) => e.origin === 'standard');
    expect(standard.length).toBeGreaterThan(20);
    expect(standard.find((e) => e.id === 'applicant.name')?.label.zh).toBe('申请人姓名');
    expect(jinan.filter((e) => e.origin === 'local').map((e) => e.label.zh)).toEqual(['住宅建筑面积', '房屋用途']);
    expect(jinan.findIndex((e) => e.origin === 'local')).toBe(standard.length); // standard first
  });

  it('scopes local elements by region: another region neither sees them nor is refused their name', async () => {
    const henan = (await api.get<Entry[]>('/api/data-elements?region=410000', designer)).body;
    expect(henan.some((e) => e.origin === 'local')).toBe(false);
    expect((await api.get<Entry[]>('/api/data-elements', designer)).body.every((e) => e.origin === 'standard')).toBe(true);
    const same = await api.post<Entry>('/api/data-elements', { region: '410000', name: { zh: '住宅建筑面积' }, type: 'number' }, designer);
    expect(same.status, JSON.stringify(same.body)).toBe(201);
    expect(same.body.id).not.toBe(area.id); // ids are unique across regions
    expect(same.body.id).toMatch(/^local\.zhuzhaijianzhumianji\d$/);
    expect((await api.get<Entry[]>('/api/data-elements?region=410000', designer)).body.filter((e) => e.origin === 'local').map((e) => e.id)).toEqual([same.body.id]);
  });

  it('refuses a name the region or the standard dictionary has, and a type that is no plain choice, in Chinese and English, writing nothing', async () => {
    const again = await api.post<Json>('/api/data-elements', { region: '370102', name: { zh: ' 住宅建筑面积 ' }, type: 'string' }, designer);
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('DATA_ELEMENT_EXISTS');
    expect(String(again.body['message'])).toContain('住宅建筑面积');
    const standard = await api.call('POST', '/api/data-elements', { token: designer, body: { region: '370102', name: { zh: '申请人姓名' }, type: 'string' }, headers: { 'accept-language': 'en' } });
    expect(standard.status).toBe(409);
    expect((standard.body as Json)['code']).toBe('DATA_ELEMENT_EXISTS');
    expect(String((standard.body as Json)['message'])).toContain('standard data element');
    const regex = await api.post<Json>('/api/data-elements', { region: '370102', name: { zh: '门牌号' }, type: 'string', format: 'regex' }, designer);
    expect(regex.status).toBe(422);
    expect(regex.body['code']).toBe('DATA_ELEMENT_TYPE_INVALID');
    expect(String(regex.body['message'])).toMatch(/文本.*日期/);
    expect((await api.post<Json>('/api/data-elements', { region: '370102', name: { zh: '门牌号' }, type: 'object' }, designer)).body['code']).toBe('DATA_ELEMENT_TYPE_INVALID');
    const numberOptions = await api.post<Json>('/api/data-elements', { region: '370102', name: { zh: '门牌号' }, type: 'number', options: [{ zh: '一' }] }, designer);
    expect([numberOptions.status, numberOptions.body['code']]).toEqual([422, 'DATA_ELEMENT_OPTIONS_INVALID']);
    expect((await api.post<Json>('/api/data-elements', { region: '3701', name: { zh: '门牌号' }, type: 'string' }, designer)).body['code']).toBe('REGION_INVALID');
    expect((await api.post<Json>('/api/data-elements', { region: '370102', name: { zh: '  ' }, type: 'string' }, designer)).body['code']).toBe('DATA_ELEMENT_NAME_REQUIRED');
    const local = (await api.get<Entry[]>('/api/data-elements?region=370102', designer)).body.filter((e) => e.origin === 'local');
    expect(local.map((e) => e.label.zh)).toEqual(['住宅建筑面积', '房屋用途']);
  });

  it('lets officers read the dictionary but only designers add to it', async () => {
    const officer = await api.login('officer', 'officer-local-elements', JINAN_POLICE);
    expect((await api.get('/api/data-elements?region=370102', officer)).status).toBe(200);
    expect((await api.post('/api/data-elements', { region: '370102', name: { zh: '车位面积' }, type: 'number' }, officer)).status).toBe(403);
    const citizen = await api.login('citizen', 'citizen-local-elements');
    expect((await api.get('/api/data-elements?region=370102', citizen)).status).toBe(403);
    expect((await api.post('/api/data-elements', { region: '370102', name: { zh: '车位面积' }, type: 'number' })).status).toBe(401);
  });

  it('is bound in published matters of its region, merged into one field of a bundle of two, pinned by the version', async () => {
    const jinan = { id: JINAN_POLICE, zh: '济南市公安局历下区分局' };
    const ids: string[] = [];
    for (const name of ['住房面积核验甲', '住房面积核验乙']) {
      const saved = await api.post<Json>('/api/matters', matterOf(name, jinan, [area.id]), designer);
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      expect(saved.body['problems']).toEqual([]);
      const published = await api.post<Json>(`/api/matters/${String(saved.body['id'])}/publish`, {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
      expect(published.status, JSON.stringify(published.body)).toBe(201);
      ids.push(String(saved.body['id']));
    }

    // A matter of 河南 may not bind 济南's element: the same problem as an unknown standard one.
    const henan = await api.post<Json>('/api/matters', matterOf('住房面积核验丙', { id: HENAN_HEALTH, zh: '卫生健康委员会' }, [area.id]), designer);
    expect(henan.status).toBe(201);
    expect((henan.body['problems'] as Json[]).map((p) => p['code'])).toContain('UNKNOWN_DATA_ELEMENT');
    const refused = await api.post<Json>(`/api/matters/${String(henan.body['id'])}/publish`, {}, designer);
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('MATTER_INVALID');

    // A bundle of the two 济南 matters: checked and published as if the element were standard; asked once.
    const matters = await Promise.all(ids.map(async (id) => (await api.get<{ definition: Json }>(`/api/matters/${id}`, designer)).body.definition));
    const draft = await api.post<{ issues: unknown[] }>('/api/bundles', { bundle: bundleOf('floor-area-test', ids), matters }, designer);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body.issues).toEqual([]);
    const published = await api.post<{ version: number }>('/api/bundles/floor-area-test/publish', {}, designer);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const detail = await api.get<{ definition: { localElements?: Entry[] } }>('/api/bundles/floor-area-test');
    expect(detail.body.definition.localElements).toEqual([{ id: area.id, label: { zh: '住宅建筑面积', en: 'Floor area of the home' }, type: 'number', format: 'amount' }]);
    const preview = await api.post<{ form: { schema: { properties: Record<string, { properties?: Record<string, { title?: string }> }> } } }>('/api/bundles/floor-area-test/preview', {});
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const form = JSON.stringify(preview.body.form.schema);
    expect(form.split('住宅建筑面积').length - 1).toBe(1); // one field for both matters
    expect(preview.body.form.schema.properties['local']?.properties?.['zhuzhaijianzhumianji']?.title).toBe('住宅建筑面积');

    // A citizen applies with it; a value that is no amount is refused like any standard element's.
    const citizen = await api.login('citizen', 'citizen-floor-area');
    const data = { applicant: { name: '张三' }, local: { zhuzhaijianzhumianji: 89.5 } };
    const bad = await api.post<Json>('/api/applications', { bundleId: 'floor-area-test', answers: {}, data: { ...data, local: { zhuzhaijianzhumianji: 'large' } } }, citizen, { 'idempotency-key': 'floor-1' });
    expect(bad.status).toBe(422);
    const applied = await api.post<Json>('/api/applications', { bundleId: 'floor-area-test', answers: {}, data }, citizen, { 'idempotency-key': 'floor-2' });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  });
});
