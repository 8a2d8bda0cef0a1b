// What people do in the web app, step by step through its pages (sign in, apply, decide).
import type { Page } from 'playwright-core';
import { fillValue } from './formFiller.ts';

type Json = Record<string, unknown>;

/**
 * Signs in through the sign-in page (dev login): a citizen with a name, an officer of a department by its
 * name among the departments of its region (河南省's, the newborn example's, unless `region` says another).
 */
export async function signIn(
  page: Page,
  base: string,
  who: { role: '群众（申请人）' | '部门工作人员' | '服务设计人员' | '管理员'; name: string; department?: string; region?: string },
): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('radio', { name: who.role }).check();
  await page.getByLabel('姓名或账号').fill(who.name);
  if (who.department) {
    const select = page.getByLabel('所属部门');
    // A department of that name in one region only is that one; 公安局 of several regions is 河南省's
    // (the newborn example's) unless a region is named.
    const named = (group: string) => select.locator(`${group} > option`).filter({ hasText: new RegExp(`^${who.department}$`) });
    const anywhere = named('optgroup');
    const option = who.region === undefined && (await anywhere.count()) === 1 ? anywhere : named(`optgroup[label="${who.region ?? '河南省'}"]`);
    await select.selectOption((await option.first().getAttribute('value')) ?? '');
  }
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** The session's bearer token, as the page keeps it. */
export async function tokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => sessionStorage.getItem('onego.session'));
  return (JSON.parse(raw ?? '{}') as { token: string }).token;
}

export async function stepHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** Fills one form section from the sample's data and goes on. */
export async function fillSection(page: Page, schema: Json, value: unknown): Promise<void> {
  await stepHeading(page, String(schema['title']));
  await fillValue(page, schema, value);
  await page.getByRole('button', { name: '下一步' }).click();
}

/** The materials step (上传材料) of the apply flow, left as it is: on to the summary. */
export async function skipMaterials(page: Page): Promise<void> {
  await stepHeading(page, '上传材料');
  await page.getByRole('button', { name: '下一步' }).click(); // enabled once the draft that keeps the files is saved
}

/** Opens the inbox, the task of a matter, and decides it; returns the confirmation text. */
export async function approveInWorkbench(page: Page, base: string, matterName: string): Promise<string> {
  await page.goto(`${base}/workbench`);
  await page.getByRole('link', { name: matterName }).click();
  await page.getByRole('heading', { level: 1, name: `办理：${matterName}` }).waitFor();
  await page.getByRole('radio', { name: '通过', exact: true }).check();
  await page.getByRole('button', { name: '提交处理结果' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: '处理结果已提交' });
  await confirmation.waitFor();
  return confirmation.innerText();
}
