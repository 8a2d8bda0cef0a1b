// Fills an rjsf form the way a person does (typing, choosing options, ticking, picking a place province
// → city → district, a year and a month), guided by the form's JSON Schema to find each input by the id
// rjsf gives it (root_<path>) and the option of a value.
import type { Page } from 'playwright-core';

type Schema = Record<string, unknown>;

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** Where a value sits among a field's options (enum or oneOf const; true/false for yes/no). */
function optionIndex(schema: Schema, value: unknown): number {
  if (typeof value === 'boolean' && schema['type'] === 'boolean') return value ? 0 : 1;
  if (Array.isArray(schema['enum'])) return schema['enum'].indexOf(value);
  if (Array.isArray(schema['oneOf'])) return (schema['oneOf'] as Schema[]).findIndex((o) => o['const'] === value);
  return -1;
}

const LEVEL_IDS = ['', '-city', '-district', '-street'];

/**
 * Picks a place in the division picker of field `id` as a person does, one select after the other
 * (a level with one option is chosen by the picker itself): 410105 → 河南省, 郑州市, 金水区.
 */
async function pickDivision(page: Page, id: string, code: string): Promise<void> {
  const levels = [code.slice(0, 2), code.slice(2, 4) === '00' ? '' : code.slice(0, 4), code.slice(0, 6), code.length === 9 ? code : ''];
  const select = byId(page, id);
  await select.locator(`option[value="${levels[0]}"]`).waitFor({ state: 'attached' }); // the data is loaded on first use
  for (let i = 0; i < LEVEL_IDS.length; i++) {
    const option = levels[i];
    const level = byId(page, `${id}${LEVEL_IDS[i] ?? ''}`);
    if (!option || (await level.count()) === 0) break;
    if ((await level.inputValue()) !== option) await level.selectOption(option);
  }
}

async function fillField(page: Page, schema: Schema, value: unknown, id: string): Promise<void> {
  if ((schema['format'] === 'cn-division-code' || schema['format'] === 'cn-township-code') && typeof value === 'string') return pickDivision(page, id, value);
  if (schema['format'] === 'year-month' && typeof value === 'string') {
    await byId(page, id).selectOption(value.slice(0, 4));
    await byId(page, `${id}-month`).selectOption(value.slice(5, 7));
    return;
  }
  const input = byId(page, id);
  const tag = (await input.count()) === 0 ? '' : await input.evaluate((element) => element.tagName.toLowerCase());
  if (!['input', 'select', 'textarea'].includes(tag)) {
    // a radio group: one input per option, id-<index>
    const index = optionIndex(schema, value);
    if (index < 0) throw new Error(`no option for ${JSON.stringify(value)} at ${id}`);
    await byId(page, `${id}-${index}`).check();
    return;
  }
  const type = await input.getAttribute('type');
  if (tag === 'select') {
    await input.selectOption(String(optionIndex(schema, value)));
  } else if (type === 'checkbox') {
    await input.setChecked(value === true);
  } else {
    await input.fill(String(value));
  }
}

/** Fills every value of `value` into the form at `id` (objects by property, lists item by item). */
export async function fillValue(page: Page, schema: Schema, value: unknown, id = 'root'): Promise<void> {
  if (schema['type'] === 'array' && Array.isArray(value)) {
    const items = schema['items'] as Schema;
    for (let i = 0; i < value.length; i++) {
      if ((await byId(page, `${id}_${i}`).count()) === 0) await byId(page, id).getByRole('button', { name: /^(添加一项|Add an item)$/ }).last().click();
      await fillValue(page, items, value[i], `${id}_${i}`);
    }
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key];
      if (!childSchema) throw new Error(`the form has no field ${id}_${key}`);
      await fillValue(page, childSchema, child, `${id}_${key}`);
    }
    return;
  }
  await fillField(page, schema, value, id);
}
