// A ValueSpec as a JSON Schema for react-jsonschema-form and ajv, with a label; option labels for the uiSchema.
// Annotations the validation messages read whatever the language of the schema: x-example (a valid
// value), x-description ({zh, en}: the field's description) and, on division codes, x-division-level.
import type { Option } from '@onego/schemas/types';
import { inLang, type Lang } from '../i18n/lang.ts';
import type { ValueSpec } from './valueSpec.ts';

export type JsonSchema = Record<string, unknown>;

/** The format a division code field validates with: a township (street) code has 9 digits. */
const formatOf = (spec: ValueSpec) => (spec.format === 'cn-division-code' && spec.divisionLevel === 'street' ? 'cn-township-code' : spec.format);

export function valueSchema(spec: ValueSpec, title: string): JsonSchema {
  const schema: JsonSchema = { type: spec.type, title };
  const format = formatOf(spec);
  if (format) schema['format'] = format;
  if (spec.patterns.length === 1) schema['pattern'] = spec.patterns[0];
  if (spec.patterns.length > 1) schema['allOf'] = spec.patterns.map((pattern) => ({ pattern }));
  if (spec.minLength !== undefined) schema['minLength'] = spec.minLength;
  if (spec.maxLength !== undefined) schema['maxLength'] = spec.maxLength;
  if (spec.minimum !== undefined) schema['minimum'] = spec.minimum;
  if (spec.maximum !== undefined) schema['maximum'] = spec.maximum;
  // A plain enum validates in one step; labels go to the uiSchema (ui:enumNames), see enumNames().
  if (spec.enum) schema['enum'] = spec.enum;
  if (spec.divisionLevel !== undefined && spec.format === 'cn-division-code') schema['x-division-level'] = spec.divisionLevel;
  if (spec.example !== undefined && !spec.enum) schema['x-example'] = spec.example;
  if (spec.description) schema['x-description'] = spec.description;
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
