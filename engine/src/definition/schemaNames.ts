// The property names a JSON Schema fragment refers to at one object level, looking through the
// combinators (allOf, anyOf, oneOf, not, if/then/else) that apply to the same object.
import { pointerToken } from './definitionIssue.ts';

export interface NameUse {
  name: string;
  /** JSON Pointer of the use, relative to the fragment. */
  path: string;
  /** The sub-schema applied to the property's value (absent for required/dependentRequired). */
  schema?: unknown;
}

const SAME_LEVEL_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_LEVEL_SINGLES = ['not', 'if', 'then', 'else'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function namesAtLevel(fragment: unknown, base = ''): NameUse[] {
  if (!isObject(fragment)) return [];
  const uses: NameUse[] = [];
  const properties = fragment['properties'];
  if (isObject(properties)) {
    for (const [name, schema] of Object.entries(properties)) {
      uses.push({ name, path: `${base}/properties/${pointerToken(name)}`, schema });
    }
  }
  const required = fragment['required'];
  if (Array.isArray(required)) {
    required.forEach((name, i) => {
      if (typeof name === 'string') uses.push({ name, path: `${base}/required/${i}` });
    });
  }
  const dependentRequired = fragment['dependentRequired'];
  if (isObject(dependentRequired)) {
    for (const [name, list] of Object.entries(dependentRequired)) {
      uses.push({ name, path: `${base}/dependentRequired/${pointerToken(name)}` });
      if (Array.isArray(list)) {
        list.forEach((dep, i) => {
          if (typeof dep === 'string') uses.push({ name: dep, path: `${base}/dependentRequired/${pointerToken(name)}/${i}` });
        });
      }
    }
  }
  for (const key of SAME_LEVEL_LISTS) {
    const list = fragment[key];
    if (Array.isArray(list)) list.forEach((sub, i) => uses.push(...namesAtLevel(sub, `${base}/${key}/${i}`)));
  }
  for (const key of SAME_LEVEL_SINGLES) {
    if (key in fragment) uses.push(...namesAtLevel(fragment[key], `${base}/${key}`));
  }
  return uses;
}

/** The item schemas an array-valued property's fragment applies to its items. */
export function itemSchemas(fragment: unknown, base: string): { schema: unknown; path: string }[] {
  if (!isObject(fragment)) return [];
  const found: { schema: unknown; path: string }[] = [];
  for (const key of ['items', 'contains'] as const) {
    if (key in fragment) found.push({ schema: fragment[key], path: `${base}/${key}` });
  }
  const prefix = fragment['prefixItems'];
  if (Array.isArray(prefix)) prefix.forEach((schema, i) => found.push({ schema, path: `${base}/prefixItems/${i}` }));
  for (const key of SAME_LEVEL_LISTS) {
    const list = fragment[key];
    if (Array.isArray(list)) list.forEach((sub, i) => found.push(...itemSchemas(sub, `${base}/${key}/${i}`)));
  }
  for (const key of SAME_LEVEL_SINGLES) {
    if (key in fragment) found.push(...itemSchemas(fragment[key], `${base}/${key}`));
  }
  return found;
}
