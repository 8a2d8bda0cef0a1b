// The citizen flow with the keyboard alone (sign-in, questions, notice, a form section with its error
// summary), a submission whose answer is lost on the way back and is retried — by a double click — with
// the same Idempotency-Key, so that exactly one application exists; and the sign-in page of a server
// without dev login (the identity provider's), and the page for an unknown address. Axe on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { chooseRadio, openBrowser, tabTo, visit, type Person } from './support/browser.ts';
import { fillSection, signIn, skipMaterials, stepHeading, tokenOf } from './support/people.ts';

type Json = Record<string, unknown>;

// Monday 23 November 2026, 09:00 in Beijing: the server's test clock and the browsers' clocks.
const MONDAY = '2026-11-23T09:00:00+08:00';
const sample = newbornSample('valid-single-birth');
let server: ServerProcess;
let citizen: Person;
let form: { properties: Record<string, Json> };

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  form = (await client(server.url).post<{ form: { schema: { properties: Record<string, Json> } } }>('/api/bundles/henan-newborn/preview', { answers: sample.answers })).body.form.schema;
  citizen = await openBrowser({ now: new Date(MONDAY) });
}, 90_000);

afterAll(async () => {
  await citizen?.close();
  await server?.stop();
});

const focusedId = (person: Person) => person.page.evaluate(() => document.activeElement?.id ?? '');

describe('the citizen flow with the keyboard alone', { timeout: 120_000 }, () => {
  it('signs in and starts the newborn bundle without a mouse', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('姓名或账号').waitFor(); // rendered: a Tab before the app is up lands elsewhere
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容'); // the skip link comes first
    await tabTo(page, page.getByLabel('姓名或账号'));
    await page.keyboard.type('李四');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
    await tabTo(page, page.locator('li.card').filter({ hasText: '新生儿出生一件事' }).getByRole('link', { name: '开始办理' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, '选择情形');
  });

  it('answers the questions and goes through the notice with Tab, arrows, Space and Enter', async () => {
    const { page } = citizen;
    const group = (name: string) => page.getByRole('radiogroup', { name });
    // Nothing is pre-selected, not even the questions with a default answer: each is chosen.
    expect(await page.getByRole('main').getByRole('radio', { checked: true }).count()).toBe(0);
    await chooseRadio(page, group('是否多胞胎？'), group('是否多胞胎？').getByRole('radio', { name: '否' }));
    await chooseRadio(page, group('新生儿随父还是随母落户？'), page.getByRole('radio', { name: '随父落户' }));
    expect(await page.getByRole('radio', { name: '随父落户' }).isChecked()).toBe(true);
    await chooseRadio(page, group('是否同时申领社会保障卡？'), group('是否同时申领社会保障卡？').getByRole('radio', { name: '是' }));
    await chooseRadio(page, group('是否需要办理生育登记（孕期未办理的）？'), group('是否需要办理生育登记（孕期未办理的）？').getByRole('radio', { name: '是' }));
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, '一次告知');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('一次告知'); // the new step's heading has the focus
    await tabTo(page, page.getByRole('button', { name: '开始填表' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, '申请人');
  });

  it('reaches a field from the error summary and fills the section by typing', async () => {
    const { page } = citizen;
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: '请修改以下 5 处问题' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the first problem's link
    expect(await focusedId(citizen)).toBe('root_name');
    await page.keyboard.type('李四');
    await page.keyboard.press('Tab');
    await page.keyboard.type('410105199304120314');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13837112345');
    await chooseRadio(page, page.getByRole('radiogroup', { name: '申请人与办理对象关系' }), page.getByRole('radio', { name: '父亲' }));
    await page.keyboard.press('Tab');
    expect(await focusedId(citizen)).toBe('root_address');
    await page.keyboard.type('河南省郑州市金水区农业路东段58号');
    // the messages follow the typing: the summary is gone once everything is right
    await page.getByRole('alert').filter({ hasText: '请修改' }).waitFor({ state: 'detached' });
    await visit(page, 'keyboard-applicant-section');
    await tabTo(page, page.getByRole('button', { name: '下一步' }));
    await page.keyboard.press('Enter');
    await stepHeading(page, '母亲');
  });
});

describe('a lost answer and a double click never make two applications', { timeout: 120_000 }, () => {
  it('retries with the same Idempotency-Key after the answer to the submission was lost', async () => {
    const { page } = citizen;
    for (const key of Object.keys(form.properties).slice(1)) {
      if (key === 'child') {
        // a single birth: exactly one child, offered neither 添加一项 nor 删除
        await stepHeading(page, String((form.properties[key] as Json)['title']));
        expect(await page.getByRole('main').getByRole('button', { name: /^(添加一项|删除)$/ }).count()).toBe(0);
      }
      await fillSection(page, form.properties[key] as Json, sample.data[key]);
    }
    await skipMaterials(page);
    await stepHeading(page, '核对信息');
    const keys: string[] = [];
    let first = true;
    await page.route('**/api/applications', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (first) {
        first = false;
        await route.fetch(); // the server takes it…
        return route.abort('connectionreset'); // …and its answer never arrives
      }
      return route.continue();
    });
    await page.getByRole('button', { name: '确认提交' }).click();
    const failure = page.getByRole('alert').filter({ hasText: '提交未成功' });
    await failure.waitFor();
    expect(await failure.innerText()).toContain('无法连接服务器');
    await visit(page, 'apply-submit-failed');
    await page.getByRole('button', { name: '确认提交' }).dblclick();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    const mine = await client(server.url).get<{ id: string }[]>('/api/applications', await tokenOf(page));
    expect(mine.body.map((a) => a.id)).toEqual([page.url().split('/').pop()]);
    await page.unroute('**/api/applications');
  });
});

describe('deadlines in the workbench', { timeout: 120_000 }, () => {
  it('an officer sees the task due today with a warning, then overdue, as the days pass', async () => {
    const officer = await openBrowser({ now: new Date('2026-11-24T10:00:00+08:00') }); // Tuesday
    try {
      const { page, context } = officer;
      await signIn(page, server.url, { role: '部门工作人员', name: '钱医生', department: '卫生健康委员会' });
      const row = page.locator('tbody tr', { hasText: '出生医学证明签发' });
      await expect.poll(() => row.innerText()).toMatch(/今日到期\s*即将到期/);
      await visit(page, 'workbench-inbox-warning');
      await context.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00')); // Thursday
      await page.reload();
      await expect.poll(() => row.innerText()).toMatch(/逾期 2 个工作日\s*已逾期/);
      await visit(page, 'workbench-inbox-overdue');
    } finally {
      await officer.close();
    }
  });
});

describe('without dev login', { timeout: 120_000 }, () => {
  let idpServer: ServerProcess;
  let visitor: Person;

  beforeAll(async () => {
    idpServer = await startServerProcess({ ONEGO_DEV_LOGIN: undefined });
    visitor = await openBrowser({ now: new Date(MONDAY) });
  }, 90_000);

  afterAll(async () => {
    await visitor?.close();
    await idpServer?.stop();
  });

  it('sends people to the identity provider to sign in', async () => {
    const { page } = visitor;
    await page.goto(`${idpServer.url}/workbench`);
    await page.waitForURL(/\/sign-in\?role=officer/);
    await page.getByRole('heading', { level: 2, name: '请通过统一身份认证平台登录' }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await visit(page, 'sign-in-identity-provider');
  });

  it('answers an unknown address with a page that leads home', async () => {
    const { page } = visitor;
    await page.goto(`${idpServer.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    await page.getByRole('link', { name: '返回首页' }).waitFor();
    await visit(page, 'not-found');
  });
});
