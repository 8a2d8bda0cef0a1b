// The matter catalogue (事项库) in a real browser against a real runtime: a service designer creates a
// new matter of a department — chosen by its name — without typing an id or JSON: basics, a material,
// form fields of several plain types (one from the data element dictionary, one 选项), a 秒批 rule made
// with the rule builder, the result. Publishing is refused with a plain-language problem whose “去修改”
// link moves to the place; fixed, the matter is published as version 1 under an id the runtime made.
// Then the compose page's catalogue browser finds it by name, shows its department, region and version,
// and adds it to a new bundle, which is published: the page stays on the bundle and confirms the version
// (it went blank before). A colleague's draft saved meanwhile is never overwritten. Axe on each new page, screenshots in test-results/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn } from './support/people.ts';

const DEPARTMENT = '济南市市场监督管理局';
const MATTER = '食品经营许可';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
let matterId = '';

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  // an admin's department of a region; the designer only ever picks it by name
  const admin = await api.login('admin', '管理员老李');
  const created = await api.call('POST', '/api/departments', { token: admin, body: { name: DEPARTMENT, region: '370100', regionName: '济南市' } });
  expect(created.status).toBe(201);
  designer = await openBrowser({ width: 1400 });
}, 90_000);

afterAll(async () => {
  await designer?.close();
  await server?.stop();
});

