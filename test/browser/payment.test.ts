// A paid matter end to end (收费): the applicant sees the fee with its basis and 待缴费, goes to the payment
// platform's page (the example platform of dev mode, in the server's process) with 去缴费 and pays there;
// back on the application page the fee reads 已缴费 and the matter is handled; the officer sees the task
// unpaid (and cannot decide it), then paid. Axe on each OneGo page. The charged bundle is a test copy of the
// newborn example (test/support/chargedBundle.ts): no example charges a fee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { CHARGED_BUNDLE, CHARGED_MATTER, publishChargedBundle } from '../support/chargedBundle.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn, tokenOf } from './support/people.ts';

let server: ServerProcess;
let citizen: Person;
let officer: Person;
let api: ReturnType<typeof client>;
let id: string;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_PAYMENT_INTERVAL_MS: '300' });
  api = client(server.url);
  await publishChargedBundle(api);
  [citizen, officer] = await Promise.all([openBrowser(), openBrowser()]);
  await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '李明轩' });
  const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: CHARGED_BUNDLE, ...newbornSample('valid-single-birth') }, await tokenOf(citizen.page), { 'idempotency-key': 'browser-fee' });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  id = submitted.body.id;
}, 120_000);

afterAll(async () => {
  await Promise.all([citizen?.close(), officer?.close()]);
  await server?.stop();
});

describe('a paid matter', { timeout: 120_000 }, () => {
  it('shows the fee, its basis and 待缴费 with the way to pay, and the officer sees it unpaid', async () => {
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${id}`);
    const fees = page.getByTestId('payments');
    await fees.getByRole('heading', { level: 2, name: '缴费' }).waitFor();
    const row = fees.getByRole('row').filter({ hasText: '生育登记' });
    // The order is made by the payment pass in the background; the page refreshes itself.
    await row.getByRole('link', { name: /^去缴费：生育登记，¥12\.50/ }).waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('¥12.50');
    expect(await row.textContent()).toContain('测试用收费依据（非真实收费标准）');
    expect(await row.textContent()).toContain('待缴费');
    expect(await row.textContent()).toMatch(/\d{20}/);
    const matters = page.locator('table').filter({ has: page.getByRole('columnheader', { name: '催办' }) });
    expect(await matters.getByRole('row').filter({ hasText: '生育登记' }).textContent()).toContain('待缴费');
    await visit(page, 'payment-due');

    await signIn(officer.page, server.url, { role: '部门工作人员', name: '王医生', department: '卫生健康委员会' });
    const view = (await api.get<ApplicationView>(`/api/applications/${id}`, await tokenOf(page))).body;
    await officer.page.goto(`${server.url}/workbench/tasks/${matterOf(view, CHARGED_MATTER).taskId}`);
    const payment = officer.page.getByTestId('task-payment');
    await payment.waitFor();
    expect(await payment.textContent()).toContain('¥12.50');
    expect(await payment.textContent()).toContain('待缴费');
    expect(await payment.textContent()).toContain('申请人尚未缴费');
    expect(await officer.page.getByRole('radio', { name: '通过', exact: true }).count()).toBe(0);
    await visit(officer.page, 'payment-officer-unpaid');
  });

  it('pays on the payment platform’s page, then reads 已缴费; the officer approves it', async () => {
    const { page } = citizen;
    await page.getByTestId('payments').getByRole('link', { name: /^去缴费/ }).click();
    await page.getByRole('heading', { level: 1, name: '缴费（示例支付平台）' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('¥12.50');
    await page.getByRole('button', { name: '确认缴费 ¥12.50' }).click();
    await page.getByRole('status').filter({ hasText: '缴费成功' }).waitFor();

    await page.goto(`${server.url}/applications/${id}`);
    const row = page.getByTestId('payments').getByRole('row').filter({ hasText: '生育登记' });
    await row.getByText('已缴费', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await row.getByRole('link', { name: /^去缴费/ }).count()).toBe(0);
    expect(await row.textContent()).toContain('缴费时间');
    expect(await page.locator('table.timeline').textContent()).toContain('生育登记：缴费已确认');
    await visit(page, 'payment-paid');

    await officer.page.reload();
    await officer.page.getByTestId('task-payment').getByText('已缴费', { exact: true }).waitFor();
    expect(await officer.page.getByTestId('task-payment').textContent()).not.toContain('申请人尚未缴费');
    await officer.page.getByRole('radio', { name: '通过', exact: true }).check();
    await officer.page.getByRole('button', { name: '提交处理结果' }).click();
    await officer.page.getByRole('status').filter({ hasText: '处理结果已提交' }).waitFor();
    await visit(officer.page, 'payment-officer-paid');
  });
});
