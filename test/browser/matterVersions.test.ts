// A matter's versions, draft and users on its own page, in a real browser against a real runtime: the
// version history opens each published version read-only, and a draft is started from an old one; the
// definition's problems are listed as the designer types — in plain words naming the material by its
// name, never a regular expression or a JSON path — and "去修改" moves the focus to the input; the draft is
// discarded after a confirmation naming the matter (the page shows the latest version again, or returns
// to the list for a matter never published); the bundles that use the matter are listed. Axe on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn } from './support/people.ts';

const MATTER = 'birth-registration';
const NAME = '生育登记';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  // a colleague published version 2 of an example matter (one visit less); version 1 is the example's
  const colleague = await api.login('designer', '设计员小王');
  const v1 = await api.get<{ definition: Record<string, unknown> }>(`/api/matters/${MATTER}`, colleague);
  expect(v1.status).toBe(200);
  const draft = await api.call('POST', '/api/matters', { token: colleague, body: { ...v1.body.definition, visits: { count: 0 } }, headers: { 'if-none-match': '*' } });
  expect(draft.status).toBe(200);
  const published = await api.call('POST', `/api/matters/${MATTER}/publish`, { token: colleague, body: {}, headers: { 'if-match': String(draft.headers.get('etag')) } });
  expect(published.status).toBe(201);
  designer = await openBrowser({ width: 1400 });
}, 90_000);

afterAll(async () => {
  await designer?.close();
  await server?.stop();
});

const visits = () => designer.page.getByLabel('到办事现场次数');

