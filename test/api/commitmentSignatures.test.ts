// A drawn signature (签名) with 告知承诺: stored with the commitment in the blob store, its SHA-256 in the
// timeline; the applicant and the officer of the matter read it; the electronic archive contains it; a
// signature that is not a PNG, or one without a commitment, is refused and nothing is written.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { tinyPng } from '../support/uploadFiles.ts';

interface Signature {
  sha256: string;
  method: string;
  url: string;
}
type View = ApplicationView & { commitments: { materialId: string; signature: Signature | null }[] };

let server: ServerProcess;
let api: ReturnType<typeof client>;
let steps: ReturnType<typeof newbornSteps>;
// A real PNG, as the signature pad sends (the server checks the format, not the drawing).
const png = tinyPng(0x20);
const sha256 = createHash('sha256').update(png).digest('hex');

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  steps = newbornSteps(api, 'citizen-signature');
}, 120_000);
afterAll(async () => {
  await server.stop();
});

async function download(url: string, token: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

const submit = async (key: string, extra: Record<string, unknown>) =>
  api.post<{ id: string; code?: string; message?: string }>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth'), ...extra }, await steps.citizen(), { 'idempotency-key': key });

describe('a commitment signed with a drawn signature', () => {
  let id: string;
  let view: View;

  it('refuses a signature that is not a PNG, or one without a commitment, writing nothing', async () => {
    const notPng = await submit('signature-bad-1', { commitments: ['marriage-certificate'], signature: { image: Buffer.from('<svg/>').toString('base64'), method: 'drawn' } });
    expect([notPng.status, notPng.body.code]).toEqual([422, 'SIGNATURE_INVALID']);
    expect(notPng.body.message).toContain('请在签名框内重新签名');
    const alone = await submit('signature-bad-2', { signature: { image: png.toString('base64'), method: 'drawn' } });
    expect([alone.status, alone.body.code]).toEqual([422, 'SIGNATURE_INVALID']);
    const mine = await api.get<unknown[]>('/api/applications', await steps.citizen());
    expect(mine.body).toEqual([]);
  });

  it('keeps it with the commitment and puts its SHA-256 in the timeline', async () => {
    const created = await submit('signature-1', { commitments: ['marriage-certificate'], signature: { image: `data:image/png;base64,${png.toString('base64')}`, method: 'drawn' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    id = created.body.id;
    view = (await steps.read(id)) as View;
    const commitment = view.commitments.find((c) => c.materialId === 'marriage-certificate');
    expect(commitment?.signature).toEqual({ sha256, method: 'drawn', url: `/api/applications/${id}/signatures/${sha256}` });
    const signed = view.timeline.find((e) => e.what === 'COMMITMENT_SIGNED');
    expect(signed).toMatchObject({ who: 'citizen-signature', details: { materials: ['marriage-certificate'], sha256, method: 'drawn' } });
  });

  it('lets the applicant and the officer of the matter see it, and nobody else', async () => {
    const url = `/api/applications/${id}/signatures/${sha256}`;
    const mine = await download(url, await steps.citizen());
    expect([mine.status, mine.type]).toEqual([200, 'image/png']);
    expect(mine.bytes.equals(png)).toBe(true);

    const police = await steps.officer('police');
    const task = matterOf(view, 'birth-household-registration').taskId;
    const detail = await api.get<{ materials: { materialId: string; commitment: { signature: Signature | null } | null }[] }>(`/api/tasks/${task}`, police);
    expect(detail.status).toBe(200);
    expect(detail.body.materials.find((m) => m.materialId === 'marriage-certificate')?.commitment?.signature?.url).toBe(url);
    const seen = await download(url, police);
    expect(seen.status).toBe(200);
    expect(seen.bytes.equals(png)).toBe(true);

    const stranger = await api.get<{ code: string }>(url, await api.login('citizen', 'someone-else'));
    expect([stranger.status, stranger.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    const other = await api.get<{ code: string }>(`/api/applications/${id}/signatures/${'0'.repeat(64)}`, await steps.citizen());
    expect([other.status, other.body.code]).toEqual([404, 'SIGNATURE_NOT_FOUND']);
  });

  it('puts it in the electronic archive, listed with its hash', async () => {
    await steps.complete(id);
    const archive = await download(`/api/applications/${id}/archive`, await steps.citizen());
    expect(archive.status).toBe(200);
    const files = unzipSync(new Uint8Array(archive.bytes));
    const image = files['commitments/signature-1.png'];
    expect(image && Buffer.from(image).equals(png)).toBe(true);
    const index = JSON.parse(Buffer.from(files['commitments/index.json'] ?? new Uint8Array()).toString('utf8')) as { materialId: string; signature: { sha256: string; path: string } }[];
    expect(index).toMatchObject([{ materialId: 'marriage-certificate', signature: { sha256, path: 'commitments/signature-1.png' } }]);
    const manifest = JSON.parse(Buffer.from(files['manifest.json'] ?? new Uint8Array()).toString('utf8')) as { files: { path: string; sha256: string }[] };
    expect(manifest.files.find((f) => f.path === 'commitments/signature-1.png')?.sha256).toBe(sha256);
  });
});
