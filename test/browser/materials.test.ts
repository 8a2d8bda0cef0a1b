// Materials in a real browser against a real runtime process, with 刘洋 (no shared data: nothing is
// waived for him but what the bundle itself produces), applying without the birth registration, so that
// the marriage certificate is the police matter's alone and may be replaced by its 告知承诺.
// (a) 一次提交 with materials: he uploads a wrong file and removes it, a real PDF of the household register
// (from the keyboard), signs the commitment for the marriage certificate (its exact text shown), saves
// the draft and resumes it with both, checks the summary, and submits; he downloads his own file on the
// application page; the police officer finds the file (the same bytes) and the signed commitment in the task.
// (b) 容缺受理: the police officer accepts a second application with the marriage certificate owed; approving
// it is refused and the page says why; 刘洋 uploads it on the application page; the officer approves.
// Axe and a screenshot on every new page.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { minimalPdf, tinyPng } from '../support/uploadFiles.ts';
import { openBrowser, tabTo, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { approveStepsBeforeLast, chooseApprove, claimTask, fillSection, signIn, stepHeading, tokenOf } from './support/people.ts';

type Json = Record<string, unknown>;

const MONDAY = '2026-11-23T09:00:00+08:00';
const CITIZEN = '刘洋';
const sample = newbornSample('valid-single-birth');
const answers = { ...sample.answers, registerBirth: false };
const householdPdf = minimalPdf('Household register of Liu Yang');
const marriagePdf = minimalPdf('Marriage certificate');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: Person;
let police: Person;
let questions: Json;
let form: { properties: Record<string, Json> };
let data: Json;
let commitmentText = '';
let applicationId = '';

/** The value with only what the schema has (the sample also fills the birth registration, not applied for here). */
function pruned(value: unknown, schema: Json): unknown {
  if (Array.isArray(value)) return value.map((item) => pruned(item, (schema['items'] ?? {}) as Json));
  if (typeof value !== 'object' || value === null) return value;
  const properties = (schema['properties'] ?? {}) as Record<string, Json>;
  return Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => (properties[key] ? [[key, pruned(inner, properties[key])]] : [])));
}

/** The bytes of a download the click starts. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all<[Promise<Download>, Promise<void>]>([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const file = await download.path();
  return readFileSync(file);
}

async function taskOf(id: string, department: string, matterId: string): Promise<string> {
  const officer = await api.login('officer', `officer-${department}`, department);
  const tasks = await api.get<TaskSummary[]>('/api/tasks?pageSize=100', officer);
  const task = tasks.body.find((t) => t.applicationId === id && t.matterId === matterId);
  expect(task, `${matterId} of ${id}`).toBeDefined();
  return task?.id ?? '';
}

async function approveOverApi(id: string, department: string, matterId: string): Promise<void> {
  await walkReview(api, await taskOf(id, department, matterId), department);
}

/** The material's block in the materials step. */
const card = (page: Page, materialId: string) => page.locator(`section[data-material="${materialId}"]`);

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  const bundle = await api.get<{ definition: { bundle: { questions: Json }; matters: { id: string; materials: { id: string; commitment?: { zh: string } }[] }[] } }>('/api/bundles/henan-newborn');
  questions = bundle.body.definition.bundle.questions;
  commitmentText =
    bundle.body.definition.matters.find((m) => m.id === 'birth-household-registration')?.materials.find((m) => m.id === 'marriage-certificate')?.commitment?.zh ?? '';
  expect(commitmentText).toContain('本人承诺');
  form = (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>('/api/bundles/henan-newborn/preview', { answers })).body.form.schema;
  data = pruned(sample.data, form) as Json;
  citizen = await openBrowser({ now: new Date(MONDAY) });
}, 90_000);

afterAll(async () => {
  await Promise.all([citizen?.close(), police?.close()]);
  await server?.stop();
});

