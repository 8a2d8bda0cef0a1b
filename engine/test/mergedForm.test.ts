import { describe, expect, it } from 'vitest';
import type { Bundle, Matter } from '@onego/schemas/types';
import { compileBundle, createAjv, matterFormSchema, projectForMatter } from '../src/index.ts';
import { loadExample } from './support/loadExample.ts';

const ajv = createAjv();
const ALL_YES = { multipleBirth: false, householdPlace: 'father', needSocialSecurityCard: true, registerBirth: true };

describe('merged form (一表申请) of the newborn bundle', () => {
  const { compiled, sample } = loadExample('newborn');

  it('asks each data element once however many matters use it', () => {
    const form = compiled.form(ALL_YES);
    const mother = form.entities.find((e) => e.id === 'mother');
    const idNumber = mother?.fields.get('idNumber');
    expect(idNumber?.matters.length).toBeGreaterThan(1);
    const properties = (form.schema['properties'] as Record<string, { properties?: Record<string, unknown> }>)['mother']?.properties ?? {};
    expect(Object.keys(properties).filter((k) => k === 'idNumber')).toHaveLength(1);
  });

  it('puts the applicant section first and the matters’ own sections last', () => {
    const order = compiled.form(ALL_YES).uiSchema['ui:order'] as string[];
    expect(order[0]).toBe('applicant');
    expect(order.at(-1)).toBe('matters');
  });

  it('merges differing constraints to the tighter one both accept (child.name max length 20 and 30 → 20)', () => {
    const child = compiled.form(ALL_YES).entities.find((e) => e.id === 'child');
    expect(child?.repeatable).toBe(true);
    expect(child?.fields.get('name')?.spec.maxLength).toBe(20);
    expect(compiled.form(ALL_YES).conflicts).toEqual([]);
  });

  it('the answers narrow the number of children: one for a single birth (no 添加一项 / 删除), two to six for twins or more', () => {
    const childList = (answers: Record<string, unknown>) => {
      const form = compiled.form(answers);
      return {
        counts: (form.schema['properties'] as Record<string, { minItems?: number; maxItems?: number }>)['child'],
        options: (form.uiSchema['child'] as { 'ui:options'?: unknown })['ui:options'],
      };
    };
    const one = childList(ALL_YES);
    expect([one.counts?.minItems, one.counts?.maxItems]).toEqual([1, 1]);
    expect(one.options).toEqual({ addable: false, removable: false, orderable: false });
    const twins = childList({ ...ALL_YES, multipleBirth: true });
    expect([twins.counts?.minItems, twins.counts?.maxItems]).toEqual([2, 6]);
    expect(twins.options).toBeUndefined();
    // the whole bundle, without answers (the designer's view): the matters' own counts
    const whole = compiled.form().schema['properties'] as Record<string, { minItems?: number; maxItems?: number }>;
    expect([whole['child']?.minItems, whole['child']?.maxItems]).toEqual([1, 6]);
    // and the server refuses what the form would not offer
    const single = sample('valid-single-birth');
    expect(compiled.validate(single.answers, single.data).valid).toBe(true);
    const child = (single.data['child'] as unknown[])[0];
    const twice = compiled.validate(single.answers, { ...single.data, child: [child, child] });
    expect(twice.valid).toBe(false);
    expect(twice.errors.map((e) => e.path)).toContain('/data/child');
  });

  it('matters excluded by the answers contribute nothing', () => {
    const all = compiled.form(ALL_YES);
    const fewer = compiled.form({ ...ALL_YES, needSocialSecurityCard: false, registerBirth: false });
    expect(fewer.fieldCount).toBeLessThan(all.fieldCount);
    const ownSections = (f: typeof all) => f.ownSections.map((s) => s.matterId);
    expect(ownSections(fewer)).not.toContain('social-security-card');
    expect(compiled.included({ ...ALL_YES, needSocialSecurityCard: false, registerBirth: false }).map((e) => e.matter)).not.toContain('birth-registration');
  });

  it('validates the valid samples and rejects the invalid ones with zh (default) and en messages', () => {
    for (const name of ['valid-single-birth', 'valid-twins']) {
      const { answers, data } = sample(name);
      expect(compiled.validate(answers, data).errors, name).toEqual([]);
    }
    const bad = sample('invalid-id-checksum');
    const zh = compiled.validate(bad.answers, bad.data);
    expect(zh.valid).toBe(false);
    expect(zh.errors.find((e) => e.path === '/data/mother/idNumber')?.message).toBe('公民身份号码校验码不正确（GB 11643），请核对');
    const en = compiled.validate(bad.answers, bad.data, 'en');
    expect(en.errors.find((e) => e.path === '/data/mother/idNumber')?.message).toContain('check digit');
  });

  it('rejects answers that do not fit the scenario questions', () => {
    const result = compiled.validate({ ...ALL_YES, householdPlace: 'grandmother' }, {});
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.path).toBe('/answers/householdPlace');
  });

  it('a submission valid against the merged form projects onto a valid submission for every included matter', () => {
    const { answers, data } = sample('valid-single-birth');
    expect(compiled.validate(answers, data).valid).toBe(true);
    for (const entry of compiled.included(answers)) {
      const matter = compiled.matters.get(entry.matter) as Matter;
      const projected = projectForMatter(data, matter);
      const validate = ajv.compile(matterFormSchema(matter, compiled.dictionary));
      expect(validate(projected), `${matter.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(Object.keys(projected).every((k) => k === 'matters' || matter.form.fields.some((f) => 'element' in f && f.element.startsWith(`${k}.`)))).toBe(true);
    }
  });
});

describe('constraint conflicts in a merged form', () => {
  it('are reported, never silently dropped', () => {
    const { definitions } = loadExample('newborn');
    const matters = new Map([...definitions.matters].map(([id, m]) => [id, structuredClone(m.definition)]));
    const hukou = matters.get('birth-household-registration') as Matter;
    const card = matters.get('social-security-card') as Matter;
    hukou.form.fields.push({ element: 'applicant.relation', constraints: { enum: ['father'] } });
    card.form.fields.push({ element: 'applicant.relation', constraints: { enum: ['mother'] } });
    const bundle = definitions.bundles[0]?.definition as Bundle;
    const form = compileBundle({ bundle, matters, dictionary: definitions.dictionary }).form(ALL_YES);
    expect(form.conflicts.map((c) => [c.code, c.params['id']])).toContainEqual(['CONSTRAINT_CONFLICT', 'applicant.relation']);
  });
});

describe('labelled options', () => {
  it('validate as a plain enum and carry their labels in the uiSchema (ui:enumNames)', () => {
    const { compiled } = loadExample('newborn');
    const form = compiled.form(ALL_YES);
    const mother = (form.schema['properties'] as Record<string, { properties: Record<string, { enum?: unknown[]; oneOf?: unknown }> }>)['mother'];
    expect(mother?.properties['ethnicity']?.enum).toHaveLength(56);
    expect(mother?.properties['ethnicity']?.oneOf).toBeUndefined();
    const labels = ((form.uiSchema['mother'] as Record<string, Record<string, unknown>>)['ethnicity'] ?? {})['ui:enumNames'] as string[];
    expect(labels.slice(0, 2)).toEqual(['汉族', '蒙古族']);
    expect(((compiled.form(ALL_YES, 'en').uiSchema['mother'] as Record<string, Record<string, unknown>>)['ethnicity'] ?? {})['ui:enumNames']).toContain('Han');
  });
});
