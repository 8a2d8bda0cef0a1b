// The JSON Schema of the application data one matter needs: its bound fields grouped by entity
// (an array of objects for repeatable entities) and its own fields under matters.<matterId>.
import type { BoundField, GroupField, Matter, OwnField } from '@onego/schemas/types';
import { splitElementId, type DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import { narrow, specOf } from './valueSpec.ts';
import { valueSchema, type JsonSchema } from './valueSchema.ts';

export const MATTERS_KEY = 'matters';

interface ObjectShape {
  properties: Record<string, JsonSchema>;
  required: string[];
}

const isBound = (field: Matter['form']['fields'][number]): field is BoundField => 'element' in field;
const isGroup = (field: Matter['form']['fields'][number]): field is GroupField => 'type' in field && field.type === 'group';

function ownFieldSchema(field: OwnField, lang: Lang): JsonSchema {
  return valueSchema(specOf(field), inLang(field.label, lang));
}

function objectSchema(title: string, shape: ObjectShape): JsonSchema {
  const schema: JsonSchema = { type: 'object', title, properties: shape.properties };
  if (shape.required.length > 0) schema['required'] = shape.required;
  return schema;
}

/** Schema of the data a matter needs. Unknown elements are skipped (definition checks report them). */
export function matterFormSchema(matter: Matter, dictionary: DictionaryIndex, lang: Lang = 'zh'): JsonSchema {
  const entities = new Map<string, ObjectShape>();
  const own: ObjectShape = { properties: {}, required: [] };

  for (const field of matter.form.fields) {
    if (isBound(field)) {
      const element = dictionary.elements.get(field.element);
      if (!element) continue;
      const [entityId, name] = splitElementId(field.element);
      const shape = entities.get(entityId) ?? { properties: {}, required: [] };
      entities.set(entityId, shape);
      const spec = narrow(specOf(element), field.constraints);
      shape.properties[name] = valueSchema(spec, inLang(element.label, lang));
      if (field.required) shape.required.push(name);
    } else if (isGroup(field)) {
      const item: ObjectShape = { properties: {}, required: [] };
      for (const sub of field.fields) {
        item.properties[sub.id] = ownFieldSchema(sub, lang);
        if (sub.required) item.required.push(sub.id);
      }
      const group: JsonSchema = { type: 'array', title: inLang(field.label, lang), items: objectSchema(inLang(field.label, lang), item) };
      if (field.minItems !== undefined) group['minItems'] = field.minItems;
      if (field.maxItems !== undefined) group['maxItems'] = field.maxItems;
      own.properties[field.id] = group;
      if (field.required) own.required.push(field.id);
    } else {
      own.properties[field.id] = ownFieldSchema(field, lang);
      if (field.required) own.required.push(field.id);
    }
  }

  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const ordered = [...entities.keys()].sort(
    (a, b) => (dictionary.entities.get(a)?.order ?? 1000) - (dictionary.entities.get(b)?.order ?? 1000),
  );
  for (const entityId of ordered) {
    const shape = entities.get(entityId) as ObjectShape;
    const entity = dictionary.entities.get(entityId);
    const title = entity ? inLang(entity.label, lang) : entityId;
    if (entity?.repeatable) {
      const counts = matter.form.repeat?.[entityId];
      const minItems = counts?.minItems ?? (shape.required.length > 0 ? 1 : 0);
      const list: JsonSchema = { type: 'array', title, items: objectSchema(title, shape), minItems };
      if (counts?.maxItems !== undefined) list['maxItems'] = counts.maxItems;
      properties[entityId] = list;
      if (minItems > 0) required.push(entityId);
    } else {
      properties[entityId] = objectSchema(title, shape);
      if (shape.required.length > 0) required.push(entityId);
    }
  }
  if (Object.keys(own.properties).length > 0) {
    properties[MATTERS_KEY] = {
      type: 'object',
      properties: { [matter.id]: objectSchema(inLang(matter.name, lang), own) },
      ...(own.required.length > 0 ? { required: [matter.id] } : {}),
    };
    if (own.required.length > 0) required.push(MATTERS_KEY);
  }
  const schema: JsonSchema = { type: 'object', title: inLang(matter.name, lang), properties };
  if (required.length > 0) schema['required'] = required;
  return schema;
}
