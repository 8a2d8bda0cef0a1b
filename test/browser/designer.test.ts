// The bundle designer end to end in a real browser against a real runtime: a service designer composes
// a new bundle from two catalogue matters of different departments — a scenario question, a condition
// made with the rule builder, a dependency — without typing JSON, fixes the problem the engine finds by
// following its link, previews the flow and figures, saves and publishes it. Then a citizen applies to
// it (over the API) and officers of the two departments approve in their workbenches. Axe on each
// designer page, screenshots in test-results/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneToSchema } from '../../designer/src/form/schemaTools.ts';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { approveInWorkbench, signIn } from './support/people.ts';

const MONDAY = '2026-11-23T09:00:00+08:00';
const BUNDLE = 'newborn-household';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
let health: Person | undefined;
let police: Person | undefined;
let applicationId = '';

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  designer = await openBrowser({ now: new Date(MONDAY), width: 1400 });
}, 90_000);

afterAll(async () => {
  await Promise.all([designer?.close(), health?.close(), police?.close()]);
  await server?.stop();
});

describe('a service designer composes and publishes a bundle without code', { timeout: 180_000 }, () => {
  it('starts a blank bundle from the designer’s home, where the published ones are starting points', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.waitForURL(/\/designer$/);
    await page.getByRole('link', { name: '以“新生儿出生一件事”为起点设计' }).waitFor();
    await visit(page, 'designer-home');
    // a published bundle as a starting point: its conditions read as rules, its dependencies as ticks
    await page.getByRole('link', { name: '以“新生儿出生一件事”为起点设计' }).click();
    const card = page.getByRole('group', { name: '“社会保障卡申领”的纳入条件' });
    await card.getByRole('group', { name: '规则 1' }).waitFor();
    expect(await card.getByLabel('比较方式').locator('option:checked').innerText()).toBe('等于');
    expect(await card.getByLabel('取值').locator('option:checked').innerText()).toBe('是');
    expect(await page.getByRole('group', { name: '“社会保障卡申领”需在以下事项通过后办理' }).getByLabel('出生户口登记').isChecked()).toBe(true);
    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
    await visit(page, 'designer-compose-example');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('link', { name: '新建空白一件事' }).click();
    await page.getByRole('heading', { level: 1, name: '设计一件事' }).waitFor();
    await page.getByRole('heading', { name: '事项目录' }).waitFor();
    await visit(page, 'designer-compose-blank');
  });

  it('names it and writes a yes/no scenario question', async () => {
    const { page } = designer;
    await page.getByLabel('标识').fill(BUNDLE);
    await page.getByLabel('名称（中文）').fill('新生儿落户一件事');
    await page.getByLabel('名称（英文）').fill('Newborn household registration');
    await page.getByRole('button', { name: '添加问题' }).click();
    const question = page.getByRole('group', { name: '问题 1' });
    await question.getByLabel('问题标识').fill('needHousehold');
    await question.getByLabel('中文标签').fill('是否同时办理出生户口登记？');
    await question.getByLabel('英文标签').fill('Register the birth with the household too?');
    expect(await question.getByLabel('回答方式').inputValue()).toBe('yesNo');
  });

  it('finds two matters of different departments in the catalogue, by name and by department', async () => {
    const { page } = designer;
    const catalogue = page.getByRole('region', { name: '事项目录' }).or(page.locator('section', { has: page.getByRole('heading', { name: '事项目录' }) }));
    await page.getByLabel('按名称查找').fill('出生医学');
    await expect.poll(() => catalogue.first().locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('出生医学证明签发')]);
    await page.getByRole('button', { name: '选用“出生医学证明签发”' }).click();
    await page.getByLabel('按名称查找').fill('');
    await page.getByLabel('按部门筛选').selectOption({ label: '公安局' });
    const rows = await catalogue.first().locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('公安局');
    await page.getByRole('button', { name: '选用“出生户口登记”' }).click();
    await page.getByRole('heading', { name: '已选事项（2 个）' }).waitFor();
  });

  it('sets the condition with the rule builder and the dependency by ticking, without JSON', async () => {
    const { page } = designer;
    const condition = page.getByRole('group', { name: '“出生户口登记”的纳入条件' });
    await condition.getByRole('button', { name: '添加规则' }).click();
    const rule = condition.getByRole('group', { name: '规则 1' });
    expect(await rule.getByLabel('问题').locator('option:checked').innerText()).toBe('是否同时办理出生户口登记？');
    expect(await rule.getByLabel('比较方式').locator('option:checked').innerText()).toBe('等于');
    await rule.getByLabel('取值').selectOption({ label: '是' });
    await page.getByRole('group', { name: '“出生户口登记”需在以下事项通过后办理' }).getByLabel('出生医学证明签发').check();
  });

  it('lists the problem the engine finds, moves to its place, and the fix clears it', async () => {
    const { page } = designer;
    const problems = page.getByRole('alert').filter({ hasText: '定义中有 1 个问题' });
    await problems.waitFor();
    expect(await problems.innerText()).toContain('承诺');
    await visit(page, 'designer-compose-problem');
    await problems.getByRole('button', { name: '前往修改' }).click();
    const days = page.getByLabel('承诺办结时限（工作日）');
    await expect.poll(() => days.evaluate((element) => element === document.activeElement)).toBe(true);
    await days.fill('8');
    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
  });

  it('sees the live preview: a lane per department, the dependency, the before/after figures, the form', async () => {
    const { page } = designer;
    const preview = page.locator('section', { has: page.getByRole('heading', { name: '实时预览' }) });
    const flowText = preview.locator('.flow-text');
    await expect.poll(() => flowText.innerText()).toContain('卫生健康委员会');
    expect(await flowText.innerText()).toContain('公安局');
    expect(await flowText.innerText()).toContain('“出生医学证明签发”通过后办理“出生户口登记”');
    await expect.poll(() => preview.getByTestId('flow-diagram').locator('.react-flow__node.flow-matter').count()).toBe(2);
    expect(await preview.locator('.metric-row', { hasText: '办理时间（工作日）' }).innerText()).toMatch(/改革前 \d+\s+改革后 \d+/);
    // the designer tries an answer: the preview follows it
    await preview.getByRole('radio', { name: '否' }).check();
    await preview.getByText('合并后的申请表').click();
    await visit(page, 'designer-compose-preview');
    await preview.getByTestId('flow-diagram').screenshot({ path: 'test-results/screenshots/designer-flow.png' });
  });

  it('saves the draft, publishes version 1, and sees it in the history', async () => {
    const { page } = designer;
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('status').filter({ hasText: '草稿已保存。' }).waitFor();
    await page.locator('.version-history').getByText(/有未发布的草稿/).waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已发布第 1 版。' }).waitFor();
    await page.locator('.version-history').getByText(/第 1 版 · 设计员小周/).waitFor();
    await visit(page, 'designer-published');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Design a bundle' }).waitFor();
    await page.getByRole('heading', { name: 'Live preview' }).waitFor();
    await visit(page, 'designer-compose-en');
    await page.getByRole('button', { name: '中文' }).click();
    const published = await api.get<{ matters: { id: string; department: string }[] }>(`/api/bundles/${BUNDLE}`);
    expect(published.body.matters.map((m) => m.department)).toEqual(['health', 'police']);
  });
});

