// The form widgets a citizen meets, in a real browser against a real runtime: a time typed as HH:MM
// (a wrong time gets plain words with an example, never a pattern), a place picked province → city →
// district or found by typing "金水" — with the keyboard alone, its data loaded only when the form needs
// it — whole numbers without a spinner, a year and month chosen from lists, an amount in yuan; the
// summary and the officer's task show the place by name. Every page passes axe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type Sample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, tabTo, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { fillSection, signIn, stepHeading } from './support/people.ts';

type Json = Record<string, unknown>;

const newborn = newbornSample('valid-single-birth');
const startup = JSON.parse(readFileSync('examples/business-startup/samples/valid-llc-with-employees.json', 'utf8')) as Sample;

let server: ServerProcess;
let api: ReturnType<typeof client>;
let citizen: Person;
const divisionRequests: string[] = [];

/** The merged form of a bundle for a sample's answers, as the API previews it. */
async function formOf(bundle: string, answers: Json): Promise<{ properties: Record<string, Json> }> {
  return (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>(`/api/bundles/${bundle}/preview`, { answers })).body.form.schema;
}

/** Signs in, answers the scenario questions and opens the form's first section. */
async function startApplying(bundle: string, answers: Json): Promise<void> {
  const { page } = citizen;
  await page.goto(`${server.url}/bundles/${bundle}/apply`);
  await stepHeading(page, '选择情形');
  const questions = (await api.get<{ definition: { bundle: { questions: Json } } }>(`/api/bundles/${bundle}`)).body.definition.bundle.questions;
  await fillValue(page, questions, answers);
  await page.getByRole('button', { name: '下一步' }).click();
  await stepHeading(page, '一次告知');
  await page.getByRole('button', { name: '开始填表' }).click();
}

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
  citizen = await openBrowser();
  citizen.page.on('request', (request) => {
    if (/\/assets\/(tree|streets-\d\d)-/.test(request.url())) divisionRequests.push(request.url());
  });
  await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '周小禾' });
}, 90_000);

afterAll(async () => {
  await citizen?.close();
  await server?.stop();
});

