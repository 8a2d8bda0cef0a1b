// The bundle designer end to end in a real browser against a real runtime: a service designer composes
// a new bundle from two catalogue matters of different departments — a scenario question, a condition
// made with the rule builder, a dependency — without typing JSON, fixes the problem the engine finds by
// following its link, previews the flow and figures, and saves a draft. The draft's address opens it again
// after a reload; the designer's home lists it (and a colleague's draft with problems, discarded after a
// confirmation; saved again by the colleague after the list was read, its discard is refused naming them
// until the list is reloaded); reopened and changed, its save is refused because a colleague saved meanwhile, their
// version is loaded, the change made again and saved, and it is published. Then a citizen applies to it in
// the portal (questions, notice, form, summary, submission), officers of the two departments approve in
// their workbenches, and the citizen sees it completed and rates it. Axe on each page, screenshots in
// test-results/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneToSchema } from '../../designer/src/form/schemaTools.ts';
import { newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { approveInWorkbench, fillSection, signIn, skipMaterials, stepHeading, tokenOf } from './support/people.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

type Json = Record<string, unknown>;
interface Definition {
  bundle: { id: string; name: { zh: string; en?: string }; visits: { count: number }; timeLimits: { committed: { days: number } }; matters: { matter: string }[]; questions: Json };
  matters: unknown[];
}

const MONDAY = '2026-11-23T09:00:00+08:00';
/** The id the compose page makes from the name 新生儿落户一件事 (the designer never types one). */
const BUNDLE = 'xinshengerluohuyijianshi';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
let citizen: Person | undefined;
let health: Person | undefined;
let police: Person | undefined;
let applicationId = '';
/** 设计员小王, the colleague who works over the API. */
let colleague = '';

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  designer = await openBrowser({ now: new Date(MONDAY), width: 1400 });
  colleague = await api.login('designer', '设计员小王');
}, 90_000);

