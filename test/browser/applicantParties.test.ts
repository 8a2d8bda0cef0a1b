// Who applies, in a real browser (issue #18): the other parent signs in with their ID number, finds the
// newborn application under 待我确认, reads it and confirms it with the keyboard, and then sees the
// submitted application with the confirmation in its timeline; a guardian applies for a child (代办) on the
// summary step, keyboard only; an enterprise user signs in with the enterprise's credit code and a
// colleague of the same enterprise sees its application. Axe on each page. The newborn and business
// examples are copies with co-applicants and `"applicant": "enterprise"` declared.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type Sample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { chooseRadio, openBrowser, tabTo, visit, type Person } from './support/browser.ts';
import { stepHeading, tokenOf } from './support/people.ts';

const FATHER = '410105199304120314';
const MOTHER = '410102199508230460';
const ENTERPRISE = { creditCode: '91410100MA9KXXXX08', name: '郑州示例科技有限公司' };
const examples = mkdtempSync(path.join(tmpdir(), 'onego-parties-browser-'));
const newborn = newbornSample('valid-single-birth');
const school = JSON.parse(readFileSync('examples/school-enrolment/samples/valid-local-owner.json', 'utf8')) as Sample;
const business = JSON.parse(readFileSync('examples/business-startup/samples/valid-llc-with-employees.json', 'utf8')) as Sample;

let server: ServerProcess;
let api: ReturnType<typeof client>;
let first: Person;
let second: Person;

/** Signs in through the sign-in page as a citizen, with an ID number or an enterprise (keyboard where it is new). */
async function signInAs(person: Person, name: string, extra: { idNumber?: string; enterprise?: { creditCode: string; name: string; role: '法定代表人' | '经办人' } }) {
  const { page } = person;
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('radio', { name: '群众（申请人）' }).check();
  await page.getByLabel('姓名或账号').fill(name);
  if (extra.idNumber) {
    await tabTo(page, page.getByLabel('身份证号（选填）'));
    await page.keyboard.type(extra.idNumber);
  }
  if (extra.enterprise) {
    await tabTo(page, page.getByRole('checkbox', { name: '以企业身份登录（法人）' }));
    await page.keyboard.press('Space');
    await page.getByLabel('统一社会信用代码').fill(extra.enterprise.creditCode);
    await page.getByLabel('企业名称').fill(extra.enterprise.name);
    await page.getByLabel('您在企业中的身份').selectOption({ label: extra.enterprise.role });
    await visit(page, 'sign-in-enterprise');
  }
  await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

beforeAll(async () => {
  for (const name of ['newborn', 'business-startup', 'school-enrolment']) cpSync(path.resolve('examples', name), path.join(examples, name), { recursive: true });
  const edit = (folder: string, change: (bundle: Record<string, unknown>) => void) => {
    const file = path.join(examples, folder, 'bundle.json');
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(bundle);
    writeFileSync(file, JSON.stringify(bundle));
  };
  edit('newborn', (b) => {
    b['coApplicants'] = [
      { role: { zh: '父亲', en: 'Father' }, idNumber: 'father.idNumber', name: 'father.name' },
      { role: { zh: '母亲', en: 'Mother' }, idNumber: 'mother.idNumber', name: 'mother.name' },
    ];
  });
  edit('business-startup', (b) => (b['applicant'] = 'enterprise'));
  server = await startServerProcess({ ONEGO_EXAMPLES: examples });
  api = client(server.url);
  [first, second] = await Promise.all([openBrowser(), openBrowser()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await server?.stop();
  rmSync(examples, { recursive: true, force: true });
});

describe('who applies', { timeout: 180_000 }, () => {
  it('the other parent confirms under 待我确认, then sees the application and the confirmation', async () => {
    await signInAs(first, '李明轩', { idNumber: FATHER });
    const father = await tokenOf(first.page);
    const draft = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: newborn.answers, data: newborn.data }, father);
    expect(draft.status).toBe(201);

    await signInAs(second, '王雨桐', { idNumber: MOTHER });
    const { page } = second;
    await page.getByRole('link', { name: '待我确认' }).click();
    await page.getByRole('heading', { level: 1, name: '待我确认' }).waitFor();
    await visit(page, 'co-applications');
    await page.getByRole('link', { name: '新生儿出生一件事' }).click();
    await page.getByRole('heading', { level: 1, name: '新生儿出生一件事' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('母亲：王雨桐（待确认）');
    expect(await page.getByRole('main').textContent()).toContain('李沐辰'); // the child, as the father entered it
    await visit(page, 'co-application');
    const confirm = page.getByRole('button', { name: '确认无误' });
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已确认' }).waitFor();

    const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...newborn, draftId: draft.body.id }, father, { 'idempotency-key': 'browser-co' });
    expect(submitted.status).toBe(201);
    await page.getByRole('link', { name: '我的申请' }).click();
    await page.getByRole('link', { name: '新生儿出生一件事' }).click();
    await page.getByRole('heading', { level: 2, name: '共同申请人和被代办人' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('共同申请人（母亲）：王雨桐');
    expect(await page.locator('table.timeline').textContent()).toContain('共同申请人已确认');
    await visit(page, 'co-applicant-application');
  });

  it('a guardian applies for a child on the summary step, keyboard only', async () => {
    const { page } = first;
    const token = await tokenOf(page);
    const draft = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'school-enrolment', answers: school.answers, data: school.data }, token);
    await page.goto(`${server.url}/bundles/school-enrolment/apply?draft=${draft.body.id}`);
    // Through the saved sections and the materials, to the summary.
    for (let i = 0; i < 12 && (await page.getByRole('heading', { level: 2, name: '核对信息', exact: true }).count()) === 0; i++) {
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForTimeout(300);
    }
    await stepHeading(page, '核对信息');
    const who = page.getByRole('group', { name: '申请人' });
    await chooseRadio(page, who, who.getByRole('radio', { name: '为他人代办' }));
    await tabTo(page, page.getByLabel('被代办人姓名'));
    await page.keyboard.type('李沐阳');
    await page.keyboard.press('Tab');
    await page.keyboard.type('370102202010150131');
    const basis = page.getByRole('group', { name: '代办依据' });
    await chooseRadio(page, basis, basis.getByRole('radio', { name: '我是未成年人的监护人' }));
    await visit(page, 'apply-for-a-child');
    await tabTo(page, page.getByRole('button', { name: '确认提交' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/applications\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 2, name: '共同申请人和被代办人' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('被代办人：李沐阳 · 监护人代办，无需本人确认');
    expect(await page.locator('table.timeline').textContent()).toContain('代办人代为申请');
    await visit(page, 'proxy-application');
  });

  it('an enterprise user applies; a colleague of the same enterprise sees it', async () => {
    await signInAs(first, '赵经办', { enterprise: { ...ENTERPRISE, role: '经办人' } });
    const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: 'business-startup', ...business }, await tokenOf(first.page), { 'idempotency-key': 'browser-enterprise' });
    expect(submitted.status).toBe(201);
    await signInAs(second, '钱法人', { enterprise: { ...ENTERPRISE, role: '法定代表人' } });
    const { page } = second;
    await page.goto(`${server.url}/applications`);
    await page.getByRole('link', { name: '企业开办一件事' }).click();
    await page.getByRole('heading', { level: 2, name: '共同申请人和被代办人' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(`申请企业：${ENTERPRISE.name}（${ENTERPRISE.creditCode}）`);
    await visit(page, 'enterprise-application');
  });
});
