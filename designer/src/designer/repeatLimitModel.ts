// 条目数随回答收窄: a bundle's repeat limits (repeatLimits) as the designer edits them — which repeated
// sections of the merged form (repeatable entities the picked matters bind, e.g. 新生儿) may be narrowed,
// a new limit (at most one while the first question has its first answer), changing and removing one,
// and what is wrong with the counts, in words that name the section. Conditions are the rule builder's.
import type { DictionaryIndex } from '@onego/engine';
import type { Bundle, LocalizedText, RepeatLimit } from '@onego/schemas/types';
import { conditionOf, type RuleValue } from './conditionRules.ts';
import type { DesignDraft } from './draftModel.ts';

export interface RepeatedSection {
  /** The entity's id (written to the definition, never shown). */
  id: string;
  label: LocalizedText;
}

/** The repeatable entities the draft's matters bind fields of, in the order the dictionary lists them. */
export function repeatedSections(draft: DesignDraft, dictionary: DictionaryIndex): RepeatedSection[] {
  const bound = new Set<string>();
  const picked = new Set(draft.bundle.matters.map((m) => m.matter));
  for (const matter of draft.matters) {
    if (!picked.has(matter.id)) continue;
    for (const field of matter.form.fields) if ('element' in field) bound.add(field.element.slice(0, field.element.indexOf('.')));
  }
  return [...dictionary.entities.values()].filter((entity) => entity.repeatable && bound.has(entity.id)).map((entity) => ({ id: entity.id, label: entity.label }));
}

/** A new limit on the section: at most one item while the first question has its first answer. */
export function newRepeatLimit(entity: string, question: { id: string; value: RuleValue } | undefined): RepeatLimit {
  const condition = question ? conditionOf([{ question: question.id, operator: 'equals', value: question.value }]) : undefined;
  return { entity, condition: condition ?? {}, minItems: 1, maxItems: 1 };
}

export function addRepeatLimit(bundle: Bundle, limit: RepeatLimit): Partial<Bundle> {
  return { repeatLimits: [...(bundle.repeatLimits ?? []), limit] };
}

/** The limit at `index` changed; a count left empty (undefined) is dropped: no bound on that side. */
export function changeRepeatLimit(bundle: Bundle, index: number, change: Partial<RepeatLimit>): Partial<Bundle> {
  const limits = (bundle.repeatLimits ?? []).map((limit, i) => {
    if (i !== index) return limit;
    const next: Record<string, unknown> = { ...limit, ...change };
    for (const key of ['minItems', 'maxItems'] as const) if (key in change && change[key] === undefined) delete next[key];
    return next as unknown as RepeatLimit;
  });
  return { repeatLimits: limits };
}

/** The bundle without the limit at `index` (and without repeatLimits when none is left). */
export function removeRepeatLimit(bundle: Bundle, index: number): Partial<Bundle> {
  const limits = (bundle.repeatLimits ?? []).filter((_, i) => i !== index);
  return { repeatLimits: limits.length > 0 ? limits : undefined };
}

/** A count as typed: empty is no bound; a whole number of at least `least`; anything else is undefined too (the input refuses it). */
export function countOf(text: string, least: number): number | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]+$/.test(trimmed)) return undefined;
  return Math.max(least, Number(trimmed));
}

/** What is wrong with the counts of a limit: the smallest count above the largest (no form could be filled), else nothing. */
export function repeatLimitProblem(limit: RepeatLimit): { key: 'dz.repeatMinAboveMax'; min: number; max: number } | undefined {
  if (limit.minItems !== undefined && limit.maxItems !== undefined && limit.minItems > limit.maxItems) return { key: 'dz.repeatMinAboveMax', min: limit.minItems, max: limit.maxItems };
  return undefined;
}
