// The JSON Schema of the values a review step's handler records (result fields), built like a form's:
// a bound field takes its data element's type and format (with the field's constraints), an own field its
// own. The object is keyed by result field key (child.idNumber, certificateNumber); nothing else is allowed.
import type { ReviewStep } from '@onego/schemas/types';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { narrow, specOf } from '../form/valueSpec.ts';
import { valueSchema, type JsonSchema } from '../form/valueSchema.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import { resultFieldKey } from './reviewSteps.ts';

/**
 * `partial`: every field optional (what one signer of a countersigned step may record). A bound field whose
 * element the dictionary lacks (or without a dictionary) accepts any value: definition checks report it.
 */
export function stepResultSchema(step: ReviewStep, dictionary: DictionaryIndex | undefined, lang: Lang = 'zh', partial = false): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of step.resultFields ?? []) {
    const key = resultFieldKey(field);
    if ('element' in field) {
      const element = dictionary?.elements.get(field.element);
      properties[key] = element ? valueSchema(narrow(specOf(element), field.constraints), inLang(element.label, lang)) : { title: key };
    } else {
      properties[key] = valueSchema(specOf(field), inLang(field.label, lang));
    }
    if (field.required) required.push(key);
  }
  const schema: JsonSchema = { type: 'object', title: inLang(step.name, lang), properties, additionalProperties: false };
  if (!partial && required.length > 0) schema['required'] = required;
  return schema;
}
