// The web app end to end in a real browser (Debian's Chromium) against a real runtime process: a citizen
// signs in and applies to the newborn bundle — scenario questions, the one-time notice, the merged form
// in sections with Chinese errors next to the fields, the summary, one submission from the keyboard;
// officers of two departments approve in parallel in their own browsers, the remaining matters are
// approved over the API, and the citizen sees the application completed with a lane per department.
// Every page visited passes axe (WCAG 2.1 A/AA: no serious or critical violation) and is photographed
// into test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licencePdfText } from '../../examples/issuing-provider/licencePdf.ts';
import { newbornSample, type ApplicationView, type TaskSummary } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, tabTo, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { approveInWorkbench, fillSection, signIn, skipMaterials, stepHeading, tokenOf } from './support/people.ts';

type Json = Record<string, unknown>;

// Monday 23 November 2026, 09:00 in Beijing: the server's test clock and the browsers' clocks.
const MONDAY = '2026-11-23T09:00:00+08:00';
const sample = newbornSample('valid-single-birth');

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: Person;
let health: Person;
let police: Person;
let questions: Json;
let form: { properties: Record<string, Json> };
let applicationId = '';

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  questions = (await api.get<{ definition: { bundle: { questions: Json } } }>('/api/bundles/henan-newborn')).body.definition.bundle.questions;
  form = (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>('/api/bundles/henan-newborn/preview', { answers: sample.answers })).body.form.schema;
  citizen = await openBrowser({ now: new Date(MONDAY) });
}, 90_000);

afterAll(async () => {
  await Promise.all([citizen?.close(), health?.close(), police?.close()]);
  await server?.stop();
});

