// Checks inside one matter: unique ids, known data elements / entities / e-licences, constraints that
// some value satisfies, an auto-approval rule that compiles and names known data, committed ≤ legal.
import type { BoundField, Matter, OwnField, TimeLimit } from '@onego/schemas/types';
import { MATTERS_KEY } from '../form/matterFormSchema.ts';
import { conflictOf, narrow, specOf } from '../form/valueSpec.ts';
import type { Ajv } from '../validation/createAjv.ts';
import { compileProblem } from './compileCheck.ts';
import { issueOf, pointer, type DefinitionIssue } from './definitionIssue.ts';
import type { DictionaryIndex } from './dictionaryIndex.ts';
import { duplicateIds } from './duplicateIds.ts';
import { formatProblem } from './formatProblem.ts';
import { patternProblem } from './patternProblem.ts';
import { itemSchemas, namesAtLevel } from './schemaNames.ts';

export interface CheckContext {
  ajv: Ajv;
  dictionary: DictionaryIndex;
}

export function formatTimeLimit(limit: TimeLimit): { zh: string; en: string } {
  return {
    zh: `${limit.days} 个${limit.kind === 'working' ? '工作日' : '自然日'}`,
    en: `${limit.days} ${limit.kind} day${limit.days === 1 ? '' : 's'}`,
  };
}

/** A TIME_LIMIT_EXCEEDS_LEGAL issue when the committed limit is longer than the legal one of the same kind. */
export function committedWithinLegal(committed: TimeLimit, legal: TimeLimit | undefined, file: string, path: string): DefinitionIssue[] {
  if (!legal || committed.kind !== legal.kind || committed.days <= legal.days) return [];
  return [issueOf('TIME_LIMIT_EXCEEDS_LEGAL', file, path, { committed: formatTimeLimit(committed), legal: formatTimeLimit(legal) })];
}

const isBound = (field: Matter['form']['fields'][number]): field is BoundField => 'element' in field;

