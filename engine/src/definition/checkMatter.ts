// Checks inside one matter: unique ids, known data elements / entities / e-licences, constraints that
// some value satisfies, an auto-approval rule that compiles and names known data, committed ≤ legal.
import type { BoundField, Matter, OwnField, TimeLimit } from '@onego/schemas/types';
import { MATTERS_KEY } from '../form/matterFormSchema.ts';
import { conflictOf, narrow, specOf } from '../form/valueSpec.ts';
import { resultFieldKey } from '../review/reviewSteps.ts';
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

  issues.push(...reviewProblems(matter, file, dictionary));
  issues.push(...committedWithinLegal(matter.timeLimits.committed, matter.timeLimits.legal, file, pointer('timeLimits', 'committed')));
  return issues;
}

/**
 * The executable review steps: unique step ids and result field keys, signers that fit the mode, a step
 * limit within the matter's, result fields that name known data elements and are valid own fields.
 */
function reviewProblems(matter: Matter, file: string, dictionary: DictionaryIndex): DefinitionIssue[] {
  const steps = matter.review?.steps ?? [];
  const issues: DefinitionIssue[] = [
    ...duplicateIds(steps.map((s, i) => ({ id: s.id, file, path: pointer('review', 'steps', i, 'id') })), { zh: '办理环节', en: 'review step' }),
    ...duplicateIds(
      steps.flatMap((s, i) => (s.resultFields ?? []).map((f, j) => ({ id: resultFieldKey(f), file, path: pointer('review', 'steps', i, 'resultFields', j) }))),
      { zh: '结果字段', en: 'result field' },
    ),
  ];
  const committed = matter.timeLimits.committed;
  steps.forEach((step, i) => {
    const at = (...rest: (string | number)[]) => pointer('review', 'steps', i, ...rest);
    const mode = step.mode ?? 'one';
    if (mode === 'one' && step.signers !== undefined) {
      issues.push(issueOf('INVALID_STEP_SIGNERS', file, at('signers'), { step: step.name, detail: { zh: '由一人办理，不应写签署人', en: 'is handled by one person and takes no signers' } }));
    }
    if (mode !== 'one' && step.signers === undefined) {
      const how = mode === 'all' ? { zh: '为会签', en: 'is countersigned by all' } : { zh: '为或签', en: 'is signed by any one' };
      issues.push(issueOf('INVALID_STEP_SIGNERS', file, at('mode'), { step: step.name, detail: { zh: `${how.zh}，须写明签署人数或签署角色`, en: `${how.en}: say how many sign, or which roles` } }));
    }
    if (Array.isArray(step.signers)) {
      const names = step.signers.map((role) => role.zh);
      const repeated = names.find((name, k) => names.indexOf(name) !== k);
      if (repeated !== undefined) {
        issues.push(issueOf('INVALID_STEP_SIGNERS', file, at('signers'), { step: step.name, detail: { zh: `的签署角色「${repeated}」重复`, en: `names the signer role "${repeated}" twice` } }));
      }
    }
    if (step.timeLimit && committed.kind === 'working' && step.timeLimit.days > committed.days) {
      issues.push(issueOf('STEP_TIME_LIMIT_EXCEEDS_MATTER', file, at('timeLimit'), { step: step.name, step_limit: formatTimeLimit(step.timeLimit), committed: formatTimeLimit(committed) }));
    }
    (step.resultFields ?? []).forEach((field, j) => {
      if ('element' in field) {
        if (!dictionary.elements.has(field.element)) issues.push(issueOf('UNKNOWN_DATA_ELEMENT', file, at('resultFields', j, 'element'), { id: field.element }));
        return;
      }
      const problem = formatProblem(field) ?? (field.pattern === undefined ? null : patternProblem(field.pattern));
      if (problem) issues.push(issueOf('INVALID_SCHEMA', file, at('resultFields', j), { detail: problem }));
    });
  });
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
