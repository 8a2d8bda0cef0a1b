// The admin's 工作日历 page in a real browser, with the server's clock at Monday 2026-12-28 (the shipped
// national calendar ends with 2026): a school-enrolment application whose enrolment matter is due in 2027
// shows its deadline as provisional to the citizen and the officer; a designer is warned before
// publishing that a time limit counted from today reaches 2027; the admin sees the warning banner,
// a notice pasted with a mistake is refused by line, the 2027 calendar file (a TEST FIXTURE, not the
// real schedule) is previewed — the matter listed with its old and new due dates — and loaded; then the
// listing shows 2027, the banner and the designer's warning are gone, the deadline is no longer
// provisional and the timeline says it was adjusted. Axe on the pages with a provisional deadline, and
// on the calendars page before and after the preview.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView, Sample, SubmitResponse } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn } from './support/people.ts';

const START = '2026-12-28T09:30:00+08:00';
const FIXTURE_2027 = 'test/fixtures/calendars/cn-national-2027.fixture.json';
// A name the test data provider knows nothing of: no matter is approved by rule with shared data.
const CITIZEN = 'calendar-citizen';
const PROVISIONAL = '暂按周一至周五计算，待国家节假日安排公布后自动调整';

let server: ServerProcess;
let api: ReturnType<typeof client>;
let person: Person;
let applicationId = '';
/** The matter whose deadline reaches 2027, once its verifications are approved. */
let provisional: { matterId: string; name: string; department: string; departmentName: string; taskId: string } = { matterId: '', name: '', department: '', departmentName: '', taskId: '' };

type View = Omit<ApplicationView, 'matters'> & { matters: (ApplicationView['matters'][number] & { name: string; departmentName: string })[] };

async function read(): Promise<View> {
  const response = await api.get<View>(`/api/applications/${applicationId}`, await api.login('citizen', CITIZEN));
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: START });
  api = client(server.url);
  // The application, through the API: submitted, then its pending verification matters approved by
  // their officers until a matter starts with a deadline in 2027.
  const { answers, data } = JSON.parse(readFileSync('examples/school-enrolment/samples/valid-migrant-manual-review.json', 'utf8')) as Sample;
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'school-enrolment', answers, data }, await api.login('citizen', CITIZEN), { 'idempotency-key': 'calendar-admin-1' });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  applicationId = submitted.body.id;
  for (const m of (await read()).matters.filter((x) => x.status === 'pending')) {
    await walkReview(api, m.taskId, m.department);
  }
  // The dependent matter starts once the last verification is approved.
  for (let tries = 0; tries < 50 && !provisional.matterId; tries++) {
    const found = (await read()).matters.find((m) => m.status === 'pending' && m.dueAtProvisional);
    if (found) provisional = { matterId: found.matterId, name: found.name, department: found.department, departmentName: found.departmentName, taskId: found.taskId };
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(provisional.matterId, 'a pending matter due in 2027').not.toBe('');
  person = await openBrowser({ now: new Date(START) });
}, 120_000);

afterAll(async () => {
  await person?.close();
  await server?.stop();
});

