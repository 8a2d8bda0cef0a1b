// A ValueSpec as a JSON Schema for react-jsonschema-form and ajv, with a label and labelled options.
import type { Option } from '@onego/schemas/types';
import { inLang, type Lang } from '../i18n/lang.ts';
import type { ValueSpec } from './valueSpec.ts';

export type JsonSchema = Record<string, unknown>;

export function valueSchema(spec: ValueSpec, title: string, lang: Lang, options?: Option[]): JsonSchema {
  const schema: JsonSchema = { type: spec.type, title };
  if (spec.format) schema['format'] = spec.format;
  if (spec.patterns.length === 1) schema['pattern'] = spec.patterns[0];
  if (spec.patterns.length > 1) schema['allOf'] = spec.patterns.map((pattern) => ({ pattern }));
  if (spec.minLength !== undefined) schema['minLength'] = spec.minLength;
  if (spec.maxLength !== undefined) schema['maxLength'] = spec.maxLength;
  if (spec.minimum !== undefined) schema['minimum'] = spec.minimum;
  if (spec.maximum !== undefined) schema['maximum'] = spec.maximum;
  if (spec.enum) {
    const allowed = spec.enum;
    const labelled = options?.filter((o) => allowed.includes(o.value));
    if (labelled && labelled.length === allowed.length) {
      schema['oneOf'] = labelled.map((o) => ({ const: o.value, title: inLang(o.label, lang) }));
    } else {
      schema['enum'] = allowed;
    }
  }
  return schema;
}
