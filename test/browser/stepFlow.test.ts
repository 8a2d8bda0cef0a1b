// The police matter of the newborn example walked in the workbench (issue #16): the police officers sign
// in from the sign-in page's demo officers by department and position (no id typed); the window clerk
// claims 受理 and sees the 出生医学证明编号 the hospital recorded, with where it came from; the case officer
// completes 审查; the section head decides, recording the child's 公民身份号码 — a wrong check digit refused
// under the field in plain Chinese, then the right number accepted; the social-security officer sees the
// number on their task (a matter decided in one step) by its name, with its source. Axe on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { RESULT_VALUES } from '../support/stepResultValues.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';

const ID_NUMBER = String(RESULT_VALUES['child.idNumber']);
/** The same number with a wrong check digit (GB 11643). */
const WRONG_CHECK_DIGIT = `${ID_NUMBER.slice(0, 17)}${ID_NUMBER.endsWith('3') ? '4' : '3'}`;

let server: ServerProcess;
let api: ReturnType<typeof client>;
let officer: Person;
let applicationId: string;

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  const citizen = await api.login('citizen', 'citizen-step-flow');
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'step-flow-1' });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  applicationId = submitted.body.id;
  // The hospital issues the certificate over the API (受理 → 签发 with its number): the police matter starts.
  const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, citizen)).body;
  const certificate = matterOf(view, 'birth-medical-certificate');
  await walkReview(api, certificate.taskId, certificate.department);
  officer = await openBrowser();
}, 120_000);

afterAll(async () => {
  await officer?.close();
  await server?.stop();
});

/** Signs in from the sign-in page as the demo officer of a department holding a position: two clicks. */
async function signInAs(department: string, position: string): Promise<void> {
  const { page } = officer;
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('radio', { name: '部门工作人员' }).check();
  await page.getByRole('button', { name: `以${department}${position}登录` }).click();
  await page.waitForURL((url) => url.pathname === '/workbench');
}

/** Opens the task of a matter from the inbox; answers its page's address. */
async function openTask(matterName: string): Promise<void> {
  const { page } = officer;
  await page.getByRole('link', { name: matterName }).click();
  await page.getByRole('heading', { level: 1, name: `办理：${matterName}` }).waitFor();
}

async function claimAndApprove(): Promise<string> {
  const { page } = officer;
  await page.getByRole('button', { name: '签收', exact: true }).click();
  await page.getByTestId('holder').filter({ hasNotText: '待签收' }).waitFor();
  await page.getByRole('radio', { name: '通过', exact: true }).check();
  await page.getByRole('button', { name: '提交处理结果' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: '处理结果已提交' });
  await confirmation.waitFor();
  return confirmation.innerText();
}

describe('出生户口登记 walked by the police, step by step', { timeout: 180_000 }, () => {
  it('offers the demo officers by department and position on the sign-in page', async () => {
    const { page } = officer;
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('radio', { name: '部门工作人员' }).check();
    const demo = page.getByRole('region', { name: '以示例工作人员登录' });
    await demo.waitFor();
    for (const position of ['窗口人员', '经办人', '科室负责人']) await demo.getByRole('button', { name: `以公安局${position}登录` }).waitFor();
    await demo.getByRole('button', { name: '以卫生健康委员会窗口人员登录' }).waitFor();
    expect(await demo.innerText()).toContain('出生户口登记 · 决定');
    await visit(page, 'step-flow-sign-in');
  });

  it('the window clerk claims 受理, seeing the certificate number with where it came from, and accepts', async () => {
    await signInAs('公安局', '窗口人员');
    await openTask('出生户口登记');
    const { page } = officer;
    const steps = page.getByRole('region', { name: '办理环节' });
    expect(await steps.locator('li[data-step-state="current"]').innerText()).toContain('受理');
    const received = page.getByTestId('received');
    expect(await received.innerText()).toContain(`出生医学证明编号：${RESULT_VALUES['child.birthCertificateNumber'] ?? ''}`);
    expect(await received.innerText()).toContain('来自卫生健康委员会「出生医学证明签发」的「签发」环节');
    expect(await page.getByTestId('holder').innerText()).toBe('待签收');
    await visit(page, 'step-flow-accept');
    expect(await claimAndApprove()).toContain('办理中');
    await expect.poll(() => page.getByTestId('holder').innerText()).toBe('待签收'); // 审查 is handled afresh
  });

  it('the case officer claims 审查 and completes it', async () => {
    await signInAs('公安局', '经办人');
    await openTask('出生户口登记');
    const current = officer.page.getByRole('region', { name: '办理环节' }).locator('li[data-step-state="current"]');
    expect(await current.innerText()).toContain('审查');
    expect(await claimAndApprove()).toContain('办理中');
  });

  it('the section head decides: a wrong check digit is refused under the field in plain Chinese, the right number accepted', async () => {
    await signInAs('公安局', '科室负责人');
    await openTask('出生户口登记');
    const { page } = officer;
    expect(await page.getByRole('region', { name: '办理环节' }).locator('li[data-step-state="current"]').innerText()).toContain('决定');
    await page.getByRole('button', { name: '签收', exact: true }).click();
    await page.getByTestId('holder').filter({ hasText: '公安局科室负责人' }).waitFor();
    await page.getByRole('radio', { name: '通过', exact: true }).check();
    const idNumber = page.getByLabel('新生儿公民身份号码', { exact: true });
    await idNumber.fill(WRONG_CHECK_DIGIT);
    await page.getByRole('button', { name: '提交处理结果' }).click();
    const problem = page.locator('#result-child\\.idNumber-error');
    await problem.waitFor();
    const text = await problem.innerText();
    expect(text).toContain('校验码不正确');
    expect(text).not.toMatch(/child\.|\/results|pattern|format/);
    expect(await idNumber.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: '填写的内容有误' }).waitFor();
    await visit(page, 'step-flow-wrong-id-number');
    // Nothing was recorded: the matter is still at 决定.
    const task = await api.get<{ status: string; step: { id: string } | null }>(`/api/tasks/${matterOf((await api.get<ApplicationView>(`/api/applications/${applicationId}`, await api.login('citizen', 'citizen-step-flow'))).body, 'birth-household-registration').taskId}`, await api.login('officer', 'officer-police', 'police'));
    expect(task.body).toMatchObject({ status: 'pending', step: { id: 'decide' } });

    await idNumber.fill(ID_NUMBER);
    await page.getByRole('button', { name: '提交处理结果' }).click();
    await page.getByRole('status').filter({ hasText: '处理结果已提交：已通过' }).waitFor();
    expect(await page.locator('#result-child\\.idNumber-error').count()).toBe(0);
  });

  it('the social-security officer sees the 公民身份号码 on their task, marked with where it came from', async () => {
    const { page } = officer;
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('radio', { name: '部门工作人员' }).check();
    await page.getByLabel('姓名或账号').fill('社保窗口小韩');
    await page.getByLabel('所属部门').selectOption(officerDepartment('human-resources-social-security'));
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/workbench');
    await openTask('社会保障卡申领');
    const received = page.getByTestId('received');
    expect(await received.innerText()).toContain(`新生儿公民身份号码：${ID_NUMBER}`);
    expect(await received.innerText()).toContain('来自公安局「出生户口登记」的「决定」环节');
    await visit(page, 'step-flow-received');
  });
});