describe('a service designer writes a matter as its service guide says, without ids or JSON, and composes a bundle with it', { timeout: 180_000 }, () => {
  it('opens the matter catalogue from the designer’s home and starts a new matter', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.waitForURL(/\/designer$/);
    await page.getByRole('link', { name: '事项库', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '事项库' }).waitFor();
    // the examples' matters are the initial catalogue: searched on the server, with department, region and version
    await page.getByLabel('按名称查找').fill('出生医学');
    const rows = page.locator('table.catalogue tbody tr');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(/出生医学证明签发[\s\S]*卫生健康委员会[\s\S]*第 1 版/)]);
    await visit(page, 'matters-list');
    await page.getByRole('link', { name: '新建事项' }).click();
    await page.getByRole('heading', { level: 1, name: '新建事项' }).waitFor();
    await page.getByText('新事项，尚未保存。').waitFor();
    await visit(page, 'matter-new');
  });

  it('fills the basics, a material, fields of plain types, a 秒批 rule and the result', async () => {
    const { page } = designer;
    const basics = page.locator('section', { has: page.getByRole('heading', { name: '基本信息' }) });
    await basics.getByLabel('事项名称').fill(MATTER);
    await basics.getByLabel('英文名称').first().fill('Food business licence');
    await basics.getByLabel('事项类型').selectOption({ label: '行政许可' });
    await basics.getByLabel('实施部门').selectOption({ label: DEPARTMENT });
    await page.getByLabel('法律法规名称').fill('《食品经营许可和备案管理办法》');
    await page.getByRole('group', { name: '承诺办结时限' }).getByLabel('天数').fill('10');

    await page.getByRole('button', { name: '添加申请材料' }).click();
    const material = page.getByRole('group', { name: '申请材料“材料 1”' });
    await material.getByLabel('材料名称').fill('营业执照');
    // its English name is left empty: publishing will say so
    await page.getByRole('group', { name: '申请材料“营业执照”' }).getByLabel('原件/复印件').selectOption({ label: '复印件' });

    // a field of the data element dictionary, found by its Chinese name
    await page.getByLabel('从数据元目录添加字段').fill('身份号码');
    await page.getByRole('button', { name: '添加“申请人公民身份号码”' }).click();
    await page.getByText('“申请人公民身份号码”已添加').waitFor();
    // the matter's own fields, of plain types
    await page.getByRole('button', { name: '添加本事项字段' }).click();
    let field = page.getByRole('group', { name: '本事项字段“未命名字段”' });
    await field.getByLabel('字段名称').fill('经营场所面积');
    await page.getByRole('group', { name: '本事项字段“经营场所面积”' }).getByLabel('英文名称').fill('Floor area');
    await page.getByRole('group', { name: '本事项字段“经营场所面积”' }).getByLabel('字段类型').selectOption({ label: '数字' });
    await page.getByRole('button', { name: '添加本事项字段' }).click();
    field = page.getByRole('group', { name: '本事项字段“未命名字段”' });
    await field.getByLabel('字段名称').fill('开业日期');
    field = page.getByRole('group', { name: '本事项字段“开业日期”' });
    await field.getByLabel('英文名称').fill('Opening date');
    await field.getByLabel('字段类型').selectOption({ label: '日期' });
    await page.getByRole('button', { name: '添加本事项字段' }).click();
    field = page.getByRole('group', { name: '本事项字段“未命名字段”' });
    await field.getByLabel('字段名称').fill('经营类别');
    field = page.getByRole('group', { name: '本事项字段“经营类别”' });
    await field.getByLabel('英文名称').fill('Kind of business');
    await field.getByLabel('字段类型').selectOption({ label: '选项' });
    const options = page.getByRole('group', { name: '“经营类别”的选项' });
    await options.getByLabel('选项 1', { exact: true }).fill('预包装食品销售');
    await options.getByLabel('选项 1（英文）').fill('Packaged food');
    await options.getByRole('button', { name: '添加选项' }).click();
    await options.getByLabel('选项 2', { exact: true }).fill('散装食品销售');
    await options.getByLabel('选项 2（英文）').fill('Bulk food');
    // no regular expression in sight unless “高级” is opened
    expect(await page.getByLabel('格式规则（正则表达式）').first().isVisible()).toBe(false);

    // 秒批: the same rule builder as a bundle's conditions, over the fields
    const auto = page.locator('section', { has: page.getByRole('heading', { name: '秒批规则（选填）' }) });
    await auto.getByRole('button', { name: '添加规则' }).click();
    const rule = auto.getByRole('group', { name: '规则 1' });
    await rule.getByLabel('字段').selectOption({ label: '经营类别' });
    await rule.getByLabel('比较方式').selectOption({ label: '等于' });
    await rule.getByLabel('取值').selectOption({ label: '预包装食品销售' });
    await auto.getByLabel('秒批规则说明').fill('仅销售预包装食品的，即时批准。');

    const result = page.locator('section', { has: page.getByRole('heading', { name: '办理结果' }) });
    await result.getByLabel('结果类型').selectOption({ label: '许可证' });
    await result.getByLabel('结果名称').fill('食品经营许可证');
    await result.getByLabel('英文名称').fill('Food business licence');

    // the live preview: the matter's own form, computed in the browser
    const preview = page.locator('section', { has: page.getByRole('heading', { name: '实时预览' }) });
    await preview.getByLabel(/经营场所面积/).first().waitFor();
    await preview.getByText('经营类别').first().waitFor();
    await visit(page, 'matter-filled');
  });

  it('is refused with a plain-language problem; its link leads to the place, and the fix lets it publish', async () => {
    const { page } = designer;
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('alert').filter({ hasText: '暂不能发布' }).waitFor();
    const problems = page.locator('.issue-list');
    const problem = problems.locator('li', { hasText: '营业执照' });
    const text = await problem.innerText();
    expect(text).toContain('英文');
    expect(text).not.toMatch(/\/materials\/|\^\[|应当匹配模式/);
    // the first save gave the matter an id the runtime made; the address names it
    await page.waitForURL(/\/designer\/matters\/(?!new$)[a-z][a-z0-9-]+$/);
    matterId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await visit(page, 'matter-problems');
    await problem.getByRole('button', { name: /去修改/ }).click();
    const english = page.getByRole('group', { name: '申请材料“营业执照”' }).getByLabel('英文名称');
    await expect.poll(() => english.evaluate((element) => element === document.activeElement)).toBe(true);
    await english.fill('Business licence');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: `“${MATTER}”已发布第 1 版。` }).waitFor();
    await page.getByTestId('matter-versions').getByText(/第 1 版 · 设计员小周/).waitFor();
    await expect(page.locator('.issue-list').count()).resolves.toBe(0);
    await visit(page, 'matter-published');

    const published = await api.get<{ version: number; definition: { id: string; department: { id: string; name: { zh: string } }; form: { fields: Record<string, unknown>[] }; autoApproval?: { rule: unknown } } }>(
      `/api/matters/${encodeURIComponent(matterId)}`,
      await api.login('designer', '设计员小王'),
    );
    expect(published.status).toBe(200);
    expect(published.body.version).toBe(1);
    expect(published.body.definition.id).toBe(matterId);
    expect(published.body.definition.department.name.zh).toBe(DEPARTMENT);
    expect(published.body.definition.form.fields.map((f) => f['element'] ?? f['type'])).toEqual(['applicant.idNumber', 'number', 'string', 'string']);
    expect(published.body.definition.form.fields[2]).toMatchObject({ format: 'date' });
    // the 秒批 rule names the option under the matter's own id, which the runtime made
    expect(JSON.stringify(published.body.definition.autoApproval?.rule)).toContain(`"${matterId}"`);
  });

  it('a colleague saved a draft of it meanwhile: the save is refused in plain words, and theirs is loaded', async () => {
    const { page } = designer;
    const colleague = await api.login('designer', '设计员小王');
    const latest = await api.get<{ definition: Record<string, unknown> }>(`/api/matters/${encodeURIComponent(matterId)}`, colleague);
    const theirs = await api.call('POST', '/api/matters', { token: colleague, body: { ...latest.body.definition, visits: { count: 1 } }, headers: { 'if-none-match': '*' } });
    expect(theirs.status).toBe(200);
    await page.getByLabel('到办事现场次数').fill('2');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('alert').filter({ hasText: '该事项的草稿已被其他人保存过' }).waitFor();
    await page.getByRole('button', { name: '载入对方的版本' }).click();
    await page.getByRole('status').filter({ hasText: '已载入设计员小王' }).waitFor();
    expect(await page.getByLabel('到办事现场次数').inputValue()).toBe('1');
    await page.getByTestId('matter-state').getByText(/正在编辑草稿（设计员小王/).waitFor();
  });

  it('finds the matter in the compose page’s catalogue browser, with its department, region and version, and adds it', async () => {
    const { page } = designer;
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('link', { name: '新建空白一件事' }).click();
    await page.getByRole('heading', { name: '事项目录' }).waitFor();
    await page.getByLabel('按地区筛选').selectOption({ label: '济南市' });
    await page.getByLabel('按部门筛选').selectOption({ label: DEPARTMENT });
    const rows = page.locator('section', { has: page.getByRole('heading', { name: '事项目录' }) }).locator('tbody tr');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`${MATTER}[\\s\\S]*${DEPARTMENT}[\\s\\S]*济南市[\\s\\S]*第 1 版`))]);
    await page.getByRole('button', { name: `选用“${MATTER}”` }).click();
    await page.getByRole('heading', { name: '已选事项（1 个）' }).waitFor();
    await visit(page, 'compose-with-catalogue-matter');
  });

  it('publishes the bundle: the page stays on it and confirms the version', async () => {
    const { page } = designer;
    await page.getByLabel('名称（中文）').fill('开办食品店一件事');
    await page.getByLabel('名称（英文）').fill('Opening a food shop');
    // the matter promises 10 working days: the bundle cannot promise fewer
    await page.getByLabel('承诺办结时限（工作日）').fill('10');
    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已发布第 1 版。' }).waitFor();
    await page.waitForURL(/\/designer\/compose\?from=kaibanshipindianyijianshi$/);
    await page.getByTestId('draft-state').getByText('已发布第 1 版：“开办食品店一件事”').waitFor();
    await page.getByRole('heading', { name: '已选事项（1 个）' }).waitFor();
    expect(await page.getByLabel('名称（中文）').inputValue()).toBe('开办食品店一件事');
    await visit(page, 'compose-published');
    // a reload opens the published bundle, not an empty one
    await page.reload();
    await page.getByRole('heading', { name: '已选事项（1 个）' }).waitFor();
    expect(await page.getByLabel('名称（中文）').inputValue()).toBe('开办食品店一件事');
    const bundle = await api.get<{ matters: { id: string }[] }>('/api/bundles/kaibanshipindianyijianshi');
    expect(bundle.body.matters.map((m) => m.id)).toEqual([matterId]);
  });
});