describe('provisional deadlines, then the 2027 schedule loaded by an admin', { timeout: 120_000 }, () => {
  it('the citizen’s page marks the deadline reaching 2027 as provisional', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '群众（申请人）', name: CITIZEN });
    await page.goto(`${server.url}/applications/${applicationId}`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: provisional.name, exact: true }) });
    await expect.poll(() => row.getByText('暂定').count()).toBe(1);
    expect(await row.innerText()).toContain('2027');
    await page.getByText(`标有“暂定”的办结期限${PROVISIONAL}。`).waitFor();
    await visit(page, 'calendar-citizen-provisional');
  });

  it('the officer’s inbox marks it, and the task page says why', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '部门工作人员', name: '钱老师', department: provisional.departmentName });
    const row = page.locator(`tr[data-task-id="${provisional.taskId}"]`);
    await row.waitFor();
    expect(await row.locator('.provisional-badge').innerText()).toContain('暂定');
    await row.getByRole('link').click();
    await page.getByText(PROVISIONAL, { exact: true }).waitFor();
    await visit(page, 'calendar-task-provisional');
  });

  it('the designer is warned before publishing that the longest time limit counted from today reaches 2027', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小李' });
    await page.getByRole('link', { name: '新建空白一件事' }).click();
    await page.getByRole('heading', { level: 1, name: '设计一件事' }).waitFor();
    const warning = page.getByTestId('publish-calendar-warning');
    await warning.waitFor(); // a blank bundle commits 5 working days: from Monday 12-28 to 2027-01-04
    expect(await warning.innerText()).toBe('按今天受理计算，最长办结期限将进入 2027 年，该年国家节假日安排尚未导入，期限将暂按周一至周五计算。');
    await page.getByLabel('承诺办结时限（工作日）').fill('1');
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('the admin sees the warning banner and the loaded years on the calendars page', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '管理员', name: '孙管理' });
    await page.waitForURL(`${server.url}/admin/calendars`);
    await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
    await page.getByTestId('calendar-warning').filter({ hasText: '尚未导入 2027 年国家节假日安排' }).waitFor();
    const table = page.getByRole('table', { name: '已导入的节假日安排（全国在前）' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr[data-year="2027"]').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作日历' }).count()).toBe(1);
    await visit(page, 'calendar-admin-listing');
  });

  it('a pasted notice that cannot be read is refused, its problem located by line', async () => {
    const { page } = person;
    const notice = readFileSync('engine/test/fixtures/notices/2026.txt', 'utf8').replace('1月1日（周四）', '1月1日（周五）');
    await page.getByLabel('通知全文', { exact: true }).fill(notice);
    await page.getByRole('button', { name: '读取通知' }).click();
    const problems = page.getByTestId('calendar-problems');
    await problems.waitFor();
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await problems.innerText()).toMatch(/第 5 行：一、元旦：1月1日（周五）/);
    expect(await problems.innerText()).toMatch(/周四/); // the problem says which weekday the date is
  });

  it('the 2027 calendar file is previewed: the matter is listed moving from its provisional due date', async () => {
    const { page } = person;
    await page.getByRole('radio', { name: '选择日历文件' }).check();
    await page.getByLabel('日历文件', { exact: true }).setInputFiles(FIXTURE_2027);
    await page.getByRole('heading', { level: 3, name: '导入前预览' }).waitFor();
    expect(await page.getByTestId('rebase-summary').innerText()).toMatch(/^将调整 \d+ 个办件的办结期限$/);
    const moved = page.getByRole('table', { name: '导入后将调整的办结期限' }).locator(`tr[data-task-id="${provisional.taskId}"]`);
    expect(await moved.innerText()).toContain(provisional.name);
    expect(await moved.innerText()).toContain(provisional.departmentName);
    expect(await moved.innerText()).toMatch(/2027年\d+月\d+日/);
    // The preview wrote nothing.
    expect((await read()).matters.find((m) => m.matterId === provisional.matterId)?.dueAtProvisional).toBe(true);
    await visit(page, 'calendar-admin-preview');
    // 重新选择: back to the file input (with the focus); the same file chosen again is read again.
    await page.getByRole('button', { name: '重新选择' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calendar-file');
    await page.getByLabel('日历文件', { exact: true }).setInputFiles(FIXTURE_2027);
    await page.getByRole('heading', { level: 3, name: '导入前预览' }).waitFor();
  });

  it('confirming loads it: the outcome is announced, the listing shows 2027 and the banner is gone', async () => {
    const { page } = person;
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: /已导入 2027 年的节假日安排，调整了 \d+ 个办件的办结期限。/ }).waitFor();
    const row2027 = page.locator('table.calendars tbody tr[data-year="2027"]');
    await row2027.waitFor();
    expect(await row2027.innerText()).toContain('由 孙管理 导入');
    expect(await page.getByTestId('calendar-warning').count()).toBe(0);
    expect((await read()).matters.find((m) => m.matterId === provisional.matterId)?.dueAtProvisional).toBe(false);
  });

  it('the designer is no longer warned', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小李' });
    await page.getByRole('link', { name: '新建空白一件事' }).click();
    await page.getByRole('heading', { level: 1, name: '设计一件事' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('publish-calendar-warning').count()).toBe(0);
  });

  it('the officer’s task page no longer says the deadline is provisional', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '部门工作人员', name: '钱老师', department: provisional.departmentName });
    await page.goto(`${server.url}/workbench/tasks/${provisional.taskId}`);
    await page.getByRole('heading', { level: 1, name: `办理：${provisional.name}` }).waitFor();
    expect(await page.getByText(PROVISIONAL).count()).toBe(0);
    expect(await page.locator('.provisional-badge').count()).toBe(0);
  });

  it('the citizen’s page no longer marks the deadline, and its timeline says it was adjusted', async () => {
    const { page } = person;
    await signIn(page, server.url, { role: '群众（申请人）', name: CITIZEN });
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.locator('table.timeline').waitFor();
    await page.getByText(/办结期限已按国家节假日安排调整（原为 2027年\d+月\d+日，现为 2027年\d+月\d+日）/).waitFor();
    expect(await page.locator('.provisional-badge').count()).toBe(0);
    expect(await page.getByText(PROVISIONAL).count()).toBe(0);
  });
});
