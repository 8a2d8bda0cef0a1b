// What a service designer sets without JSON, in a real browser against a real runtime, and sees in effect
// for the citizen: in the matter editor, a fee's amount and basis (a wrong amount refused in plain words
// at its place) and an own field of a plain format (邮政编码); in the compose page, how far down the
// place of birth is picked (乡镇/街道) and how many newborns twins take (exactly two: no 添加一项 / 删除).
// The citizen then meets the township select and the two fixed items, and pays the fee set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, visit, type Person } from './support/browser.ts';
import { fillValue } from './support/formFiller.ts';
import { fillSection, signIn, stepHeading, tokenOf } from './support/people.ts';

type Json = Record<string, unknown>;

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: Person;
let citizen: Person;

/** The merged form of the newborn bundle for the answers, as the API previews it. */
async function formOf(answers: Json): Promise<{ properties: Record<string, Json> }> {
  return (await api.post<{ form: { schema: { properties: Record<string, Json> } } }>('/api/bundles/henan-newborn/preview', { answers })).body.form.schema;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_PAYMENT_INTERVAL_MS: '300' });
  api = client(server.url);
  [designer, citizen] = await Promise.all([openBrowser({ width: 1400 }), openBrowser()]);
}, 90_000);

afterAll(async () => {
  await Promise.all([designer?.close(), citizen?.close()]);
  await server?.stop();
});

