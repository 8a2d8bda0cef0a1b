// Uploads before submission (申请材料随草稿上传) on a real server process: a citizen attaches files to their
// application draft — checked exactly as an application's uploads are (limits, real type, errors) — lists,
// downloads and removes them; nobody else can touch them; submitting with the draft makes them the
// application's in the same transaction (officers see their own matters' files in the task); the rows of
// a deleted or expired draft go with it, and their files once no upload names them (orphan collection);
// a file that no longer fits its material refuses the submission.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { storedBlobs } from '../support/storedBlobs.ts';
import { minimalPdf, postParts, tinyPng, uploadDraftFile } from '../support/uploadFiles.ts';

interface DraftUpload {
  id: string;
  draftId: string;
  materialId: string;
  filename: string;
  size: number;
  sha256: string;
  mediaType: string;
  declaredType: string | null;
  uploadedAt: string;
  contentUrl: string;
}
interface Draft {
  id: string;
  version: number;
  commitments: string[];
  updatedAt: string;
  expiresAt: string;
}
interface Upload {
  id: string;
  applicationId: string;
  materialId: string;
  matterIds: string[];
  filename: string;
  sha256: string;
  contentUrl: string;
}
interface Material {
  materialId: string;
  requiredBy: string[];
  waivedBy: unknown;
  commitment: { text: string } | null;
  owed: boolean;
  uploads: Upload[];
}
interface View extends ApplicationView {
  materials: Material[];
  timeline: (ApplicationView['timeline'][number] & { details?: Record<string, unknown> })[];
}
interface ErrorBody {
  code: string;
  message: string;
  uploadId?: string;
  materialId?: string;
}

const START = '2026-03-02T09:30:00+08:00';
const sample = newbornSample('valid-single-birth');
/** Without the birth registration (民政/卫健 出生登记), the marriage certificate is the police matter's alone, with its 告知承诺. */
const answers = { ...sample.answers, registerBirth: false };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let keys = 0;

const citizen = () => api.login('citizen', 'citizen-draft-files');
const officer = (department: string) => api.login('officer', `officer-${department}`, department);

async function newDraft(token: string, draftAnswers: Record<string, unknown> = answers, bundleId = 'henan-newborn'): Promise<Draft> {
  const created = await api.post<Draft>('/api/application-drafts', { bundleId, answers: draftAnswers, data: sample.data }, token);
  expect(created.status).toBe(201);
  return created.body;
}

