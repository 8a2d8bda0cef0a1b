// Fills an rjsf form the way a person does (typing, choosing options, ticking), guided by the form's
// JSON Schema to find each input by the id rjsf gives it (root_<path>) and the option of a value.
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

async function fillField(page: Page, schema: Schema, value: unknown, id: string): Promise<void> {
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
      if ((await byId(page, `${id}_${i}`).count()) === 0) await page.locator('.rjsf-array-item-add button, button.btn-add, .array-item-add button').last().click();
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
