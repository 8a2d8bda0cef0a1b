// Client-side validation with the engine: the same merged-form schema and the same ajv set-up
// (OneGo's formats with real check digits) as the runtime's, and the same zh/en messages, so what the
// page says matches what a submission would be told. Issues become rjsf error schemas next to fields.
import { createAjv, toValidationIssues, type Ajv, type Lang, type ValidationIssue } from '@onego/engine';
import type { ErrorSchema } from '@rjsf/utils';
import { segmentsBelow } from './schemaTools.ts';

type Validate = ReturnType<Ajv['compile']>;

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, Validate>();

/** Issues of a value against a schema, their paths under `prefix` (e.g. /data, /answers). */
export function validate(schema: Record<string, unknown>, value: unknown, lang: Lang, prefix: string): ValidationIssue[] {
  ajv ??= createAjv();
  let check = compiled.get(schema);
  if (!check) {
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (check(value)) return [];
  return toValidationIssues(check.errors, lang, value, schema).map((issue) => ({ ...issue, path: issue.path === '/' ? prefix : `${prefix}${issue.path}` }));
}

/** The issues below `prefix`, as rjsf's error schema (errors next to their fields). */
export function errorSchemaOf(issues: readonly { path: string; message: string }[], prefix: string): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    const segments = segmentsBelow(issue.path, prefix);
    if (!segments) continue;
    let node = root;
    for (const segment of segments) node = (node[segment] ??= {}) as Record<string, unknown>;
    const errors = (node['__errors'] ??= []) as string[];
    if (!errors.includes(issue.message)) errors.push(issue.message);
  }
  return root as ErrorSchema;
}

/** The id rjsf gives the input at a path below the form's root (root_child_0_name). */
export const fieldIdOf = (segments: readonly string[]) => ['root', ...segments].join('_');
