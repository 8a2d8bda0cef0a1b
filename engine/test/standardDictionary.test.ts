import { describe, expect, it } from 'vitest';
import { createAjv } from '../src/validation/createAjv.ts';
import { loadDefinitions, STANDARD_DICTIONARY } from '../src/definition/loadDefinitions.ts';
import { specOf } from '../src/form/valueSpec.ts';
import { valueSchema } from '../src/form/valueSchema.ts';
import { toValidationIssues } from '../src/validation/validationIssues.ts';

describe('standard data element dictionary', () => {
  it('passes its schema and the dictionary checks', () => {
    expect(loadDefinitions([]).issues).toEqual([]);
  });

  it('has at least 40 elements covering people, children, households, enterprises and employees', () => {
    const ids = STANDARD_DICTIONARY.elements.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of ['applicant.idNumber', 'applicant.mobile', 'applicant.divisionCode', 'child.birthDate', 'child.name', 'enterprise.creditCode', 'enterprise.name', 'employee.idNumber', 'household.address']) {
      expect(ids).toContain(id);
    }
  });

  it('labels every element in Chinese and English', () => {
    for (const element of STANDARD_DICTIONARY.elements) {
      expect(element.label.zh, element.id).toMatch(/[\u4e00-\u9fa5]/);
      expect(element.label.en, element.id).toMatch(/[A-Za-z]/);
    }
  });

  it('validates each element example against the element, and rejects a wrong ID check digit', () => {
    const ajv = createAjv();
    for (const element of STANDARD_DICTIONARY.elements.filter((e) => e.example !== undefined)) {
      const validate = ajv.compile(valueSchema(specOf(element), element.label.zh));
      expect(validate(element.example), `${element.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const id = STANDARD_DICTIONARY.elements.find((e) => e.id === 'applicant.idNumber');
    if (!id) throw new Error('applicant.idNumber missing');
    const validate = ajv.compile(valueSchema(specOf(id), id.label.zh));
    expect(validate('110105194912310021')).toBe(false);
    expect(toValidationIssues(validate.errors, 'zh', '110105194912310021')[0]?.message).toContain('校验码');
    expect(toValidationIssues(validate.errors, 'en', '110105194912310021')[0]?.message).toContain('check digit');
  });

  it('marks repeatable entities for twins and employees', () => {
    const repeatable = STANDARD_DICTIONARY.entities.filter((e) => e.repeatable).map((e) => e.id);
    expect(repeatable).toEqual(expect.arrayContaining(['child', 'employee']));
  });
});