async function download(url: string, token: string) {
  const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const submit = async (token: string, body: Record<string, unknown>) =>
  api.post<SubmitResponse & ErrorBody>('/api/applications', { bundleId: 'henan-newborn', ...sample, answers, ...body }, token, { 'idempotency-key': `draft-files-${++keys}` });

async function taskOf(applicationId: string, department: string, matterId: string): Promise<string> {
  const tasks = await api.get<TaskSummary[]>('/api/tasks?pageSize=100', await officer(department));
  const task = tasks.body.find((t) => t.applicationId === applicationId && t.matterId === matterId);
  expect(task, `${matterId} task`).toBeDefined();
  return task?.id ?? '';
}

/** Rows of the draft uploads table, read from the server's database file. */
async function draftUploadRows(draftId: string): Promise<number> {
  const db = server.database();
  try {
    const row = (await db('draft_material_uploads').where({ draft_id: draftId }).count({ n: '*' }).first()) as { n: number | string };
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: START, ONEGO_DRAFT_TTL_DAYS: '2' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('uploading to a draft, before submitting', () => {
  let draft: Draft;
  let id: DraftUpload;
  let wrong: DraftUpload;
  const png = tinyPng(7);
  const pdf = minimalPdf('Marriage');

  it('accepts a real file for a material of the matters the draft includes, and keeps the draft from expiring', async () => {
    const token = await citizen();
    draft = await newDraft(token);
    await api.post('/api/test/clock', { advanceMs: 3_600_000 });
    const response = await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: png, filename: '身份证.png', contentType: 'application/octet-stream' }, token);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    id = response.body as unknown as DraftUpload;
    expect(id).toMatchObject({ draftId: draft.id, materialId: 'parents-id-cards', filename: '身份证.png', size: png.length, sha256: sha256(png), mediaType: 'image/png', declaredType: 'application/octet-stream' });
    expect(response.headers.get('location')).toBe(`/api/application-drafts/${draft.id}/materials/${id.id}/content`);
    const after = await api.get<Draft>(`/api/application-drafts/${draft.id}`, token);
    expect(after.body.version).toBe(draft.version); // an upload is no save of the answers and data…
    expect(Date.parse(after.body.expiresAt)).toBeGreaterThan(Date.parse(draft.expiresAt)); // …but keeps the draft alive
    wrong = (await uploadDraftFile(server.url, draft.id, 'marriage-certificate', { content: tinyPng(9), filename: '错的.png' }, token)).body as unknown as DraftUpload;
    expect(wrong.materialId).toBe('marriage-certificate');
  });

  it('refuses what an application upload refuses, with the same codes, in Chinese and English', async () => {
    const token = await citizen();
    const fake = await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: 'not an image', filename: 'x.png', contentType: 'image/png' }, token);
    expect(fake.status).toBe(415);
    expect(fake.body).toMatchObject({ code: 'MATERIAL_TYPE_NOT_ALLOWED', detected: 'text/plain' });
    expect(fake.body['message']).toContain('纯文本');
    const english = await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: 'not an image' }, token, { 'accept-language': 'en' });
    expect(english.body['message']).toBe('the file is plain text (text/plain); this material accepts only: JPEG image (image/jpeg), PNG image (image/png), PDF document (application/pdf)');
    const large = await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: Buffer.concat([tinyPng(), Buffer.alloc(5 * 1024 * 1024)]) }, token);
    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({ code: 'MATERIAL_TOO_LARGE', maxBytes: 5 * 1024 * 1024 });
    const none = await postParts(`${server.url}/api/application-drafts/${draft.id}/materials/parents-id-cards`, [{ field: 'note', content: 'no file' }], token);
    expect(none.status).toBe(400);
    expect(none.body['code']).toBe('MATERIAL_FILE_MISSING');
    const json = await api.post(`/api/application-drafts/${draft.id}/materials/parents-id-cards`, { file: 'x' }, token);
    expect(json.status).toBe(415);
    expect(json.body['code']).toBe('MULTIPART_REQUIRED');
    const unknown = await uploadDraftFile(server.url, draft.id, 'no-such-material', { content: png }, token);
    expect(unknown.status).toBe(404);
    expect(unknown.body['code']).toBe('MATERIAL_NOT_FOUND');
    const listed = await api.get<DraftUpload[]>(`/api/application-drafts/${draft.id}/materials`, token);
    expect(listed.body.map((u) => u.id)).toEqual([id.id, wrong.id]); // nothing refused was recorded
  });

  it('lists, serves and removes the files; a removed file is gone', async () => {
    const token = await citizen();
    const file = await download(id.contentUrl, token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.bytes.equals(png)).toBe(true);
    const removed = await api.call('DELETE', `/api/application-drafts/${draft.id}/materials/${wrong.id}`, { token });
    expect(removed.status).toBe(204);
    const again = await api.call<ErrorBody>('DELETE', `/api/application-drafts/${draft.id}/materials/${wrong.id}`, { token });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('UPLOAD_NOT_FOUND');
    expect((await download(wrong.contentUrl, token)).status).toBe(404);
    const replaced = await uploadDraftFile(server.url, draft.id, 'marriage-certificate', { content: pdf, filename: '结婚证.pdf' }, token);
    expect(replaced.status).toBe(201);
    const listed = await api.get<DraftUpload[]>(`/api/application-drafts/${draft.id}/materials`, token);
    expect(listed.body.map((u) => [u.materialId, u.filename])).toEqual([
      ['parents-id-cards', '身份证.png'],
      ['marriage-certificate', '结婚证.pdf'],
    ]);
  });

  it("is the draft owner's alone: another citizen finds nothing (404), an officer is refused (403)", async () => {
    const other = await api.login('citizen', 'someone-else');
    const base = `/api/application-drafts/${draft.id}/materials`;
    expect((await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: png }, other)).body['code']).toBe('DRAFT_NOT_FOUND');
    expect((await api.get<ErrorBody>(base, other)).body.code).toBe('DRAFT_NOT_FOUND');
    expect((await download(id.contentUrl, other)).status).toBe(404);
    expect((await api.call('DELETE', `${base}/${id.id}`, { token: other })).status).toBe(404);
    const police = await officer('police');
    expect((await api.get(base, police)).status).toBe(403);
    expect((await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: png }, police)).status).toBe(403);
    expect((await download(id.contentUrl, police)).status).toBe(403);
    expect((await api.get(base)).status).toBe(401);
    expect((await api.get<DraftUpload[]>(base, await citizen())).body).toHaveLength(2); // all still there
  });

  it('keeps the commitments chosen in the draft, for the resume', async () => {
    const token = await citizen();
    const saved = await api.call<Draft>('PUT', `/api/application-drafts/${draft.id}`, { token, body: { commitments: ['marriage-certificate'], version: draft.version } });
    expect(saved.status).toBe(200);
    expect(saved.body.commitments).toEqual(['marriage-certificate']);
    expect((await api.get<Draft>(`/api/application-drafts/${draft.id}`, token)).body.commitments).toEqual(['marriage-certificate']);
    const bad = await api.call<ErrorBody>('PUT', `/api/application-drafts/${draft.id}`, { token, body: { commitments: 'marriage-certificate' } });
    expect(bad.status).toBe(400);
  });

  it('makes the files the application’s when submitted with the draft, in the same transaction', async () => {
    const token = await citizen();
    const drafted = await api.get<DraftUpload[]>(`/api/application-drafts/${draft.id}/materials`, token);
    const created = await submit(token, { draftId: draft.id, commitments: ['marriage-certificate'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const applicationId = created.body.id;
    expect((await api.get(`/api/application-drafts/${draft.id}/materials`, token)).status).toBe(404);
    expect(await draftUploadRows(draft.id)).toBe(0);

    const uploads = await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, token);
    expect(uploads.body.map((u) => ({ id: u.id, materialId: u.materialId, sha256: u.sha256, matterIds: u.matterIds }))).toEqual([
      { id: drafted.body[0]?.id, materialId: 'parents-id-cards', sha256: sha256(png), matterIds: ['birth-medical-certificate'] },
      { id: drafted.body[1]?.id, materialId: 'marriage-certificate', sha256: sha256(pdf), matterIds: ['birth-household-registration'] },
    ]);
    const view = await api.get<View>(`/api/applications/${applicationId}`, token);
    const uploaded = view.body.timeline.filter((e) => e.what === 'MATERIAL_UPLOADED');
    expect(uploaded.map((e) => e.details?.['uploadId'])).toEqual(drafted.body.map((u) => u.id));
    expect(uploaded.every((e) => Date.parse(e.at) <= Date.parse(view.body.timeline.find((s) => s.what === 'SUBMITTED')?.at ?? ''))).toBe(true);
    const marriage = view.body.materials.find((m) => m.materialId === 'marriage-certificate');
    expect(marriage).toMatchObject({ requiredBy: ['birth-household-registration'], owed: false, commitment: { text: expect.stringContaining('本人承诺') as string } });
    expect(marriage?.uploads.map((u) => u.filename)).toEqual(['结婚证.pdf']);
    expect(view.body.materials.find((m) => m.materialId === 'household-register')?.waivedBy ?? null).toBeNull();

    // The police officer sees the marriage certificate's file and commitment in the task, not the ID cards.
    const police = await officer('police');
    const task = await api.get<{ materials: Material[] }>(`/api/tasks/${await taskOf(applicationId, 'police', 'birth-household-registration')}`, police);
    const own = task.body.materials.find((m) => m.materialId === 'marriage-certificate');
    expect(own?.uploads.map((u) => u.sha256)).toEqual([sha256(pdf)]);
    expect(own?.commitment?.text).toContain('本人承诺');
    const bytes = await download(own?.uploads[0]?.contentUrl ?? '', police);
    expect(bytes.status).toBe(200);
    expect(bytes.bytes.equals(pdf)).toBe(true);
    const idCards = uploads.body.find((u) => u.materialId === 'parents-id-cards');
    expect((await download(idCards?.contentUrl ?? '', police)).status).toBe(403);
    // Officers see the materials of their own matters in the application view too.
    const policeView = await api.get<View>(`/api/applications/${applicationId}`, police);
    expect(policeView.body.materials.map((m) => m.materialId)).not.toContain('parents-id-cards');
    expect(policeView.body.materials.map((m) => m.materialId)).toContain('marriage-certificate');
    const health = await officer('health');
    const healthTask = await api.get<{ materials: Material[] }>(`/api/tasks/${await taskOf(applicationId, 'health', 'birth-medical-certificate')}`, health);
    expect(healthTask.body.materials.find((m) => m.materialId === 'parents-id-cards')?.uploads.map((u) => u.filename)).toEqual(['身份证.png']);
  });
});

