// Turns ajv errors into issues a person can act on: a JSON Pointer to the offending value and a
// message in Chinese (default) or English: plain words with an example for the people filling a form
// (plainMessage.ts), ajv's own words for definition authors.
import type { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import { CHINESE_FORMATS } from '../formats/chineseFormats.ts';
import { formatMessage } from '../i18n/formatMessages.ts';
import type { Lang } from '../i18n/lang.ts';
import { fieldSchemaOf, plainMessage } from './plainMessage.ts';

export interface ValidationIssue {
  /** JSON Pointer to the value (for a missing property: where it should be). */
  path: string;
  message: string;
  keyword: string;
}

// Combinator errors only repeat what their branches said; keep the branches.
const NOISE = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

export function pathOf(error: ErrorObject): string {
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty ?? '';
    return `${error.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty ?? '';
    return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return error.instancePath || '/';
}

/** The value a JSON Pointer points at inside `root`, or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return root;
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function messageOf(error: ErrorObject, lang: Lang, root: unknown, schema: unknown): string {
  if (error.keyword === 'required') return lang === 'zh' ? '必填项，请填写' : 'is required';
  if (error.keyword === 'additionalProperties') return lang === 'zh' ? '表单中没有这一项，请删除' : 'is not a field of this form; remove it';
  const field = schema === undefined ? undefined : fieldSchemaOf(schema, error.schemaPath);
  return plainMessage(error, field, lang, valueAt(root, error.instancePath)) ?? error.message ?? error.keyword;
}

/** One ajv error's message for a definition author (ajv's own English, or ajv-i18n's Chinese). */
export function describeAjvError(error: ErrorObject, lang: Lang, root: unknown): string {
  const copy = [{ ...error }];
  if (lang === 'zh') localizeZh(copy);
  const localized = copy[0] as ErrorObject;
  if (localized.keyword === 'format') {
    const format = (localized.params as { format?: string }).format ?? '';
    const value = valueAt(root, localized.instancePath);
    const problem = typeof value === 'string' ? (CHINESE_FORMATS[format]?.problem(value) ?? 'shape') : 'shape';
    const precise = formatMessage(format, problem, lang);
    if (precise) return precise;
  }
  return localized.message ?? localized.keyword;
}

/** Combinator errors that only repeat their branches' errors are left out. */
export function meaningfulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => !NOISE.has(e.keyword) || errors.length === 1);
}

/**
 * Ajv errors → issues in the wanted language, in plain words for the people who fill the form. `root` is
 * the validated value (for precise format messages); `schema`, the schema it was validated against, tells
 * each field's format, example and description (without it, messages say less).
 */
export function toValidationIssues(errors: readonly ErrorObject[] | null | undefined, lang: Lang, root: unknown, schema?: unknown): ValidationIssue[] {
  if (!errors) return [];
  // A value of the wrong format also fails the patterns that narrow it: the format's message says more.
  const formatFailed = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  const copies = meaningfulErrors(errors)
    .filter((e) => e.keyword !== 'pattern' || !formatFailed.has(e.instancePath))
    .map((e) => ({ ...e }));
  if (lang === 'zh') localizeZh(copies);
  const issues = copies.map((error) => ({ path: pathOf(error), message: messageOf(error, lang, root, schema), keyword: error.keyword }));
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
