// End to end over HTTP on a real server process: the electronic archive (电子归档) of a newborn
// application, unzipped here with another zip implementation (fflate), every file checked against the
// SHA-256 and size in manifest.json; who may read it, and what an officer's share holds.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { decideStep, walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { minimalPdf, tinyPng, uploadFile } from '../support/uploadFiles.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface Manifest {
  format: string;
  formatVersion: number;
  applicationId: string;
  bundleId: string;
  bundleVersion: number;
  status: string;
  scope: { kind: string; department?: string };
  generatedAt: string;
  generatedFor: string;
  files: { path: string; sha256: string; size: number; mediaType: string }[];
}

const sample = newbornSample('valid-single-birth');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
const officers: Record<string, string> = {};
let completedId: string;
const uploaded: Record<string, Buffer> = {};

async function submit(key: string): Promise<string> {
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...sample }, citizen, { 'idempotency-key': key });
  expect(created.status).toBe(201);
  return created.body.id;
}

const view = async (id: string) => (await api.get<ApplicationView>(`/api/applications/${id}`, citizen)).body;

/** Approves every pending matter until none is left (dependencies become pending as others are approved). */
async function approveAll(id: string): Promise<ApplicationView> {
  for (let round = 0; round < 10; round++) {
    const pending = (await view(id)).matters.filter((m) => m.status === 'pending');
    if (pending.length === 0) break;
    for (const matter of pending) {
      await walkReview(api, matter.taskId, matter.department, { comment: `${matter.matterId} 审核通过` });
    }
  }
  return view(id);
}

async function archiveOf(id: string, token: string) {
  const response = await fetch(`${server.url}/api/applications/${id}/archive`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

/** Unzips the archive and checks it against its manifest: the same files, in order, with their hashes and sizes. */
function verified(bytes: Uint8Array): { manifest: Manifest; entries: Record<string, Uint8Array>; names: string[] } {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries);
  expect(names[0]).toBe('manifest.json');
  const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? new Uint8Array()).toString('utf8')) as Manifest;
  expect(names.slice(1)).toEqual(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const content = entries[file.path];
    expect(content, file.path).toBeDefined();
    expect(sha256(content ?? new Uint8Array()), file.path).toBe(file.sha256);
    expect(content?.length, file.path).toBe(file.size);
  }
  return { manifest, entries, names };
}

