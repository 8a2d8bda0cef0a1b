// The citizen services in a real browser against a real runtime process with the example data provider:
// 李明轩 sees the newborn form prefilled from shared data (marked, with its source) and submits; a police
// officer returns the household registration naming one field; the citizen corrects only that field
// (the rest of the form is locked) and resubmits; the officer approves; the remaining matters are approved
// over the API; the citizen rates the service and reads the notifications. Axe and a screenshot on every
// new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type TaskSummary } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { approveInWorkbench, claimTask, fillSection, signIn, skipMaterials, stepHeading, tokenOf } from './support/people.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

type Json = Record<string, unknown>;

const MONDAY = '2026-11-23T09:00:00+08:00';
const sample = newbornSample('valid-single-birth');
const OTHER_DEPARTMENTS = ['health', 'medical-insurance', 'human-resources-social-security'];

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: Person;
let police: Person;
let questions: Json;
let form: { properties: Record<string, Json> };
let applicationId = '';
let returnedField = '';

/** Approves, over the API, every pending task of this application in the departments given (until none is left). */
async function approveOthers(): Promise<void> {
  for (let round = 0; round < 4; round++) {
    let approved = 0;
    for (const department of OTHER_DEPARTMENTS) {
      const officer = await api.login('officer', `officer-${department}`, department);
      const tasks = await api.get<TaskSummary[]>('/api/tasks?status=pending', officer);
      for (const task of tasks.body.filter((t) => t.applicationId === applicationId)) {
        await walkReview(api, task.id, department);
        approved++;
      }
    }
    if (approved === 0) return;
  }
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  questions = (await api.get<{ definition: { bundle: { questions: Json } } }>('/api/bundles/henan-newborn')).body.definition.bundle.questions;
  form = (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>('/api/bundles/henan-newborn/preview', { answers: sample.answers })).body.form.schema;
  citizen = await openBrowser({ now: new Date(MONDAY) });
}, 90_000);

afterAll(async () => {
  await Promise.all([citizen?.close(), police?.close()]);
  await server?.stop();
});

describe('秒报: the newborn form prefilled from shared data', { timeout: 180_000 }, () => {
  it('shows 李明轩 the waived materials with why, and the form prefilled and marked with its source', async () => {
    const { page } = citizen;
    await signIn(page, server.url, { role: '群众（申请人）', name: '李明轩' });
    await page.goto(`${server.url}/bundles/henan-newborn/apply`);
    await stepHeading(page, '选择情形');
    await fillValue(page, questions, sample.answers);
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '一次告知');
    const waived = page.locator('table').filter({ hasText: '免提交原因' });
    await expect.poll(() => waived.innerText()).toContain('居民户口簿');
    await page.getByRole('button', { name: '开始填表' }).click();
    await stepHeading(page, '申请人');
    expect(await page.getByTestId('prefill-notice').innerText()).toMatch(/已根据共享数据为您预填 \d+ 项信息/);
    expect(await page.locator('[id="root_name"]').inputValue()).toBe('李明轩');
    expect(await page.locator('[id="root_idNumber"]').inputValue()).toBe('410105199304120314');
    expect(await page.locator('[id="root_name__help"]').innerText()).toBe('来自共享数据（人口信息库）');
    await visit(page, 'services-prefilled');
  });

  it('saves a draft and resumes it from “My applications”', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('draft-saved').waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的申请' }).click();
    await page.getByRole('heading', { level: 2, name: '未提交的草稿' }).waitFor();
    await visit(page, 'services-drafts');
    await page.getByRole('link', { name: '继续填写：henan-newborn' }).click();
    await stepHeading(page, '申请人');
    await page.getByText('已恢复您保存的草稿。').waitFor();
    expect(await page.locator('[id="root_name"]').inputValue()).toBe('李明轩');
  });

  it('completes the rest and submits once', async () => {
    const { page } = citizen;
    await fillValue(page, form.properties['applicant'] as Json, sample.data['applicant']);
    await page.getByRole('button', { name: '下一步' }).click();
    for (const key of Object.keys(form.properties).slice(1)) await fillSection(page, form.properties[key] as Json, sample.data[key]);
    await skipMaterials(page);
    await stepHeading(page, '核对信息');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop() ?? '';
    const view = await api.get<ApplicationView & { provenance: Record<string, { kind: string }> }>(`/api/applications/${applicationId}`, await tokenOf(page));
    expect(view.body.provenance['/household/registerNumber']?.kind).toBe('shared');
    expect((await api.get<unknown[]>('/api/application-drafts', await tokenOf(page))).body).toEqual([]); // the submission used the draft up
  });
});

