// The matter editor's model: plain field types to the format's type and format and back, generated ids,
// and where each located problem is fixed on the page.
import { describe, expect, it } from 'vitest';
import { blankMatter, FIELD_KINDS, freeId, kindOf, placeOfProblem, withKind } from '../src/designer/matterModel.ts';

describe('the matter editor’s model', () => {
  it('writes each plain field type as a type and format of the definition format, and reads it back', () => {
    const field = { id: 'field1', label: { zh: '字段', en: 'Field' }, type: 'string' as const };
    for (const kind of FIELD_KINDS) {
      if (kind === 'attachment') continue;
      expect(kindOf(withKind(field, kind))).toBe(kind);
    }
    expect(withKind(field, 'mobile')).toMatchObject({ type: 'string', format: 'cn-mobile' });
    expect(withKind(field, 'amount')).toMatchObject({ type: 'number', format: 'amount' });
    expect(withKind(withKind(field, 'options'), 'text')).toEqual(field);
    expect(withKind(field, 'options').options).toHaveLength(1);
  });

  it('generates ids staff never type', () => {
    expect(freeId(['field1', 'field2'], 'field')).toBe('field3');
    expect(freeId(blankMatter().steps.map((s) => s.id), 'step', '-')).toBe('step-4');
    expect(blankMatter()).not.toHaveProperty('id');
  });

  it('places each problem where it is fixed', () => {
    expect(placeOfProblem('/materials/0/name/en')).toBe('mx-material-0-en');
    expect(placeOfProblem('/materials/2/issuer')).toBe('mx-material-2-issuer');
    expect(placeOfProblem('/form/fields/1/options/0/label/en')).toBe('mx-field-1-options');
    expect(placeOfProblem('/form/fields/3/label/en')).toBe('mx-field-3-en');
    expect(placeOfProblem('/department')).toBe('mx-department');
    expect(placeOfProblem('/timeLimits/committed/days')).toBe('mx-committed-days');
    expect(placeOfProblem('/autoApproval/rule')).toBe('condition-auto');
    expect(placeOfProblem('/result/name/zh')).toBe('mx-result-zh');
    expect(placeOfProblem('/legalBasis')).toBe('mx-basis-add');
  });
});
