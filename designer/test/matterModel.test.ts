// The matter editor's model: plain field types to the format's type and format and back, generated ids,
// and where each located problem is fixed on the page.
import { describe, expect, it } from 'vitest';
import { matterProblems } from '@onego/engine';
import {
  blankMatter,
  divisionLevelOf,
  divisionLevelsFrom,
  FIELD_KINDS,
  freeId,
  kindOf,
  placeOfProblem,
  withBoundDivisionLevel,
  withDivisionLevel,
  withKind,
} from '../src/designer/matterModel.ts';

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
    expect(withKind(field, 'time')).toMatchObject({ type: 'string', format: 'hour-minute' });
    expect(withKind(field, 'yearMonth')).toMatchObject({ type: 'string', format: 'year-month' });
    expect(withKind(field, 'residentId')).toMatchObject({ type: 'string', format: 'cn-resident-id' });
    expect(withKind(field, 'postalCode')).toMatchObject({ type: 'string', format: 'cn-postal-code' });
    expect(withKind(field, 'bankCard')).toMatchObject({ type: 'string', format: 'bank-card' });
    expect(withKind(field, 'email')).toMatchObject({ type: 'string', format: 'email' });
  });

  it('writes how far down a place is picked: the default level is not written, another type drops the level', () => {
    const field = withKind({ id: 'field1', label: { zh: '户籍地', en: 'Registered residence' }, type: 'string' }, 'division');
    expect(divisionLevelOf(field.divisionLevel)).toBe('district');
    const street = withDivisionLevel(field, 'street');
    expect(street).toMatchObject({ format: 'cn-division-code', divisionLevel: 'street' });
    expect(divisionLevelOf(street.divisionLevel)).toBe('street');
    expect(withDivisionLevel(street, 'district')).not.toHaveProperty('divisionLevel');
    expect(withDivisionLevel(field, 'province').divisionLevel).toBe('province');
    expect(withKind(street, 'text')).not.toHaveProperty('divisionLevel');
  });

  it('lets a field bound to a division element ask for its element’s level or more detail, written as a constraint', () => {
    expect(divisionLevelsFrom(undefined)).toEqual(['province', 'city', 'district', 'street']);
    expect(divisionLevelsFrom('city')).toEqual(['city', 'district', 'street']);
    const bound = { element: 'applicant.residenceDivision', required: true };
    const street = withBoundDivisionLevel(bound, 'street', undefined);
    expect(street).toEqual({ ...bound, constraints: { divisionLevel: 'street' } });
    // back to what the element asks for: no constraint is left at all
    expect(withBoundDivisionLevel(street, 'district', undefined)).toEqual(bound);
    expect(withBoundDivisionLevel(street, 'city', 'city')).toEqual(bound);
    expect(divisionLevelOf(undefined, 'city')).toBe('city');
    const narrowed = withBoundDivisionLevel({ ...bound, constraints: { pattern: '^41' } }, 'province', undefined);
    expect(narrowed.constraints).toEqual({ pattern: '^41', divisionLevel: 'province' });
  });

  it('says in plain words what is wrong with a fee amount, and places it at the amount', () => {
    const matter = { ...blankMatter(), id: 'm', fee: { charged: true, amount: '20.555', basis: { zh: '《收费目录》' } } };
    const problems = matterProblems(matter).filter((p) => p.path === '/fee/amount');
    expect(problems.map((p) => p.message.zh)).toEqual([expect.stringContaining('收费金额应为以元为单位、大于 0 的金额，最多两位小数')]);
    expect(problems[0]?.message.zh).not.toMatch(/\^|\$|pattern/);
    expect(placeOfProblem('/fee/amount')).toBe('mx-fee-amount');
    expect(placeOfProblem('/fee/basis/zh')).toBe('mx-fee-basis');
    expect(matterProblems({ ...matter, fee: { charged: true, amount: '20.50', basis: { zh: '《收费目录》' } } }).filter((p) => p.path.startsWith('/fee'))).toEqual([]);
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
    expect(placeOfProblem('/form/fields/2/divisionLevel')).toBe('mx-field-2-level');
    expect(placeOfProblem('/form/fields/4/constraints/divisionLevel')).toBe('mx-field-4-level');
  });
});
