// The web app's form tools: client-side validation gives the runtime's own errors (same engine, same
// merged form), errors land next to their fields in rjsf's error schema, English titles of questions,
// friendlier widgets, and data trimmed to what the form asks.
import { readdirSync, readFileSync } from 'node:fs';
import { compileBundle, indexDictionaries, STANDARD_DICTIONARY } from '@onego/engine';
import { describe, expect, it } from 'vitest';
import { friendlyUiSchema, labelAt, localizeSchema, pruneToSchema, segmentsBelow, valueLabel } from '../src/form/schemaTools.ts';
import { errorSchemaOf, fieldIdOf, validate } from '../src/form/validation.ts';

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;
const matters = readdirSync('examples/newborn/matters').map((f) => read(`examples/newborn/matters/${f}`));
const newborn = compileBundle({
  bundle: read('examples/newborn/bundle.json') as never,
  matters: new Map(matters.map((m) => [m['id'] as string, m as never])),
  dictionary: indexDictionaries([STANDARD_DICTIONARY]),
});
const sample = (name: string) => read(`examples/newborn/samples/${name}.json`) as { answers: Json; data: Json };

describe('validation in the browser', () => {
  it('finds exactly what the runtime finds, in the same words (zh and en)', () => {
    for (const name of ['invalid-id-checksum', 'invalid-birth-date', 'invalid-missing-child-name', 'valid-single-birth']) {
      const { answers, data } = sample(name);
      for (const lang of ['zh', 'en'] as const) {
        const server = newborn.validate(answers, data, lang).errors.map(({ path, message }) => ({ path, message }));
        const browser = validate(newborn.form(answers, lang).schema, data, lang, '/data').map(({ path, message }) => ({ path, message }));
        expect(browser, `${name} ${lang}`).toEqual(server);
      }
    }
    expect(validate(newborn.form(sample('invalid-id-checksum').answers).schema, sample('invalid-id-checksum').data, 'zh', '/data').map((i) => i.message)).toContain(
      '公民身份号码校验码不正确（GB 11643），请核对',
    );
  });

  it('puts each error next to its field, deduplicated, and names the input rjsf gives it', () => {
    const issues = [
      { path: '/data/child/0/name', message: '必填项，请填写' },
      { path: '/data/child/0/name', message: '必填项，请填写' },
      { path: '/data/child', message: '至少 1 项' },
      { path: '/data/mother/name', message: 'x' },
    ];
    expect(errorSchemaOf(issues, '/data/child')).toEqual({ __errors: ['至少 1 项'], 0: { name: { __errors: ['必填项，请填写'] } } });
    expect(fieldIdOf(['0', 'name'])).toBe('root_0_name');
    expect(segmentsBelow('/data/matters/a~1b/x', '/data/matters')).toEqual(['a/b', 'x']);
    expect(segmentsBelow('/data/mothers', '/data/mother')).toBeNull();
  });
});

describe('schema tools', () => {
  const questions = newborn.bundle.questions as unknown as Json;

  it('reads scenario questions in English from x-en, Chinese otherwise', () => {
    const en = localizeSchema(questions, 'en') as { properties: Record<string, Json & { oneOf?: Json[] }> };
    expect(en.properties['multipleBirth']?.['title']).toBe('Twins or more?');
    expect(en.properties['householdPlace']?.oneOf?.[0]?.['title']).toBe("With the father's household");
    expect(JSON.stringify(en)).not.toContain('x-en');
    expect((localizeSchema(questions, 'zh') as { properties: Record<string, Json> }).properties['multipleBirth']?.['title']).toBe('是否多胞胎？');
  });

  it('asks yes/no and short option lists with radio buttons, and keeps lists in order', () => {
    const ui = friendlyUiSchema(questions, {});
    expect(ui['multipleBirth']).toEqual({ 'ui:widget': 'radio' });
    expect(ui['householdPlace']).toEqual({ 'ui:widget': 'radio' });
    const form = newborn.form(sample('valid-twins').answers);
    const child = friendlyUiSchema((form.schema['properties'] as Record<string, Json>)['child'] as Json, (form.uiSchema as Record<string, Json>)['child']);
    expect(child['ui:options']).toEqual({ orderable: false, copyable: false });
    expect((child['items'] as Json)['gender']).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['男', '女'] });
    expect((child['items'] as Json)['ethnicity']).not.toHaveProperty('ui:widget'); // 56 options stay a list box
  });

  it('names fields and values as people read them', () => {
    const form = newborn.form(sample('valid-single-birth').answers);
    expect(labelAt(form.schema, ['child', '0', 'birthDate'], (n) => `第 ${n} 项`)).toBe('新生儿 · 第 1 项 · 出生日期');
    const ethnicity = ((form.schema['properties'] as Record<string, Json>)['mother'] as { properties: Record<string, Json> }).properties['ethnicity'];
    expect(valueLabel(ethnicity, ((form.uiSchema as Record<string, Json>)['mother'] as Record<string, Json>)['ethnicity'], '01', ['是', '否'])).toBe('汉族');
    expect(valueLabel(undefined, undefined, true, ['是', '否'])).toBe('是');
    expect(valueLabel((questions['properties'] as Record<string, Json>)['householdPlace'], undefined, 'mother', ['是', '否'])).toBe('随母落户');
  });

  it('drops data the changed answers no longer ask for', () => {
    const withoutCard = newborn.form({ ...sample('valid-single-birth').answers, needSocialSecurityCard: false });
    const pruned = pruneToSchema(sample('valid-single-birth').data, withoutCard.schema) as { matters: Json };
    expect(Object.keys(pruned.matters)).not.toContain('social-security-card');
    expect(newborn.validate({ ...sample('valid-single-birth').answers, needSocialSecurityCard: false }, pruned).valid).toBe(true);
  });
});
