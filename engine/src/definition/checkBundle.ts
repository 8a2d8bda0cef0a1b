// Checks of a bundle against the matters and dictionaries it uses: known matters and dependencies,
// no cycles, conditions over asked questions only, and data element constraints that every included
// matter can share (CONSTRAINT_CONFLICT otherwise).
import type { Bundle, Matter } from '@onego/schemas/types';
import { conflictOf, narrow, specOf, type ValueSpec } from '../form/valueSpec.ts';
import { committedWithinLegal, formatTimeLimit, type CheckContext } from './checkMatter.ts';
import { criticalPath } from '../metrics/criticalPath.ts';
import { workingDaysOf } from '../metrics/bundleMetrics.ts';
import { compileProblem } from './compileCheck.ts';
import { dependencyCycles } from './dependencyCycles.ts';
import { issueOf, pointer, type DefinitionIssue } from './definitionIssue.ts';
import { duplicateIds } from './duplicateIds.ts';
import { namesAtLevel } from './schemaNames.ts';
import { resultFieldKey } from '../review/reviewSteps.ts';

const DEFAULT_DICTIONARY = 'cn-standard';

export interface BundleContext extends CheckContext {
  matters: ReadonlyMap<string, Matter>;
  /** Matter ids whose documents exist but failed their schema: not reported again as unknown. */
  brokenMatters: ReadonlySet<string>;
  dictionaryIds: ReadonlySet<string>;
}

export function checkBundle(bundle: Bundle, file: string, context: BundleContext): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const dictionaryId = bundle.dictionary ?? DEFAULT_DICTIONARY;
  if (!context.dictionaryIds.has(dictionaryId)) issues.push(issueOf('UNKNOWN_DICTIONARY', file, pointer('dictionary'), { id: dictionaryId }));

  issues.push(
    ...duplicateIds(bundle.matters.map((m, i) => ({ id: m.matter, file, path: pointer('matters', i, 'matter') })), { zh: '事项', en: 'matter' }),
    ...duplicateIds(bundle.steps.map((s, i) => ({ id: s.id, file, path: pointer('steps', i, 'id') })), { zh: '环节', en: 'step' }),
  );

  const questionsProblem = compileProblem(context.ajv, bundle.questions, file, pointer('questions'));
  if (questionsProblem) issues.push(questionsProblem);
  const answers = new Set(Object.keys(bundle.questions.properties));
  (bundle.questions.required ?? []).forEach((name, i) => {
    if (!answers.has(name)) issues.push(issueOf('UNKNOWN_ANSWER', file, pointer('questions', 'required', i), { id: name }));
  });

  const inBundle = new Set(bundle.matters.map((m) => m.matter));
  const edges = new Map<string, string[]>();
  bundle.matters.forEach((entry, i) => {
    if (!context.matters.has(entry.matter) && !context.brokenMatters.has(entry.matter)) {
      issues.push(issueOf('UNKNOWN_MATTER', file, pointer('matters', i, 'matter'), { id: entry.matter }));
    }
    (entry.after ?? []).forEach((dependency, j) => {
      if (!inBundle.has(dependency)) issues.push(issueOf('UNKNOWN_DEPENDENCY', file, pointer('matters', i, 'after', j), { id: context.matters.get(dependency)?.name ?? dependency }));
    });
    edges.set(entry.matter, [...(edges.get(entry.matter) ?? []), ...(entry.after ?? []).filter((d) => inBundle.has(d))]);
    if (entry.condition !== undefined) {
      const at = pointer('matters', i, 'condition');
      const problem = compileProblem(context.ajv, entry.condition, file, at);
      if (problem) issues.push(problem);
      for (const use of namesAtLevel(entry.condition, at)) {
        if (!answers.has(use.name)) issues.push(issueOf('UNKNOWN_ANSWER', file, use.path, { id: use.name }));
      }
    }
    const matter = context.matters.get(entry.matter);
    if (entry.committedTimeLimit && matter) {
      issues.push(...committedWithinLegal(entry.committedTimeLimit, matter.timeLimits.legal, file, pointer('matters', i, 'committedTimeLimit')));
    }
  });
  const cycles = dependencyCycles(edges);
  for (const cycle of cycles) {
    const index = bundle.matters.findIndex((m) => m.matter === cycle[0]);
    issues.push(issueOf('DEPENDENCY_CYCLE', file, pointer('matters', index, 'after'), { cycle: matterChain(cycle, context) }));
  }
  if (cycles.length === 0) issues.push(...unreachablePromise(bundle, file, context));

  bundle.sharedData?.eLicences?.forEach((id, i) => {
    if (!context.dictionary.eLicences.has(id)) issues.push(issueOf('UNKNOWN_E_LICENCE', file, pointer('sharedData', 'eLicences', i), { id }));
  });
  bundle.sharedData?.elements?.forEach((id, i) => {
    if (!context.dictionary.elements.has(id)) issues.push(issueOf('UNKNOWN_DATA_ELEMENT', file, pointer('sharedData', 'elements', i), { id }));
  });

  bundle.repeatLimits?.forEach((limit, i) => {
    const entity = context.dictionary.entities.get(limit.entity);
    if (!entity) issues.push(issueOf('UNKNOWN_ENTITY', file, pointer('repeatLimits', i, 'entity'), { id: limit.entity }));
    else if (!entity.repeatable) issues.push(issueOf('ENTITY_NOT_REPEATABLE', file, pointer('repeatLimits', i, 'entity'), { id: limit.entity }));
    const at = pointer('repeatLimits', i, 'condition');
    const problem = compileProblem(context.ajv, limit.condition, file, at);
    if (problem) issues.push(problem);
    for (const use of namesAtLevel(limit.condition, at)) {
      if (!answers.has(use.name)) issues.push(issueOf('UNKNOWN_ANSWER', file, use.path, { id: use.name }));
    }
    if (limit.minItems !== undefined && limit.maxItems !== undefined && limit.minItems > limit.maxItems) {
      issues.push(issueOf('CONSTRAINT_CONFLICT', file, pointer('repeatLimits', i), {
        id: limit.entity,
        detail: { zh: `条目数下限 ${limit.minItems} 大于上限 ${limit.maxItems}`, en: `at least ${limit.minItems} items but at most ${limit.maxItems}` },
      }));
    }
  });
  bundle.coApplicants?.forEach((co, i) => {
    for (const key of ['idNumber', 'name'] as const) {
      if (!context.dictionary.elements.has(co[key])) issues.push(issueOf('UNKNOWN_DATA_ELEMENT', file, pointer('coApplicants', i, key), { id: co[key] }));
    }
  });

  issues.push(...resultMappingProblems(bundle, file, context));
  issues.push(...crossMatterConflicts(bundle, file, context));
  issues.push(...committedWithinLegal(bundle.timeLimits.committed, bundle.timeLimits.legal, file, pointer('timeLimits', 'committed')));
  return issues;
}

