// What people do in the web app, step by step through its pages (sign in, apply, decide).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { RESULT_VALUES } from '../../support/stepResultValues.ts';
import { fillValue } from './formFiller.ts';

type Json = Record<string, unknown>;

/**
 * Signs in through the sign-in page (dev login): a citizen with a name, an officer of a department by its
 * name among the departments of its region (河南省's, the newborn example's, unless `region` says another),
 * with a position (岗位) if given — 科室负责人 may claim every step of its department's matters.
 */
export async function signIn(
  page: Page,
  base: string,
  who: { role: '群众（申请人）' | '部门工作人员' | '服务设计人员' | '管理员'; name: string; department?: string; region?: string; position?: string },
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
  if (who.position) await page.getByLabel('岗位', { exact: true }).selectOption(who.position);
  await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
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

/** What the officers of the newborn example record at its steps, by the field's label (valid values). */
const STEP_RESULTS: Readonly<Record<string, string>> = {
  出生医学证明编号: RESULT_VALUES['child.birthCertificateNumber'] ?? '',
  新生儿公民身份号码: RESULT_VALUES['child.idNumber'] ?? '',
};

/** On a task page of a matter with review steps: 签收 when nobody holds the task, waiting until the page shows a holder. */
export async function claimTask(page: Page): Promise<void> {
  await page.getByTestId('holder').waitFor();
  const claim = page.getByRole('button', { name: '签收', exact: true });
  if ((await page.locator('li[data-step-state]').count()) > 0 && (await claim.isVisible())) {
    await claim.click();
    await page.getByTestId('holder').filter({ hasNotText: '待签收' }).waitFor();
  }
}

/** 通过, with the current step's result fields (those shown) filled from STEP_RESULTS. */
export async function chooseApprove(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '通过', exact: true }).check();
  for (const [label, value] of Object.entries(STEP_RESULTS)) {
    const input = page.getByLabel(label, { exact: true });
    if (await input.isVisible()) await input.fill(value);
  }
}

/** Claims and approves the current step of the task page; answers the confirmation text. */
async function approveStep(page: Page): Promise<string> {
  await claimTask(page);
  await chooseApprove(page);
  await page.getByRole('button', { name: '提交处理结果' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: '处理结果已提交' });
  await confirmation.waitFor();
  return confirmation.innerText();
}

async function openTaskPage(page: Page, taskUrl: string): Promise<void> {
  await page.goto(taskUrl);
  await page.getByRole('heading', { level: 1, name: /^办理：/ }).waitFor();
  await page.getByTestId('holder').waitFor();
}

/** Approves every review step of the task at `taskUrl` before its last one (claiming each): it is left at its last step. */
export async function approveStepsBeforeLast(page: Page, taskUrl: string): Promise<void> {
  for (let step = 0; step < 10; step++) {
    await openTaskPage(page, taskUrl);
    if ((await page.locator('li[data-step-state="next"]').count()) === 0) return;
    expect(await approveStep(page)).toContain('处理结果已提交：办理中');
  }
  throw new Error(`${taskUrl} has more than 10 steps`);
}

/**
 * Opens the inbox, the task of a matter, and approves it through its review steps (受理 → 签发 …): at each
 * step 签收 if nobody holds it, 通过 with the step's result fields from STEP_RESULTS; a matter without steps
 * in one approval. The signed-in officer must be able to claim every step (科室负责人 may). Returns the last
 * confirmation text.
 */
export async function approveInWorkbench(page: Page, base: string, matterName: string): Promise<string> {
  await page.goto(`${base}/workbench`);
  await page.getByRole('link', { name: matterName }).click();
  await page.getByRole('heading', { level: 1, name: `办理：${matterName}` }).waitFor();
  const taskUrl = page.url();
  await approveStepsBeforeLast(page, taskUrl);
  return approveStep(page);
}
