// Working with the JSON Schemas the runtime and the engine produce: the merged form's sections,
// English titles of scenario questions, what rjsf is given, titles and labels along a JSON Pointer,
// and data trimmed to what a form asks for.
import type { Lang } from '@onego/engine';

export type Schema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const propertiesOf = (schema: Schema | undefined): Record<string, Schema> => (isObject(schema?.['properties']) ? (schema['properties'] as Record<string, Schema>) : {});

/** Property names in the uiSchema's ui:order (when given), else in schema order. */
export function orderedKeys(schema: Schema | undefined, uiSchema: UiSchema | undefined): string[] {
  const keys = Object.keys(propertiesOf(schema));
  const order = uiSchema?.['ui:order'];
  if (!Array.isArray(order)) return keys;
  const listed = order.filter((k): k is string => typeof k === 'string' && keys.includes(k));
  return [...listed, ...keys.filter((k) => !listed.includes(k))];
}

/** The sections of a merged form: its top-level properties (applicant, mother, child, …, matters). */
export const sectionsOf = (formSchema: Schema, uiSchema: UiSchema): string[] => orderedKeys(formSchema, uiSchema);

/**
 * A definition's schema (scenario questions) in the reader's language: definitions carry English in
 * `x-en: {title, description}` beside the Chinese title and description.
 */
export function localizeSchema<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((v: unknown) => localizeSchema(v, lang)) as T;
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (key !== 'x-en') out[key] = localizeSchema(child, lang);
  const english = value['x-en'];
  if (lang === 'en' && isObject(english)) {
    if (typeof english['title'] === 'string') out['title'] = english['title'];
    if (typeof english['description'] === 'string') out['description'] = english['description'];
  }
  return out as T;
}

/** The schema as rjsf gets it: without $schema (the engine validates; rjsf only renders). */
export function forRjsf(schema: Schema): Schema {
  const copy = { ...schema };
  delete copy['$schema'];
  return copy;
}

/**
 * The uiSchema of one section, with arrays made plain lists (no reordering or copying) and yes/no
 * questions and short option lists as radio buttons, which read and operate better than a checkbox or
 * a drop-down for most people.
 */
export function friendlyUiSchema(schema: Schema, uiSchema: UiSchema | undefined): UiSchema {
  const ui: UiSchema = { ...(uiSchema ?? {}) };
  const type = schema['type'];
  if (type === 'array' && isObject(schema['items'])) {
    ui['ui:options'] = { orderable: false, copyable: false, ...(isObject(ui['ui:options']) ? ui['ui:options'] : {}) };
    ui['items'] = friendlyUiSchema(schema['items'], isObject(ui['items']) ? ui['items'] : undefined);
  } else if (type === 'object' || isObject(schema['properties'])) {
    for (const [key, child] of Object.entries(propertiesOf(schema))) ui[key] = friendlyUiSchema(child, isObject(ui[key]) ? ui[key] : undefined);
  } else if (ui['ui:widget'] === undefined) {
    const options = Array.isArray(schema['enum']) ? schema['enum'].length : Array.isArray(schema['oneOf']) ? schema['oneOf'].length : 0;
    if (type === 'boolean' || (options > 0 && options <= 4)) ui['ui:widget'] = 'radio';
  }
  return ui;
}

export const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The segments of a JSON Pointer below a prefix ('/data/child/0/name' below '/data' → ['child', '0', 'name']), or null. */
export function segmentsBelow(pointer: string, prefix: string): string[] | null {
  if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) return null;
  return pointer.slice(prefix.length).split('/').filter(Boolean).map(unescapePointer);
}

/** The subschema and uiSchema at a path of property names and array indexes. */
export function schemaAt(schema: Schema, uiSchema: UiSchema | undefined, segments: string[]): { schema: Schema | undefined; uiSchema: UiSchema | undefined } {
  let current: Schema | undefined = schema;
  let ui: UiSchema | undefined = uiSchema;
  for (const segment of segments) {
    if (!current) break;
    if (current['type'] === 'array') {
      current = isObject(current['items']) ? current['items'] : undefined;
      ui = isObject(ui?.['items']) ? ui['items'] : undefined;
    } else {
      current = propertiesOf(current)[segment];
      ui = isObject(ui?.[segment]) ? (ui[segment]) : undefined;
    }
  }
  return { schema: current, uiSchema: ui };
}

/** A readable name for the field at a path: the titles along it, with item numbers for list items. */
export function labelAt(schema: Schema, segments: string[], itemLabel: (n: number) => string): string {
  const parts: string[] = [];
  let current: Schema | undefined = schema;
  for (const segment of segments) {
    if (!current) break;
    if (current['type'] === 'array') {
      current = isObject(current['items']) ? current['items'] : undefined;
      parts.push(itemLabel(Number(segment) + 1));
    } else {
      current = propertiesOf(current)[segment];
      if (typeof current?.['title'] === 'string') parts.push(current['title']);
    }
  }
  return parts.filter(Boolean).join(' · ') || segments.join('/');
}

/** How a value of a field reads: option labels for codes, 是/否 for booleans. */
export function valueLabel(schema: Schema | undefined, uiSchema: UiSchema | undefined, value: unknown, yesNo: [string, string]): string {
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (schema && Array.isArray(schema['enum'])) {
    const index = schema['enum'].indexOf(value);
    const names = uiSchema?.['ui:enumNames'];
    if (index >= 0 && Array.isArray(names) && typeof names[index] === 'string') return names[index];
  }
  if (schema && Array.isArray(schema['oneOf'])) {
    const option = (schema['oneOf'] as unknown[]).find((o) => isObject(o) && o['const'] === value);
    if (isObject(option) && typeof option['title'] === 'string') return option['title'];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** The data without what the form no longer asks for (a section or matter left out by changed answers). */
export function pruneToSchema(value: unknown, schema: Schema | undefined): unknown {
  if (!schema) return value;
  if (Array.isArray(value)) return schema['type'] === 'array' && isObject(schema['items']) ? value.map((v) => pruneToSchema(v, schema['items'] as Schema)) : value;
  if (!isObject(value) || !isObject(schema['properties'])) return value;
  const properties = propertiesOf(schema);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (key in properties && child !== undefined) out[key] = pruneToSchema(child, properties[key]);
  return out;
}
