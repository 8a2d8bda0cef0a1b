// POST /api/matters/{id}/compare: a bundle draft's copy of a matter against the catalogue's latest
// version — which version the copy is, and what changes (in the service guide's words) when the draft
// moves to the latest; refused for a copy not shaped as a matter, an unknown matter and non-designers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Change {
  what: { zh: string; en: string };
  kind: string;
  before?: { zh: string };
  after?: { zh: string };
}
interface Comparison {
  id: string;
  latest: { version: number; publishedBy: string };
  sameAs: number | null;
  changes: Change[];
}
type Matter = Record<string, unknown> & { id: string; timeLimits: { committed: { days: number; kind: string } }; materials: Record<string, unknown>[] };

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: string;
let officer: string;

beforeAll(async () => {
  server = await startServerProcess({});
  api = client(server.url);
  designer = await api.login('designer', 'designer-wang');
  officer = await api.login('officer', 'officer-health', 'health');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('comparing a bundle draft’s matter with the catalogue', () => {
  it('says which version the copy is and what the newer version changes', async () => {
    const bundle = (await api.get<{ definition: { matters: Matter[] } }>('/api/bundles/henan-newborn')).body.definition;
    const copy = bundle.matters.find((m) => m.id === 'birth-medical-certificate');
    if (!copy) throw new Error('the example changed');

    const current = await api.post<Comparison>('/api/matters/birth-medical-certificate/compare', copy, designer);
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ id: 'birth-medical-certificate', latest: { version: 1 }, sameAs: 1, changes: [] });

    const newer = structuredClone(copy);
    newer.timeLimits = { ...newer.timeLimits, committed: { days: copy.timeLimits.committed.days + 2, kind: 'working' } };
    newer.materials = [...newer.materials, { id: 'hospital-record', name: { zh: '住院病历', en: 'Hospital record' }, issuer: { zh: '医院', en: 'Hospital' }, copies: 1, original: 'copy', medium: 'paper' }];
    expect((await api.post('/api/matters', newer, designer)).status).toBe(200);
    const published = await api.post<{ version: number }>('/api/matters/birth-medical-certificate/publish', {}, designer);
    expect(published.body).toMatchObject({ version: 2 });

    const moved = await api.post<Comparison>('/api/matters/birth-medical-certificate/compare', copy, designer);
    expect(moved.body.latest.version).toBe(2);
    expect(moved.body.sameAs).toBe(1);
    const words = moved.body.changes.map((c) => [c.kind, c.what.zh, c.before?.zh, c.after?.zh]);
    expect(words).toContainEqual(['changed', '承诺办结时限', `${copy.timeLimits.committed.days} 个工作日`, `${copy.timeLimits.committed.days + 2} 个工作日`]);
    expect(words).toContainEqual(['added', '申请材料「住院病历」', undefined, '住院病历']);
    // Nothing a designer reads is JSON.
    const texts = moved.body.changes.flatMap((c) => [c.what, c.before, c.after].flatMap((x) => (x ? Object.values(x) : [])));
    for (const text of texts) expect(text).not.toMatch(/[{}[\]"]/);

    // A copy edited inside the bundle is no published version.
    const edited = await api.post<Comparison>('/api/matters/birth-medical-certificate/compare', { ...newer, visits: { count: 2 } }, designer);
    expect(edited.body.sameAs).toBeNull();
    expect(edited.body.changes.map((c) => c.what.zh)).toEqual(['到办事现场次数']);
  });

  it('words what replaces a material (e-licence, shared data), never as JSON', async () => {
    const bundle = (await api.get<{ definition: { matters: Matter[] } }>('/api/bundles/henan-newborn')).body.definition;
    const registration = bundle.matters.find((m) => m.id === 'birth-household-registration');
    if (!registration) throw new Error('the example changed');
    const copy = structuredClone(registration);
    const marriage = copy.materials.find((m) => (m['name'] as { zh: string }).zh === '结婚证');
    if (!marriage) throw new Error('the example changed');
    delete marriage['replaceableBy'];
    const compared = await api.post<Comparison>('/api/matters/birth-household-registration/compare', copy, designer);
    expect(compared.body.changes).toHaveLength(1);
    const [change] = compared.body.changes;
    expect(change?.what.zh).toBe('申请材料「结婚证」的免提交方式');
    expect(change?.kind).toBe('added');
    expect(change?.after?.zh).toMatch(/^电子证照「[^」]+」；共享数据（[^）]+）$/);
    expect(change?.after?.zh).not.toMatch(/[{}[\]"]|marriage\./);
  });

  it('refuses a copy not shaped as a matter, an unknown matter, and callers other than designers', async () => {
    const broken = await api.post<{ code: string; message: string }>('/api/matters/birth-medical-certificate/compare', { name: { zh: '出生医学证明' }, materials: 'none' }, designer);
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('MATTER_INVALID');
    const unknown = await api.post<{ code: string }>('/api/matters/no-such-matter/compare', { name: { zh: '无' } }, designer);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MATTER_NOT_FOUND');
    expect((await api.post('/api/matters/birth-medical-certificate/compare', {}, officer)).status).toBe(403);
    expect((await api.post('/api/matters/birth-medical-certificate/compare', {})).status).toBe(401);
  });
});