const json = (entries: Record<string, Uint8Array>, name: string): unknown => JSON.parse(Buffer.from(entries[name] ?? new Uint8Array()).toString('utf8'));

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-archive');
  for (const department of ['health', 'police', 'medical-insurance', 'human-resources-social-security', 'tax']) {
    officers[department] = officers[officerDepartment(department)] = await api.login('officer', `officer-${department}`, department); // by its short and its regional id
  }
  completedId = await submit('archive-1');
  const files: [string, Buffer, string][] = [
    ['parents-id-cards', tinyPng(10), '父母身份证.png'],
    ['parents-id-cards', minimalPdf('ID cards, back'), '身份证反面.pdf'],
    ['birth-medical-certificate', minimalPdf('birth certificate'), '出生医学证明.pdf'],
    ['household-register', tinyPng(11), 'hukou.png'],
  ];
  for (const [materialId, content, filename] of files) {
    const response = await uploadFile(server.url, completedId, materialId, { content, filename, contentType: 'application/octet-stream' }, citizen);
    expect(response.status).toBe(201);
    uploaded[filename] = content;
  }
  expect((await approveAll(completedId)).status).toBe('completed');
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the electronic archive of a completed application', () => {
  it('is a zip whose manifest lists every file with its SHA-256 and size, all verified', async () => {
    const archive = await archiveOf(completedId, citizen);
    expect(archive.status).toBe(200);
    expect(archive.headers.get('content-type')).toBe('application/zip');
    expect(archive.headers.get('content-disposition')).toBe(`attachment; filename="onego-archive-${completedId}.zip"`);
    const { manifest, names } = verified(archive.bytes);
    expect(manifest).toMatchObject({
      format: 'onego-archive',
      formatVersion: 1,
      applicationId: completedId,
      bundleId: 'henan-newborn',
      bundleVersion: 1,
      status: 'completed',
      scope: { kind: 'applicant' },
      generatedFor: 'citizen-archive',
    });
    expect(Number.isNaN(Date.parse(manifest.generatedAt))).toBe(false);
    expect(names).toEqual([
      'manifest.json',
      'application.json',
      'form/answers.json',
      'form/data.json',
      'form/places.json',
      'decisions.json',
      'timeline.json',
      'results.json',
      'bundle-version.json',
      'materials/index.json',
      'materials/parents-id-cards/1-父母身份证.png',
      'materials/parents-id-cards/2-身份证反面.pdf',
      'materials/birth-medical-certificate/1-出生医学证明.pdf',
      'materials/household-register/1-hukou.png',
    ]);
  });

  it('holds the form, the uploaded files themselves, decisions, timeline, results and the bundle version', async () => {
    const { entries } = verified((await archiveOf(completedId, citizen)).bytes);
    expect(json(entries, 'form/answers.json')).toEqual(sample.answers);
    expect(json(entries, 'form/data.json')).toEqual(sample.data);
    // the division codes as places a reader knows
    expect(json(entries, 'form/places.json')).toContainEqual({ path: '/child/0/birthPlace', field: '出生地', code: '410105', name: '河南省 郑州市 金水区' });
    expect(Buffer.from(entries['materials/parents-id-cards/1-父母身份证.png'] ?? []).equals(uploaded['父母身份证.png'] ?? Buffer.alloc(0))).toBe(true);
    expect(Buffer.from(entries['materials/birth-medical-certificate/1-出生医学证明.pdf'] ?? []).equals(uploaded['出生医学证明.pdf'] ?? Buffer.alloc(0))).toBe(true);
    const index = json(entries, 'materials/index.json') as { materialId: string; path: string; sha256: string; mediaType: string; materialName: { zh: string } }[];
    expect(index.map((m) => [m.materialId, m.mediaType])).toEqual([
      ['parents-id-cards', 'image/png'],
      ['parents-id-cards', 'application/pdf'],
      ['birth-medical-certificate', 'application/pdf'],
      ['household-register', 'image/png'],
    ]);
    expect(index[0]?.materialName.zh).toBe('父母双方有效身份证件');
    const application = await view(completedId);
    const decisions = json(entries, 'decisions.json') as { matterId: string; status: string; decidedBy: string | null; entries: { what: string; details?: { comment?: string } }[] }[];
    expect(decisions.map((d) => d.matterId)).toEqual(application.matters.map((m) => m.matterId));
    expect(decisions.every((d) => d.status === 'approved' && d.decidedBy)).toBe(true);
    const certificate = decisions.find((d) => d.matterId === 'birth-medical-certificate');
    // Its last step, 签发, completed by the hospital's case officer (reviewWalk.ts); each step with its comment.
    expect(certificate?.decidedBy).toBe(`officer-${officerDepartment('health')}-case`);
    expect(certificate?.entries.filter((e) => e.what === 'COMPLETE_STEP').map((e) => e.details?.comment)).toEqual(['birth-medical-certificate 审核通过', 'birth-medical-certificate 审核通过']);
    expect(json(entries, 'results.json')).toEqual(application.results);
    const timeline = json(entries, 'timeline.json') as { what: string }[];
    expect(timeline.map((e) => e.what)).toEqual(application.timeline.map((e) => e.what));
    expect(timeline.filter((e) => e.what === 'MATERIAL_UPLOADED')).toHaveLength(4);
    expect(json(entries, 'application.json')).toMatchObject({ id: completedId, status: 'completed', applicant: 'citizen-archive', bundleName: { zh: '新生儿出生一件事' } });
    const version = json(entries, 'bundle-version.json') as { bundleId: string; version: number; definitionSha256: string; matters: { id: string }[] };
    expect(version).toMatchObject({ bundleId: 'henan-newborn', version: 1 });
    expect(version.definitionSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(version.matters.map((m) => m.id)).toContain('birth-medical-certificate');
  });

  it('has the same entries in the same order every time; only the manifest’s generation time differs', async () => {
    const first = verified((await archiveOf(completedId, citizen)).bytes);
    const second = verified((await archiveOf(completedId, citizen)).bytes);
    expect(second.names).toEqual(first.names);
    for (const name of first.names.slice(1)) expect(Buffer.from(second.entries[name] ?? []).equals(Buffer.from(first.entries[name] ?? [])), name).toBe(true);
    expect(second.manifest.files).toEqual(first.manifest.files);
  });

  it("gives an officer their department's share: its fields and files, no answers, others' details left out", async () => {
    const health = await archiveOf(completedId, officers['health'] ?? '');
    expect(health.status).toBe(200);
    const { manifest, entries, names } = verified(health.bytes);
    expect(manifest.scope).toEqual({ kind: 'department', department: officerDepartment('health') });
    expect(names).not.toContain('form/answers.json');
    expect(names.filter((n) => n.startsWith('materials/') && n !== 'materials/index.json')).toEqual([
      'materials/parents-id-cards/1-父母身份证.png',
      'materials/parents-id-cards/2-身份证反面.pdf',
      'materials/birth-medical-certificate/1-出生医学证明.pdf',
    ]);
    const data = json(entries, 'form/data.json') as Record<string, unknown>;
    expect(Object.keys(data)).toContain('mother');
    expect((json(entries, 'form/places.json') as { path: string }[]).map((p) => p.path)).toEqual(['/child/0/birthPlace', '/residence/divisionCode']);
    expect(Object.keys(data).length).toBeLessThan(Object.keys(sample.data).length);
    const decisions = json(entries, 'decisions.json') as { matterId: string; entries: { what: string; details?: unknown }[] }[];
    const police = decisions.find((d) => d.matterId === 'birth-household-registration');
    expect(police?.entries.find((e) => e.what === 'APPROVE')?.details).toBeUndefined();

    const policeArchive = verified((await archiveOf(completedId, officers['police'] ?? '')).bytes);
    // Household registration lists the birth certificate and the household register, not the ID cards.
    expect(policeArchive.names.filter((n) => n.startsWith('materials/') && n !== 'materials/index.json')).toEqual([
      'materials/birth-medical-certificate/1-出生医学证明.pdf',
      'materials/household-register/1-hukou.png',
    ]);
  });

  it('HEAD answers the headers only, and a client that stops reading early does not harm the server', async () => {
    const head = await fetch(`${server.url}/api/applications/${completedId}/archive`, { method: 'HEAD', headers: { authorization: `Bearer ${citizen}` } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/zip');
    const controller = new AbortController();
    const partial = await fetch(`${server.url}/api/applications/${completedId}/archive`, { headers: { authorization: `Bearer ${citizen}` }, signal: controller.signal });
    const reader = partial.body?.getReader();
    await reader?.read();
    controller.abort();
    const content = await fetch(`${server.url}/api/applications/${completedId}/materials/no-such-upload/content`, { method: 'HEAD', headers: { authorization: `Bearer ${citizen}` } });
    expect(content.status).toBe(404);
    expect(verified((await archiveOf(completedId, citizen)).bytes).manifest.applicationId).toBe(completedId);
    expect(server.process.exitCode).toBeNull();
  });

  it('a completed application takes no more uploads (409)', async () => {
    const late = await uploadFile(server.url, completedId, 'parents-id-cards', { content: tinyPng(12) }, citizen);
    expect(late.status).toBe(409);
    expect(late.body['code']).toBe('APPLICATION_CLOSED');
  });
});

describe('who may have an archive, and when', () => {
  it('an application in progress has none yet (409 ARCHIVE_NOT_READY)', async () => {
    const inProgress = await submit('archive-2');
    const response = await api.get<{ code: string; message: string }>(`/api/applications/${inProgress}/archive`, citizen);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ARCHIVE_NOT_READY');
    expect(response.body.message).toContain('in_progress');
  });

  it('a rejected application is archived too', async () => {
    const id = await submit('archive-3');
    const certificate = (await view(id)).matters.find((m) => m.matterId === 'birth-medical-certificate');
    const rejected = await decideStep(api, certificate?.taskId ?? '', 'health', { decision: 'reject', comment: '出生信息不符' });
    expect(rejected.body.applicationStatus).toBe('rejected');
    const archive = await archiveOf(id, citizen);
    expect(archive.status).toBe(200);
    const { manifest, entries } = verified(archive.bytes);
    expect(manifest.status).toBe('rejected');
    expect(json(entries, 'results.json')).toEqual([]);
  });

  it('anyone else is told it does not exist (404): another citizen, an uninvolved department, a designer', async () => {
    const other = await api.login('citizen', 'citizen-other');
    const designer = await api.login('designer', 'designer-archive');
    for (const token of [other, officers['tax'] ?? '', designer]) {
      const response = await api.get<{ code: string }>(`/api/applications/${completedId}/archive`, token);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('APPLICATION_NOT_FOUND');
    }
    expect((await api.get(`/api/applications/${completedId}/archive`)).status).toBe(401);
  });
});