describe('a citizen fills a time, a place, a year and month and an amount through their widgets', { timeout: 180_000 }, () => {
  it('loads the places only when a form asks for one', async () => {
    expect(divisionRequests).toEqual([]);
    await startApplying('henan-newborn', newborn.answers);
    const form = await formOf('henan-newborn', newborn.answers);
    for (const key of ['applicant', 'mother', 'father', 'marriage'].filter((k) => k in form.properties)) await fillSection(citizen.page, form.properties[key] as Json, newborn.data[key]);
    await stepHeading(citizen.page, '新生儿');
    await expect.poll(() => divisionRequests.filter((url) => url.includes('/tree-')).length).toBe(1);
    expect(divisionRequests.filter((url) => url.includes('/streets-'))).toEqual([]); // no field here asks for a township
  });

  it('reads the hint before typing, and gets plain words with an example for a wrong time', async () => {
    const { page } = citizen;
    const child = (newborn.data['child'] as Json[])[0] ?? {};
    const form = await formOf('henan-newborn', newborn.answers);
    const childItem = ((form.properties['child'] as Json)['items'] ?? {}) as Json;
    const rest = Object.fromEntries(Object.entries(child).filter(([key]) => key !== 'birthTime' && key !== 'birthPlace'));
    await fillValue(page, childItem, rest, 'root_0');
    const time = page.locator('[id="root_0_birthTime"]');
    expect(await page.locator('[id="root_0_birthTime__description"]').innerText()).toBe('24 小时制，如 08:30');
    expect(await time.getAttribute('inputmode')).toBe('numeric');
    await time.fill('25:10');
    const weight = page.locator('[id="root_0_weightGrams"]');
    expect([await weight.getAttribute('type'), await weight.getAttribute('inputmode')]).toEqual(['text', 'numeric']); // no spinner
    expect(await page.locator('[id="root_0_weightGrams__description"]').innerText()).toBe('填写 300 到 8000 之间的整数');
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '请修改以下' });
    await summary.waitFor();
    const message = await page.locator('[id="root_0_birthTime__error"]').innerText();
    expect(message).toBe('请按 08:30 的格式填写时间（24 小时制）');
    expect(await summary.innerText()).not.toMatch(/[\^$[\]{}\\]|integer|string|应当|模式/);
    await visit(page, 'widgets-time-error');
    // the usual ways of writing a time are tidied on leaving the box
    await time.fill('926');
    await time.press('Tab');
    await expect.poll(() => time.inputValue()).toBe('09:26');
    await expect.poll(() => page.locator('[id="root_0_birthTime__error"]').count()).toBe(0);
  });

  it('finds 郑州市金水区 by typing 金水 and Enter, with the keyboard alone', async () => {
    const { page } = citizen;
    const search = page.locator('[id="root_0_birthPlace-search"]');
    await tabTo(page, search);
    expect(await page.getByLabel('查找地区').count()).toBeGreaterThan(0);
    await page.keyboard.type('金水');
    await page.getByRole('button', { name: '河南省 郑州市 金水区' }).waitFor();
    await page.keyboard.press('Enter'); // picks the first place found, does not submit the form
    await expect.poll(() => page.locator('[id="root_0_birthPlace-district"]').inputValue()).toBe('410105');
    expect(await page.locator('[id="root_0_birthPlace"]').inputValue()).toBe('41');
    expect(await page.locator('[id="root_0_birthPlace-city"]').inputValue()).toBe('4101');
    expect(await page.getByRole('heading', { level: 2, name: '新生儿', exact: true }).count()).toBe(1); // still on this step
    // each select is named by the field and its level, for a screen reader
    expect(await page.getByRole('combobox', { name: '出生地 区县' }).count()).toBe(1);
    // and changed back with the arrow keys on the selects, as any select
    await page.locator('[id="root_0_birthPlace-district"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('[id="root_0_birthPlace-district"]').inputValue()).not.toBe('410105');
    await page.locator('[id="root_0_birthPlace-district"]').selectOption('410105');
    await visit(page, 'widgets-division-picker');
  });

  it('shows the place by name on the summary', async () => {
    const { page } = citizen;
    await page.getByRole('button', { name: '下一步' }).click();
    const form = await formOf('henan-newborn', newborn.answers);
    const sections = Object.keys(form.properties);
    for (const key of sections.slice(sections.indexOf('child') + 1)) await fillSection(page, form.properties[key] as Json, newborn.data[key]);
    await stepHeading(page, '上传材料');
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '核对信息');
    const main = page.getByRole('main');
    await main.getByText('河南省 郑州市 金水区', { exact: true }).first().waitFor();
    expect(await main.getByText('410105', { exact: true }).count()).toBe(0);
    expect(await main.getByText('09:26', { exact: true }).count()).toBe(1);
  });

  it('chooses a year and a month from lists, and types an amount in yuan', async () => {
    const { page } = citizen;
    await startApplying('business-startup', startup.answers);
    const form = await formOf('business-startup', startup.answers);
    for (const key of ['applicant', 'enterprise']) await fillSection(page, form.properties[key] as Json, startup.data[key]);
    // employees: the monthly wage is an amount, right-aligned, in yuan, two decimals once left
    await stepHeading(page, String(form.properties['employee']?.['title']));
    await fillValue(page, form.properties['employee'] as Json, startup.data['employee']);
    const wage = page.locator('[id="root_0_monthlyWage"]');
    await wage.fill('6,500.5');
    await wage.press('Tab');
    await expect.poll(() => wage.inputValue()).toBe('6500.50');
    expect(await wage.evaluate((element) => getComputedStyle(element).textAlign)).toBe('right');
    expect(await page.locator('[id="root_0_monthlyWage__description"]').innerText()).toContain('单位：元');
    await visit(page, 'widgets-amount');
    await page.getByRole('button', { name: '下一步' }).click();
    const sections = Object.keys(form.properties);
    for (const key of sections.slice(sections.indexOf('employee') + 1, sections.indexOf('matters'))) await fillSection(page, form.properties[key] as Json, startup.data[key]);
    await stepHeading(page, '各事项专项信息');
    const matters = startup.data['matters'] as Record<string, Json>;
    const others = Object.fromEntries(Object.entries(matters).filter(([key]) => key !== 'social-insurance-registration'));
    await fillValue(page, form.properties['matters'] as Json, others);
    // the year and the month with the keyboard: Tab to the year, type it, Tab to the month, type it
    const year = page.locator('[id="root_social-insurance-registration_contributionStartMonth"]');
    await tabTo(page, year);
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('root_social-insurance-registration_contributionStartMonth-month');
    await page.keyboard.type('12');
    await expect.poll(() => page.locator('[id="root_social-insurance-registration_contributionStartMonth-month"]').inputValue()).toBe('12');
    expect(await year.inputValue()).toBe('2026');
    expect(await page.getByRole('combobox', { name: '参保缴费起始年月 月' }).count()).toBe(1);
    await visit(page, 'widgets-year-month');
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '上传材料');
  });

  it('picks down to the township where a matter asks for it (divisionLevel street), loading that province only', async () => {
    const { page } = citizen;
    // a copy of the newborn bundle whose birth certificate asks for the township of birth
    const designer = await api.login('designer', '设计员小王');
    const definition = (await api.get<{ definition: { bundle: Json; matters: (Json & { id: string; form: { fields: Json[] } })[] } }>('/api/bundles/henan-newborn')).body.definition;
    definition.bundle['id'] = 'street-newborn';
    definition.bundle['name'] = { zh: '新生儿出生一件事（到乡镇）', en: 'Newborn, down to the township' };
    const certificate = definition.matters.find((m) => m.id === 'birth-medical-certificate');
    const place = certificate?.form.fields.find((f) => f['element'] === 'child.birthPlace');
    if (!place) throw new Error('the birth certificate asks no birth place');
    place['constraints'] = { divisionLevel: 'street' };
    expect((await api.post('/api/bundles', definition, designer)).status).toBe(201);
    expect((await api.post('/api/bundles/street-newborn/publish', {}, designer)).status).toBe(201);

    await startApplying('street-newborn', newborn.answers);
    const form = await formOf('street-newborn', newborn.answers);
    const childItem = ((form.properties['child'] as Json)['items'] ?? {}) as Json;
    expect((childItem['properties'] as Record<string, Json>)['birthPlace']).toMatchObject({ format: 'cn-township-code', 'x-division-level': 'street' });
    for (const key of ['applicant', 'mother', 'father', 'marriage'].filter((k) => k in form.properties)) await fillSection(page, form.properties[key] as Json, newborn.data[key]);
    await stepHeading(page, '新生儿');
    const child = { ...((newborn.data['child'] as Json[])[0] ?? {}), birthPlace: '410105001' };
    await fillValue(page, childItem, child, 'root_0');
    expect(await page.locator('[id="root_0_birthPlace-street"] option:checked').innerText()).toBe('经八路街道');
    expect(divisionRequests.filter((url) => url.includes('/streets-')).map((url) => /streets-(\d\d)-/.exec(url)?.[1])).toEqual(['41']);
    await visit(page, 'widgets-township');
    await page.getByRole('button', { name: '下一步' }).click();
    const sections = Object.keys(form.properties);
    for (const key of sections.slice(sections.indexOf('child') + 1)) await fillSection(page, form.properties[key] as Json, newborn.data[key]);
    await stepHeading(page, '上传材料');
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '核对信息');
    await page.getByRole('main').getByText('河南省 郑州市 金水区 经八路街道', { exact: true }).waitFor();
  });
});
