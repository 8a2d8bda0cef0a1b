// A ValueSpec as a JSON Schema for react-jsonschema-form and ajv, with a label; option labels for the uiSchema.
import type { Option } from '@onego/schemas/types';
import { inLang, type Lang } from '../i18n/lang.ts';
import type { ValueSpec } from './valueSpec.ts';

export type JsonSchema = Record<string, unknown>;

export function valueSchema(spec: ValueSpec, title: string): JsonSchema {
  const schema: JsonSchema = { type: spec.type, title };
  if (spec.format) schema['format'] = spec.format;
  if (spec.patterns.length === 1) schema['pattern'] = spec.patterns[0];
  if (spec.patterns.length > 1) schema['allOf'] = spec.patterns.map((pattern) => ({ pattern }));
  if (spec.minLength !== undefined) schema['minLength'] = spec.minLength;
  if (spec.maxLength !== undefined) schema['maxLength'] = spec.maxLength;
  if (spec.minimum !== undefined) schema['minimum'] = spec.minimum;
  if (spec.maximum !== undefined) schema['maximum'] = spec.maximum;
  // A plain enum validates in one step; labels go to the uiSchema (ui:enumNames), see enumNames().
  if (spec.enum) schema['enum'] = spec.enum;
  return schema;
}

/** Labels of a spec's allowed values, in order, for react-jsonschema-form's ui:enumNames. */
export function enumNames(spec: ValueSpec, lang: Lang, options?: Option[]): string[] | undefined {
  if (!spec.enum || !options) return undefined;
  return spec.enum.map((value) => {
    const option = options.find((o) => o.value === value);
    return option ? inLang(option.label, lang) : String(value);
  });
}