describe('drafts that go take their uploads with them', () => {
  it('a deleted draft: its upload rows are gone', async () => {
    const token = await citizen();
    const draft = await newDraft(token);
    expect((await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: tinyPng(11) }, token)).status).toBe(201);
    expect(await draftUploadRows(draft.id)).toBe(1);
    expect((await api.call('DELETE', `/api/application-drafts/${draft.id}`, { token })).status).toBe(204);
    expect(await draftUploadRows(draft.id)).toBe(0);
  });

  it('an expired draft: its files are not submitted, and its rows go when drafts are next written', async () => {
    let token = await citizen();
    const draft = await newDraft(token);
    expect((await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: tinyPng(12) }, token)).status).toBe(201);
    expect((await api.post('/api/test/clock', { advanceMs: 2 * 86_400_000 + 60_000 })).status).toBe(200);
    token = await citizen(); // tokens last 12 hours of the server's clock
    expect((await uploadDraftFile(server.url, draft.id, 'parents-id-cards', { content: tinyPng(13) }, token)).body['code']).toBe('DRAFT_NOT_FOUND');
    const created = await submit(token, { draftId: draft.id });
    expect(created.status).toBe(201);
    expect((await api.get<Upload[]>(`/api/applications/${created.body.id}/materials`, token)).body).toEqual([]);
    await newDraft(token); // writing drafts deletes the expired ones
    expect(await draftUploadRows(draft.id)).toBe(0);
  });
});

