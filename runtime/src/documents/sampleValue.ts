// 示例样表: a plausible value for a field of the merged form, made from its type and format — the data
// element's own example value (x-example, an illustration the dictionary gives) when it has one — never
// anyone's real data. The first option of a choice; numbers within their bounds.
import type { JsonSchema } from '@onego/engine';

/** Examples by format, as the standards illustrate them (GB 11643's example ID number …). */
const BY_FORMAT: Record<string, string> = {
  'cn-resident-id': '11010519491231002X',
  'cn-uscc': '91350100M000100Y43',
  'cn-division-code': '410105',
  'cn-township-code': '410105001',
  'cn-mobile': '13800138000',
  'cn-postal-code': '450000',
  'bank-card': '6222020200112233446',
  'hour-minute': '09:30',
  'year-month': '2026-01',
  date: '2026-01-15',
  'date-time': '2026-01-15 09:30',
  email: 'example@example.com',
};

/** Made-up names and places by what the label says, for text fields the dictionary gives no example of. */
const BY_LABEL: [RegExp, string][] = [
  [/母亲.*姓名|妻|女方/, '王芳'],
  [/(新生儿|子女|儿童|学生|婴儿).*姓名/, '张小宇'],
  [/姓名/, '张伟'],
  [/(企业|公司|单位|市场主体).*名称|字号/, '示例科技有限公司'],
  [/地址|住址|住所|场所/, '河南省郑州市金水区示例路 1 号'],
  [/电话/, '0371-12345678'],
];

export function sampleValue(schema: JsonSchema, label: string): string {
  const example = schema['x-example'];
  if (typeof example === 'string' || typeof example === 'number') return String(example);
  const format = typeof schema['format'] === 'string' ? schema['format'] : undefined;
  if (format && BY_FORMAT[format]) return BY_FORMAT[format];
  const type = schema['type'];
  if (type === 'boolean') return '是';
  if (type === 'integer' || type === 'number') {
    const minimum = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
    const maximum = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
    if (format === 'amount') return '100.00';
    if (minimum !== undefined && maximum !== undefined) return String(type === 'integer' ? Math.round((minimum + maximum) / 2) : (minimum + maximum) / 2);
    if (minimum !== undefined) return String(Math.max(minimum, 1));
    return maximum !== undefined && maximum < 1 ? String(maximum) : '1';
  }
  return BY_LABEL.find(([words]) => words.test(label))?.[1] ?? `示例${label}`;
}
