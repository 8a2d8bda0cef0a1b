// The matter catalogue in the designer, in a real browser against a real runtime, without JSON: a service
// designer imports a region's catalogue spreadsheet through the import page — a broken file first, its
// problems located by sheet, row and column header; then the sample spreadsheet, previewed and imported as
// drafts; then the same matters edited, whose preview says what changes — moves a bundle draft to a newer
// version of one of its matters, seeing what changes, and sees which bundles use the matter; is warned
// before publishing of a matter given longer than it promises; and takes a bundle off the portal and puts
// it back. Axe on each new page, screenshots in test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn } from './support/people.ts';

const MONDAY = '2026-03-02T09:00:00+08:00';
const MATTERS_CSV = readFileSync('examples/catalogue/matters.csv', 'utf8');
const MATERIALS_CSV = readFileSync('examples/catalogue/materials.csv', 'utf8');
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
let citizen: Person | undefined;
/** 设计员小王, the colleague who works over the API. */
let colleague = '';

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  designer = await openBrowser({ now: new Date(MONDAY), width: 1400 });
  colleague = await api.login('designer', '设计员小王');
}, 90_000);

afterAll(async () => {
  await Promise.all([designer?.close(), citizen?.close()]);
  await server?.stop();
});

describe('the matter catalogue in the designer', { timeout: 180_000 }, () => {
  it('refuses a broken spreadsheet, naming each problem by sheet, row and column', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.waitForURL(/\/designer$/);
    await page.getByRole('link', { name: '导入事项库' }).click();
    await page.getByRole('heading', { level: 1, name: '导入事项库' }).waitFor();
    await visit(page, 'catalogue-import');

    const broken = MATTERS_CSV.replace(',30个工作日,1个工作日,1,按规定收取', ',很快,1个工作日,1,按规定收取');
    expect(broken).not.toBe(MATTERS_CSV);
    await page.getByLabel('事项库文件', { exact: true }).setInputFiles([csv('matters.csv', broken), csv('materials.csv', MATERIALS_CSV)]);
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.innerText();
    // One problem: the row's materials are not reported as belonging to no matter.
    expect(text).toContain('文件中有 1 个问题，修改前不会导入任何内容');
    expect(text).toMatch(/matters\.csv第 \d+ 行「法定办结时限」应为天数，如“20个工作日”“15个自然日”“15日”或“即办”（现为“很快”）/);
    // No JSON path, no JSON.
    expect(text).not.toMatch(/\/[a-z]+\/\d|[{}"]/);
    expect(await page.getByRole('button', { name: '确认导入（保存为草稿）' }).count()).toBe(0);
    await visit(page, 'catalogue-import-problems');
  });

  it('previews the sample spreadsheet and imports it as drafts', async () => {
    const { page } = designer;
    await page.getByLabel('事项库文件', { exact: true }).setInputFiles('examples/catalogue/事项库示例.xlsx');
    await page.getByRole('heading', { name: '导入预览' }).waitFor();
    // The examples' 18 matters are in the catalogue as they are; the 13 of 济南市 are new.
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/^将新建 13 个事项，修改 0 个，18 个没有变化；新建 \d+ 个部门。$/);
    const departments = await page.getByTestId('import-departments').innerText();
    expect(departments).toContain('济南市自然资源和规划局');
    const table = page.getByTestId('import-matters');
    const transfer = table.getByRole('row', { name: /国有建设用地使用权及房屋所有权转移登记/ });
    expect(await transfer.getByRole('cell').nth(1).innerText()).toBe('新建');
    // What the sheets do not carry (steps, the form) is listed to complete before publishing.
    await transfer.getByText(/查看需补充的 \d+ 项/).click();
    await visit(page, 'catalogue-import-preview');
    await page.getByRole('button', { name: '确认导入（保存为草稿）' }).click();
    await page.getByRole('status').filter({ hasText: /^已导入：新建 13 个事项草稿，修改 0 个，18 个没有变化；新建 \d+ 个部门。事项草稿尚未发布。$/ }).waitFor();
    const found = await api.get<{ id: string; latestVersion?: number; draft?: object }[]>(`/api/matters?q=${encodeURIComponent('抵押权注销登记')}`, colleague);
    expect(found.body).toHaveLength(1);
    expect(found.body[0]?.latestVersion).toBeUndefined();
    expect(found.body[0]?.draft).toBeDefined();
  });

  it('imported again with a changed row, says what changes in that matter', async () => {
    const { page } = designer;
    const edited = MATTERS_CSV.replace(',30个工作日,1个工作日,1,按规定收取', ',30个工作日,3个工作日,1,按规定收取');
    await page.getByLabel('事项库文件', { exact: true }).setInputFiles([csv('matters.csv', edited), csv('materials.csv', MATERIALS_CSV)]);
    await page.getByRole('heading', { name: '导入预览' }).waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toBe('将新建 0 个事项，修改 1 个，30 个没有变化；新建 0 个部门。');
    const row = page.getByTestId('import-matters').locator('tr[data-action="update"]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('承诺办结时限：1 个工作日 → 3 个工作日');
    await visit(page, 'catalogue-import-changes');
    await page.getByRole('button', { name: '重新选择文件' }).click();
    expect(await page.getByRole('heading', { name: '导入预览' }).count()).toBe(0);
  });

  it('moves a bundle draft to a newer version of a matter, showing what changes, and shows which bundles use it', async () => {
    const { page } = designer;
    // A colleague publishes version 2 of 出生医学证明签发: a longer promise and one more material.
    const current = (await api.get<{ definition: Record<string, unknown> & { materials: object[] } }>('/api/matters/birth-medical-certificate', colleague)).body.definition;
    const newer = {
      ...current,
      timeLimits: { legal: { days: 5, kind: 'working' }, committed: { days: 2, kind: 'working' } },
      materials: [...current.materials, { id: 'hospital-record', name: { zh: '住院病历', en: 'Hospital record' }, issuer: { zh: '助产机构', en: 'Midwifery institution' }, copies: 1, original: 'copy', medium: 'paper' }],
    };
    expect((await api.post('/api/matters', newer, colleague)).status).toBe(200);
    expect((await api.post('/api/matters/birth-medical-certificate/publish', {}, colleague)).status).toBe(201);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('link', { name: '以“新生儿出生一件事”为起点设计' }).click();
    const notice = page.getByTestId('new-version-birth-medical-certificate');
    await notice.waitFor();
    const said = await notice.innerText();
    expect(said).toContain('事项有新版本');
    expect(said).toContain('“出生医学证明签发”已发布第 2 版（设计员小王');
    expect(said).toContain('承诺办结时限：3 个工作日 → 2 个工作日');
    expect(said).toContain('新增申请材料「住院病历」');
    await page.getByText('查看使用“出生医学证明签发”的一件事').click();
    await page.getByTestId('used-by-birth-medical-certificate').getByText('“新生儿出生一件事”第 1 版使用事项第 1 版（当前版本）').waitFor();
    await visit(page, 'designer-matter-new-version');

    await page.getByRole('button', { name: '“出生医学证明签发”改用事项库第 2 版' }).click();
    await page.getByRole('status').filter({ hasText: '“出生医学证明签发”已改用事项库第 2 版；保存草稿后生效。' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    // The draft carries version 2 now: the picked matter's card lists the new material's promise.
    await page.getByText('有未保存的修改').first().waitFor();
  });

  it('warns before publishing of a matter given longer in the bundle than it promises', async () => {
    const { page } = designer;
    const card = page.locator('li.matter-card').filter({ has: page.getByRole('heading', { name: /出生医学证明签发/ }) });
    await card.getByLabel(/本一件事内的承诺时限/).fill('4');
    const warnings = page.getByTestId('publish-limit-warnings');
    await warnings.waitFor();
    expect(await warnings.innerText()).toContain('“出生医学证明签发”在本一件事中的办结时限为 4 个工作日，超过了该事项自身承诺的 2 个工作日。');
    await visit(page, 'designer-publish-warnings');
  });

  it('takes a bundle off the portal after a confirmation, and puts it back', async () => {
    const { page } = designer;
    page.once('dialog', (dialog) => void dialog.accept()); // leaving the unsaved draft
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设计器' }).click();
    await page.getByRole('button', { name: '下线“新生儿出生一件事”' }).click();
    await page.getByText('下线后，“新生儿出生一件事”不再在办事页面显示，群众不能再提交新的申请；已提交的申请照常办理。确定下线吗？').waitFor();
    await visit(page, 'designer-withdraw-confirm');
    await page.getByRole('button', { name: '确定下线' }).click();
    await page.getByRole('status').filter({ hasText: '“新生儿出生一件事”已下线。' }).waitFor();
    const withdrawn = page.getByTestId('withdrawn-bundles');
    await withdrawn.getByText('已下线').waitFor();
    expect(await withdrawn.innerText()).toContain('设计员小周');
    expect((await api.get<{ id: string }[]>('/api/bundles')).body.map((b) => b.id)).not.toContain('henan-newborn');
    await visit(page, 'designer-withdrawn');

    // A citizen with the bundle's address is told it is off the portal before answering anything.
    citizen = await openBrowser({ now: new Date(MONDAY) });
    await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '张三' });
    await citizen.page.goto(`${server.url}/bundles/henan-newborn/apply`);
    await citizen.page.getByRole('alert').filter({ hasText: '“新生儿出生一件事”已下线，暂不受理新的申请；已提交的申请照常办理。' }).waitFor();
    await visit(citizen.page, 'portal-apply-withdrawn');

    await page.getByRole('button', { name: '重新上线“新生儿出生一件事”' }).click();
    await page.getByRole('status').filter({ hasText: '“新生儿出生一件事”已重新上线，群众可以再次申请。' }).waitFor();
    await page.getByRole('button', { name: '下线“新生儿出生一件事”' }).waitFor();
    expect((await api.get<{ id: string }[]>('/api/bundles')).body.map((b) => b.id)).toContain('henan-newborn');
  });
});
