// End to end over HTTP on a real server process: the receipt (受理回执) and completion notice (办结通知书)
// of a newborn application and the blank and sample forms (空白表格, 示例样表) of its bundle, each read
// back as PDF by poppler (text, fonts, the QR code rendered and decoded); the verification link of the QR
// code; who may download what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { pdfFonts, pdfQrCode, pdfText } from '../support/pdfReading.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const sample = newbornSample('valid-single-birth');
const BUNDLE = 'henan-newborn';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: string;
let otherCitizen: string;
const officers: Record<string, string> = {};
let completedId: string;
let runningId: string;

interface Verification {
  genuine: boolean;
  document: string;
  applicationNumber: string;
  bundleName: string;
  applicant: string;
  submittedAt: string;
  status: string;
  endedAt: string | null;
  matters: { name: string; department: string; status: string }[];
}

/**
 * A GET again once when its kept-alive connection was closed under it: rendering a PDF here may take longer
 * than the server keeps an idle connection (5 s) on a busy machine, and the client may reuse it just then.
 */
async function again<T>(get: () => Promise<T>): Promise<T> {
  try {
    return await get();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return get();
  }
}

const view = async (id: string) => (await again(() => api.get<ApplicationView>(`/api/applications/${id}`, citizen))).body;
const verify = (token: string, headers?: Record<string, string>) => again(() => api.get<Verification & { code: string; message: string }>(`/api/documents/verify/${encodeURIComponent(token)}`, undefined, headers));

async function download(path: string, token?: string) {
  const response = await again(() => fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {}));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(Buffer.from(bytes).toString('utf8')) as { code: string; message: string } };
}