describe('orphan collection: the files no upload names', () => {
  const stored = async (bytes: Buffer) => (await storedBlobs(server)).includes(sha256(bytes));

  it('removes the file of a deleted draft once past the grace period, keeps the files still named, and takes the same bytes again', async () => {
    let token = await citizen();
    const gone = await newDraft(token);
    const kept = await newDraft(token);
    const orphan = tinyPng(31);
    const named = tinyPng(32);
    expect((await uploadDraftFile(server.url, gone.id, 'parents-id-cards', { content: orphan }, token)).status).toBe(201);
    const keptUpload = (await uploadDraftFile(server.url, kept.id, 'parents-id-cards', { content: named }, token)).body as unknown as DraftUpload;
    expect((await api.call('DELETE', `/api/application-drafts/${gone.id}`, { token })).status).toBe(204);
    // Within the grace period (24 hours since it was stored): kept.
    expect((await api.post<{ orphanFilesRemoved: number }>('/api/test/clock', { advanceMs: 3_600_000 })).status).toBe(200);
    expect(await stored(orphan)).toBe(true);
    const collected = await api.post<{ orphanFilesRemoved: number }>('/api/test/clock', { advanceMs: 24 * 3_600_000 });
    expect(collected.body.orphanFilesRemoved).toBeGreaterThanOrEqual(1);
    expect(await stored(orphan)).toBe(false);
    expect(await stored(named)).toBe(true);
    token = await citizen(); // tokens last 12 hours of the server's clock
    const content = await download(keptUpload.contentUrl, token);
    expect(content.status).toBe(200);
    expect(content.bytes.equals(named)).toBe(true);
    // The same bytes uploaded again are stored again.
    const again = (await uploadDraftFile(server.url, kept.id, 'parents-id-cards', { content: orphan }, token)).body as unknown as DraftUpload;
    expect((await download(again.contentUrl, token)).bytes.equals(orphan)).toBe(true);
  });
});

