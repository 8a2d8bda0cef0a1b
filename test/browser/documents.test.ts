// Documents in a real browser against a real runtime process: the citizen downloads the receipt
// (受理回执) from the application page, reads its QR code (rendered by poppler, decoded by jsQR) and opens
// the verification link, which says in words that it is genuine and what it certifies; an altered link
// is refused in plain words; once completed, the completion notice (办结通知书) is downloaded and verified
// alike; the home page links the blank and sample forms. Axe and a screenshot on every page.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { pdfQrCode, pdfText } from '../support/pdfReading.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn, tokenOf } from './support/people.ts';

const sample = newbornSample('valid-single-birth');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: Person;
let applicationId = '';

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all<[Promise<Download>, Promise<void>]>([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return readFileSync(await download.path());
}

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await openBrowser();
  await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '李明轩' });
  const token = await tokenOf(citizen.page);
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...sample }, token, { 'idempotency-key': 'browser-documents' });
  expect(created.status).toBe(201);
  applicationId = created.body.id;
}, 120_000);

afterAll(async () => {
  await citizen?.close();
  await server?.stop();
});

describe('documents in the browser', () => {
  it('the citizen downloads the receipt from the application page and opens its verification link', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole('heading', { level: 2, name: '办事文书' }).waitFor();
    await expect(page.getByRole('button', { name: '下载办结通知书（PDF）' }).count()).resolves.toBe(0);
    await visit(page, 'documents-application');
    const receipt = await downloaded(page, () => page.getByRole('button', { name: '下载受理回执（PDF）' }).click());
    expect(pdfText(receipt)).toContain('受理回执');
    const link = pdfQrCode(receipt) ?? '';
    expect(link.startsWith(`${server.url}/verify/`)).toBe(true);

    await page.goto(link);
    const genuine = page.getByTestId('verify-genuine');
    await genuine.waitFor();
    await expect(genuine.textContent()).resolves.toContain('这份受理回执是真实的');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain(applicationId);
    expect(main).toContain('新生儿出生一件事');
    expect(main).toContain('李**');
    expect(main).not.toContain('李明轩');
    await visit(page, 'documents-verify-genuine');

    await page.goto(`${link.slice(0, -3)}abc`); // the signature altered
    const refused = page.getByTestId('verify-refused');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('无法核验');
    await visit(page, 'documents-verify-refused');
  }, 120_000);

  it('once completed, the completion notice is downloaded and verified alike', async () => {
    for (let round = 0; round < 10; round++) {
      const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(citizen.page))).body;
      const pending = view.matters.filter((m) => m.status === 'pending');
      if (pending.length === 0) break;
      for (const matter of pending) {
        await walkReview(api, matter.taskId, officerDepartment(matter.department));
      }
    }
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${applicationId}`);
    const button = page.getByRole('button', { name: '下载办结通知书（PDF）' });
    await button.waitFor();
    const notice = await downloaded(page, () => button.click());
    expect(pdfText(notice)).toContain('办结通知书');
    await page.goto(pdfQrCode(notice) ?? '');
    const genuine = page.getByTestId('verify-genuine');
    await genuine.waitFor();
    await expect(genuine.textContent()).resolves.toContain('这份办结通知书是真实的');
  }, 120_000);

  it('the home page links each bundle’s blank and sample forms', async () => {
    const { page } = citizen;
    await page.goto(server.url);
    const blank = page.getByRole('link', { name: '空白表格（PDF）' }).first();
    await blank.waitFor();
    const href = (await blank.getAttribute('href')) ?? '';
    const pdf = Buffer.from(await (await fetch(`${server.url}${href}`)).arrayBuffer());
    expect(pdfText(pdf)).toContain('空白表格');
    const sampleForm = await downloaded(page, () => page.getByRole('link', { name: '示例样表（PDF）' }).first().click());
    expect(pdfText(sampleForm)).toContain('示例样表');
    await visit(page, 'documents-home');
  }, 120_000);
});