/** The token at the end of a verification link. */
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** 2026年11月20日 09:26: an instant as the documents print it (China Standard Time). */
function printed(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await api.login('citizen', 'citizen-documents');
  otherCitizen = await api.login('citizen', 'citizen-documents-other');
  for (const department of ['health', 'police', 'medical-insurance', 'human-resources-social-security', 'tax']) {
    officers[department] = officers[officerDepartment(department)] = await api.login('officer', `officer-${department}`, department);
  }
  const submit = async (key: string) => {
    const created = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...sample }, citizen, { 'idempotency-key': key });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  completedId = await submit('documents-1');
  runningId = await submit('documents-2');
  for (let round = 0; round < 10; round++) {
    const pending = (await view(completedId)).matters.filter((m) => m.status === 'pending');
    if (pending.length === 0) break;
    for (const matter of pending) await walkReview(api, matter.taskId, matter.department);
  }
  expect((await view(completedId)).status).toBe('completed');
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the receipt (受理回执)', () => {
  it('names the applicant, the bundle, the matters with their departments, the submission time and the number, in an embedded subset Chinese font', async () => {
    const receipt = await download(`/api/applications/${runningId}/receipt`, citizen);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    expect(receipt.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(receipt.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = pdfText(receipt.bytes);
    const application = await view(runningId);
    expect(text).toContain('受理回执');
    expect(text).toContain('李明轩');
    expect(text).toContain('新生儿出生一件事');
    expect(text).toContain(runningId);
    expect(text).toContain(printed(application.submittedAt));
    for (const matter of application.matters) {
      expect(text).toContain(matter.name);
      expect(text).toContain(matter.departmentName);
    }
    const fonts = pdfFonts(receipt.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    // embedded, subset (ABCDEF+ prefix) and with a Unicode map, nothing else
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansCJK\S*\s.*\byes\s+yes\s+yes\b/);
    expect(receipt.bytes.length).toBeLessThan(400_000);
  });

  it('is the same file every time for the same application', async () => {
    const first = await download(`/api/applications/${runningId}/receipt`, citizen);
    const second = await download(`/api/applications/${runningId}/receipt`, citizen);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('carries a QR code of its verification link, which says what it certifies with the name masked and no personal data', async () => {
    const receipt = await download(`/api/applications/${runningId}/receipt`, citizen);
    const link = pdfQrCode(receipt.bytes);
    expect(link).toMatch(new RegExp(`^${server.url}/verify/[A-Za-z0-9_-]+$`));
    expect(pdfText(receipt.bytes)).toContain(link); // printed in full too, for typing it
    const verified = await verify(tokenOf(link ?? ''));
    expect(verified.status).toBe(200);
    const application = await view(runningId);
    expect(verified.body).toEqual({
      genuine: true,
      document: 'receipt',
      applicationNumber: runningId,
      bundleName: '新生儿出生一件事',
      applicant: '李**',
      submittedAt: application.submittedAt,
      status: 'in_progress',
      endedAt: null,
      matters: application.matters.map((m) => ({ name: m.name, department: m.departmentName, status: m.status })),
    });
    const said = JSON.stringify(verified.body);
    for (const secret of ['李明轩', '410105199304120314', '13837112345', '王雨桐', '农业路']) expect(said).not.toContain(secret);
  });

  it('refuses a link that was altered or not issued here, in plain words', async () => {
    const link = pdfQrCode((await download(`/api/applications/${runningId}/receipt`, citizen)).bytes) ?? '';
    const token = tokenOf(link);
    const flipped = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const asNotice = `n${token.slice(1)}`; // the receipt's signature does not make it a completion notice
    const forged = `r${completedId}${token.slice(-22)}`; // another application, same signature
    for (const bad of [flipped, asNotice, forged, 'abc', `${token}x`]) {
      const refused = await verify(bad);
      expect(refused.status, bad).toBe(404);
      expect(refused.body.code).toBe('DOCUMENT_NOT_GENUINE');
      expect(refused.body.message).toContain('无法核验');
    }
    const english = await verify(flipped, { 'accept-language': 'en' });
    expect(english.body.message).toContain('Cannot verify');
  });
});

describe('the completion notice (办结通知书)', () => {
  it('lists each matter’s outcome and the certificates issued, with a QR code that verifies', async () => {
    const notice = await download(`/api/applications/${completedId}/completion-notice`, citizen);
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(notice.bytes);
    const application = await view(completedId);
    expect(text).toContain('办结通知书');
    expect(text).toContain('已办结');
    expect(text).toContain('李明轩');
    expect(text).toContain(printed(application.updatedAt));
    for (const matter of application.matters) expect(text).toContain(matter.name);
    expect(text.match(/准予办理/g)?.length).toBe(application.matters.length + 0);
    expect(application.results.length).toBeGreaterThan(0);
    for (const result of application.results) expect(text).toContain(result.certificate.number);
    const link = pdfQrCode(notice.bytes) ?? '';
    const verified = await verify(tokenOf(link));
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ genuine: true, document: 'completion-notice', applicationNumber: completedId, status: 'completed', endedAt: application.updatedAt, applicant: '李**' });
    expect(verified.body.matters.every((m) => m.status === 'approved')).toBe(true);
    const again = await download(`/api/applications/${completedId}/completion-notice`, citizen);
    expect(Buffer.from(again.bytes).equals(Buffer.from(notice.bytes))).toBe(true);
  });

  it('does not exist while the application is in progress', async () => {
    const refused = await download(`/api/applications/${runningId}/completion-notice`, citizen);
    expect(refused.status).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'DOCUMENT_NOT_READY' });
  });
});

describe('who may download the receipt and notice', () => {
  it('the applicant and officers of its departments; to anyone else the application does not exist', async () => {
    const involved = officers['police'] ?? '';
    expect((await download(`/api/applications/${completedId}/receipt`, involved)).status).toBe(200);
    expect((await download(`/api/applications/${completedId}/completion-notice`, involved)).status).toBe(200);
    const outsider = await api.login('officer', 'officer-elsewhere', 'gonganju-530000');
    const designer = await api.login('designer', 'designer-documents');
    for (const path of [`/api/applications/${completedId}/receipt`, `/api/applications/${completedId}/completion-notice`]) {
      for (const token of [otherCitizen, outsider, designer]) {
        const refused = await download(path, token);
        expect(refused.status, path).toBe(404);
        expect(refused.json().code).toBe('APPLICATION_NOT_FOUND');
      }
      expect((await download(path)).status).toBe(401);
    }
  });
});

