// Every message a citizen or officer can read about a value of the wrong format or type is plain words:
// never the field's regular expression, a JSON type name or ajv's wording — checked over every format of
// the data element dictionary and the definition format, with random values (fast-check), in zh and en.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_DICTIONARY } from '../src/definition/loadDefinitions.ts';
import { CHINESE_FORMATS } from '../src/formats/chineseFormats.ts';
import { FORM_FORMATS } from '../src/formats/formFormats.ts';
import { fieldHint } from '../src/form/fieldHint.ts';
import { specOf, type ValueSpec } from '../src/form/valueSpec.ts';
import { valueSchema } from '../src/form/valueSchema.ts';
import { FORMAT_GUIDES } from '../src/i18n/formatGuides.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { createAjv } from '../src/validation/createAjv.ts';
import { toValidationIssues } from '../src/validation/validationIssues.ts';

const ajv = createAjv();
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const AJV_FORMATS = ['date', 'time', 'date-time', 'email', 'uri'];
const STRING_FORMATS = [...Object.keys(CHINESE_FORMATS), ...Object.entries(FORM_FORMATS).filter(([, f]) => f.type === 'string').map(([n]) => n), ...AJV_FORMATS];
const NUMBER_FORMATS = Object.entries(FORM_FORMATS).filter(([, f]) => f.type === 'number').map(([n]) => n);
const PATTERNS = ['^([01][0-9]|2[0-3]):[0-5][0-9]$', '^B?J[0-9]{6}-[0-9]{4}-[0-9]{6}$', '^53[0-9]{4}$', '^41', '^[0-9A-Z]{18}$', '^.{1,2}[(（][0-9]{4}[)）].{1,30}不动产权第[0-9]{7}号$'];
// "number" is a JSON type in a zh message, and plain English in "mobile number" or "a whole number".
const TYPE_WORDS = { zh: /\b(string|integer|number|boolean|object|array|null)\b/i, en: /\b(string|integer|boolean|object|array|null)\b|must be number/i };
const AJV_WORDING = /应当|模式|类型|枚举|must match|must be (string|integer|number|boolean|object|array|equal)|must have|must NOT|format "|pattern/;
const REGEX_SYNTAX = /[\^$\\[\]{}|*]|\(\?/;

/** A form of one field, as the merged form makes it, and the messages a value gets in both languages. */
function issuesOf(spec: ValueSpec, value: unknown): { lang: Lang; message: string }[] {
  const schema = { type: 'object', properties: { field: valueSchema(spec, '字段') } };
  const key = JSON.stringify(schema);
  const validate = compiled.get(key) ?? ajv.compile(schema);
  compiled.set(key, validate);
  const data = { field: value };
  if (validate(data)) return [];
  return (['zh', 'en'] as Lang[]).flatMap((lang) => toValidationIssues(validate.errors, lang, data, schema).map((issue) => ({ lang, message: issue.message })));
}

const messages = (spec: ValueSpec, value: unknown) => issuesOf(spec, value).map((i) => i.message);

function expectPlain(spec: ValueSpec, value: unknown): void {
  for (const { lang, message } of issuesOf(spec, value)) expectPlainText(message, spec, lang);
}

function expectPlainText(message: string, spec: ValueSpec, lang: Lang): void {
  for (const pattern of spec.patterns) expect(message).not.toContain(pattern);
  expect(message).not.toMatch(TYPE_WORDS[lang]);
  expect(message).not.toMatch(AJV_WORDING);
  expect(message).not.toMatch(REGEX_SYNTAX);
}

/** Values of every JSON type, and strings near the formats' shapes. */
const anyValue = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[0-9:.\-X ]{0,20}$/),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

const example = fc.option(fc.constantFrom('08:30', '2025-03', 'J410105-2020-000123', 'ZY20261123'), { nil: undefined });
const description = fc.option(fc.record({ zh: fc.constantFrom('用于调取记录，可不填。', '见证书右上角'), en: fc.constantFrom('Optional.', 'Top right of the certificate') }), { nil: undefined });

function withAbout(spec: ValueSpec, about: { example: unknown; description: ValueSpec['description'] }): ValueSpec {
  const out = { ...spec };
  if (about.example !== undefined) out.example = about.example;
  if (about.description !== undefined) out.description = about.description;
  return out;
}