describe('(a) 一次提交 with the materials: files and a commitment', { timeout: 240_000 }, () => {
  it('fills in the form and reaches the materials step', async () => {
    const { page } = citizen;
    await signIn(page, server.url, { role: '群众（申请人）', name: CITIZEN });
    await page.goto(`${server.url}/bundles/henan-newborn/apply`);
    await stepHeading(page, '选择情形');
    await fillValue(page, questions, answers);
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '一次告知');
    await page.getByRole('button', { name: '开始填表' }).click();
    for (const key of Object.keys(form.properties)) await fillSection(page, form.properties[key] as Json, data[key]);
    await stepHeading(page, '上传材料');
    await page.getByLabel('上传“居民户口簿”', { exact: true }).waitFor(); // the draft that keeps the files is saved
    for (const name of ['父母双方有效身份证件', '居民户口簿', '结婚证']) expect(await page.getByRole('heading', { level: 3, name }).count(), name).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: '免于提交的材料' }).count()).toBe(1);
  });

  it('refuses a file of the wrong type, and removes a wrong file', async () => {
    const { page } = citizen;
    const household = card(page, 'household-register');
    await page.getByLabel('上传“居民户口簿”', { exact: true }).setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是户口簿') });
    await household.getByRole('button', { name: '上传 居民户口簿' }).click();
    const refused = household.getByRole('alert');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('文件实际类型为纯文本');
    await page.getByLabel('上传“居民户口簿”', { exact: true }).setInputFiles({ name: '错的照片.png', mimeType: 'image/png', buffer: tinyPng(3) });
    await household.getByRole('button', { name: '上传 居民户口簿' }).click();
    await household.getByRole('status').filter({ hasText: '已上传“错的照片.png”' }).waitFor();
    expect(await household.getByRole('list', { name: '已上传的文件' }).innerText()).toContain('错的照片.png');
    await household.getByRole('button', { name: '删除 错的照片.png' }).click();
    await household.getByRole('status').filter({ hasText: '已删除“错的照片.png”' }).waitFor();
    expect(await household.getByRole('list', { name: '已上传的文件' }).count()).toBe(0);
  });

  it('uploads a real PDF from the keyboard and signs the commitment for the marriage certificate, its text shown', async () => {
    const { page } = citizen;
    const household = card(page, 'household-register');
    await page.getByLabel('上传“居民户口簿”', { exact: true }).setInputFiles({ name: '户口簿.pdf', mimeType: 'application/pdf', buffer: householdPdf });
    await tabTo(page, household.getByRole('button', { name: '上传 居民户口簿' }));
    await page.keyboard.press('Enter');
    await household.getByRole('status').filter({ hasText: '已上传“户口簿.pdf”' }).waitFor();
    const marriage = card(page, 'marriage-certificate');
    expect(await marriage.locator('.commitment-text').innerText()).toBe(`承诺内容：${commitmentText}`);
    const sign = marriage.getByRole('checkbox', { name: '签署告知承诺，以承诺代替此材料' });
    await tabTo(page, sign);
    await page.keyboard.press('Space');
    expect(await sign.isChecked()).toBe(true);
    // The commitment asks for a signature; from the keyboard, by typing his name.
    const signature = page.getByTestId('signature');
    await signature.getByRole('heading', { name: '签名' }).waitFor();
    await tabTo(page, signature.getByLabel('不便手写？输入您的姓名'));
    await page.keyboard.type(CITIZEN);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await signature.getByRole('status').filter({ hasText: '已用输入的姓名签名。' }).waitFor();
    expect(await signature.getByRole('img', { name: '签名框：已签名' }).count()).toBe(1);
    await visit(page, 'materials-step');
  });

  it('saves the draft and resumes it with the file and the commitment', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('draft-saved').waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的申请' }).click();
    await page.getByRole('link', { name: '继续填写：henan-newborn' }).click();
    await page.getByText('已恢复您保存的草稿。').waitFor();
    for (const key of Object.keys(form.properties)) {
      await stepHeading(page, String((form.properties[key] as Json)['title']));
      await page.getByRole('button', { name: '下一步' }).click();
    }
    await stepHeading(page, '上传材料');
    const household = card(page, 'household-register');
    await household.getByRole('list', { name: '已上传的文件' }).filter({ hasText: '户口簿.pdf' }).waitFor();
    expect(await household.getByRole('list', { name: '已上传的文件' }).innerText()).not.toContain('错的照片.png');
    expect(await card(page, 'marriage-certificate').getByRole('checkbox', { name: '签署告知承诺，以承诺代替此材料' }).isChecked()).toBe(true);
  });

  it('asks for the signature again after the resume; he draws it with the mouse', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '下一步' }).click();
    const signature = page.getByTestId('signature');
    await signature.getByRole('alert').filter({ hasText: '请先签名' }).waitFor();
    await visit(page, 'signature-missing');
    const pad = signature.getByRole('img', { name: /^签名框/ });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    expect(box).not.toBeNull();
    const { x, y, width, height } = box ?? { x: 0, y: 0, width: 0, height: 0 };
    await page.mouse.move(x + width * 0.15, y + height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(x + width * (0.15 + i * 0.05), y + height * (0.6 - 0.3 * Math.sin(i / 2)), { steps: 2 });
    await page.mouse.up();
    await signature.getByRole('status').filter({ hasText: '已签名。' }).waitFor();
    expect(await signature.getByRole('alert').count()).toBe(0);
    await visit(page, 'signature-drawn');
  });

  it('lists on the summary how each material is provided, and submits once', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '核对信息');
    const row = (name: string) => page.locator('table.materials-summary tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    expect(await row('居民户口簿').innerText()).toContain('已上传：户口簿.pdf');
    expect(await row('结婚证').innerText()).toContain('签署告知承诺');
    expect(await row('父母双方有效身份证件').innerText()).toContain('未提供');
    expect(await row('出生医学证明').innerText()).toContain('免提交：由本件事内办理产生的“出生医学证明”共享获取');
    await visit(page, 'materials-summary');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    applicationId = page.url().split('/').pop() ?? '';
    expect((await api.get<unknown[]>('/api/application-drafts', await tokenOf(page))).body).toEqual([]);
  });

  it('lists the application’s materials, and he downloads his own file', async () => {
    const { page } = citizen;
    await page.getByRole('heading', { level: 2, name: '申请材料' }).waitFor();
    const row = page.locator('table.application-materials tr[data-material="household-register"]');
    await row.waitFor();
    expect(await page.locator('table.application-materials tr[data-material="marriage-certificate"]').innerText()).toContain('已签署告知承诺');
    const bytes = await downloaded(page, () => row.getByRole('button', { name: '下载 户口簿.pdf' }).click());
    expect(bytes.equals(householdPdf)).toBe(true);
    await visit(page, 'materials-application');
  });

  it('the police officer finds the file (the same bytes) and the signed commitment in the task', async () => {
    await approveOverApi(applicationId, 'health', 'birth-medical-certificate'); // the police matter comes after it
    police = await openBrowser({ now: new Date(MONDAY) });
    const { page } = police;
    await signIn(page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局', position: '科室负责人' });
    await page.goto(`${server.url}/workbench/tasks/${await taskOf(applicationId, 'police', 'birth-household-registration')}`);
    await page.getByRole('heading', { level: 1, name: '办理：出生户口登记' }).waitFor();
    const materials = page.locator('ul.materials > li');
    const household = materials.filter({ hasText: '居民户口簿' });
    const bytes = await downloaded(page, () => household.getByRole('button', { name: '下载 户口簿.pdf' }).click());
    expect(bytes.equals(householdPdf)).toBe(true);
    const marriage = materials.filter({ hasText: '结婚证' });
    expect(await marriage.innerText()).toContain(`已签署告知承诺（${CITIZEN}，`);
    expect(await marriage.innerText()).toContain(commitmentText);
    // The signature he drew, as an image, and the one stored: a PNG, drawn, named in the timeline.
    const image = marriage.getByRole('img', { name: '申请人的签名' });
    await image.waitFor();
    expect(await image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const view = await api.get<{ commitments: { signature: { sha256: string; method: string; url: string } | null }[]; timeline: { what: string; details?: { sha256?: string } }[] }>(
      `/api/applications/${applicationId}`,
      await api.login('citizen', CITIZEN),
    );
    const stored = view.body.commitments[0]?.signature;
    expect(stored?.method).toBe('drawn');
    expect(view.body.timeline.find((e) => e.what === 'COMMITMENT_SIGNED')?.details?.sha256).toBe(stored?.sha256);
    await visit(page, 'materials-task');
  });
});