describe('the blank and sample forms (空白表格, 示例样表)', () => {
  const labelsOf = (schema: Record<string, unknown>): string[] =>
    Object.values((schema['properties'] ?? {}) as Record<string, Record<string, unknown>>).flatMap((p) => {
      if (p['type'] === 'object') return labelsOf(p);
      const items = p['items'] as Record<string, unknown> | undefined;
      if (p['type'] === 'array' && items?.['type'] === 'object') return labelsOf(items);
      return [String(p['title'])];
    });

  it('list every field of the bundle’s merged form by its label, and the materials, for anyone', async () => {
    const preview = await api.post<{ form: { schema: Record<string, unknown> }; notice: { materials: { name: { zh: string } }[] } }>(`/api/bundles/${BUNDLE}/preview`, {
      answers: sample.answers,
    });
    const labels = labelsOf(preview.body.form.schema);
    expect(labels.length).toBeGreaterThan(20);
    const blank = await download(`/api/bundles/${BUNDLE}/blank-form`);
    expect(blank.status).toBe(200);
    expect(blank.headers.get('content-type')).toBe('application/pdf');
    const blankText = pdfText(blank.bytes);
    expect(blankText).toContain('空白表格');
    expect(blankText).toContain('是否多胞胎？'); // a scenario question
    for (const label of labels) expect(blankText).toContain(label);
    for (const material of preview.body.notice.materials) expect(blankText).toContain(material.name.zh);
    expect(blankText).not.toContain('示例');

    const filled = await download(`/api/bundles/${BUNDLE}/sample-form`);
    expect(filled.status).toBe(200);
    const sampleText = pdfText(filled.bytes);
    expect(sampleText).toContain('示例样表');
    for (const label of labels) expect(sampleText).toContain(label);
    expect(sampleText.match(/示例/g)?.length ?? 0).toBeGreaterThan(labels.length);
    expect(sampleText).toContain('11010519491231002X'); // GB 11643's example, not a person's
    for (const real of ['李明轩', '410105199304120314', '王雨桐']) expect(sampleText).not.toContain(real);
    expect(Buffer.from((await download(`/api/bundles/${BUNDLE}/blank-form`)).bytes).equals(Buffer.from(blank.bytes))).toBe(true);
  });

  it('of an unknown bundle: 404 BUNDLE_NOT_FOUND', async () => {
    for (const kind of ['blank-form', 'sample-form']) {
      const missing = await download(`/api/bundles/no-such-bundle/${kind}`);
      expect(missing.status).toBe(404);
      expect(missing.json().code).toBe('BUNDLE_NOT_FOUND');
    }
  });
});

describe('without a Chinese font', () => {
  it('documents are refused with DOCUMENT_FONT_MISSING in plain words, and the rest still works', async () => {
    const fontless = await startServerProcess({ ONEGO_CJK_FONT: 'no-such-folder/no-such-font.ttc' });
    try {
      const refused = await fetch(`${fontless.url}/api/bundles/${BUNDLE}/blank-form`);
      expect(refused.status).toBe(503);
      const body = (await refused.json()) as { code: string; message: string };
      expect(body.code).toBe('DOCUMENT_FONT_MISSING');
      expect(body.message).toContain('中文字体');
      expect(body.message).not.toMatch(/at .*\.ts|Error:/);
      expect((await fetch(`${fontless.url}/api/bundles/${BUNDLE}`)).status).toBe(200);
    } finally {
      await fontless.stop();
    }
  }, 90_000); // a second server process
});