describe('a designer sets formats, place levels, fees and item counts without JSON; the citizen meets them', { timeout: 240_000 }, () => {
  it('sets the fee of 生育登记 (amount and basis) and adds a postal code field in the matter editor', async () => {
    const { page } = designer;
    await signIn(page, server.url, { role: '服务设计人员', name: '设计员小周' });
    await page.goto(`${server.url}/designer/matters/birth-registration`);
    await page.getByRole('heading', { level: 1, name: '编辑事项' }).waitFor();
    await expect.poll(() => page.getByLabel('事项名称').inputValue()).toBe('生育登记');
    const fee = page.locator('#mx-fee');
    await fee.getByRole('checkbox', { name: '收费' }).check();
    await fee.getByLabel('收费金额（元）').fill('15.555');
    await fee.getByLabel('收费依据').fill('测试用收费依据（非真实收费标准）');
    await fee.getByLabel('收费说明').fill(''); // the free matter's “不收费。” no longer holds
    expect(await fee.getByLabel('收费金额（元）').getAttribute('inputmode')).toBe('decimal');

    await page.getByRole('button', { name: '添加本事项字段' }).click();
    await page.getByRole('group', { name: '本事项字段“未命名字段”' }).getByLabel('字段名称').fill('通信地址邮编');
    const field = page.getByRole('group', { name: '本事项字段“通信地址邮编”' });
    await field.getByLabel('英文名称').fill('Postal code');
    await field.getByLabel('字段类型').selectOption({ label: '邮政编码' });

    // a wrong amount: refused in plain words, naming the fee amount; its link leads to the amount
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('alert').filter({ hasText: '暂不能发布' }).waitFor();
    const problem = page.locator('.issue-list li', { hasText: '收费金额' });
    const text = await problem.innerText();
    expect(text).toContain('收费金额应为以元为单位、大于 0 的金额，最多两位小数');
    expect(text).not.toMatch(/[\^$\\]|\/fee|pattern|应当匹配/);
    await visit(page, 'controls-fee-problem');
    await problem.getByRole('button', { name: /去修改/ }).click();
    const amount = fee.getByLabel('收费金额（元）');
    await expect.poll(() => amount.evaluate((element) => element === document.activeElement)).toBe(true);
    await amount.fill('15.50');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '“生育登记”已发布第 2 版。' }).waitFor();
    await visit(page, 'controls-fee-published');

    const saved = (await api.get<{ version: number; definition: { fee: Json; form: { fields: Json[] } } }>('/api/matters/birth-registration', await tokenOf(page))).body;
    expect(saved.version).toBe(2);
    expect(saved.definition.fee).toEqual({ charged: true, amount: '15.50', basis: { zh: '测试用收费依据（非真实收费标准）' } });
    expect(saved.definition.form.fields.at(-1)).toMatchObject({ label: { zh: '通信地址邮编', en: 'Postal code' }, type: 'string', format: 'cn-postal-code' });
  });

  it('moves the bundle to that version, picks the place of birth down to the township and fixes twins at two', async () => {
    const { page } = designer;
    await page.goto(`${server.url}/designer/compose?from=henan-newborn`);
    await page.getByRole('heading', { name: /已选事项/ }).waitFor();
    await page.getByRole('button', { name: '“生育登记”改用事项库第 2 版' }).click();

    // 出生医学证明签发's place of birth: from the district (the default) down to the township
    const certificate = page.locator('li.matter-card', { has: page.getByRole('heading', { name: /出生医学证明签发/ }) });
    await certificate.locator('details.fields-editor > summary').click();
    const place = certificate.getByRole('group', { name: '数据元字段：出生地' });
    const level = place.getByLabel('选到哪一级');
    expect(await level.inputValue()).toBe('district');
    await level.selectOption({ label: '乡镇（街道）' });

    // the example's two limits, as rules and counts; twins: at least two, now also at most two
    const limits = page.locator('section', { has: page.getByRole('heading', { name: '重复填写的项目数（选填）' }) });
    const twins = limits.getByRole('group', { name: '限制 2：“新生儿”的项目数' });
    expect(await twins.getByRole('group', { name: '规则 1' }).getByLabel('取值').locator('option:checked').innerText()).toBe('是');
    expect(await twins.getByLabel('“新生儿”至少填几项').inputValue()).toBe('2');
    expect(await twins.getByLabel('“新生儿”最多填几项').inputValue()).toBe('');
    // the fewest above the most is said at once, naming the section
    await twins.getByLabel('“新生儿”最多填几项').fill('1');
    await twins.getByRole('alert').filter({ hasText: '“新生儿”至少 2 项，却最多 1 项，申请人无法填写。' }).waitFor();
    await twins.getByLabel('“新生儿”最多填几项').fill('2');
    await expect.poll(() => twins.getByRole('alert').count()).toBe(0);
    await visit(page, 'controls-compose');

    await page.getByRole('status').filter({ hasText: '定义检查通过，没有问题。' }).waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已发布第 2 版。' }).waitFor();

    const definition = (await api.get<{ definition: { bundle: { repeatLimits: Json[] }; matters: { id: string; version: string; form: { fields: Json[] } }[] } }>('/api/bundles/henan-newborn')).body.definition;
    expect(definition.bundle.repeatLimits[1]).toEqual({ entity: 'child', condition: { properties: { multipleBirth: { const: true } }, required: ['multipleBirth'] }, minItems: 2, maxItems: 2 });
    const birthPlace = definition.matters.find((m) => m.id === 'birth-medical-certificate')?.form.fields.find((f) => f['element'] === 'child.birthPlace');
    expect(birthPlace).toMatchObject({ constraints: { divisionLevel: 'street' } });
    expect(definition.matters.find((m) => m.id === 'birth-registration')?.form.fields.at(-1)).toMatchObject({ format: 'cn-postal-code' });
  });

  it('twins: the citizen fills exactly two newborns, each place of birth picked down to the township', async () => {
    const { page } = citizen;
    const twins = newbornSample('valid-twins');
    await signIn(page, server.url, { role: '群众（申请人）', name: '陈思雨' });
    await page.goto(`${server.url}/bundles/henan-newborn/apply`);
    await stepHeading(page, '选择情形');
    const questions = (await api.get<{ definition: { bundle: { questions: Json } } }>('/api/bundles/henan-newborn')).body.definition.bundle.questions;
    await fillValue(page, questions, twins.answers);
    await page.getByRole('button', { name: '下一步' }).click();
    await stepHeading(page, '一次告知');
    await page.getByRole('button', { name: '开始填表' }).click();
    const form = await formOf(twins.answers);
    for (const key of ['applicant', 'mother', 'father', 'marriage'].filter((k) => k in form.properties)) await fillSection(page, form.properties[key] as Json, twins.data[key]);
    await stepHeading(page, '新生儿');
    expect(form.properties['child']).toMatchObject({ minItems: 2, maxItems: 2 });
    await page.locator('[id="root_1_birthPlace-street"]').waitFor();
    expect(await page.locator('[id="root_0_birthPlace-street"]').count()).toBe(1);
    expect(await page.getByRole('main').getByRole('button', { name: /^(添加一项|删除)$/ }).count()).toBe(0);
    await visit(page, 'controls-twins');
  });

  it('a single birth registered: the postal code is checked in plain words, and the fee set is due', async () => {
    const single = newbornSample('valid-single-birth');
    await signIn(citizen.page, server.url, { role: '群众（申请人）', name: '李明轩' });
    const token = await tokenOf(citizen.page);
    const children = (single.data['child'] as Json[]).map((child) => ({ ...child, birthPlace: '410105001' }));
    const matters = (single.data['matters'] ?? {}) as Record<string, Json>;
    const postalCodeId = String((await api.get<{ definition: { form: { fields: Json[] } } }>('/api/matters/birth-registration', await api.login('designer', '设计员小王'))).body.definition.form.fields.at(-1)?.['id']);
    const withCode = (code: string) => ({ ...single.data, child: children, matters: { ...matters, 'birth-registration': { ...matters['birth-registration'], [postalCodeId]: code } } });

    const refused = await api.post<{ code: string; errors?: { message: string }[] }>('/api/applications', { bundleId: 'henan-newborn', answers: single.answers, data: withCode('4500') }, token, { 'idempotency-key': 'controls-bad-code' });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('请填写 6 位数字的邮政编码，如 450000');
    expect(JSON.stringify(refused.body)).not.toMatch(/应当匹配|pattern|\^\[/);

    const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', answers: single.answers, data: withCode('450000') }, token, { 'idempotency-key': 'controls-fee' });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const { page } = citizen;
    await page.goto(`${server.url}/applications/${submitted.body.id}`);
    const row = page.getByTestId('payments').getByRole('row').filter({ hasText: '生育登记' });
    await row.getByRole('link', { name: /^去缴费：生育登记，¥15\.50/ }).waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('测试用收费依据（非真实收费标准）');
    await visit(page, 'controls-fee-due');
  });
});