describe('补正: a matter returned naming one field, corrected and approved', { timeout: 180_000 }, () => {
  it('the other departments approve theirs over the API, so the police matter is pending', async () => {
    await approveOthers();
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(citizen.page));
    expect(view.body.matters.find((m) => m.department === officerDepartment('police'))?.status).toBe('pending');
  });

  it('a police officer sees where the data came from and returns the matter naming one field, with a comment', async () => {
    police = await openBrowser({ now: new Date(MONDAY) });
    const { page } = police;
    await signIn(page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局', position: '科室负责人' });
    await page.getByRole('link', { name: '出生户口登记' }).click();
    await page.getByRole('heading', { level: 1, name: '办理：出生户口登记' }).waitFor();
    expect(await page.locator('ul.provenance').innerText()).toContain('来自共享数据（人口信息库）');
    await claimTask(page); // 退回补正 is the holder's, at 受理
    await page.getByRole('radio', { name: '退回补正' }).check();
    const taskId = page.url().split('/').pop() ?? '';
    const task = await api.get<{ provenance: Record<string, { kind: string }> }>(`/api/tasks/${taskId}`, await tokenOf(page));
    returnedField = Object.keys(task.body.provenance).find((p) => /^\/child\/0\/name$/.test(p)) ?? Object.entries(task.body.provenance).find(([, v]) => v.kind === 'entered')?.[0] ?? '';
    expect(returnedField).not.toBe('');
    await page.locator(`input[type="checkbox"][value="${returnedField}"]`).check();
    await page.getByLabel('意见说明').fill('新生儿姓名与出生医学证明不一致，请核对');
    await visit(page, 'services-task-return');
    await page.getByRole('button', { name: '提交处理结果' }).click();
    await page.getByRole('status').filter({ hasText: '处理结果已提交' }).waitFor();
  });

  it('the citizen corrects only that field and resubmits', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByTestId('supplement-waiting').waitFor();
    await page.getByRole('link', { name: '去补正' }).click();
    await page.getByRole('heading', { level: 1, name: '补正材料' }).waitFor();
    await page.getByText('工作人员意见：新生儿姓名与出生医学证明不一致，请核对').waitFor();
    const [section, ...rest] = returnedField.split('/').slice(1);
    expect(section).toBeDefined();
    const input = page.locator(`[id="root_${rest.join('_')}"]`);
    expect(await input.isEditable()).toBe(true);
    expect(await page.locator('.onego-form input[readonly]').count()).toBeGreaterThan(0); // the rest is locked
    expect(await page.getByRole('button', { name: '删除' }).count()).toBe(0); // no list item added or removed
    await visit(page, 'services-supplement');
    await input.fill('李沐宸');
    await page.getByRole('button', { name: '提交补正' }).click();
    await page.getByRole('status').filter({ hasText: '补正已提交' }).waitFor();
    await visit(page, 'services-supplement-done');
  });

  it('the officer sees the supplement and approves', async () => {
    const { page } = police;
    expect(await approveInWorkbench(page, server.url, '出生户口登记')).toContain('已通过');
    await approveOthers();
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(citizen.page));
    expect(view.body.status).toBe('completed');
  });
});

describe('好差评 and 用户中心', { timeout: 180_000 }, () => {
  it('the citizen rates the service once it is completed', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await expect.poll(() => page.getByTestId('application-status').innerText()).toBe('已办结');
    await page.getByRole('heading', { level: 2, name: '评价本次服务' }).waitFor();
    await page.getByRole('group', { name: '总体评价' }).getByRole('radio', { name: '5 分' }).check();
    await page.getByLabel('意见或建议（选填）').fill('一次办好，很方便');
    await page.getByRole('group', { name: '“出生户口登记”评价' }).getByRole('radio', { name: '2 分' }).check();
    await visit(page, 'services-rating');
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(await page.getByTestId('rating-done').innerText()).toContain('总体 5 分');
  });

  it('the bad matter score opens a rectification the police officer answers', async () => {
    const { page } = police;
    await page.goto(`${server.url}/workbench`);
    await page.getByRole('link', { name: '差评整改任务' }).click();
    await page.getByRole('heading', { level: 1, name: '差评整改' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').innerText()).toContain('待整改');
    await visit(page, 'services-rectifications');
    await page.locator('tbody tr').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '整改任务' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('“出生户口登记” 2 分');
    await page.getByLabel('整改情况').fill('已核对新生儿姓名录入流程，增加出生医学证明比对');
    await visit(page, 'services-rectification');
    await page.getByRole('button', { name: '提交整改答复' }).click();
    await page.getByRole('status').filter({ hasText: '已答复' }).waitFor();
  });

  it('reads the notifications: the return and the completion', async () => {
    const { page } = citizen;
    await api.post('/api/test/clock', { advanceMs: 1000 });
    await page.goto(`${server.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: '消息中心' }).waitFor();
    const items = page.locator('ul.notifications li');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await visit(page, 'services-notifications');
    const text = await page.locator('ul.notifications').innerText();
    expect(text).toMatch(/补正/);
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect.poll(() => page.locator('.notification-unread').count()).toBe(0);
  });

  it('chooses SMS in 通知方式, told in plain words what a mobile number looks like', async () => {
    const { page } = citizen;
    const section = page.getByRole('region', { name: '通知方式' });
    await section.getByRole('checkbox', { name: '短信通知' }).check();
    await section.getByLabel('手机号码', { exact: true }).fill('138123');
    await section.getByRole('button', { name: '保存通知方式' }).click();
    await section.getByRole('alert').filter({ hasText: '手机号码应为 11 位数字，以 1 开头' }).waitFor();
    await section.getByLabel('手机号码', { exact: true }).fill('13812345678');
    await section.getByRole('button', { name: '保存通知方式' }).click();
    await section.getByTestId('channels-saved').waitFor();
    await visit(page, 'services-notification-preferences');
    const saved = await api.get('/api/notification-preferences', await tokenOf(page));
    expect(saved.body).toMatchObject({ sms: true, email: false, phone: '13812345678', language: 'zh', saved: true });
  });
});
