// The 秒批 rule builder's flat rules and the nested rules of the definition format, both ways: a field of
// the dictionary under its entity, a matter's own field under matters.<matter id>.
import { describe, expect, it } from 'vitest';
import { ownFieldKey, ruleOf, rulesOfRule } from '../src/designer/autoApprovalRule.ts';

describe('the 秒批 rule of a matter', () => {
  it('nests a dictionary field under its entity and an own field under the matter’s id', () => {
    const rule = ruleOf(
      [
        { question: 'applicant.maritalStatus', operator: 'equals', value: 'married' },
        { question: ownFieldKey('kind'), operator: 'oneOf', value: ['a', 'b'] },
      ],
      'food-licence',
    );
    expect(rule).toEqual({
      allOf: [
        { properties: { applicant: { properties: { maritalStatus: { const: 'married' } }, required: ['maritalStatus'] } }, required: ['applicant'] },
        {
          properties: { matters: { properties: { 'food-licence': { properties: { kind: { enum: ['a', 'b'] } }, required: ['kind'] } }, required: ['food-licence'] } },
          required: ['matters'],
        },
      ],
    });
    expect(rulesOfRule(rule, 'food-licence')).toEqual([
      { question: 'applicant.maritalStatus', operator: 'equals', value: 'married' },
      { question: 'matters.kind', operator: 'oneOf', value: ['a', 'b'] },
    ]);
  });

  it('reads a rule back under a new matter id only when it names that id', () => {
    const rule = ruleOf([{ question: ownFieldKey('area'), operator: 'notEquals', value: 0 }], 'new-matter');
    expect(rulesOfRule(rule, 'new-matter')).toEqual([{ question: 'matters.area', operator: 'notEquals', value: 0 }]);
    expect(rulesOfRule(rule, 'another')).toBeUndefined();
  });

  it('has no rules for no rule, and none it can show for a hand-written one', () => {
    expect(ruleOf([], 'm')).toBeUndefined();
    expect(rulesOfRule(undefined, 'm')).toEqual([]);
    expect(rulesOfRule({ type: 'object', required: ['enterprise'] }, 'm')).toBeUndefined();
  });
});