/**
 * Data elements and repeatable entities that two or more of the bundle's matters constrain so that no
 * value (or item count) satisfies them all. Reported once per element, at the matter entry where the
 * intersection became empty. Conditions are not considered: a merged form may include any of them.
 */
function crossMatterConflicts(bundle: Bundle, file: string, context: BundleContext): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const specs = new Map<string, { spec: ValueSpec; matters: string[]; reported: boolean }>();
  const counts = new Map<string, { min: number; max: number; matters: string[]; reported: boolean }>();
  bundle.matters.forEach((entry, i) => {
    const matter = context.matters.get(entry.matter);
    if (!matter) return;
    for (const field of matter.form.fields) {
      if (!('element' in field)) continue;
      const element = context.dictionary.elements.get(field.element);
      if (!element) continue;
      const current = specs.get(field.element) ?? { spec: specOf(element), matters: [], reported: false };
      const before = conflictOf(current.spec);
      current.spec = narrow(current.spec, field.constraints);
      current.matters.push(matter.id);
      specs.set(field.element, current);
      const conflict = conflictOf(current.spec);
      if (conflict && !before && !current.reported && current.matters.length > 1) {
        current.reported = true;
        issues.push(issueOf('CONSTRAINT_CONFLICT', file, pointer('matters', i, 'matter'), {
          id: field.element,
          detail: { zh: `${conflict.zh}（事项：${current.matters.join('、')}）`, en: `${conflict.en} (matters: ${current.matters.join(', ')})` },
        }));
      }
    }
    for (const [entityId, itemCount] of Object.entries(matter.form.repeat ?? {})) {
      if (!itemCount) continue;
      const current = counts.get(entityId) ?? { min: 0, max: Number.POSITIVE_INFINITY, matters: [], reported: false };
      current.min = Math.max(current.min, itemCount.minItems ?? 0);
      current.max = Math.min(current.max, itemCount.maxItems ?? Number.POSITIVE_INFINITY);
      current.matters.push(matter.id);
      counts.set(entityId, current);
      if (current.min > current.max && !current.reported && current.matters.length > 1) {
        current.reported = true;
        issues.push(issueOf('CONSTRAINT_CONFLICT', file, pointer('matters', i, 'matter'), {
          id: entityId,
          detail: {
            zh: `条目数下限 ${current.min} 大于上限 ${current.max}（事项：${current.matters.join('、')}）`,
            en: `at least ${current.min} items but at most ${current.max} (matters: ${current.matters.join(', ')})`,
          },
        }));
      }
    }
  });
  return issues;
}

