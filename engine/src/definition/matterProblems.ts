// The problems of a matter definition as a service designer reads them: each names its place by the
// service guide's titles (matterPlace.ts) and says what is wrong in plain Chinese and English — never a
// raw regular expression or a JSON path alone. The format (matter.schema.json) is checked with the
// engine's ajv, the rest (data elements, e-licences, constraints, rules, limits) as `onego validate` does.
// Pure, as the engine is: the runtime refuses to publish while there are any, and the matter editor lists
// the same ones in the browser as the designer types.
import type { DataElement } from '@onego/schemas/types';
import { createDefinitionAjv, SCHEMA_BASE, type Ajv } from '../validation/createAjv.ts';
import { describeIssue } from './definitionIssue.ts';
import { loadDefinitions } from './loadDefinitions.ts';
import { localDictionaries } from './localDictionary.ts';
import { matterPlace, type Words } from './matterPlace.ts';

export interface MatterProblem {
  /** SCHEMA_VIOLATION's keyword, or the engine's definition issue code (UNKNOWN_DATA_ELEMENT, …). */
  code: string;
  /** JSON Pointer into the definition, for "go to fix" links. */
  path: string;
  /** Where, in the service guide's words. */
  place: Words;
  /** What is wrong, with the place: a whole sentence. */
  message: Words;
}

const MATTER_SCHEMA = `${SCHEMA_BASE}matter.schema.json`;

type AjvError = NonNullable<NonNullable<ReturnType<Ajv['getSchema']>>['errors']>[number];

/** Plain names of the format's choices. */
const CHOICES: Record<string, Words> = {
  'administrative-permit': { zh: '行政许可', en: 'administrative permit' },
  'administrative-confirmation': { zh: '行政确认', en: 'administrative confirmation' },
  'administrative-payment': { zh: '行政给付', en: 'administrative payment' },
  'public-service': { zh: '公共服务', en: 'public service' },
  'other-administrative-power': { zh: '其他行政权力', en: 'other administrative power' },
  original: { zh: '原件', en: 'original' },
  copy: { zh: '复印件', en: 'copy' },
  'original-and-copy': { zh: '原件和复印件', en: 'original and copy' },
  paper: { zh: '纸质', en: 'paper' },
  electronic: { zh: '电子', en: 'electronic' },
  'paper-or-electronic': { zh: '纸质或电子', en: 'paper or electronic' },
  working: { zh: '工作日', en: 'working days' },
  natural: { zh: '自然日', en: 'natural days' },
  applicant: { zh: '申请人', en: 'applicant' },
  window: { zh: '窗口', en: 'service window' },
  department: { zh: '部门', en: 'department' },
  system: { zh: '系统自动', en: 'the system' },
  certificate: { zh: '证明', en: 'certificate' },
  licence: { zh: '许可证', en: 'licence' },
  card: { zh: '卡', en: 'card' },
  registration: { zh: '登记', en: 'registration' },
  decision: { zh: '决定书', en: 'decision' },
  record: { zh: '备案', en: 'record' },
  post: { zh: '邮寄', en: 'post' },
  string: { zh: '文本', en: 'text' },
  integer: { zh: '整数', en: 'whole number' },
  number: { zh: '数字', en: 'number' },
  boolean: { zh: '是/否', en: 'yes/no' },
};

const TYPES: Record<string, Words> = {
  string: { zh: '文字', en: 'text' },
  integer: { zh: '整数', en: 'a whole number' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '“是”或“否”', en: 'yes or no' },
  object: { zh: '一组内容', en: 'a group of values' },
  array: { zh: '列表', en: 'a list' },
};

/** Patterns of the format, by what they stand for. */
const PATTERNS: Record<string, Words> = {
  '^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$': { zh: '只能由小写字母、数字、“-”和“.”组成，并以字母开头（系统会自动生成，无需手填）', en: 'may hold lower-case letters, digits, "-" and "." only, starting with a letter (it is generated for you)' },
  '^[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*$': { zh: '应为数据元，如“申请人身份证号”（applicant.idNumber）', en: 'should name a data element, e.g. applicant.idNumber' },
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$': { zh: '应为版本号，如 1.0.0', en: 'should be a version such as 1.0.0' },
  '^[1-9][0-9]{5}$': { zh: '应为 6 位行政区划代码，如 370102', en: 'should be a 6-digit division code such as 370102' },
  '^[a-z][a-zA-Z0-9]*$': { zh: '只能由字母和数字组成，并以小写字母开头', en: 'may hold letters and digits only, starting with a lower-case letter' },
  '^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,7}(\\.[0-9]{1,2})?)$': {
    zh: '应为以元为单位、大于 0 的金额，最多两位小数，如 20 或 0.50',
    en: 'should be an amount in yuan above 0 with at most two decimals, such as 20 or 0.50',
  },
};

const choiceList = (values: readonly unknown[]): Words => ({
  zh: values.map((v) => CHOICES[String(v)]?.zh ?? String(v)).join('、'),
  en: values.map((v) => CHOICES[String(v)]?.en ?? String(v)).join(', '),
});