describe('messages for a value of the wrong format or type', () => {
  it('every registered format has a guide with a plain message and an example', () => {
    for (const format of [...STRING_FORMATS, ...NUMBER_FORMATS]) {
      const guide = FORMAT_GUIDES[format];
      expect(guide, format).toBeDefined();
      expect(guide?.message.zh, format).toMatch(/[\u4e00-\u9fa5]/);
      expect(guide?.message.en, format).toMatch(/^[a-z]/);
      expect(guide?.example, format).not.toBe('');
    }
  });

  it('string formats, alone or narrowed by a pattern: never a pattern, a type name or ajv wording', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRING_FORMATS), fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }), example, description, anyValue, (format, pattern, ex, desc, value) => {
        const spec = withAbout({ type: 'string', format, patterns: pattern ? [pattern] : [] }, { example: ex, description: desc });
        expectPlain(spec, value);
      }),
      { numRuns: 400 },
    );
  });

  it('number and integer fields, with or without the amount format or a range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'integer' | 'number'>('integer', 'number'),
        fc.option(fc.constantFrom(...NUMBER_FORMATS), { nil: undefined }),
        fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
        anyValue,
        (type, format, minimum, value) => {
          const spec: ValueSpec = { type, patterns: [] };
          if (format) spec.format = format;
          if (minimum !== undefined) spec.minimum = minimum;
          expectPlain(spec, value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pattern-only fields and plain types (string, boolean) get neutral words with the example and description', () => {
    fc.assert(
      fc.property(fc.constantFrom<'string' | 'boolean'>('string', 'boolean'), fc.constantFrom(...PATTERNS), example, description, anyValue, (type, pattern, ex, desc, value) => {
        const spec = withAbout({ type, patterns: type === 'string' ? [pattern] : [] }, { example: ex, description: desc });
        expectPlain(spec, value);
      }),
      { numRuns: 300 },
    );
  });

  it('every element of the standard dictionary, with random values', () => {
    const specs = STANDARD_DICTIONARY.elements.map((element) => specOf(element));
    fc.assert(
      fc.property(fc.constantFrom(...specs), anyValue, (spec, value) => {
        expectPlain(spec, value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the words a citizen reads', () => {
  const birthTime = specOf(STANDARD_DICTIONARY.elements.find((e) => e.id === 'child.birthTime') ?? { id: 'x', label: { zh: 'x', en: 'x' }, type: 'string' });

  it('a wrong time: the format with the field’s example, not the pattern', () => {
    expect(messages(birthTime, '25:10')).toEqual(['请按 08:30 的格式填写时间（24 小时制）', 'enter a time like 08:30 (24-hour clock)']);
    expect(messages({ type: 'string', format: 'hour-minute', patterns: [] }, '2:5')[0]).toBe('请按 14:35 的格式填写时间（24 小时制）');
  });

  it('a whole number: says so in words, with the range', () => {
    expect(messages({ type: 'integer', patterns: [], minimum: 300, maximum: 8000 }, 'abc')).toEqual(['请填写整数，如 12', 'enter a whole number, like 12']);
    expect(messages({ type: 'integer', patterns: [], minimum: 300 }, 12)).toEqual(['不能小于 300', 'must be at least 300']);
  });

  it('an amount: yuan with two decimals', () => {
    expect(messages({ type: 'number', format: 'amount', patterns: [] }, 12.345)[0]).toBe('请填写金额（元），最多两位小数，如 1280.50');
    expect(messages({ type: 'number', format: 'amount', patterns: [], example: 5200 }, 'x')[0]).toBe('请填写金额（元），最多两位小数，如 5200.00');
    expect(messages({ type: 'number', format: 'amount', patterns: [] }, 1280.5)).toEqual([]);
  });

  it('a pattern-only field: neutral words, its example and its description, never the pattern', () => {
    const spec: ValueSpec = { type: 'string', patterns: ['^[0-9A-Za-z-]{4,30}$'], example: 'ZY20261123', description: { zh: '用于调取分娩记录。', en: 'Helps find the record.' } };
    expect(messages(spec, '住院号')).toEqual(['格式不正确，请参照示例填写，如 ZY20261123（用于调取分娩记录。）', 'not in the expected form; follow the example, like ZY20261123 (Helps find the record.)']);
  });

  it('a division code outside the area a matter serves, and one typed by hand', () => {
    expect(messages({ type: 'string', format: 'cn-division-code', patterns: ['^53[0-9]{4}$'] }, '410105')[0]).toBe('所选地区不在本事项的办理范围内，请重新选择');
    expect(messages({ type: 'string', format: 'cn-division-code', patterns: [] }, '金水区')[0]).toBe('请依次选择省、市、区县，如 河南省 郑州市 金水区');
  });

  it('check digits keep their precise message', () => {
    expect(messages({ type: 'string', format: 'cn-resident-id', patterns: [] }, '110105194912310021')[0]).toBe('公民身份号码校验码不正确（GB 11643），请核对');
  });
});

describe('the hint shown with a field before any error', () => {
  it('says how to write the value, with the example, after the description', () => {
    expect(fieldHint(birthTimeSpec(), 'zh')).toBe('24 小时制，如 08:30');
    expect(fieldHint(birthTimeSpec(), 'en')).toBe('24-hour clock, for example 08:30');
    expect(fieldHint({ type: 'integer', patterns: [], minimum: 300, maximum: 8000 }, 'zh')).toBe('填写 300 到 8000 之间的整数');
    expect(fieldHint({ type: 'string', patterns: ['^x'], example: 'ZY1', description: { zh: '可不填。' } }, 'zh')).toBe('可不填。 如 ZY1');
    expect(fieldHint({ type: 'string', patterns: ['^x'], example: 'ZY1', description: { zh: '可不填。', en: 'Optional.' } }, 'en')).toBe('Optional. For example ZY1');
  });

  it('is left out where the widget leaves no room for a wrong value (pickers, options)', () => {
    expect(fieldHint({ type: 'string', format: 'cn-division-code', patterns: [] }, 'zh')).toBeUndefined();
    expect(fieldHint({ type: 'string', format: 'year-month', patterns: [] }, 'zh')).toBeUndefined();
    expect(fieldHint({ type: 'string', patterns: [], enum: ['a'], example: 'a' }, 'zh')).toBeUndefined();
  });

  it('never shows a pattern or a type name, for every element of the standard dictionary', () => {
    for (const element of STANDARD_DICTIONARY.elements) {
      const spec = specOf(element);
      for (const lang of ['zh', 'en'] as Lang[]) {
        expectPlainText(fieldHint(spec, lang) ?? '', spec, lang);
      }
    }
  });
});

function birthTimeSpec(): ValueSpec {
  const element = STANDARD_DICTIONARY.elements.find((e) => e.id === 'child.birthTime');
  if (!element) throw new Error('child.birthTime missing');
  return specOf(element);
}