describe('a matter’s versions, draft and users on its page', { timeout: 180_000 }, () => {
  it('opens the matter: its latest version, the version history and the bundles that use it', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.waitForURL(/\/designer$/);
    await page.getByRole('link', { name: '事项库', exact: true }).click();
    await page.getByLabel('按名称查找').fill(NAME);
    await page.getByRole('link', { name: `编辑“${NAME}”` }).click();
    await page.getByTestId('matter-state').getByText('已发布第 2 版').waitFor();
    expect(await visits().inputValue()).toBe('0');
    const history = page.getByTestId('matter-versions');
    await expect.poll(() => history.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^第 2 版 · 设计员小王 · .+查看$/), expect.stringMatching(/^第 1 版 · system · .+查看$/)]);
    // the bundles that use it, by their names: the example bundle stays pinned to version 1
    const usedBy = page.locator('section', { has: page.getByRole('heading', { name: '哪些一件事使用此事项' }) });
    await usedBy.getByText('“新生儿出生一件事”第 1 版使用事项第 1 版（当前版本）').waitFor();
    await page.getByTestId('matter-problems').getByText('没有发现问题，可以发布。').waitFor();
    await visit(page, 'matter-latest-version');
  });

  it('shows an older version read-only and starts a draft from it', async () => {
    const { page } = designer;
    await page.getByRole('link', { name: '查看第 1 版' }).click();
    await page.getByRole('heading', { level: 1, name: '事项第 1 版（只读）' }).waitFor();
    await page.getByTestId('matter-state').getByText(/正在查看“生育登记”已发布的第 1 版（system 发布于 .+），只读。/).waitFor();
    expect(await visits().inputValue()).toBe('1');
    expect(await visits().isDisabled()).toBe(true);
    expect(await page.getByRole('group', { name: '申请材料“结婚证”' }).getByLabel('材料名称').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '发布新版本' }).count()).toBe(0);
    await page.getByTestId('matter-versions').getByText('（正在查看）').waitFor();
    await visit(page, 'matter-version-read-only');
    await page.getByRole('button', { name: '以此版本为草稿继续编辑' }).click();
    await page.getByRole('heading', { level: 1, name: '编辑事项' }).waitFor();
    await page.getByRole('status').filter({ hasText: '已将“生育登记”的第 1 版保存为草稿，可以继续编辑。' }).waitFor();
    await page.getByTestId('matter-state').getByText(/正在编辑草稿（设计员小周 保存于/).waitFor();
    expect(await visits().inputValue()).toBe('1');
    const draft = await api.get<{ definition: { visits: { count: number } } }>(`/api/matters/${MATTER}/draft`, await api.login('designer', '设计员小王'));
    expect(draft.body.definition.visits.count).toBe(1);
  });

  it('lists the problems as the designer types, by the material’s name, and “去修改” focuses the input', async () => {
    const { page } = designer;
    const problems = page.getByTestId('matter-problems');
    const material = page.getByRole('group', { name: '申请材料“结婚证”' });
    await material.getByLabel('英文名称').fill('');
    await page.getByLabel('事项名称', { exact: true }).fill('');
    await problems.getByRole('heading', { name: '发布前需要修改以下 2 处' }).waitFor();
    const texts = await problems.locator('li').allInnerTexts();
    expect(texts).toEqual([expect.stringContaining('事项名称（中文）不能为空'), expect.stringContaining('申请材料「结婚证」的材料名称（英文）不能为空')]);
    for (const text of texts) expect(text).not.toMatch(/\/materials\/|\^\[|\$|\{|应当匹配模式/);
    await visit(page, 'matter-live-problems');
    await problems.getByRole('button', { name: '去修改：申请材料「结婚证」的材料名称（英文）' }).click();
    const english = material.getByLabel('英文名称');
    await expect.poll(() => english.evaluate((element) => element === document.activeElement)).toBe(true);
    await english.fill('Marriage certificate');
    await problems.getByRole('heading', { name: '发布前需要修改以下 1 处' }).waitFor();
    await problems.getByRole('button', { name: '去修改：事项名称（中文）' }).click();
    await expect.poll(() => page.getByLabel('事项名称', { exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByLabel('事项名称', { exact: true }).fill(NAME);
    await problems.getByText('没有发现问题，可以发布。').waitFor();
  });

  it('discards the draft after a confirmation naming the matter, and shows the latest version again', async () => {
    const { page } = designer;
    await page.getByRole('button', { name: '放弃草稿' }).click();
    const confirmation = page.getByRole('alert').filter({ hasText: '确定放弃“生育登记”的草稿吗？' });
    await confirmation.waitFor();
    await visit(page, 'matter-discard-confirmation');
    await confirmation.getByRole('button', { name: '确定放弃' }).click();
    await page.getByRole('status').filter({ hasText: '已放弃“生育登记”的草稿。现在显示已发布的第 2 版。' }).waitFor();
    await page.getByTestId('matter-state').getByText('已发布第 2 版').waitFor();
    expect(await visits().inputValue()).toBe('0');
    expect(await page.getByRole('button', { name: '放弃草稿' }).count()).toBe(0);
    const gone = await api.call('GET', `/api/matters/${MATTER}/draft`, { token: await api.login('designer', '设计员小王') });
    expect(gone.status).toBe(404);
  });

  it('a matter never published goes with its draft: the page returns to the list and says so', async () => {
    const { page } = designer;
    const token = await api.login('designer', '设计员小王');
    const created = await api.call('POST', '/api/matters', { token, body: { name: { zh: '临时测试事项', en: 'Scratch matter' } }, headers: { 'if-none-match': '*' } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    await page.goto(`${server.url}/designer/matters/${encodeURIComponent(id)}`);
    await page.getByTestId('matter-state').getByText(/正在编辑草稿/).waitFor();
    // a draft of nothing yet: its problems are listed, none as a path or a pattern
    const texts = await page.getByTestId('matter-problems').locator('li').allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/^\/|\^\[|应当匹配模式/);
    expect(await page.getByRole('heading', { name: '哪些一件事使用此事项' }).count()).toBe(0);
    await page.getByRole('button', { name: '放弃草稿' }).click();
    const confirmation = page.getByRole('alert').filter({ hasText: '确定放弃“临时测试事项”的草稿吗？该事项从未发布，放弃后将从事项库中删除。' });
    await confirmation.getByRole('button', { name: '确定放弃' }).click();
    await page.getByRole('heading', { level: 1, name: '事项库' }).waitFor();
    await page.getByRole('status').filter({ hasText: '已放弃“临时测试事项”的草稿。该事项从未发布，已从事项库中删除。' }).waitFor();
    await visit(page, 'matter-list-after-discard');
    expect((await api.call('GET', `/api/matters/${encodeURIComponent(id)}/versions`, { token })).status).toBe(404);
  });
});
