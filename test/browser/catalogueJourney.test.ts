// The matter catalogue's whole journey in a real browser, no JSON anywhere: a service designer creates
// three new matters of three departments of one region (济南市) — one with a local data element added
// from the field picker (新增本地区数据元), one with a 秒批 rule, one with a material replaced by shared
// data — publishes them, composes a bundle of them with a scenario question, a condition and a dependency,
// and publishes it. A citizen applies; the 秒批 matter is approved at once by its rule; the officers of the
// two other departments, and only they, see and complete their tasks (the dependent one once the first is
// approved); an officer of another department sees none of them. Axe on every page, screenshots in
// test-results/screenshots/. Steps share the state of one journey.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { approveInWorkbench, fillSection, signIn, skipMaterials, stepHeading, tokenOf } from './support/people.ts';

type Json = Record<string, unknown>;

const MONDAY = '2026-11-23T09:00:00+08:00';
const HOUSING = '济南市住房和城乡建设局';
const MARKET = '济南市市场监督管理局';
const WATER = '济南市城乡水务局';
const ELEVATOR = '既有住宅增设电梯备案';
const TRADER = '个体工商户设立登记';
const SUPPLY = '供水户名变更';
const BUNDLE = '住房与经营一件事';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
const others: Person[] = [];
let citizen: Person | undefined;
let applicationId = '';
const matterIds = new Map<string, string>();

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  // an admin's departments of one region; the designer and the officers only ever pick them by name
  const admin = await api.login('admin', '管理员老李');
  for (const name of [HOUSING, MARKET, WATER]) {
    const created = await api.call('POST', '/api/departments', { token: admin, body: { name, region: '370100', regionName: '济南市' } });
    expect(created.status).toBe(201);
  }
  designer = await openBrowser({ now: new Date(MONDAY), width: 1400 });
}, 90_000);

afterAll(async () => {
  await Promise.all([designer?.close(), citizen?.close(), ...others.map((p) => p.close())]);
  await server?.stop();
});

/** A new matter's basics, a field from the dictionary and its result, as the service guide says. */
async function startMatter(page: Page, name: string, english: string, department: string): Promise<void> {
  await page.goto(`${server.url}/designer/matters`);
  await page.getByRole('heading', { level: 1, name: '事项库' }).waitFor();
  await page.getByRole('link', { name: '新建事项' }).click();
  await page.getByText('新事项，尚未保存。').waitFor();
  const basics = page.locator('section', { has: page.getByRole('heading', { name: '基本信息' }) });
  await basics.getByLabel('事项名称').fill(name);
  await basics.getByLabel('英文名称').first().fill(english);
  await basics.getByLabel('事项类型').selectOption({ label: '公共服务' });
  await basics.getByLabel('实施部门').selectOption({ label: department });
  await page.getByLabel('法律法规名称').fill('《山东省优化营商环境条例》');
  await page.getByLabel('从数据元目录添加字段').fill('申请人姓名');
  await page.getByRole('button', { name: '添加“申请人姓名”' }).click();
  await page.getByLabel('从数据元目录添加字段').fill('申请人手机');
  await page.getByRole('button', { name: '添加“申请人手机号码”' }).click();
  const result = page.locator('section', { has: page.getByRole('heading', { name: '办理结果' }) });
  await result.getByLabel('结果类型').selectOption({ label: '证明' });
  await result.getByLabel('结果名称').fill(`${name}结果`);
  await result.getByLabel('英文名称').fill(`${english} result`);
}

/** Publishes the matter being edited as version 1 and remembers the id the runtime made. */
async function publishMatter(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '发布新版本' }).click();
  await page.getByRole('status').filter({ hasText: `“${name}”已发布第 1 版。` }).waitFor();
  await page.waitForURL(/\/designer\/matters\/[a-z][a-z0-9-]+$/);
  matterIds.set(name, decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? ''));
}