describe('(b) 容缺受理 in the workbench, supplied from the application page', { timeout: 240_000 }, () => {
  let owedApplication = '';
  let taskUrl = '';

  it('the police officer accepts a new application with the marriage certificate owed', async () => {
    const token = await api.login('citizen', CITIZEN);
    const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', answers, data }, token, { 'idempotency-key': 'materials-owed' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    owedApplication = created.body.id;
    await approveOverApi(owedApplication, 'health', 'birth-medical-certificate');
    const { page } = police;
    taskUrl = `${server.url}/workbench/tasks/${await taskOf(owedApplication, 'police', 'birth-household-registration')}`;
    await page.goto(taskUrl);
    await page.getByRole('heading', { level: 1, name: '办理：出生户口登记' }).waitFor();
    await claimTask(page); // 容缺受理 is the holder's, at 受理
    await page.getByRole('radio', { name: '容缺受理（非关键材料后补）' }).check();
    const owed = page.getByRole('group', { name: '容缺的非关键材料' });
    expect(await owed.getByRole('checkbox').count()).toBe(1); // key materials cannot be owed
    await owed.getByRole('checkbox', { name: '结婚证' }).check();
    await page.getByLabel('意见说明').fill('结婚证请后补');
    await page.getByRole('button', { name: '提交处理结果' }).click();
    await page.getByRole('status').filter({ hasText: '处理结果已提交' }).waitFor();
    await expect.poll(() => page.getByTestId('task-supplement').innerText(), { timeout: 30_000 }).toContain('已容缺受理，待申请人补交：结婚证');
  });

  it('approving is refused while the material is owed, and the page says why', async () => {
    const { page } = police;
    // 受理 and 审查 go on; the last step, 决定, waits for the material.
    await approveStepsBeforeLast(page, taskUrl);
    await claimTask(page);
    await chooseApprove(page);
    await page.getByRole('button', { name: '提交处理结果' }).click();
    const explained = page.getByTestId('owed-explained');
    await explained.waitFor();
    expect(await explained.innerText()).toContain('申请人尚未补齐容缺受理的材料（结婚证）');
    // The runtime's message in words; its code only as an attribute, never shown.
    const refusal = page.locator('[role="alert"][data-error-code="MATERIALS_OWED"]');
    expect(await refusal.innerText()).toContain('申请人尚未补齐容缺材料');
    expect(await refusal.innerText()).not.toContain('MATERIALS_OWED');
    await visit(page, 'materials-owed-refused');
  });

  it('刘洋 uploads the owed material on the application page', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${owedApplication}`);
    const panel = page.getByTestId('owed-materials');
    await panel.getByRole('heading', { level: 2, name: '补齐容缺材料' }).waitFor();
    expect(await panel.innerText()).toContain('结婚证请后补');
    await visit(page, 'materials-owed');
    await panel.getByLabel('上传“结婚证”', { exact: true }).setInputFiles({ name: '结婚证.pdf', mimeType: 'application/pdf', buffer: marriagePdf });
    await panel.getByRole('button', { name: '上传 结婚证' }).click();
    await panel.getByRole('status').filter({ hasText: '已上传“结婚证.pdf”' }).waitFor();
    await panel.getByRole('button', { name: '提交补齐材料' }).click();
    await page.getByRole('status').filter({ hasText: '材料已补齐，相关部门将继续办理。' }).waitFor();
    await expect.poll(() => page.getByTestId('owed-materials').count(), { timeout: 30_000 }).toBe(0);
    const row = page.locator('table.application-materials tr[data-material="marriage-certificate"]');
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('结婚证.pdf');
    await visit(page, 'materials-owed-supplied');
  });

  it('the officer sees the file and approves', async () => {
    const { page } = police;
    await page.goto(taskUrl);
    await page.getByRole('heading', { level: 1, name: '办理：出生户口登记' }).waitFor();
    const marriage = page.locator('ul.materials > li').filter({ hasText: '结婚证' });
    const bytes = await downloaded(page, () => marriage.getByRole('button', { name: '下载 结婚证.pdf' }).click());
    expect(bytes.equals(marriagePdf)).toBe(true);
    await chooseApprove(page);
    await page.getByRole('button', { name: '提交处理结果' }).click();
    expect(await page.getByRole('status').filter({ hasText: '处理结果已提交' }).innerText()).toContain('已通过');
  });
});
