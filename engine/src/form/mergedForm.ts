// 一表申请: one merged form for the matters a bundle includes for given answers. A data element appears
// once however many matters use it, with the intersection of their constraints; an entity is one section
// (the applicant first); each included matter with own fields adds its own section under matters.<id>.
// Constraints with no common value are reported as CONSTRAINT_CONFLICT, never dropped.
import type { Bundle, BundleMatter, DataElement, Matter } from '@onego/schemas/types';
import { issueOf, pointer, type DefinitionIssue } from '../definition/definitionIssue.ts';
import { splitElementId, type DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import { MATTERS_KEY } from './matterFormSchema.ts';
import { fieldHint } from './fieldHint.ts';
import { conflictOf, narrow, specOf, type ValueSpec } from './valueSpec.ts';
import { enumNames, valueSchema, type JsonSchema } from './valueSchema.ts';

export interface MergedField {
  element: DataElement;
  spec: ValueSpec;
  required: boolean;
  /** The included matters that ask for it, in bundle order. */
  matters: string[];
}

export interface MergedEntity {
  id: string;
  repeatable: boolean;
  minItems: number;
  maxItems?: number;
  fields: Map<string, MergedField>;
}

export interface MergedForm {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /** Entities (sections) with their merged fields, in form order. */
  entities: MergedEntity[];
  /** Included matters with own fields, in bundle order. */
  ownSections: { matterId: string; fields: Matter['form']['fields'] }[];
  /** Number of distinct questions the applicant answers (each own or bound field once). */
  fieldCount: number;
  conflicts: DefinitionIssue[];
}

const LONG_TEXT = 200;

/** How a field is shown: its widget where the type says it, and its description with a hint before the input. */
function uiForValue(spec: ValueSpec, lang: Lang, labels: string[] | undefined): Record<string, unknown> {
  const ui: Record<string, unknown> = {};
  if (labels) ui['ui:enumNames'] = labels;
  if (spec.type === 'string' && (spec.maxLength ?? 0) > LONG_TEXT) ui['ui:widget'] = 'textarea';
  if (spec.type === 'boolean') ui['ui:widget'] = 'radio';
  const hint = fieldHint(spec, lang);
  if (hint) ui['ui:description'] = hint;
  return ui;
}

function ownFieldsSchema(fields: Matter['form']['fields'], title: string, lang: Lang): { schema: JsonSchema; ui: Record<string, unknown> } {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const ui: Record<string, unknown> = { 'ui:order': [] as string[] };
  for (const field of fields) {
    if ('element' in field) continue;
    (ui['ui:order'] as string[]).push(field.id);
    if (field.type === 'group') {
      const inner = ownFieldsSchema(field.fields, inLang(field.label, lang), lang);
      const list: JsonSchema = { type: 'array', title: inLang(field.label, lang), items: inner.schema };
      if (field.minItems !== undefined) list['minItems'] = field.minItems;
      if (field.maxItems !== undefined) list['maxItems'] = field.maxItems;
      properties[field.id] = list;
      ui[field.id] = { items: inner.ui };
    } else {
      const spec = specOf(field);
      properties[field.id] = valueSchema(spec, inLang(field.label, lang));
      ui[field.id] = uiForValue(spec, lang, enumNames(spec, lang, field.options));
    }
    if (field.required) required.push(field.id);
  }
  const schema: JsonSchema = { type: 'object', title, properties, additionalProperties: false };
  if (required.length > 0) schema['required'] = required;
  return { schema, ui };
}

function countOwnFields(fields: Matter['form']['fields']): number {
  return fields.reduce((n, f) => n + ('element' in f ? 0 : f.type === 'group' ? f.fields.length : 1), 0);
}

/** A bundle's repeat limit whose condition the answers meet; `index` is its place in `repeatLimits`. */
export interface RepeatLimitInForce {
  entity: string;
  minItems?: number;
  maxItems?: number;
  index: number;
}

/**
 * The merged form for the given included matters (see includedMatters). `bundleFile` names the bundle
 * document in conflict issues.
 */
export function mergedForm(
  bundle: Bundle,
  included: readonly BundleMatter[],
  matters: ReadonlyMap<string, Matter>,
  dictionary: DictionaryIndex,
  lang: Lang = 'zh',
  bundleFile = '',
  repeatLimits: readonly RepeatLimitInForce[] = [],
): MergedForm {
  const conflicts: DefinitionIssue[] = [];
  const entities = new Map<string, MergedEntity>();
  const ownSections: MergedForm['ownSections'] = [];

  for (const entry of included) {
    const matter = matters.get(entry.matter);
    if (!matter) continue;
    const at = pointer('matters', bundle.matters.indexOf(entry), 'matter');
    for (const field of matter.form.fields) {
      if (!('element' in field)) continue;
      const element = dictionary.elements.get(field.element);
      if (!element) continue;
      const [entityId, name] = splitElementId(field.element);
      const entityDef = dictionary.entities.get(entityId);
      const entity: MergedEntity = entities.get(entityId) ?? { id: entityId, repeatable: entityDef?.repeatable ?? false, minItems: 0, fields: new Map<string, MergedField>() };
      entities.set(entityId, entity);
      const merged: MergedField = entity.fields.get(name) ?? { element, spec: specOf(element), required: false, matters: [] };
      const before = conflictOf(merged.spec);
      merged.spec = narrow(merged.spec, field.constraints);
      merged.required ||= field.required === true;
      merged.matters.push(matter.id);
      entity.fields.set(name, merged);
      const conflict = conflictOf(merged.spec);
      if (conflict && !before) {
        conflicts.push(issueOf('CONSTRAINT_CONFLICT', bundleFile, at, {
          id: element.id,
          detail: { zh: `${conflict.zh}（事项：${merged.matters.join('、')}）`, en: `${conflict.en} (matters: ${merged.matters.join(', ')})` },
        }));
      }
    }
    for (const [entityId, counts] of Object.entries(matter.form.repeat ?? {})) {
      const entity = entities.get(entityId);
      if (!entity || !counts) continue;
      entity.minItems = Math.max(entity.minItems, counts.minItems ?? 0);
      if (counts.maxItems !== undefined) entity.maxItems = Math.min(entity.maxItems ?? counts.maxItems, counts.maxItems);
      if (entity.maxItems !== undefined && entity.minItems > entity.maxItems) {
        conflicts.push(issueOf('CONSTRAINT_CONFLICT', bundleFile, at, {
          id: entityId,
          detail: { zh: `条目数下限 ${entity.minItems} 大于上限 ${entity.maxItems}`, en: `at least ${entity.minItems} items but at most ${entity.maxItems}` },
        }));
      }
    }
    if (countOwnFields(matter.form.fields) > 0) ownSections.push({ matterId: matter.id, fields: matter.form.fields });
  }
  // The bundle's counts for these answers (one child for a single birth), on top of the matters'.
  for (const limit of repeatLimits) {
    const entity = entities.get(limit.entity);
    if (!entity?.repeatable) continue;
    entity.minItems = Math.max(entity.minItems, limit.minItems ?? 0);
    if (limit.maxItems !== undefined) entity.maxItems = Math.min(entity.maxItems ?? limit.maxItems, limit.maxItems);
    if (entity.maxItems !== undefined && entity.minItems > entity.maxItems) {
      conflicts.push(issueOf('CONSTRAINT_CONFLICT', bundleFile, pointer('repeatLimits', limit.index), {
        id: limit.entity,
        detail: { zh: `条目数下限 ${entity.minItems} 大于上限 ${entity.maxItems}`, en: `at least ${entity.minItems} items but at most ${entity.maxItems}` },
      }));
    }
  }

  const ordered = [...entities.values()].sort(
    (a, b) => (dictionary.entities.get(a.id)?.order ?? 1000) - (dictionary.entities.get(b.id)?.order ?? 1000),
  );
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const uiSchema: Record<string, unknown> = {};
  let fieldCount = 0;
  for (const entity of ordered) {
    const entityDef = dictionary.entities.get(entity.id);
    const title = entityDef ? inLang(entityDef.label, lang) : entity.id;
    const itemProperties: Record<string, JsonSchema> = {};
    const itemRequired: string[] = [];
    const ui: Record<string, unknown> = {};
    for (const [name, field] of entity.fields) {
      itemProperties[name] = valueSchema(field.spec, inLang(field.element.label, lang));
      ui[name] = uiForValue(field.spec, lang, enumNames(field.spec, lang, field.element.options));
      if (field.required) itemRequired.push(name);
      fieldCount++;
    }
    ui['ui:order'] = [...entity.fields.keys()];
    // Closed, as every object of the form: data the form does not define is refused, never stored.
    const item: JsonSchema = { type: 'object', title, properties: itemProperties, additionalProperties: false };
    if (itemRequired.length > 0) item['required'] = itemRequired;
    if (entity.repeatable) {
      const minItems = Math.max(entity.minItems, itemRequired.length > 0 ? 1 : 0);
      const list: JsonSchema = { type: 'array', title, items: item, minItems };
      if (entity.maxItems !== undefined) list['maxItems'] = entity.maxItems;
      properties[entity.id] = list;
      // A fixed count (one child for a single birth) offers neither 添加一项 nor 删除.
      uiSchema[entity.id] = entity.maxItems === minItems ? { items: ui, 'ui:options': { addable: false, removable: false, orderable: false } } : { items: ui };
      if (minItems > 0) required.push(entity.id);
    } else {
      properties[entity.id] = item;
      uiSchema[entity.id] = ui;
      if (itemRequired.length > 0) required.push(entity.id);
    }
  }

  if (ownSections.length > 0) {
    const sectionProperties: Record<string, JsonSchema> = {};
    const sectionRequired: string[] = [];
    const sectionUi: Record<string, unknown> = { 'ui:order': ownSections.map((s) => s.matterId) };
    for (const section of ownSections) {
      const matter = matters.get(section.matterId) as Matter;
      const own = ownFieldsSchema(section.fields, inLang(matter.name, lang), lang);
      sectionProperties[section.matterId] = own.schema;
      sectionUi[section.matterId] = own.ui;
      if (Array.isArray(own.schema['required'])) sectionRequired.push(section.matterId);
      fieldCount += countOwnFields(section.fields);
    }
    const title = lang === 'zh' ? '各事项专项信息' : 'Matter-specific information';
    properties[MATTERS_KEY] = { type: 'object', title, properties: sectionProperties, additionalProperties: false, ...(sectionRequired.length > 0 ? { required: sectionRequired } : {}) };
    uiSchema[MATTERS_KEY] = sectionUi;
    if (sectionRequired.length > 0) required.push(MATTERS_KEY);
  }
  uiSchema['ui:order'] = [...ordered.map((e) => e.id), ...(ownSections.length > 0 ? [MATTERS_KEY] : [])];

  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: inLang(bundle.name, lang),
    properties,
    additionalProperties: false,
  };
  if (required.length > 0) schema['required'] = required;
  return { schema, uiSchema, entities: ordered, ownSections, fieldCount, conflicts };
}