export function checkMatter(matter: Matter, file: string, context: CheckContext): DefinitionIssue[] {
  const { dictionary } = context;
  const issues: DefinitionIssue[] = [];
  const fieldIds = matter.form.fields.map((field, i) => ({ id: isBound(field) ? field.element : field.id, file, path: pointer('form', 'fields', i) }));
  issues.push(
    ...duplicateIds(matter.steps.map((s, i) => ({ id: s.id, file, path: pointer('steps', i, 'id') })), { zh: '环节', en: 'step' }),
    ...duplicateIds(matter.materials.map((m, i) => ({ id: m.id, file, path: pointer('materials', i, 'id') })), { zh: '材料', en: 'material' }),
    ...duplicateIds(fieldIds, { zh: '字段', en: 'field' }),
  );

  matter.form.fields.forEach((field, i) => {
    const at = (...rest: (string | number)[]) => pointer('form', 'fields', i, ...rest);
    const patterns: [string | undefined, string][] = isBound(field)
      ? [[field.constraints?.pattern, at('constraints', 'pattern')]]
      : 'fields' in field
        ? field.fields.map((f, j) => [f.pattern, at('fields', j, 'pattern')])
        : [[field.pattern, at('pattern')]];
    for (const [pattern, path] of patterns) {
      const problem = pattern === undefined ? null : patternProblem(pattern);
      if (problem) issues.push(issueOf('INVALID_SCHEMA', file, path, { detail: problem }));
    }
    const ownFields: [OwnField, string][] = isBound(field) ? [] : 'fields' in field ? field.fields.map((f, j) => [f, at('fields', j)]) : [[field, at()]];
    for (const [own, path] of ownFields) {
      const problem = formatProblem(own);
      if (problem) issues.push(issueOf('INVALID_SCHEMA', file, path, { detail: problem }));
    }
    if (isBound(field)) {
      const element = dictionary.elements.get(field.element);
      if (!element) {
        issues.push(issueOf('UNKNOWN_DATA_ELEMENT', file, at('element'), { id: field.element }));
        return;
      }
      if (field.constraints?.divisionLevel !== undefined && element.format !== 'cn-division-code') {
        issues.push(issueOf('INVALID_SCHEMA', file, at('constraints', 'divisionLevel'), { detail: `divisionLevel applies to a data element of format "cn-division-code" only, not to ${field.element}` }));
      }
      const options = element.options?.map((o) => o.value);
      const stray = options ? (field.constraints?.enum ?? []).filter((v) => !options.includes(v)) : [];
      for (const value of stray) {
        const j = field.constraints?.enum?.indexOf(value) ?? 0;
        issues.push(issueOf('INVALID_OPTION', file, at('constraints', 'enum', j), { value: JSON.stringify(value), id: element.id }));
      }
      const conflict = stray.length > 0 ? null : conflictOf(narrow(specOf(element), field.constraints));
      if (conflict) issues.push(issueOf('CONSTRAINT_CONFLICT', file, at('constraints'), { id: element.id, detail: conflict }));
    } else if ('fields' in field) {
      issues.push(
        ...duplicateIds(field.fields.map((f, j) => ({ id: f.id, file, path: at('fields', j, 'id') })), { zh: '字段', en: 'field' }),
      );
    }
  });

  for (const [entityId, counts] of Object.entries(matter.form.repeat ?? {})) {
    if (!counts) continue;
    const entity = dictionary.entities.get(entityId);
    const at = pointer('form', 'repeat', entityId);
    if (!entity) issues.push(issueOf('UNKNOWN_ENTITY', file, at, { id: entityId }));
    else if (!entity.repeatable) issues.push(issueOf('ENTITY_NOT_REPEATABLE', file, at, { id: entityId }));
    if (counts.minItems !== undefined && counts.maxItems !== undefined && counts.minItems > counts.maxItems) {
      issues.push(issueOf('CONSTRAINT_CONFLICT', file, at, {
        id: entityId,
        detail: { zh: `最少 ${counts.minItems} 项多于最多 ${counts.maxItems} 项`, en: `minItems ${counts.minItems} exceeds maxItems ${counts.maxItems}` },
      }));
    }
  }

  matter.materials.forEach((material, i) => {
    material.replaceableBy?.forEach((replacement, j) => {
      const at = (...rest: (string | number)[]) => pointer('materials', i, 'replaceableBy', j, ...rest);
      if (replacement.eLicence !== undefined && !dictionary.eLicences.has(replacement.eLicence)) {
        issues.push(issueOf('UNKNOWN_E_LICENCE', file, at('eLicence'), { id: replacement.eLicence }));
      }
      replacement.elements?.forEach((id, k) => {
        if (!dictionary.elements.has(id)) issues.push(issueOf('UNKNOWN_DATA_ELEMENT', file, at('elements', k), { id }));
      });
    });
  });

  if (matter.result.eLicence !== undefined && !dictionary.eLicences.has(matter.result.eLicence)) {
    issues.push(issueOf('UNKNOWN_E_LICENCE', file, pointer('result', 'eLicence'), { id: matter.result.eLicence }));
  }

  if (matter.autoApproval) {
    const rulePath = pointer('autoApproval', 'rule');
    const problem = compileProblem(context.ajv, matter.autoApproval.rule, file, rulePath);
    if (problem) issues.push(problem);
    else issues.push(...unknownDataPaths(matter, matter.autoApproval.rule, file, rulePath, dictionary));
  }

  issues.push(...committedWithinLegal(matter.timeLimits.committed, matter.timeLimits.legal, file, pointer('timeLimits', 'committed')));
  return issues;
}

/** UNKNOWN_DATA_PATH for names in a rule that are neither dictionary data nor this matter's own fields. */
function unknownDataPaths(matter: Matter, rule: unknown, file: string, base: string, dictionary: DictionaryIndex): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const ownIds = new Set(matter.form.fields.filter((f) => !isBound(f)).map((f) => (f as { id: string }).id));
  for (const top of namesAtLevel(rule, base)) {
    if (top.name === MATTERS_KEY) {
      for (const m of namesAtLevel(top.schema, top.path)) {
        if (m.name !== matter.id) {
          issues.push(issueOf('UNKNOWN_DATA_PATH', file, m.path, { id: `${MATTERS_KEY}.${m.name}` }));
          continue;
        }
        for (const f of namesAtLevel(m.schema, m.path)) {
          if (!ownIds.has(f.name)) issues.push(issueOf('UNKNOWN_DATA_PATH', file, f.path, { id: `${MATTERS_KEY}.${m.name}.${f.name}` }));
        }
      }
      continue;
    }
    const entity = dictionary.entities.get(top.name);
    if (!entity) {
      issues.push(issueOf('UNKNOWN_DATA_PATH', file, top.path, { id: top.name }));
      continue;
    }
    const levels = entity.repeatable ? itemSchemas(top.schema, top.path) : [{ schema: top.schema, path: top.path }];
    for (const level of levels) {
      for (const use of namesAtLevel(level.schema, level.path)) {
        const id = `${top.name}.${use.name}`;
        if (!dictionary.elements.has(id)) issues.push(issueOf('UNKNOWN_DATA_PATH', file, use.path, { id }));
      }
    }
  }
  return issues;
}