describe('a file that no longer fits its material at submission', () => {
  it('refuses the submission (422 DRAFT_UPLOAD_NOT_ALLOWED) and writes nothing; drops files of materials no longer needed', async () => {
    // A version of the bundle whose birth registration accepts the marriage certificate only as PDF, and
    // asks for a proof that no other matter asks for.
    const designer = await api.login('designer', 'designer-draft-files');
    type Definition = { bundle: Record<string, unknown>; matters: { id: string; materials: { id: string; name: unknown; upload?: unknown }[] }[] };
    const published = await api.get<{ definition: Definition }>('/api/bundles/henan-newborn', designer);
    const definition = structuredClone(published.body.definition);
    const registration = definition.matters.find((m) => m.id === 'birth-registration');
    const marriage = registration?.materials.find((m) => m.id === 'marriage-certificate');
    expect(marriage).toBeDefined();
    if (!registration || !marriage) return;
    marriage.upload = { mediaTypes: ['application/pdf'], maxBytes: 5 * 1024 * 1024 };
    registration.materials.push({ ...structuredClone(marriage), id: 'registration-proof', name: { zh: '出生登记证明', en: 'Birth registration proof' } });
    expect([200, 201]).toContain((await api.post('/api/bundles', definition, designer)).status);
    expect((await api.post('/api/bundles/henan-newborn/publish', {}, designer)).status).toBe(201);

    const token = await citizen();
    const draft = await newDraft(token); // registerBirth: false — the police matter takes a PNG
    const png = await uploadDraftFile(server.url, draft.id, 'marriage-certificate', { content: tinyPng(21), filename: '结婚证.png' }, token);
    expect(png.status).toBe(201);
    const before = (await api.get<unknown[]>('/api/applications?pageSize=100', token)).body.length;
    const refused = await submit(token, { answers: { ...answers, registerBirth: true }, draftId: draft.id });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'DRAFT_UPLOAD_NOT_ALLOWED', uploadId: png.body['id'], materialId: 'marriage-certificate' });
    expect(refused.body.message).toContain('结婚证.png');
    expect(refused.body.message).toContain('材料“结婚证”');
    expect(refused.body.message).not.toContain('marriage-certificate');
    expect((await api.get<DraftUpload[]>(`/api/application-drafts/${draft.id}/materials`, token)).body).toHaveLength(1); // the draft is untouched
    expect((await api.get<unknown[]>('/api/applications?pageSize=100', token)).body).toHaveLength(before); // no application was created

    // With the birth registration, the draft takes its proof; submitted without it, the proof is dropped.
    const saved = await api.call<Draft>('PUT', `/api/application-drafts/${draft.id}`, { token, body: { answers: { ...answers, registerBirth: true } } });
    expect(saved.status).toBe(200);
    expect((await uploadDraftFile(server.url, draft.id, 'registration-proof', { content: minimalPdf('proof'), filename: '证明.pdf' }, token)).status).toBe(201);
    const created = await submit(token, { draftId: draft.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await api.get<Upload[]>(`/api/applications/${created.body.id}/materials`, token)).body.map((u) => u.filename)).toEqual(['结婚证.png']);
    expect(await draftUploadRows(draft.id)).toBe(0);
  });
});