describe('a citizen applies to the newborn bundle in the browser', { timeout: 120_000 }, () => {
  it('sees the published bundles by name on the portal', async () => {
    const { page } = citizen;
    await page.goto(server.url);
    await expect.poll(() => page.title()).toBe('一件事一次办');
    await page.getByRole('heading', { level: 2, name: '可以办理的一件事' }).waitFor();
    const names = await page.locator('li.card h3').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['新生儿出生一件事', '企业开办一件事', '入学一件事']));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await visit(page, 'portal-home');
  });

  it('signs in as a citizen through dev login, from the bundle it wants', async () => {
    const { page } = citizen;
    await page.locator('li.card').filter({ hasText: '新生儿出生一件事' }).getByRole('link', { name: '开始办理' }).click();
    await page.waitForURL(/\/sign-in\?role=citizen&next=/);
    await page.getByText('请以“群众（申请人）”身份登录后继续。').waitFor();
    expect(await page.title()).toBe('登录 - 一件事一次办');
    await visit(page, 'sign-in');
    await page.getByLabel('姓名或账号').fill('李明轩');
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/bundles\/henan-newborn\/apply$/);
    await page.getByText('李明轩（群众）').waitFor();
  });

  it('answers the scenario questions and reads the one-time notice with the before/after figures', async () => {
    const { page } = citizen;
    await stepHeading(page, '选择情形');
    await visit(page, 'apply-questions');
    await fillValue(page, questions, sample.answers);
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '一次告知');
    const toSubmit = page.locator('table').filter({ hasText: '出具单位' });
    expect(await toSubmit.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('父母双方有效身份证件')]);
    const waived = page.locator('table').filter({ hasText: '免提交原因' });
    await expect.poll(() => waived.locator('tbody tr').count()).toBe(3);
    expect(await waived.innerText()).toContain('由本件事内办理产生的“出生医学证明”共享获取');
    expect(await page.locator('tr', { hasText: '办理时间（工作日）' }).innerText()).toMatch(/32\s+6/);
    expect(await page.locator('tr', { hasText: '提交材料（份）' }).innerText()).toMatch(/9\s+1/);
    await visit(page, 'apply-notice');
    await page.getByRole('button', { name: '开始填表' }).click();
  });

  it('fills the merged form section by section, with clear Chinese errors next to the fields', async () => {
    const { page } = citizen;
    await stepHeading(page, '申请人');
    // 李明轩's shared data prefilled the applicant (see services.test.ts); cleared here to see every error
    expect(await page.locator('[id="root_name"]').inputValue()).toBe('李明轩');
    for (const id of ['root_name', 'root_idNumber', 'root_address']) await page.locator(`[id="${id}"]`).fill('');
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '请修改以下 5 处问题' });
    await summary.waitFor();
    expect(await summary.getByRole('link').first().innerText()).toBe('申请人姓名：必填项，请填写');
    expect(await page.locator('[id="root_name__error"]').innerText()).toBe('必填项，请填写');
    expect(await page.locator('[id="root_name"]').getAttribute('aria-describedby')).toContain('root_name__error');
    // a wrong check digit is named precisely, as the runtime would name it
    await page.locator('[id="root_idNumber"]').fill('410105199304120315');
    await expect.poll(() => page.locator('[id="root_idNumber__error"]').innerText()).toBe('公民身份号码校验码不正确（GB 11643），请核对');
    await visit(page, 'apply-form-errors');
    await fillValue(page, form.properties['applicant'] as Json, sample.data['applicant']);
    await page.getByRole('button', { name: '下一步' }).click();
    const sections = Object.keys(form.properties).slice(1);
    for (const key of sections) {
      if (key === 'child') {
        await stepHeading(page, '新生儿');
        await fillValue(page, form.properties[key] as Json, sample.data[key]);
        await visit(page, 'apply-form-section');
        await page.getByRole('button', { name: '下一步' }).click();
      } else {
        await fillSection(page, form.properties[key] as Json, sample.data[key]);
      }
    }
    await stepHeading(page, '上传材料');
    await visit(page, 'apply-materials');
    await skipMaterials(page);
    await stepHeading(page, '核对信息');
  });

  it('checks every answer on the summary page and submits once, with the keyboard', async () => {
    const { page } = citizen;
    const main = page.getByRole('main');
    for (const text of ['随父落户', '李明轩', '王雨桐', '汉族', '李沐辰', '河南省人民医院', '郑州市公安局金水分局丰产路派出所']) {
      expect(await main.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    await visit(page, 'apply-summary');
    const submit = page.getByRole('button', { name: '确认提交' });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // a second press while it is submitting changes nothing
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop() ?? '';
    await page.getByRole('status').filter({ hasText: '申请已提交，各部门正在并联办理。' }).waitFor();
    const mine = await api.get<{ id: string }[]>('/api/applications', await tokenOf(page));
    expect(mine.body.map((a) => a.id)).toEqual([applicationId]);
  });

  it('follows the application: its status, each matter, and a timeline lane per department', async () => {
    const { page } = citizen;
    expect(await page.getByTestId('application-status').innerText()).toBe('办理中');
    expect(await page.locator('table.timeline thead th').allInnerTexts()).toEqual(['时间', '申请人与系统', '卫生健康委员会', '公安局', '医疗保障局', '人力资源和社会保障局']);
    expect(await page.locator('tr', { hasText: '出生医学证明签发' }).first().innerText()).toContain('办理中');
    expect(await page.locator('tr', { hasText: '生育登记' }).first().innerText()).toContain('已通过');
    expect(await page.locator('table.timeline').innerText()).toContain('生育登记：审批通过（按规则自动审批）');
    await visit(page, 'application-submitted');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的申请' }).click();
    await page.getByRole('heading', { level: 1, name: '我的申请' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/新生儿出生一件事[\s\S]*办理中/)]);
    await visit(page, 'my-applications');
  });
});