describe('three departments’ matters made, composed and published without code; a citizen applies; their officers decide', { timeout: 240_000 }, () => {
  it('a matter with a data element the dictionary lacks: added to the region’s dictionary from the picker, without an id', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await startMatter(page, ELEVATOR, 'Filing of a lift added to a home', HOUSING);
    await page.getByLabel('从数据元目录添加字段').fill('住宅建筑面积');
    await page.getByRole('status').filter({ hasText: '找到 0 个数据元' }).waitFor();
    await page.getByRole('button', { name: '新增本地区数据元' }).click();
    const form = page.getByRole('group', { name: '新增本地区数据元' });
    expect(await form.getByLabel('数据元名称（中文）').inputValue()).toBe('住宅建筑面积');
    await form.getByLabel('英文名称').fill('Floor area of the home');
    await form.getByLabel('字段类型').selectOption({ label: '数字' });
    // names and a plain type: nothing asks for an id, a pattern or JSON
    expect(await form.locator('input, select, textarea').count()).toBe(3);
    await visit(page, 'journey-local-element');
    await form.getByRole('button', { name: '保存数据元并添加为字段' }).click();
    await page.getByRole('status').filter({ hasText: '已新增本地区数据元“住宅建筑面积”，并添加为字段。' }).waitFor();
    await page.getByRole('group', { name: '字段“住宅建筑面积”（数据元目录）' }).waitFor();
    // the live preview asks it as a field of the form
    const preview = page.locator('section', { has: page.getByRole('heading', { name: '实时预览' }) });
    await preview.getByLabel(/住宅建筑面积/).first().waitFor();
    // searched again, it is found in the dictionary like a standard element, marked as the region's own
    await page.getByLabel('从数据元目录添加字段').fill('住宅建筑');
    const found = page.locator('.element-results li', { hasText: '住宅建筑面积' });
    await expect.poll(() => found.innerText()).toMatch(/“住宅建筑面积”已添加\s*（本地区数据元）/);
    await visit(page, 'journey-matter-local');
    await publishMatter(page, ELEVATOR);
  });

  it('a matter with a 秒批 rule over its own 选项 field', async () => {
    const { page } = designer;
    await startMatter(page, TRADER, 'Registration of a sole trader', MARKET);
    await page.getByRole('button', { name: '添加本事项字段' }).click();
    await page.getByRole('group', { name: '本事项字段“未命名字段”' }).getByLabel('字段名称').fill('经营类别');
    const field = page.getByRole('group', { name: '本事项字段“经营类别”' });
    await field.getByLabel('英文名称').fill('Kind of business');
    await field.getByLabel('字段类型').selectOption({ label: '选项' });
    const options = page.getByRole('group', { name: '“经营类别”的选项' });
    await options.getByLabel('选项 1', { exact: true }).fill('预包装食品销售');
    await options.getByLabel('选项 1（英文）').fill('Packaged food');
    await options.getByRole('button', { name: '添加选项' }).click();
    await options.getByLabel('选项 2', { exact: true }).fill('散装食品销售');
    await options.getByLabel('选项 2（英文）').fill('Bulk food');
    const auto = page.locator('section', { has: page.getByRole('heading', { name: '秒批规则（选填）' }) });
    await auto.getByRole('button', { name: '添加规则' }).click();
    const rule = auto.getByRole('group', { name: '规则 1' });
    await rule.getByLabel('字段').selectOption({ label: '经营类别' });
    await rule.getByLabel('比较方式').selectOption({ label: '等于' });
    await rule.getByLabel('取值').selectOption({ label: '预包装食品销售' });
    await auto.getByLabel('秒批规则说明').fill('仅销售预包装食品的，即时批准。');
    await visit(page, 'journey-matter-auto');
    await publishMatter(page, TRADER);
  });

  it('a matter whose material is replaced by shared data', async () => {
    const { page } = designer;
    await startMatter(page, SUPPLY, 'Change of the water account holder', WATER);
    await page.getByLabel('从数据元目录添加字段').fill('申请人公民身份');
    await page.getByRole('button', { name: '添加“申请人公民身份号码”' }).click();
    await page.getByRole('button', { name: '添加申请材料' }).click();
    await page.getByRole('group', { name: '申请材料“材料 1”' }).getByLabel('材料名称').fill('申请人身份证');
    const material = page.getByRole('group', { name: '申请材料“申请人身份证”' });
    await material.getByLabel('英文名称').fill('Identity card of the applicant');
    await material.getByLabel('免提交方式').selectOption({ label: '以共享数据代替' });
    const shared = material.getByRole('group', { name: '共享数据全部取得时免提交' });
    // the first field is ticked to start with: the identity card is replaced by the shared identity number alone
    await shared.getByLabel('申请人公民身份号码').check();
    await shared.getByLabel('申请人姓名').uncheck();
    await visit(page, 'journey-matter-shared');
    await publishMatter(page, SUPPLY);
    // as published: the local element bound, the 秒批 rule, the replacement
    const token = await tokenOf(page);
    const read = async (name: string) => (await api.get<{ definition: Json }>(`/api/matters/${encodeURIComponent(matterIds.get(name) ?? '')}`, token)).body.definition;
    expect(JSON.stringify((await read(ELEVATOR))['form'])).toMatch(/"element":"local\.zhuzhaijianzhumianji"/);
    expect((await read(TRADER))['autoApproval']).toBeDefined();
    expect(((await read(SUPPLY))['materials'] as Json[])[0]?.['replaceableBy']).toEqual([{ elements: ['applicant.idNumber'] }]);
  });

  it('composes a bundle of the three with a scenario question, a condition and a dependency, and publishes it', async () => {
    const { page } = designer;
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('link', { name: '新建空白一件事' }).click();
    await page.getByRole('heading', { name: '事项目录' }).waitFor();
    await page.getByLabel('名称（中文）').fill(BUNDLE);
    await page.getByLabel('名称（英文）').fill('Home and business');
    await page.getByRole('button', { name: '添加问题' }).click();
    const question = page.getByRole('group', { name: '问题 1' });
    await question.getByLabel('中文标签').fill('是否同时办理供水户名变更？');
    await question.getByLabel('英文标签').fill('Change the water account holder too?');
    await page.getByLabel('按地区筛选').selectOption({ label: '济南市' });
    for (const name of [ELEVATOR, TRADER, SUPPLY]) {
      await page.getByLabel('按名称查找').fill(name);
      await page.getByRole('button', { name: `选用“${name}”` }).click();
    }
    await page.getByRole('heading', { name: '已选事项（3 个）' }).waitFor();
    const condition = page.getByRole('group', { name: `“${SUPPLY}”的纳入条件` });
    await condition.getByRole('button', { name: '添加规则' }).click();
    await condition.getByRole('group', { name: '规则 1' }).getByLabel('取值').selectOption({ label: '是' });
    await page.getByRole('group', { name: `“${SUPPLY}”需在以下事项通过后办理` }).getByLabel(ELEVATOR).check();
    await page.getByLabel('承诺办结时限（工作日）').fill('10');
    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
    const preview = page.locator('section', { has: page.getByRole('heading', { name: '实时预览' }) });
    await expect.poll(() => preview.locator('.flow-text').innerText()).toContain(`“${ELEVATOR}”通过后办理“${SUPPLY}”`);
    await visit(page, 'journey-compose');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已发布第 1 版。' }).waitFor();
    await page.getByTestId('draft-state').getByText(`已发布第 1 版：“${BUNDLE}”`).waitFor();
    await visit(page, 'journey-published');
  });

  it('a citizen answers the question, fills the one merged form — the local element once — and submits', async () => {
    const bundles = (await api.get<{ id: string; name: string }[]>('/api/bundles')).body;
    const bundleId = bundles.find((b) => b.name === BUNDLE)?.id ?? '';
    expect(bundleId).toBe('zhufangyujingyingyijianshi'); // made from its name: the designer typed none
    const detail = (await api.get<{ definition: { bundle: { questions: Json }; localElements?: Json[] } }>(`/api/bundles/${bundleId}`)).body.definition;
    expect(detail.localElements?.map((e) => e['id'])).toEqual(['local.zhuzhaijianzhumianji']);
    const questions = detail.bundle.questions;
    const asked = Object.keys((questions['properties'] ?? {}));
    expect(asked).toHaveLength(1);
    const answers = { [asked[0] as string]: true };
    const form = (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>(`/api/bundles/${bundleId}/preview`, { answers })).body.form.schema;
    const trader = matterIds.get(TRADER) ?? '';
    const data: Json = {
      applicant: { name: '王秀英', mobile: '13912345678', idNumber: '370102199001011231' },
      local: { zhuzhaijianzhumianji: 86.5 },
      matters: { [trader]: { field1: 'option1' } },
    };
    expect(Object.keys(form.properties)).toEqual(['applicant', 'local', 'matters']);
    expect(JSON.stringify(form).split('住宅建筑面积').length - 1).toBe(1);

    citizen = await openBrowser({ now: new Date(MONDAY) });
    const { page } = citizen;
    await signIn(page, server.url, { role: '群众（申请人）', name: '王秀英' });
    await page.goto(server.url);
    await page.locator('li.card').filter({ hasText: BUNDLE }).getByRole('link', { name: '开始办理' }).click();
    await stepHeading(page, '选择情形');
    await visit(page, 'journey-apply-questions');
    await fillValue(page, questions, answers);
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '一次告知');
    const main = page.getByRole('main');
    for (const name of [ELEVATOR, TRADER, SUPPLY]) await expect.poll(() => main.innerText()).toContain(name);
    await visit(page, 'journey-apply-notice');
    await page.getByRole('button', { name: '开始填表' }).click();
    for (const [key, section] of Object.entries(form.properties)) await fillSection(page, section, data[key]);
    await skipMaterials(page);
    await stepHeading(page, '核对信息');
    await visit(page, 'journey-apply-summary');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop() ?? '';
    const view = (await api.get<ApplicationView>(`/api/applications/${applicationId}`, await tokenOf(page))).body;
    expect(view.matters.map((m) => m.matterId).sort()).toEqual([...matterIds.values()].sort());
    // each matter's tasks go to its own department of 济南市
    const departments = (await api.get<{ id: string; name: { zh: string } }[]>('/api/departments?region=370100')).body;
    const idOf = (name: string) => departments.find((d) => d.name.zh === name)?.id;
    expect(Object.fromEntries(view.matters.map((m) => [m.matterId, m.department]))).toEqual({
      [matterIds.get(ELEVATOR) ?? '']: idOf(HOUSING),
      [trader]: idOf(MARKET),
      [matterIds.get(SUPPLY) ?? '']: idOf(WATER),
    });
    // 秒批: approved at once by its rule, never reaching an officer
    expect(view.matters.find((m) => m.matterId === trader)?.status).toBe('approved');
  });

  it('only the officers of those departments see the tasks; they complete them, the dependent one after the first', async () => {
    const outsider = await openBrowser({ now: new Date(MONDAY) });
    others.push(outsider);
    await signIn(outsider.page, server.url, { role: '部门工作人员', name: '赵警官', department: '公安局' });
    await outsider.page.goto(`${server.url}/workbench`);
    // another department's inbox, loaded: none of the three
    await outsider.page.getByText('没有符合条件的任务。').waitFor();
    await visit(outsider.page, 'journey-outsider-inbox');
    for (const name of [ELEVATOR, TRADER, SUPPLY]) expect(await outsider.page.getByRole('link', { name }).count()).toBe(0);

    const market = await openBrowser({ now: new Date(MONDAY) });
    others.push(market);
    await signIn(market.page, server.url, { role: '部门工作人员', name: '市场监管小刘', department: MARKET });
    await market.page.goto(`${server.url}/workbench`);
    // its matter was approved by the 秒批 rule: nothing waits for this officer
    await market.page.getByText('没有符合条件的任务。').waitFor();
    expect(await market.page.getByRole('link', { name: TRADER }).count()).toBe(0);

    const water = await openBrowser({ now: new Date(MONDAY) });
    others.push(water);
    await signIn(water.page, server.url, { role: '部门工作人员', name: '水务小陈', department: WATER });
    await water.page.goto(`${server.url}/workbench`);
    await water.page.getByText('没有符合条件的任务。').or(water.page.locator('table caption')).first().waitFor();
    expect(await water.page.getByRole('link', { name: ELEVATOR }).count()).toBe(0);

    const housing = await openBrowser({ now: new Date(MONDAY) });
    others.push(housing);
    await signIn(housing.page, server.url, { role: '部门工作人员', name: '住建小孙', department: HOUSING });
    expect(await approveInWorkbench(housing.page, server.url, ELEVATOR)).toContain('已通过');
    await housing.page.goto(`${server.url}/workbench`);
    await housing.page.getByText('没有符合条件的任务。').or(housing.page.locator('table caption')).first().waitFor();
    expect(await housing.page.getByRole('link', { name: SUPPLY }).count()).toBe(0);
    await visit(housing.page, 'journey-housing-decided');
    expect(await approveInWorkbench(water.page, server.url, SUPPLY)).toContain('已通过');
  });

  it('the citizen sees the application completed', async () => {
    const { page } = citizen as Person;
    await page.goto(`${server.url}/applications/${applicationId}`);
    await expect.poll(() => page.getByTestId('application-status').innerText()).toBe('已办结');
    await visit(page, 'journey-completed');
  });
});
