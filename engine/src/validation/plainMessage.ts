// The message a citizen or officer reads for one ajv error on a form field, in plain words with an
// example: never a regular expression, a JSON type name or a keyword. The field's schema (found from the
// error's schemaPath) tells its format, example and description, whatever language it was made in.
import type { ErrorObject } from 'ajv';
import { CHINESE_FORMATS } from '../formats/chineseFormats.ts';
import { exampleText } from '../form/fieldHint.ts';
import { formatGuideMessage } from '../i18n/formatGuides.ts';
import { formatMessage } from '../i18n/formatMessages.ts';
import { inLang, type Lang, type Text } from '../i18n/lang.ts';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schema of the field an error is about: the object holding the failed keyword, or the field around
 * an allOf branch (merged patterns). Undefined when the path cannot be followed.
 */
export function fieldSchemaOf(root: unknown, schemaPath: string): Schema | undefined {
  const segments = schemaPath.replace(/^#\/?/, '').split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  segments.pop(); // the keyword
  if (segments.length >= 2 && segments[segments.length - 2] === 'allOf') segments.splice(-2, 2);
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isSchema(node)) node = node[segment];
    else return undefined;
  }
  return isSchema(node) ? node : undefined;
}

const words = (zh: string, en: string, lang: Lang) => (lang === 'zh' ? zh : en);

const DIVISION_FORMATS = new Set(['cn-division-code', 'cn-township-code']);

function typeMessage(types: string[], example: string | undefined, lang: Lang): string {
  if (types.includes('integer')) return words(`请填写整数，如 ${example ?? '12'}`, `enter a whole number, like ${example ?? '12'}`, lang);
  if (types.includes('number')) return words(`请填写数字，如 ${example ?? '12.5'}`, `enter a number, like ${example ?? '12.5'}`, lang);
  if (types.includes('boolean')) return words('请选择“是”或“否”', 'choose yes or no', lang);
  if (types.includes('string')) return words('请填写文字', 'enter text', lang);
  return words('这一项填写得不对，请重新填写', 'this entry is not filled in as expected; fill it in again', lang);
}

/** Neutral words for a value that does not fit a field's own pattern, with its example and description. */
function patternMessage(example: string | undefined, description: string, lang: Lang): string {
  let message = words('格式不正确，请参照示例填写', 'not in the expected form; follow the example', lang);
  if (example !== undefined) message += words(`，如 ${example}`, `, like ${example}`, lang);
  if (description) message += words(`（${description}）`, ` (${description})`, lang);
  return message;
}

function limitMessage(keyword: string, limit: unknown, lang: Lang): string | undefined {
  switch (keyword) {
    case 'minimum':
      return words(`不能小于 ${String(limit)}`, `must be at least ${String(limit)}`, lang);
    case 'exclusiveMinimum':
      return words(`应大于 ${String(limit)}`, `must be more than ${String(limit)}`, lang);
    case 'maximum':
      return words(`不能大于 ${String(limit)}`, `must be at most ${String(limit)}`, lang);
    case 'exclusiveMaximum':
      return words(`应小于 ${String(limit)}`, `must be less than ${String(limit)}`, lang);
    case 'minLength':
      return words(`请至少填写 ${String(limit)} 个字`, `enter at least ${String(limit)} characters`, lang);
    case 'maxLength':
      return words(`最多填写 ${String(limit)} 个字`, `enter at most ${String(limit)} characters`, lang);
    case 'minItems':
      return words(`请至少填写 ${String(limit)} 项`, `add at least ${String(limit)} entries`, lang);
    case 'maxItems':
      return words(`最多填写 ${String(limit)} 项`, `add at most ${String(limit)} entries`, lang);
    default:
      return undefined;
  }
}

/**
 * Plain words for an error on a value, or undefined for keywords people do not meet in a form (the
 * caller falls back to ajv's message). `value` is the value the error is about.
 */
export function plainMessage(error: ErrorObject, field: Schema | undefined, lang: Lang, value: unknown): string | undefined {
  const format = typeof field?.['format'] === 'string' ? field['format'] : undefined;
  const example = exampleText(format, field?.['x-example']);
  const description = isSchema(field?.['x-description']) ? inLang(field['x-description'] as unknown as Text, lang) : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'format': {
      const name = typeof params['format'] === 'string' ? params['format'] : '';
      const checker = CHINESE_FORMATS[name];
      const problem = typeof value === 'string' && checker ? (checker.problem(value) ?? 'shape') : 'shape';
      return formatMessage(name, problem, lang, example) ?? patternMessage(example, description, lang);
    }
    case 'type': {
      const guided = format ? formatGuideMessage(format, lang, example) : undefined;
      if (guided) return guided;
      const types = Array.isArray(params['type']) ? (params['type'] as string[]) : [String(params['type'])];
      return typeMessage(types, example, lang);
    }
    case 'pattern':
      if (format && DIVISION_FORMATS.has(format)) return words('所选地区不在本事项的办理范围内，请重新选择', 'the place chosen is outside the area this service covers; choose another', lang);
      return (format ? formatGuideMessage(format, lang, example) : undefined) ?? patternMessage(example, description, lang);
    case 'enum':
    case 'const':
      return words('请从给出的选项中选择', 'choose one of the options given', lang);
    case 'multipleOf':
      return words(`应为 ${String(params['multipleOf'])} 的整数倍`, `must be a multiple of ${String(params['multipleOf'])}`, lang);
    default:
      return limitMessage(error.keyword, params['limit'], lang);
  }
}