describe('officers of different departments decide in parallel in the workbench', { timeout: 120_000 }, () => {
  it('a health officer sees the task by due date with the working days left, only its matter, and approves it', async () => {
    health = await openBrowser({ now: new Date(MONDAY) });
    const { page } = health;
    await signIn(page, server.url, { role: '部门工作人员', name: '王医生', department: '卫生健康委员会', position: '科室负责人' });
    await page.waitForURL(/\/workbench$/);
    const row = page.locator('tbody tr', { hasText: '出生医学证明签发' });
    // accepted Monday, 1 working day: due Tuesday; warned only from the end of Monday
    expect(await row.innerText()).toContain('剩余 1 个工作日');
    expect(await row.innerText()).not.toContain('即将到期');
    expect(await page.locator('caption').innerText()).toBe('卫生健康委员会的任务，按办结期限排序');
    await visit(page, 'workbench-inbox');
    await row.getByRole('link', { name: '出生医学证明签发' }).click();
    await page.getByRole('heading', { level: 1, name: '办理：出生医学证明签发' }).waitFor();
    const data = page.locator('section', { has: page.getByRole('heading', { name: '申请信息（仅本事项所需）' }) });
    await data.getByText('河南省人民医院').waitFor();
    expect(await data.innerText()).toContain('王雨桐');
    expect(await data.innerText()).not.toContain('结婚证字号'); // other matters' data stays with them
    expect(await page.locator('ul.materials').innerText()).toContain('父母双方有效身份证件');
    await visit(page, 'workbench-task');
    expect(await approveInWorkbench(page, server.url, '出生医学证明签发')).toContain('处理结果已提交：已通过');
  });

  it('shows a refused decision with the runtime’s message in the language of the page', async () => {
    police = await openBrowser({ now: new Date(MONDAY) });
    const { page } = police;
    await signIn(page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局', position: '科室负责人' });
    await page.getByRole('link', { name: '出生户口登记' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Task: Household registration of a birth' }).waitFor();
    await page.getByRole('radio', { name: 'Return for more materials' }).check();
    await page.getByRole('button', { name: 'Submit the decision' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('bad request: a return names the missing materials or fields, or says why in a comment');
    await visit(page, 'workbench-task-refused-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '办理：出生户口登记' }).waitFor();
  });

  it('the health and police officers approve their matters at the same time', async () => {
    const [vaccination, household] = await Promise.all([
      approveInWorkbench(health.page, server.url, '预防接种证办理'),
      approveInWorkbench(police.page, server.url, '出生户口登记'),
    ]);
    expect(vaccination).toContain('已通过');
    expect(household).toContain('已通过');
  });

  it('the inbox filters by status', async () => {
    const { page } = health;
    await page.goto(`${server.url}/workbench`);
    await page.getByLabel('任务状态').selectOption({ label: '已通过' });
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=approved/);
    const rows = page.locator('tbody tr');
    await expect.poll(async () => (await rows.allInnerTexts()).map((r) => r.split(/\s/)[0]).sort()).toEqual(['出生医学证明签发', '生育登记', '预防接种证办理']);
    await visit(page, 'workbench-inbox-approved');
  });

  it('the remaining matters are approved over the API', async () => {
    for (const department of ['medical-insurance', 'human-resources-social-security']) {
      const officer = await api.login('officer', `officer-${department}`, department);
      const tasks = await api.get<TaskSummary[]>('/api/tasks?status=pending', officer);
      for (const task of tasks.body.filter((t) => t.applicationId === applicationId)) {
        await walkReview(api, task.id, department);
      }
    }
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(citizen.page));
    expect(view.body.status).toBe('completed');
  });
});

describe('the citizen sees the outcome', { timeout: 120_000 }, () => {
  it('sees the application completed, the results issued together, and the whole timeline', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await expect.poll(() => page.getByTestId('application-status').innerText()).toBe('已办结');
    const results = page.locator('table', { hasText: '证照编号' });
    await expect.poll(() => results.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('table.timeline').innerText()).toContain('全部办结，统一发证');
    await visit(page, 'application-completed');
  });

  it('downloads the e-licence of the birth medical certificate, issued with its number', async () => {
    const { page } = citizen;
    const row = page.locator('tr[data-result="birth-medical-certificate"]');
    const number = (await row.locator('td').first().innerText()).trim();
    expect(number).toMatch(/^[A-Z]\d{9}$/);
    const [file] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /下载.*电子证照/ }).click()]);
    expect(file.suggestedFilename().endsWith(`-${number}.pdf`)).toBe(true);
    const pdf = await readFile((await file.path()) ?? '');
    expect(licencePdfText(pdf)).toContain(`证照编号：${number}`);
  });

  it('reads it in English and in large text, both remembered after a reload', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '大字模式' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Application: Newborn: one thing, done in one go' }).waitFor();
    expect(await page.locator('html').getAttribute('class')).toContain('large-text');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Large text' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('application-status').innerText()).toBe('completed');
    await visit(page, 'application-completed-en-large-text');
    await page.getByRole('button', { name: 'Large text' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '申请详情：新生儿出生一件事' }).waitFor();
  });

  it('a service designer finds the published bundles and their versions in the designer', async () => {
    const { page } = citizen;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.waitForURL(/\/designer$/);
    const newborn = page.locator('tbody tr', { hasText: '新生儿出生一件事' });
    await expect.poll(() => newborn.innerText()).toContain('第 1 版');
    await visit(page, 'designer');
  });
});

describe('in normal use', () => {
  it('asks the server for nothing it expects to be missing: no 404 (each a console error in the browser)', () => {
    expect([...citizen.notFound, ...health.notFound, ...police.notFound]).toEqual([]);
  });
});