describe('the published bundle runs: a citizen applies, two departments approve', { timeout: 180_000 }, () => {
  it('a citizen applies over the API with the answer that includes both matters', async () => {
    const token = await api.login('citizen', '李明轩');
    const answers = { needHousehold: true };
    const preview = await api.post<{ form: { schema: Record<string, unknown> } }>(`/api/bundles/${BUNDLE}/preview`, { answers }, token);
    const data = pruneToSchema(newbornSample('valid-single-birth').data, preview.body.form.schema);
    const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, answers, data }, token, { 'idempotency-key': 'designer-journey-1' });
    expect(submitted.status).toBe(201);
    applicationId = submitted.body.id;
  });

  it('the health officer approves first, then the police officer, each in their workbench', async () => {
    health = await openBrowser({ now: new Date(MONDAY) });
    await signIn(health.page, server.url, { role: '部门工作人员', name: '王医生', department: '卫生健康委员会' });
    expect(await approveInWorkbench(health.page, server.url, '出生医学证明签发')).toContain('已通过');
    police = await openBrowser({ now: new Date(MONDAY) });
    await signIn(police.page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局' });
    expect(await approveInWorkbench(police.page, server.url, '出生户口登记')).toContain('已通过');
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, await api.login('citizen', '李明轩'));
    expect(view.body.status).toBe('completed');
  });
});
