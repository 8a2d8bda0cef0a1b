// End to end over HTTP on a real server process: a citizen uploads the files of a newborn application's
// materials. Limits come from the material definitions, the type from the bytes; files are stored once
// per content (SHA-256) under the data folder; officers download only their own matters' files.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { storedBlobs, storedBytes } from '../support/storedBlobs.ts';
import { minimalPdf, tinyPng, uploadFile, uploadParts } from '../support/uploadFiles.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface Upload {
  id: string;
  applicationId: string;
  materialId: string;
  matterIds: string[];
  filename: string;
  size: number;
  sha256: string;
  mediaType: string;
  declaredType: string | null;
  uploadedAt: string;
  contentUrl: string;
}

const FIVE_MB = 5 * 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let applicationId: string;
const officers: Record<string, string> = {};

const tempFiles = () => readdirSync(path.join(server.dataDir, 'blobs', 'tmp'));

const upload = (materialId: string, file: { content: Buffer | string; filename?: string; contentType?: string }, token = citizen, headers?: Record<string, string>) =>
  uploadFile(server.url, applicationId, materialId, file, token, headers);

async function download(url: string, token: string) {
  const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-upload');
  for (const department of ['health', 'police', 'tax']) officers[department] = officers[officerDepartment(department)] = await api.login('officer', `officer-${department}`, department); // by its short and its regional id
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'upload-1' });
  expect(created.status).toBe(201);
  applicationId = created.body.id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('uploading a material', () => {
  it('accepts a real PNG: the type comes from the bytes, the declared one is only recorded', async () => {
    const png = tinyPng(1);
    const response = await upload('parents-id-cards', { content: png, filename: '身份证正面.png', contentType: 'application/octet-stream' });
    expect(response.status).toBe(201);
    const body = response.body as unknown as Upload;
    expect(body).toMatchObject({
      applicationId,
      materialId: 'parents-id-cards',
      matterIds: ['birth-medical-certificate', 'birth-registration'],
      filename: '身份证正面.png',
      size: png.length,
      sha256: sha256(png),
      mediaType: 'image/png',
      declaredType: 'application/octet-stream',
    });
    expect(response.headers.get('location')).toBe(body.contentUrl);
    const file = await download(body.contentUrl, citizen);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(png)).toBe(true);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="?????.png"; filename*=UTF-8''${encodeURIComponent('身份证正面.png')}`);
  });

  it('accepts a real PDF', async () => {
    const pdf = minimalPdf('marriage certificate');
    const response = await upload('marriage-certificate', { content: pdf, filename: 'marriage.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ mediaType: 'application/pdf', size: pdf.length, matterIds: ['birth-household-registration', 'birth-registration'] });
  });

  it('refuses a text file that claims to be a PNG (415), in Chinese and English, and stores nothing', async () => {
    const before = (await storedBlobs(server)).length;
    const zh = await upload('parents-id-cards', { content: 'not an image, just text\n', filename: 'photo.png', contentType: 'image/png' });
    expect(zh.status).toBe(415);
    expect(zh.body).toMatchObject({ code: 'MATERIAL_TYPE_NOT_ALLOWED', detected: 'text/plain', allowed: ['image/jpeg', 'image/png', 'application/pdf'] });
    expect(zh.body['message']).toBe('文件实际类型为纯文本 (text/plain)，该材料只接受：JPEG 图片 (image/jpeg)、PNG 图片 (image/png)、PDF 文档 (application/pdf)');
    const en = await upload('parents-id-cards', { content: 'still text', contentType: 'image/png' }, citizen, { 'accept-language': 'en' });
    expect(en.body['message']).toBe('the file is plain text (text/plain); this material accepts only: JPEG image (image/jpeg), PNG image (image/png), PDF document (application/pdf)');
    // A zip with a .pdf name is a zip.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0)]);
    const disguised = await upload('parents-id-cards', { content: zip, filename: 'scan.pdf', contentType: 'application/pdf' });
    expect(disguised.status).toBe(415);
    expect((await storedBlobs(server))).toHaveLength(before);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses a file over the material limit (413, the limit named) and accepts one exactly at it', async () => {
    const before = (await storedBlobs(server)).length;
    const png = tinyPng(2);
    const tooLarge = Buffer.concat([png, Buffer.alloc(FIVE_MB + 1 - png.length, 7)]);
    const refused = await upload('household-register', { content: tooLarge, filename: 'big.png', contentType: 'image/png' });
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'MATERIAL_TOO_LARGE', maxBytes: FIVE_MB, message: '文件超过该材料的大小上限 5 MB' });
    expect((await storedBlobs(server))).toHaveLength(before);
    expect(tempFiles()).toEqual([]);
    const atLimit = await upload('household-register', { content: tooLarge.subarray(0, FIVE_MB), filename: 'big.png', contentType: 'image/png' });
    expect(atLimit.status).toBe(201);
    expect(atLimit.body['size']).toBe(FIVE_MB);
  }, 60_000);

  it('stores the same bytes once however often they are uploaded (content-addressed)', async () => {
    const png = tinyPng(3);
    const first = await upload('parents-id-cards', { content: png, filename: 'mother.png' });
    const second = await upload('birth-medical-certificate', { content: png, filename: 'copy.png' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body['id']).not.toBe(second.body['id']);
    const hash = sha256(png);
    expect((await storedBlobs(server)).filter((name) => name === hash)).toHaveLength(1);
    expect((await storedBytes(server, hash))?.equals(png)).toBe(true);
    const list = await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, citizen);
    expect(list.body.filter((u) => u.sha256 === hash).map((u) => u.filename)).toEqual(['mother.png', 'copy.png']);
  });

  it('sanitises file names: no folders, control or bidi characters, at most 100 characters, Chinese kept', async () => {
    const names = async (filename: string) => {
      const response = await upload('parents-id-cards', { content: tinyPng(4), filename });
      expect(response.status, filename).toBe(201);
      return response.body['filename'];
    };
    expect(await names('../../etc/passwd')).toBe('passwd');
    expect(await names('C:\\Users\\张三\\证件 照.png')).toBe('证件 照.png');
    expect(await names('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(await names('a\tb<>:|?*.png')).toBe('a b.png');
    // Control characters cannot stand in a header, but an RFC 5987 filename* can carry them encoded.
    const encoded = await uploadParts(
      server.url,
      applicationId,
      'parents-id-cards',
      [{ field: 'file', filename: 'x.png', filenameStar: "UTF-8''a%01b%7F%E2%80%AEc%0D%0A%E5%BC%A0.png", content: tinyPng(4) }],
      citizen,
    );
    expect(encoded.status).toBe(201);
    expect(encoded.body['filename']).toBe('abc 张.png');
    expect(await names(`${'出生医学证明'.repeat(30)}.pdf`)).toBe(`${'出生医学证明'.repeat(30).slice(0, 96)}.pdf`);
    expect(await names('../..')).toBe('parents-id-cards.png');
    const list = await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, citizen);
    const unsafe = (name: string) => [...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c === '\u202e');
    expect(list.body.filter((u) => unsafe(u.filename) || [...u.filename].length > 100)).toEqual([]);
  });

  it('answers a missing file 400, a body that is not multipart 415, an unknown material 404', async () => {
    const noFile = await uploadParts(server.url, applicationId, 'parents-id-cards', [{ field: 'note', content: 'no file here' }], citizen);
    expect(noFile.status).toBe(400);
    expect(noFile.body['code']).toBe('MATERIAL_FILE_MISSING');
    const wrongField = await uploadParts(server.url, applicationId, 'parents-id-cards', [{ field: 'upload', filename: 'a.png', content: tinyPng() }], citizen);
    expect(wrongField.body['code']).toBe('MATERIAL_FILE_MISSING');
    const empty = await upload('parents-id-cards', { content: Buffer.alloc(0), filename: 'empty.png' });
    expect(empty.status).toBe(400);
    const noBody = await api.call('POST', `/api/applications/${applicationId}/materials/parents-id-cards`, { token: citizen });
    expect(noBody.status).toBe(400);
    expect(noBody.body['code']).toBe('MATERIAL_FILE_MISSING');
    const two = await uploadParts(
      server.url,
      applicationId,
      'parents-id-cards',
      [
        { field: 'file', filename: 'a.png', content: tinyPng(5) },
        { field: 'file', filename: 'b.png', content: tinyPng(6) },
      ],
      citizen,
    );
    expect(two.status).toBe(400);
    expect(two.body['code']).toBe('BAD_REQUEST');
    const json = await api.post(`/api/applications/${applicationId}/materials/parents-id-cards`, { file: 'x' }, citizen);
    expect(json.status).toBe(415);
    expect(json.body['code']).toBe('MULTIPART_REQUIRED');
    const unknown = await upload('no-such-material', { content: tinyPng() });
    expect(unknown.status).toBe(404);
    expect(unknown.body['code']).toBe('MATERIAL_NOT_FOUND');
    // A material of the bundle whose matter these answers do not include is not this application's.
    const notIncluded = await upload('vaccination-certificate', { content: tinyPng() });
    expect(notIncluded.body['code']).toBe('MATERIAL_NOT_FOUND');
    expect(tempFiles()).toEqual([]);
  });

  it("someone else's application does not exist (404); officers cannot upload (403); no token 401", async () => {
    const other = await api.login('citizen', 'citizen-other');
    const theirs = await upload('parents-id-cards', { content: tinyPng() }, other);
    expect(theirs.status).toBe(404);
    expect(theirs.body['code']).toBe('APPLICATION_NOT_FOUND');
    const missing = await uploadFile(server.url, '00000000-0000-4000-8000-000000000000', 'parents-id-cards', { content: tinyPng() }, citizen);
    expect(missing.status).toBe(404);
    expect(missing.body['code']).toBe('APPLICATION_NOT_FOUND');
    expect((await api.get(`/api/applications/${applicationId}/materials`, other)).status).toBe(404);
    expect((await upload('parents-id-cards', { content: tinyPng() }, officers['health'])).status).toBe(403);
    const anonymous = await uploadFile(server.url, applicationId, 'parents-id-cards', { content: tinyPng() });
    expect(anonymous.status).toBe(401);
    const mine = (await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, citizen)).body[0] as Upload;
    expect((await download(mine.contentUrl, other)).status).toBe(404);
  });
});

describe('who reads the files', () => {
  it('an officer downloads only the files of materials of their department’s matters', async () => {
    const list = (await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, citizen)).body;
    const idCards = list.find((u) => u.materialId === 'parents-id-cards') as Upload;
    const certificate = list.find((u) => u.materialId === 'birth-medical-certificate') as Upload;
    // Parents' ID cards: listed by two health matters.
    expect((await download(idCards.contentUrl, officers['health'] ?? '')).status).toBe(200);
    const police = await download(idCards.contentUrl, officers['police'] ?? '');
    expect(police.status).toBe(403);
    // The birth certificate: listed by the police (household registration) and health (vaccination).
    expect((await download(certificate.contentUrl, officers['police'] ?? '')).status).toBe(200);
    // A department with no matter in the application does not see it at all.
    const tax = await download(idCards.contentUrl, officers['tax'] ?? '');
    expect(tax.status).toBe(404);
    expect((await download(`/api/applications/${applicationId}/materials/no-such-upload/content`, citizen)).status).toBe(404);
  });

  it("the task detail lists the uploaded files of its matter's materials", async () => {
    const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, citizen)).body;
    const task = view.matters.find((m) => m.matterId === 'birth-medical-certificate');
    const detail = await api.get<{ materials: { materialId: string; uploads: Upload[] }[] }>(`/api/tasks/${task?.taskId}`, officers['health']);
    expect(detail.status).toBe(200);
    const idCards = detail.body.materials.find((m) => m.materialId === 'parents-id-cards');
    expect(idCards?.uploads.length).toBeGreaterThan(0);
    expect(idCards?.uploads.every((u) => u.materialId === 'parents-id-cards' && u.contentUrl.endsWith('/content'))).toBe(true);
    expect(detail.body.materials.map((m) => m.materialId)).not.toContain('household-register');
  });

  it('the timeline records each upload; other departments see that it happened, not the file', async () => {
    const mine = (await api.get<{ timeline: { what: string; details?: Record<string, unknown> }[] }>(`/api/applications/${applicationId}`, citizen)).body;
    const uploaded = mine.timeline.filter((e) => e.what === 'MATERIAL_UPLOADED');
    const list = (await api.get<Upload[]>(`/api/applications/${applicationId}/materials`, citizen)).body;
    expect(uploaded).toHaveLength(list.length);
    expect(uploaded[0]?.details).toMatchObject({ materialId: 'parents-id-cards', filename: '身份证正面.png', mediaType: 'image/png', sha256: list[0]?.sha256 });
    const asPolice = (await api.get<{ timeline: { what: string; matterId?: string; details?: unknown }[] }>(`/api/applications/${applicationId}`, officers['police'])).body;
    const idCardsEntry = asPolice.timeline.find((e) => e.what === 'MATERIAL_UPLOADED' && e.matterId === 'birth-medical-certificate');
    expect(idCardsEntry).toBeDefined();
    expect(idCardsEntry?.details).toBeUndefined();
  });
});
