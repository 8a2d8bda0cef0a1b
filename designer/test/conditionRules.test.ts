// The rule builder's rules and the JSON-Schema conditions of the definition format: the conversion both
// ways, the conditions the examples use read back as rules, and the engine including matters by them.
import { readFileSync } from 'node:fs';
import { compileBundle, createAjv } from '@onego/engine';
import type { Bundle, Matter } from '@onego/schemas/types';
import { describe, expect, it } from 'vitest';
import { conditionOf, rulesOf, type Rule } from '../src/designer/conditionRules.ts';
import { addMatter, blankBundle, checkDraft, compileDraft, placeOf, removeMatter, updateEntry, type DesignDraft } from '../src/designer/draftModel.ts';
import { questionsOf, questionsSchema } from '../src/designer/questionModel.ts';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as unknown;

describe('rule builder → condition', () => {
  it('writes equals, not equals and one of as the format writes conditions', () => {
    expect(conditionOf([])).toBeUndefined();
    expect(conditionOf([{ question: 'needCard', operator: 'equals', value: true }])).toEqual({ properties: { needCard: { const: true } }, required: ['needCard'] });
    expect(conditionOf([{ question: 'place', operator: 'notEquals', value: 'father' }])).toEqual({ properties: { place: { not: { const: 'father' } } }, required: ['place'] });
    expect(conditionOf([{ question: 'place', operator: 'oneOf', value: ['father', 'mother'] }])).toEqual({ properties: { place: { enum: ['father', 'mother'] } }, required: ['place'] });
  });

  it('joins several rules with allOf and reads every condition it writes back as the same rules', () => {
    const rules: Rule[] = [
      { question: 'needCard', operator: 'equals', value: true },
      { question: 'place', operator: 'oneOf', value: ['mother'] },
      { question: 'children', operator: 'notEquals', value: 0 },
    ];
    const condition = conditionOf(rules);
    expect(condition).toEqual({ allOf: rules.map((r) => conditionOf([r])) });
    expect(rulesOf(condition)).toEqual(rules);
    for (const rule of rules) expect(rulesOf(conditionOf([rule]))).toEqual([rule]);
  });

  it('reads the examples’ conditions as rules, and leaves what it cannot show to the JSON view', () => {
    const bundle = json('newborn/bundle.json') as Bundle;
    const card = bundle.matters.find((m) => m.matter === 'social-security-card');
    expect(rulesOf(card?.condition)).toEqual([{ question: 'needSocialSecurityCard', operator: 'equals', value: true }]);
    expect(rulesOf(undefined)).toEqual([]);
    expect(rulesOf({ properties: { a: { minimum: 2 } }, required: ['a'] })).toBeUndefined();
    expect(rulesOf({ anyOf: [] })).toBeUndefined();
    expect(rulesOf({ properties: { a: { const: 1 } }, required: ['b'] })).toBeUndefined();
  });

  it('gives conditions the engine includes matters by', () => {
    const ajv = createAjv();
    const holds = (rules: Rule[], answers: unknown) => ajv.validate(conditionOf(rules) ?? {}, answers);
    expect(holds([{ question: 'place', operator: 'equals', value: 'mother' }], { place: 'mother' })).toBe(true);
    expect(holds([{ question: 'place', operator: 'equals', value: 'mother' }], { place: 'father' })).toBe(false);
    expect(holds([{ question: 'place', operator: 'notEquals', value: 'mother' }], { place: 'father' })).toBe(true);
    expect(holds([{ question: 'place', operator: 'notEquals', value: 'mother' }], {})).toBe(false);
    expect(holds([{ question: 'place', operator: 'oneOf', value: ['a', 'b'] }], { place: 'b' })).toBe(true);
    expect(holds([{ question: 'place', operator: 'oneOf', value: ['a', 'b'] }], { place: 'c' })).toBe(false);
  });
});

describe('a bundle composed in the designer', () => {
  const matter = (id: string) => json(`newborn/matters/${id}.json`) as Matter;

  it('from a blank bundle, two matters, a question, a condition and a dependency: no issues, and it compiles', () => {
    let draft: DesignDraft = { bundle: { ...blankBundle(), id: 'newborn-lite', name: { zh: '新生儿简易', en: 'Newborn lite' } }, matters: [] };
    draft = addMatter(addMatter(draft, matter('birth-medical-certificate')), matter('birth-household-registration'));
    const questions = questionsOf({ type: 'object', properties: {} });
    draft = { ...draft, bundle: { ...draft.bundle, questions: questionsSchema([...questions, { id: 'needHousehold', zh: '是否落户？', en: 'Register?', kind: 'yesNo', options: [], required: true, rest: {}, enRest: {} }]) } };
    draft = updateEntry(draft, 'birth-household-registration', (e) => ({ ...e, condition: conditionOf([{ question: 'needHousehold', operator: 'equals', value: true }]), after: ['birth-medical-certificate'] }));
    // the committed 5 working days cannot hold 1 + 7: the engine says so, until the limit is 8
    expect(checkDraft(draft).map((i) => [i.code, i.path])).toEqual([['PROMISE_UNREACHABLE', '/timeLimits/committed']]);
    expect(placeOf(checkDraft(draft)[0] ?? { file: '', path: '' }, draft)).toBe('bundle-days');
    draft = { ...draft, bundle: { ...draft.bundle, timeLimits: { committed: { days: 8, kind: 'working' } } } };
    const issues = checkDraft(draft);
    expect(issues).toEqual([]);
    const compiled = compileDraft(draft, issues);
    expect(compiled?.included({ needHousehold: false }).map((e) => e.matter)).toEqual(['birth-medical-certificate']);
    expect(compiled?.included({ needHousehold: true }).map((e) => e.matter)).toEqual(['birth-medical-certificate', 'birth-household-registration']);
    expect(compiled?.graph('zh').lanes.length).toBe(2);
    expect(compileBundle).toBeTypeOf('function');
    // removing a matter drops the dependencies on it
    expect(removeMatter(draft, 'birth-medical-certificate').bundle.matters).toEqual([{ matter: 'birth-household-registration', condition: conditionOf([{ question: 'needHousehold', operator: 'equals', value: true }]) }]);
  });

  it('names the place to fix each issue', () => {
    let draft: DesignDraft = { bundle: blankBundle(), matters: [] };
    draft = addMatter(draft, matter('birth-medical-certificate'));
    draft = updateEntry(draft, 'birth-medical-certificate', (e) => ({ ...e, after: ['nowhere'], condition: conditionOf([{ question: 'missing', operator: 'equals', value: true }]) }));
    const issues = checkDraft(draft);
    expect(issues.length).toBeGreaterThan(0);
    const places = issues.map((i) => placeOf(i, draft));
    expect(places).toContain('after-birth-medical-certificate');
    expect(places).toContain('condition-birth-medical-certificate');
    expect(placeOf({ file: 'bundle', path: '/questions/properties/needCard/title' }, draft)).toBe('question-needCard');
    expect(placeOf({ file: 'matters/0', path: '/form/fields/2/constraints/pattern' }, draft)).toBe('field-birth-medical-certificate-2');
    expect(placeOf({ file: 'bundle', path: '/id' }, draft)).toBe('bundle-name-zh');
  });

  it('keeps the examples’ questions as they were when read and written back', () => {
    for (const file of ['newborn/bundle.json', 'business-startup/bundle.json', 'school-enrolment/bundle.json']) {
      const bundle = json(file) as Bundle;
      expect(questionsSchema(questionsOf(bundle.questions))).toEqual(bundle.questions);
    }
  });
});
