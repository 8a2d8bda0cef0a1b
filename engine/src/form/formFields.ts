// The fields a merged form defines, applied to data: which values of the data it does not define (JSON
// Pointers), and the data with only what it defines. Follows the form's schema (properties of objects,
// items of lists), so it never recurses deeper than the form, whatever the data's depth.
import type { JsonSchema } from './valueSchema.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> | undefined {
  const properties = schema['properties'];
  return isObject(properties) ? (properties as Record<string, JsonSchema>) : undefined;
}

/** JSON Pointers (from `prefix`) of the values in `data` that `schema` does not define, at most `max`. */
export function undefinedFields(schema: JsonSchema, data: unknown, prefix = '', max = 20): string[] {
  const found: string[] = [];
  const walk = (node: JsonSchema, value: unknown, at: string) => {
    if (found.length >= max) return;
    const properties = propertiesOf(node);
    if (properties && isObject(value)) {
      for (const [key, inner] of Object.entries(value)) {
        const field = properties[key];
        if (!field) found.push(`${at}/${escape(key)}`);
        else walk(field, inner, `${at}/${escape(key)}`);
        if (found.length >= max) return;
      }
      return;
    }
    const items = node['items'];
    if (isObject(items) && Array.isArray(value)) value.forEach((inner, i) => walk(items, inner, `${at}/${i}`));
  };
  walk(schema, data, prefix);
  return found;
}

/** A copy of `data` with only the values `schema` defines. */
export function withinForm(schema: JsonSchema, data: unknown): unknown {
  const properties = propertiesOf(schema);
  if (properties && isObject(data)) {
    return Object.fromEntries(Object.entries(data).flatMap(([key, inner]) => (properties[key] ? [[key, withinForm(properties[key], inner)]] : [])));
  }
  const items = schema['items'];
  if (isObject(items) && Array.isArray(data)) return data.map((inner) => withinForm(items as JsonSchema, inner));
  return data;
}
