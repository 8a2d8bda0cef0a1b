// The compose page's repeat limits (条目数随回答收窄): which repeated sections a bundle's matters have,
// a new limit, changing and removing one, and the counts no applicant could meet.
import { compileBundle, STANDARD_DICTIONARY, indexDictionaries } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { blankBundle, type DesignDraft } from '../src/designer/draftModel.ts';
import { blankMatter } from '../src/designer/matterModel.ts';
import { addRepeatLimit, changeRepeatLimit, countOf, newRepeatLimit, removeRepeatLimit, repeatedSections, repeatLimitProblem } from '../src/designer/repeatLimitModel.ts';

const dictionary = indexDictionaries([STANDARD_DICTIONARY]);

function matterWith(id: string, elements: string[]): Matter {
  return { ...blankMatter(), id, form: { fields: elements.map((element) => ({ element, required: true })) } };
}

function draftOf(...matters: Matter[]): DesignDraft {
  const bundle = {
    ...blankBundle(),
    id: 'b',
    questions: { type: 'object' as const, properties: { multipleBirth: { type: 'boolean' as const, title: '是否多胞胎' } }, required: ['multipleBirth'] },
    matters: matters.map((m) => ({ matter: m.id })),
  };
  return { bundle, matters };
}

describe('repeat limits in the compose page', () => {
  it('offers the repeatable sections the picked matters bind, named as the dictionary names them', () => {
    const draft = draftOf(matterWith('birth', ['child.name', 'mother.name']), matterWith('hukou', ['child.name', 'applicant.name']));
    expect(repeatedSections(draft, dictionary)).toEqual([{ id: 'child', label: { zh: '新生儿', en: 'Newborn' } }]);
    expect(repeatedSections(draftOf(matterWith('m', ['mother.name'])), dictionary)).toEqual([]);
    // a matter no longer picked does not count
    expect(repeatedSections({ ...draft, bundle: { ...draft.bundle, matters: [] } }, dictionary)).toEqual([]);
  });

  it('writes a new limit as a rule over the first question: exactly one item', () => {
    expect(newRepeatLimit('child', { id: 'multipleBirth', value: false })).toEqual({
      entity: 'child',
      condition: { properties: { multipleBirth: { const: false } }, required: ['multipleBirth'] },
      minItems: 1,
      maxItems: 1,
    });
    expect(newRepeatLimit('child', undefined)).toEqual({ entity: 'child', condition: {}, minItems: 1, maxItems: 1 });
  });

  it('changes, empties and removes counts and limits', () => {
    const draft = draftOf(matterWith('birth', ['child.name']));
    let bundle = { ...draft.bundle, ...addRepeatLimit(draft.bundle, newRepeatLimit('child', { id: 'multipleBirth', value: false })) };
    bundle = { ...bundle, ...addRepeatLimit(bundle, newRepeatLimit('child', { id: 'multipleBirth', value: true })) };
    bundle = { ...bundle, ...changeRepeatLimit(bundle, 1, { minItems: 2, maxItems: undefined }) };
    expect(bundle.repeatLimits?.[1]).toEqual({ entity: 'child', condition: { properties: { multipleBirth: { const: true } }, required: ['multipleBirth'] }, minItems: 2 });
    expect(bundle.repeatLimits?.[0]?.maxItems).toBe(1);
    bundle = { ...bundle, ...removeRepeatLimit(bundle, 0) };
    expect(bundle.repeatLimits).toHaveLength(1);
    bundle = { ...bundle, ...removeRepeatLimit(bundle, 0) };
    expect(bundle.repeatLimits).toBeUndefined();
  });

  it('reads counts as whole numbers, empty for no bound', () => {
    expect(countOf('3', 0)).toBe(3);
    expect(countOf(' ', 0)).toBeUndefined();
    expect(countOf('0', 1)).toBe(1);
    expect(countOf('1.5', 0)).toBeUndefined();
  });

  it('says when the fewest items are more than the most', () => {
    expect(repeatLimitProblem({ entity: 'child', condition: {}, minItems: 2, maxItems: 1 })).toEqual({ key: 'dz.repeatMinAboveMax', min: 2, max: 1 });
    expect(repeatLimitProblem({ entity: 'child', condition: {}, minItems: 1, maxItems: 1 })).toBeUndefined();
    expect(repeatLimitProblem({ entity: 'child', condition: {}, minItems: 3 })).toBeUndefined();
  });

  it('is in effect on the merged form: a single birth asks for exactly one child', () => {
    const draft = draftOf(matterWith('birth', ['child.name']));
    const bundle = { ...draft.bundle, ...addRepeatLimit(draft.bundle, newRepeatLimit('child', { id: 'multipleBirth', value: false })) };
    const compiled = compileBundle({ bundle, matters: new Map(draft.matters.map((m) => [m.id, m])), dictionary });
    const child = (answers: unknown) => (compiled.form(answers, 'zh').schema as { properties: Record<string, { minItems?: number; maxItems?: number }> }).properties['child'];
    expect(child({ multipleBirth: false })).toMatchObject({ minItems: 1, maxItems: 1 });
    expect(child({ multipleBirth: true })?.maxItems).not.toBe(1);
  });
});