/** PROMISE_UNREACHABLE when, with every matter included, the critical path is longer than the bundle's promise. */
function unreachablePromise(bundle: Bundle, file: string, context: BundleContext): DefinitionIssue[] {
  const nodes = bundle.matters.flatMap((entry) => {
    const matter = context.matters.get(entry.matter);
    return matter ? [{ id: entry.matter, days: workingDaysOf(entry.committedTimeLimit ?? matter.timeLimits.committed), after: entry.after ?? [] }] : [];
  });
  const path = criticalPath(nodes);
  const promised = bundle.timeLimits.committed;
  if (path.days <= workingDaysOf(promised)) return [];
  return [
    issueOf('PROMISE_UNREACHABLE', file, pointer('timeLimits', 'committed'), {
      committed: formatTimeLimit(promised),
      needed: formatTimeLimit({ days: path.days, kind: 'working' }),
      path: matterChain(path.path, context),
    }),
  ];
}

/** Matters one after another by their names (「出生医学证明」 → 「出生登记」), for messages designers read. */
function matterChain(ids: readonly string[], context: BundleContext): { zh: string; en: string } {
  const names = ids.map((id) => context.matters.get(id)?.name ?? { zh: id, en: id });
  return { zh: names.map((n) => `「${n.zh}」`).join(' → '), en: names.map((n) => `"${n.en}"`).join(' → ') };
}

/** What a person calls a field: its data element's or own field's label, else its key. */
function fieldLabel(key: string, matter: Matter | undefined, context: BundleContext): { zh: string; en: string } | string {
  const element = context.dictionary.elements.get(key);
  if (element) return element.label;
  const own = [...(matter?.form.fields ?? []), ...(matter?.review?.steps ?? []).flatMap((step) => step.resultFields ?? [])].find(
    (field) => !('element' in field) && field.id === key,
  );
  return own && 'label' in own ? own.label : key;
}

/**
 * resultMappings: both matters in the bundle, the source field recorded by one of the source matter's
 * review steps, the target field on the dependent matter's form, and the target handled after the source
 * (it names the source in its `after`, directly or through other matters), so that the value is there
 * when it starts.
 */
function resultMappingProblems(bundle: Bundle, file: string, context: BundleContext): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const after = new Map(bundle.matters.map((entry) => [entry.matter, entry.after ?? []]));
  const dependsOn = (matterId: string, source: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(after.get(matterId) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === source) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(after.get(next) ?? []));
    }
    return false;
  };
  // One value per receiving field: two mappings into the same field would overwrite each other.
  const receiving = new Map<string, number>();
  (bundle.resultMappings ?? []).forEach((mapping, i) => {
    const key = `${mapping.to.matter}\n${mapping.to.field}`;
    const earlier = receiving.get(key);
    if (earlier === undefined) {
      receiving.set(key, i);
      return;
    }
    const target = context.matters.get(mapping.to.matter);
    const name = target?.name ?? { zh: mapping.to.matter, en: mapping.to.matter };
    const label = fieldLabel(mapping.to.field, target, context);
    const field = typeof label === 'string' ? { zh: label, en: label } : label;
    issues.push(
      issueOf('DUPLICATE_ID', file, pointer('resultMappings', i, 'to'), {
        what: { zh: '接收结果的字段', en: 'receiving field' },
        id: { zh: `${name.zh}的${field.zh}`, en: `${name.en}: ${field.en}` },
        other: pointer('resultMappings', earlier, 'to'),
      }),
    );
  });
  (bundle.resultMappings ?? []).forEach((mapping, i) => {
    const at = (...rest: string[]) => pointer('resultMappings', i, ...rest);
    let known = true;
    for (const end of ['from', 'to'] as const) {
      if (!after.has(mapping[end].matter)) {
        issues.push(issueOf('RESULT_MATTER_NOT_IN_BUNDLE', file, at(end, 'matter'), { id: mapping[end].matter }));
        known = false;
      }
    }
    const source = context.matters.get(mapping.from.matter);
    const target = context.matters.get(mapping.to.matter);
    if (!known || !source || !target) return;
    const recorded = (source.review?.steps ?? []).some((step) => (step.resultFields ?? []).some((field) => resultFieldKey(field) === mapping.from.field));
    if (!recorded) issues.push(issueOf('UNKNOWN_RESULT_FIELD', file, at('from', 'field'), { matter: source.name, field: mapping.from.field }));
    const onForm = target.form.fields.some((field) => ('element' in field ? field.element : field.id) === mapping.to.field);
    if (!onForm) issues.push(issueOf('UNKNOWN_TARGET_FIELD', file, at('to', 'field'), { matter: target.name, field: mapping.to.field }));
    if (!dependsOn(mapping.to.matter, mapping.from.matter)) {
      issues.push(issueOf('RESULT_NOT_DEPENDENT', file, at('to', 'matter'), { from: source.name, to: target.name, field: fieldLabel(mapping.from.field, source, context) }));
    }
  });
  return issues;
}