afterAll(async () => {
  await Promise.all([designer?.close(), citizen?.close(), health?.close(), police?.close()]);
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
    // identifiers are never typed: the bundle's is made from its name, each question's from its place
    expect(await page.locator('.designer-edit').getByLabel(/标识|Identifier/).count()).toBe(0);
  });

  it('names it and writes a yes/no scenario question', async () => {
    const { page } = designer;
    await page.getByLabel('名称（中文）').fill('新生儿落户一件事');
    await page.getByLabel('名称（英文）').fill('Newborn household registration');
    await page.getByRole('button', { name: '添加问题' }).click();
    const question = page.getByRole('group', { name: '问题 1' });
    await question.getByLabel('中文标签').fill('是否同时办理出生户口登记？');
    await question.getByLabel('英文标签').fill('Register the birth with the household too?');
    expect(await question.getByLabel('回答方式').inputValue()).toBe('yesNo');
    expect(await question.getByLabel(/标识/).count()).toBe(0);
  });

  it('finds two matters of different departments in the catalogue, by name and by department', async () => {
    const { page } = designer;
    const catalogue = page.getByRole('region', { name: '事项目录' }).or(page.locator('section', { has: page.getByRole('heading', { name: '事项目录' }) }));
    await page.getByLabel('按名称查找').fill('出生医学');
    await expect.poll(() => catalogue.first().locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('出生医学证明签发')]);
    await page.getByRole('button', { name: '选用“出生医学证明签发”' }).click();
    await page.getByLabel('按名称查找').fill('');
    await page.getByLabel('按部门筛选').selectOption({ label: '公安局' });
    // the catalogue is searched on the server: the rows are those of the department once its answer is in
    await expect
      .poll(async () => {
        const rows = await catalogue.first().locator('tbody tr').allInnerTexts();
        return rows.length > 0 && rows.every((row) => row.includes('公安局'));
      })
      .toBe(true);
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
    // drawn at its real size, never zoomed out to fit: every box inside the drawing; 大字模式 enlarges the
    // boxes with their labels
    const drawing = preview.getByTestId('flow-diagram');
    const boxes = () =>
      drawing.evaluate((canvas) => {
        const frame = canvas.getBoundingClientRect();
        const nodes = [...canvas.querySelectorAll('.react-flow__node.flow-matter')].map((n) => ({ box: n.getBoundingClientRect(), font: parseFloat(getComputedStyle(n).fontSize) }));
        return { widths: nodes.map((n) => Math.round(n.box.width)), fonts: nodes.map((n) => n.font), inside: nodes.every(({ box }) => box.left >= frame.left && box.right <= frame.right + 1 && box.top >= frame.top && box.bottom <= frame.bottom + 1) };
      });
    expect(await boxes()).toEqual({ widths: [140, 140], fonts: [12.8, 12.8], inside: true });
    await page.getByRole('button', { name: '大字模式' }).click();
    await expect.poll(boxes).toEqual({ widths: [175, 175], fonts: [16, 16], inside: true });
    await preview.getByTestId('flow-diagram').screenshot({ path: 'test-results/screenshots/designer-flow-large-text.png' });
    await page.getByRole('button', { name: '大字模式' }).click();
  });

  it('saves the draft: the page takes the draft’s address, which opens it again after a reload', async () => {
    const { page } = designer;
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('status').filter({ hasText: '草稿已保存。' }).waitFor();
    await page.waitForURL(/\/designer\/drafts\/xinshengerluohuyijianshi$/);
    // the same page, renamed: the message stays, and so does the focus
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('BUTTON 保存草稿');
    await expect.poll(() => page.getByTestId('draft-state').innerText()).toMatch(/^正在编辑“新生儿落户一件事”的草稿，最后由设计员小周于 .+ 保存。$/);
    await page.locator('.version-history').getByText(/未发布的草稿 · 设计员小周/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '设计一件事' }).waitFor();
    await expect.poll(() => page.getByLabel('名称（中文）').inputValue()).toBe('新生儿落户一件事');
    expect(await page.getByLabel('承诺办结时限（工作日）').inputValue()).toBe('8');
    const condition = page.getByRole('group', { name: '“出生户口登记”的纳入条件' });
    expect(await condition.getByRole('group', { name: '规则 1' }).getByLabel('取值').locator('option:checked').innerText()).toBe('是');
    expect(await page.getByRole('group', { name: '“出生户口登记”需在以下事项通过后办理' }).getByLabel('出生医学证明签发').isChecked()).toBe(true);
    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
    expect(await page.getByTestId('draft-state').innerText()).not.toContain('未保存');
    await visit(page, 'designer-draft-reopened');
  });

  it('finds it on the designer’s home: who saved it, when, no problems, not published; a colleague’s draft with problems is discarded after confirming', async () => {
    const { page } = designer;
    // 设计员小王 saved a trial draft with a problem (a matter the definition does not carry)
    const trial = structuredClone((await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition);
    trial.bundle.id = 'trial-newborn';
    trial.bundle.name = { zh: '试验草稿', en: 'Trial draft' };
    trial.bundle.matters.push({ matter: 'no-such-matter' });
    expect((await api.post('/api/bundles', trial, colleague)).status).toBe(201);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('heading', { level: 2, name: '保存的草稿' }).waitFor();
    const rows = page.locator('table.draft-list tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const [newest, ours] = await rows.allInnerTexts();
    expect(newest).toMatch(/试验草稿[\s\S]*设计员小王[\s\S]*\d+ 个问题[\s\S]*尚未发布/);
    expect(ours).toMatch(/新生儿落户一件事[\s\S]*xinshengerluohuyijianshi[\s\S]*设计员小周[\s\S]*2026[\s\S]*没有问题[\s\S]*尚未发布/);
    await visit(page, 'designer-home-drafts');
    await page.getByRole('button', { name: '丢弃“试验草稿”的草稿' }).click();
    const confirm = page.getByRole('group', { name: '确定丢弃“试验草稿”的草稿吗？丢弃后无法恢复；已发布的版本不受影响。' });
    await confirm.waitFor();
    await expect.poll(() => confirm.getByRole('button', { name: '取消' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await visit(page, 'designer-discard-confirm');
    await confirm.getByRole('button', { name: '确定丢弃' }).click();
    await page.getByRole('status').filter({ hasText: '已丢弃“试验草稿”的草稿。' }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect((await api.get('/api/bundles/trial-newborn/draft', colleague)).status).toBe(404);
  });

  it('a colleague saves their draft again while it is listed: the discard is refused naming them, nothing is lost, and the list is reloaded before deciding', async () => {
    const { page } = designer;
    const trial = structuredClone((await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition);
    trial.bundle.id = 'trial-newborn';
    trial.bundle.name = { zh: '试验草稿', en: 'Trial draft' };
    expect((await api.post('/api/bundles', trial, colleague)).status).toBe(201);
    await page.reload();
    const rows = page.locator('table.draft-list tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // 设计员小王 saves it again after the list was read
    trial.bundle.name = { zh: '试验草稿（第二稿）', en: 'Trial draft 2' };
    expect((await api.post('/api/bundles', trial, colleague)).status).toBe(200);
    await page.getByRole('button', { name: '丢弃“试验草稿”的草稿' }).click();
    await page.getByRole('button', { name: '确定丢弃' }).click();
    const refused = page.getByRole('alert').filter({ hasText: '为免丢弃对方的工作，草稿没有丢弃。' });
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/^设计员小王在 .+ 又保存了“试验草稿”的草稿，与列表中的已不是同一版本。/);
    await visit(page, 'designer-discard-refused');
    const kept = await api.get<{ definition: Definition }>('/api/bundles/trial-newborn/draft', colleague);
    expect(kept.status).toBe(200);
    expect(kept.body.definition.bundle.name.zh).toBe('试验草稿（第二稿）');
    await refused.getByRole('button', { name: '刷新列表' }).click();
    await page.getByRole('button', { name: '丢弃“试验草稿（第二稿）”的草稿' }).click();
    await page.getByRole('button', { name: '确定丢弃' }).click();
    await page.getByRole('status').filter({ hasText: '已丢弃“试验草稿（第二稿）”的草稿。' }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect((await api.get('/api/bundles/trial-newborn/draft', colleague)).status).toBe(404);
  });

  it('reopens it; a colleague saves meanwhile, so the save is refused naming them; their version is loaded, the change made again and saved', async () => {
    const { page } = designer;
    await page.getByRole('link', { name: '继续编辑“新生儿落户一件事”' }).click();
    await page.waitForURL(/\/designer\/drafts\/xinshengerluohuyijianshi$/);
    await expect.poll(() => page.getByLabel('名称（中文）').inputValue()).toBe('新生儿落户一件事');
    // 设计员小王 opens the same draft and saves a change (at most one visit)
    const theirs = await api.get<{ definition: Definition }>(`/api/bundles/${BUNDLE}/draft`, colleague);
    theirs.body.definition.bundle.visits = { count: 1 };
    const saved = await api.post(`/api/bundles`, theirs.body.definition, colleague, { 'if-match': theirs.headers.get('etag') ?? '' });
    expect(saved.status).toBe(200);
    // 设计员小周, unaware, changes the committed time limit and saves
    await page.getByLabel('承诺办结时限（工作日）').fill('10');
    await page.getByTestId('draft-state').getByText('有未保存的修改。').waitFor();
    // leaving now asks first; staying keeps the change
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    expect(await asked).toBe('有未保存的修改，确定离开本页吗？');
    expect(new URL(page.url()).pathname).toBe(`/designer/drafts/${BUNDLE}`);
    expect(await page.getByLabel('承诺办结时限（工作日）').inputValue()).toBe('10');
    await page.getByRole('button', { name: '保存草稿' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '为免覆盖对方的工作，您的修改没有保存。' });
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/^设计员小王在 .+ 保存了这个草稿，与您打开的已不是同一版本。/);
    await visit(page, 'designer-draft-conflict');
    const stored = await api.get<{ definition: Definition; updatedBy: string }>(`/api/bundles/${BUNDLE}/draft`, colleague);
    expect(stored.body.updatedBy).toBe('设计员小王'); // nothing of 小周's was written
    expect(stored.body.definition.bundle.timeLimits.committed.days).toBe(8);
    await conflict.getByRole('button', { name: '载入对方的版本' }).click();
    await page.getByRole('status').filter({ hasText: /已载入设计员小王于 .+ 保存的版本。/ }).waitFor();
    expect(await page.getByLabel('最多跑动次数').inputValue()).toBe('1');
    expect(await page.getByLabel('承诺办结时限（工作日）').inputValue()).toBe('8');
    await page.getByLabel('承诺办结时限（工作日）').fill('10');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('status').filter({ hasText: '草稿已保存。' }).waitFor();
    const merged = await api.get<{ definition: Definition; updatedBy: string }>(`/api/bundles/${BUNDLE}/draft`, colleague);
    expect(merged.body.updatedBy).toBe('设计员小周');
    expect(merged.body.definition.bundle.visits.count).toBe(1);
    expect(merged.body.definition.bundle.timeLimits.committed.days).toBe(10);
  });

  it('publishes version 1 and sees it in the history; no draft is left', async () => {
    const { page } = designer;
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已发布第 1 版。' }).waitFor();
    await page.locator('.version-history').getByText(/第 1 版 · 设计员小周/).waitFor();
    await page.waitForURL(/\/designer\/compose\?from=xinshengerluohuyijianshi$/);
    await visit(page, 'designer-published');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Design a bundle' }).waitFor();
    await page.getByRole('heading', { name: 'Live preview' }).waitFor();
    await visit(page, 'designer-compose-en');
    await page.getByRole('button', { name: '中文' }).click();
    const published = await api.get<{ matters: { id: string; department: string }[] }>(`/api/bundles/${BUNDLE}`);
    expect(published.body.matters.map((m) => m.department)).toEqual([officerDepartment('health'), officerDepartment('police')]); // 河南's departments, as catalogued
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByText('还没有保存的草稿。').waitFor();
    await expect.poll(() => page.locator('tbody tr', { hasText: '新生儿落户一件事' }).innerText()).toContain('第 1 版');
  });
});

describe('the published bundle runs: a citizen applies in the portal, two departments approve, the citizen rates it', { timeout: 180_000 }, () => {
  const answers = { question1: true }; // the id the compose page gave the first question
  let form: { properties: Record<string, Json> };
  let data: Json;

  it('a citizen finds it on the portal and answers the scenario question', async () => {
    form = (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>(`/api/bundles/${BUNDLE}/preview`, { answers })).body.form.schema;
    data = pruneToSchema(newbornSample('valid-single-birth').data, form) as Json;
    const questions = (await api.get<{ definition: Definition }>(`/api/bundles/${BUNDLE}`)).body.definition.bundle.questions;
    citizen = await openBrowser({ now: new Date(MONDAY) });
    const { page } = citizen;
    await signIn(page, server.url, { role: '群众（申请人）', name: '李明轩' });
    await page.goto(server.url);
    await page.locator('li.card').filter({ hasText: '新生儿落户一件事' }).getByRole('link', { name: '开始办理' }).click();
    await page.waitForURL(/\/bundles\/xinshengerluohuyijianshi\/apply$/);
    await stepHeading(page, '选择情形');
    await page.getByText('是否同时办理出生户口登记？').first().waitFor();
    await visit(page, 'designed-apply-questions');
    await fillValue(page, questions, answers);
    await page.getByRole('button', { name: '下一步' }).click();
  });

  it('reads the one-time notice of both matters, with the time limit and the visit the designers set', async () => {
    const { page } = citizen as Person;
    await stepHeading(page, '一次告知');
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('出生医学证明签发');
    expect(await main.innerText()).toContain('出生户口登记');
    expect(await page.locator('dl.facts div', { hasText: '到现场次数' }).innerText()).toContain('1 次');
    expect(await page.locator('dl.facts div', { hasText: '办理时限' }).innerText()).toContain('10');
    await visit(page, 'designed-apply-notice');
    await page.getByRole('button', { name: '开始填表' }).click();
  });

  it('fills the merged form section by section, checks the summary and submits once', async () => {
    const { page } = citizen as Person;
    for (const [key, section] of Object.entries(form.properties)) {
      if (data[key] === undefined) {
        await stepHeading(page, String(section['title']));
        await page.getByRole('button', { name: '下一步' }).click();
      } else {
        await fillSection(page, section, data[key]);
      }
    }
    await skipMaterials(page);
    await stepHeading(page, '核对信息');
    expect(await page.getByRole('main').getByText('李明轩', { exact: true }).count()).toBeGreaterThan(0);
    await visit(page, 'designed-apply-summary');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop() ?? '';
    await page.getByRole('status').filter({ hasText: '申请已提交，各部门正在并联办理。' }).waitFor();
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(page));
    expect(view.body.matters.map((m) => m.matterId).sort()).toEqual(['birth-household-registration', 'birth-medical-certificate']);
  });

  it('the health officer approves first, then the police officer, each in their workbench', async () => {
    health = await openBrowser({ now: new Date(MONDAY) });
    await signIn(health.page, server.url, { role: '部门工作人员', name: '王医生', department: '卫生健康委员会', position: '科室负责人' });
    expect(await approveInWorkbench(health.page, server.url, '出生医学证明签发')).toContain('已通过');
    police = await openBrowser({ now: new Date(MONDAY) });
    await signIn(police.page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局', position: '科室负责人' });
    expect(await approveInWorkbench(police.page, server.url, '出生户口登记')).toContain('已通过');
  });

  it('the citizen sees it completed and rates the service', async () => {
    const { page } = citizen as Person;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await expect.poll(() => page.getByTestId('application-status').innerText()).toBe('已办结');
    expect(await page.locator('table.timeline').innerText()).toContain('全部办结，统一发证');
    await page.getByRole('heading', { level: 2, name: '评价本次服务' }).waitFor();
    await visit(page, 'designed-application-completed');
    await page.getByRole('group', { name: '总体评价' }).getByRole('radio', { name: '5 分' }).check();
    await page.getByLabel('意见或建议（选填）').fill('两件事一次办好');
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(await page.getByTestId('rating-done').innerText()).toContain('总体 5 分');
  });
});