/** What an ajv error says, in words (without the place); undefined: the engine's message will do. */
function schemaWords(error: AjvError): Words | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { zh: '未填写', en: 'is missing' };
    case 'additionalProperties':
      return { zh: '不是事项定义中的内容，请删除', en: 'is not part of a matter definition; remove it' };
    case 'type': {
      const type = TYPES[String(params['type']).split(',')[0] ?? ''];
      return type ? { zh: `应为${type.zh}`, en: `should be ${type.en}` } : undefined;
    }
    case 'enum': {
      const list = choiceList((params['allowedValues'] as unknown[] | undefined) ?? []);
      return { zh: `应为以下之一：${list.zh}`, en: `should be one of: ${list.en}` };
    }
    case 'const':
      return { zh: `应为“${CHOICES[String(params['allowedValue'])]?.zh ?? String(params['allowedValue'])}”`, en: `should be "${String(params['allowedValue'])}"` };
    case 'minimum':
      return { zh: `不能小于 ${String(params['limit'])}`, en: `should be at least ${String(params['limit'])}` };
    case 'maximum':
      return { zh: `不能大于 ${String(params['limit'])}`, en: `should be at most ${String(params['limit'])}` };
    case 'minItems':
      return Number(params['limit']) === 1 ? { zh: '至少要有 1 项', en: 'needs at least one item' } : { zh: `至少要有 ${String(params['limit'])} 项`, en: `needs at least ${String(params['limit'])} items` };
    case 'maxItems':
      return { zh: `最多 ${String(params['limit'])} 项`, en: `may hold at most ${String(params['limit'])} items` };
    case 'minLength':
      return Number(params['limit']) === 1 ? { zh: '不能为空', en: 'must not be empty' } : { zh: `至少 ${String(params['limit'])} 个字`, en: `needs at least ${String(params['limit'])} characters` };
    case 'maxLength':
      return { zh: `不能超过 ${String(params['limit'])} 个字`, en: `may be at most ${String(params['limit'])} characters` };
    case 'pattern':
      return PATTERNS[String(params['pattern'])] ?? { zh: '格式不正确', en: 'is not in the expected form' };
    case 'uniqueItems':
      return { zh: '有重复的项', en: 'has repeated items' };
    case 'minProperties':
      return { zh: '不能为空', en: 'must not be empty' };
    case 'maxProperties':
      return { zh: '只能选择一种方式', en: 'may give one way only' };
    case 'format':
      return { zh: '格式不正确', en: 'is not in the expected form' };
    default:
      return undefined;
  }
}

function pathOf(error: AjvError): string {
  const params = error.params as Record<string, unknown>;
  const extra = error.keyword === 'required' ? params['missingProperty'] : error.keyword === 'additionalProperties' ? params['additionalProperty'] : undefined;
  const token = typeof extra === 'string' ? `/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}` : '';
  return `${error.instancePath}${token}`;
}

const sentence = (place: Words, what: Words): Words => ({ zh: `${place.zh}${what.zh}`, en: `${place.en}: ${what.en}` });

let shared: Ajv | undefined;
/** One ajv for every check (compiling the definition schemas takes a while; checking with them does not). */
const sharedAjv = (): Ajv => (shared ??= createDefinitionAjv());

const NOISE = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not']);

/**
 * Every problem of a matter definition, located; none: it may be published. A matter without an id is
 * checked as if it had one (ids are generated, not typed). `localElements`: the region's local data
 * elements (本地区数据元), which it may bind as standard ones.
 */
export function matterProblems(definition: unknown, localElements: readonly DataElement[] = [], ajv: Ajv = sharedAjv()): MatterProblem[] {
  const validate = ajv.getSchema(MATTER_SCHEMA);
  if (!validate) throw new Error('the matter schema is not registered');
  const json = { ...(definition as object), $schema: MATTER_SCHEMA };
  if (!validate(json)) {
    const seen = new Set<string>();
    const problems: MatterProblem[] = [];
    for (const error of validate.errors ?? []) {
      if (NOISE.has(error.keyword)) continue;
      const path = pathOf(error);
      const place = matterPlace(definition, path);
      const what = schemaWords(error) ?? { zh: error.message ?? error.keyword, en: error.message ?? error.keyword };
      const key = `${path}\u0000${what.zh}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ code: error.keyword, path, place, message: sentence(place, what) });
    }
    return problems;
  }
  const dictionaries = localDictionaries(localElements).map((d, i) => ({ file: `local-${i}`, json: d }));
  const issues = loadDefinitions([...dictionaries, { file: 'matter', json }], { ajv }).issues.filter((issue) => issue.file === 'matter');
  return issues.map((issue) => {
    const place = matterPlace(definition, issue.path);
    if (issue.code === 'DUPLICATE_ID') {
      const other = matterPlace(definition, typeof issue.params['other'] === 'string' ? issue.params['other'] : '');
      return { code: issue.code, path: issue.path, place, message: { zh: `${place.zh}与${other.zh}重复`, en: `${place.en}: the same as ${other.en}` } };
    }
    return { code: issue.code, path: issue.path, place, message: sentence(place, { zh: `：${describeIssue(issue, 'zh')}`, en: describeIssue(issue, 'en') }) };
  });
}
