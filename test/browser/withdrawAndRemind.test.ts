// The applicant's 撤回 (withdrawal, after a confirmation naming the bundle) and 催办 (a reminder once a
// matter passes its warning point) on the application page, and the officer's inbox showing 群众已催办.
// Axe on each page. The business start-up example: its registration (1 working day) is warned at the end
// of the day it is accepted.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { signIn, tokenOf } from './support/people.ts';

const MONDAY = '2026-11-23T09:00:00+08:00';
const { answers, data } = JSON.parse(readFileSync('examples/business-startup/samples/valid-llc-with-employees.json', 'utf8')) as Sample;
let server: ServerProcess;
let citizen: Person;
let officer: Person;
let api: ReturnType<typeof client>;

async function submit(key: string): Promise<string> {
  const token = await tokenOf(citizen.page);
  const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: 'business-startup', answers, data }, token, { 'idempotency-key': key });
  expect(submitted.status).toBe(201);
  return submitted.body.id;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: MONDAY });
  api = client(server.url);
  [citizen, officer] = await Promise.all([openBrowser({ now: new Date(MONDAY) }), openBrowser({ now: new Date(MONDAY) })]);
  await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '赵敏' });
}, 90_000);

afterAll(async () => {
  await Promise.all([citizen?.close(), officer?.close()]);
  await server?.stop();
});

describe('撤回 and 催办 on the application page', { timeout: 120_000 }, () => {
  it('withdraws after a confirmation naming the bundle, and then says so in plain words', async () => {
    const id = await submit('browser-withdraw');
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${id}`);
    await page.getByRole('heading', { level: 2, name: '撤回申请' }).waitFor();
    await page.getByRole('button', { name: '撤回申请' }).click();
    const question = page.getByRole('alert').filter({ hasText: '确定撤回「企业开办一件事」的申请吗？' });
    await question.waitFor();
    await page.getByLabel('撤回原因（可不填）').fill('经营地址还没有确定');
    await visit(page, 'withdraw-confirm');
    await question.getByRole('button', { name: '确定撤回' }).click();
    await page.getByTestId('withdrawn-notice').waitFor();
    expect(await page.getByTestId('application-status').textContent()).toBe('已撤回');
    expect(await page.getByTestId('withdrawn-notice').textContent()).toContain('各部门已停止办理');
    expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    expect(await page.locator('table.timeline').textContent()).toContain('申请人撤回申请（原因：经营地址还没有确定）');
    await visit(page, 'withdrawn-application');
  });

  it('offers 催办 once the matter passes its warning point, then says when it may be used again; the officer sees 群众已催办', async () => {
    const id = await submit('browser-remind');
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${id}`);
    // The matters table (the one with the 催办 column), the registration's row.
    const row = page.locator('table').filter({ has: page.getByRole('columnheader', { name: '催办' }) }).getByRole('row').filter({ hasText: '企业设立登记' });
    await row.getByTestId('remind-later').waitFor();
    expect(await row.getByTestId('remind-later').textContent()).toContain('起可催办');
    expect(await row.getByRole('button', { name: '催办「企业设立登记」' }).count()).toBe(0);

    // Tuesday 10:00: the warning point (the end of Monday) has passed.
    expect((await api.post('/api/test/clock', { advanceMs: 25 * 3_600_000 })).status).toBe(200);
    await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '赵敏' }); // tokens last 12 hours of the server's clock
    await page.goto(`${server.url}/applications/${id}`);
    await row.getByRole('button', { name: '催办「企业设立登记」' }).click();
    await row.getByTestId('remind-later').waitFor();
    expect(await row.textContent()).toContain('已于');
    expect(await row.textContent()).toContain('起可催办');
    await visit(page, 'reminded-application');

    await signIn(officer.page, server.url, { role: '部门工作人员', name: '市场监管窗口', department: '市场监督管理局', region: '云南省' });
    await officer.page.goto(`${server.url}/workbench`);
    const task = officer.page.getByRole('row').filter({ hasText: id.slice(0, 8).toUpperCase() });
    await task.getByTestId('reminded').waitFor();
    expect(await task.getByTestId('reminded').textContent()).toContain('群众已催办');
    await visit(officer.page, 'reminded-inbox');
  });
});
