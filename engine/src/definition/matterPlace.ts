// Where in a matter a JSON Pointer points, said as a service designer says it: "申请材料「结婚证」的份数",
// "material “Marriage certificate”: copies". Items of a list are named by their own name (a material, a
// step, a field), else by their position; properties by the titles the service guide uses.
import { indexDictionaries } from './dictionaryIndex.ts';
import { STANDARD_DICTIONARY } from './loadDefinitions.ts';

export interface Words {
  zh: string;
  en: string;
}

const w = (zh: string, en: string): Words => ({ zh, en });

/** Titles of the matter's properties and of their parts, by property name at each level. */
const TOP: Record<string, Words> = {
  $schema: w('格式声明', 'format declaration'),
  id: w('事项标识', 'matter id'),
  version: w('版本号', 'version'),
  code: w('事项编码', 'matter code'),
  name: w('事项名称', 'matter name'),
  kind: w('事项类型', 'matter type'),
  department: w('实施部门', 'department'),
  legalBasis: w('设定依据', 'legal basis'),
  acceptanceConditions: w('受理条件', 'acceptance conditions'),
  timeLimits: w('办结时限', 'time limits'),
  visits: w('到办事现场次数', 'on-site visits'),
  steps: w('办理环节', 'process steps'),
  materials: w('申请材料', 'application materials'),
  blankForms: w('空白表格', 'blank forms'),
  sampleForms: w('示范文本', 'sample forms'),
  fee: w('收费', 'fee'),
  form: w('表单', 'form'),
  autoApproval: w('秒批规则', 'auto-approval rule'),
  result: w('办理结果', 'result'),
  sources: w('资料来源', 'sources'),
};

const PARTS: Record<string, Record<string, Words>> = {
  department: { id: w('部门标识', 'department id'), name: w('部门名称', 'department name'), region: w('所属行政区划', 'region'), implementingBody: w('实施主体', 'implementing body') },
  legalBasis: { title: w('法规名称', 'title'), article: w('条款', 'article') },
  timeLimits: { legal: w('法定办结时限', 'legal time limit'), committed: w('承诺办结时限', 'committed time limit'), note: w('时限说明', 'note on the time limits') },
  visits: { count: w('次数', 'count'), reason: w('说明', 'reason') },
  steps: { id: w('标识', 'id'), name: w('名称', 'name'), actor: w('办理人', 'who handles it'), timeLimit: w('时限', 'time limit'), standard: w('审查标准', 'review standard'), result: w('环节结果', 'step result') },
  materials: {
    id: w('标识', 'id'),
    name: w('材料名称', 'name'),
    issuer: w('来源渠道（出具单位）', 'issuing body'),
    copies: w('份数', 'copies'),
    original: w('原件/复印件', 'original or copy'),
    medium: w('纸质/电子', 'paper or electronic'),
    required: w('是否必要', 'required'),
    requiredWhen: w('需要提交的情形', 'when required'),
    key: w('是否关键材料', 'key material'),
    replaceableBy: w('免提交方式', 'replaced by'),
    commitment: w('告知承诺', 'commitment'),
    blankForm: w('空表', 'blank form'),
    sample: w('样表', 'sample'),
    upload: w('上传要求', 'upload limits'),
    note: w('备注', 'note'),
  },
  fee: { charged: w('是否收费', 'charged'), note: w('收费说明', 'note'), amount: w('收费金额', 'fee amount'), basis: w('收费依据', 'basis of the fee') },
  form: { fields: w('表单字段', 'form fields'), repeat: w('重复填写的项目数', 'item counts') },
  autoApproval: { version: w('规则版本', 'rule version'), description: w('规则说明', 'description'), rule: w('规则', 'rule'), basis: w('依据', 'basis') },
  result: { type: w('结果类型', 'result type'), name: w('结果名称', 'result name'), eLicence: w('电子证照类型', 'e-licence type'), delivery: w('送达方式', 'delivery') },
  field: {
    element: w('数据元', 'data element'),
    id: w('标识', 'id'),
    label: w('名称', 'label'),
    description: w('说明', 'description'),
    type: w('类型', 'type'),
    format: w('格式', 'format'),
    pattern: w('格式规则（高级）', 'pattern (advanced)'),
    minLength: w('最少字数', 'minimum length'),
    maxLength: w('最多字数', 'maximum length'),
    minimum: w('最小值', 'minimum'),
    maximum: w('最大值', 'maximum'),
    options: w('选项', 'options'),
    required: w('是否必填', 'required'),
    constraints: w('限制条件', 'constraints'),
    enum: w('可选值', 'allowed values'),
    fields: w('子字段', 'sub-fields'),
    minItems: w('最少条数', 'minimum items'),
    maxItems: w('最多条数', 'maximum items'),
    divisionLevel: w('选到哪一级', 'level of the place'),
  },
  text: { zh: w('中文', 'Chinese'), en: w('英文', 'English') },
  options: { value: w('值', 'value'), label: w('名称', 'label') },
  timeLimit: { days: w('天数', 'days'), kind: w('工作日/自然日', 'working or natural days') },
  region: { divisionCode: w('行政区划代码', 'division code'), name: w('名称', 'name') },
  document: { title: w('标题', 'title'), href: w('链接', 'link') },
  replacement: { eLicence: w('电子证照', 'e-licence'), elements: w('共享数据', 'shared data'), mergedForm: w('合并表单', 'merged form') },
};

/** The table of PARTS that names what is inside a property, when it is not the property's own (e.g. any text). */
const INSIDE: Record<string, string> = {
  name: 'text',
  implementingBody: 'text',
  title: 'text',
  note: 'text',
  reason: 'text',
  standard: 'text',
  description: 'text',
  issuer: 'text',
  commitment: 'text',
  basis: 'text',
  label: 'text',
  requiredWhen: 'text',
  legal: 'timeLimit',
  committed: 'timeLimit',
  timeLimit: 'timeLimit',
  region: 'region',
  blankForm: 'document',
  sample: 'document',
  blankForms: 'document',
  sampleForms: 'document',
  replaceableBy: 'replacement',
  fields: 'field',
  constraints: 'field',
  acceptanceConditions: 'text',
};

/** Where the same name means something else: a step's result is a text, the matter's result is not. */
const INSIDE_OF: Record<string, string> = { 'steps.result': 'text' };

/** Parts whose own titles say enough: 法定办结时限, not 办结时限的法定办结时限. */
const ENOUGH_ALONE = new Set(['timeLimits', 'form']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function textOf(value: unknown): Words | undefined {
  if (!isObject(value)) return undefined;
  const zh = typeof value['zh'] === 'string' && value['zh'] !== '' ? value['zh'] : undefined;
  const en = typeof value['en'] === 'string' && value['en'] !== '' ? value['en'] : undefined;
  if (!zh && !en) return undefined;
  return { zh: zh ?? (en as string), en: en ?? (zh as string) };
}

/** An item of a list, by its name where it has one: 申请材料「结婚证」, 第 2 项申请材料. */
function itemWords(list: string, item: unknown, index: number): Words {
  const own = isObject(item) ? (textOf(item['name']) ?? textOf(item['label']) ?? textOf(item['title'])) : undefined;
  const element = isObject(item) && typeof item['element'] === 'string' ? item['element'] : undefined;
  const named = own ?? (element ? elementWords(element) : undefined);
  const title = TOP[list] ?? PARTS['form']?.[list] ?? PARTS['field']?.[list] ?? w('项目', 'item');
  const singular: Record<string, Words> = {
    materials: w('申请材料', 'material'),
    steps: w('办理环节', 'step'),
    fields: w('表单字段', 'field'),
    legalBasis: w('设定依据', 'legal basis'),
    options: w('选项', 'option'),
    enum: w('可选值', 'allowed value'),
    delivery: w('送达方式', 'delivery'),
  };
  const one = singular[list] ?? title;
  if (named) return { zh: `${one.zh}「${named.zh}」`, en: `${one.en} “${named.en}”` };
  return { zh: `第 ${index + 1} 个${one.zh}`, en: `${one.en} ${index + 1}` };
}

const STANDARD = indexDictionaries([STANDARD_DICTIONARY]);

/** A data element by its entity's and its own label (母亲 身份证号), else by its id. */
export function elementWords(id: string): Words {
  const element = STANDARD.elements.get(id);
  const entity = STANDARD.entities.get(id.slice(0, id.indexOf('.')));
  if (!element) return { zh: id, en: id };
  return { zh: `${entity?.label.zh ?? ''}${element.label.zh}`, en: `${entity?.label.en ?? ''} ${element.label.en}`.trim() };
}

/** An e-licence type by its name in the standard dictionary (its id when it has none there). */
export function eLicenceWords(id: string): Words {
  const licence = STANDARD.eLicences.get(id);
  return licence ? { zh: licence.name.zh, en: licence.name.en } : { zh: id, en: id };
}

function decode(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The place a JSON Pointer names in `matter`, e.g. "/materials/1/copies" → 申请材料「结婚证」的份数 /
 * material “Marriage certificate”: copies. The whole matter ("" or "/") is 事项 / the matter.
 */
export function matterPlace(matter: unknown, pointer: string): Words {
  const tokens = pointer === '' || pointer === '/' ? [] : pointer.slice(1).split('/').map(decode);
  const parts: Words[] = [];
  let value: unknown = matter;
  let table: Record<string, Words> | undefined = TOP;
  let tableName = '';
  let listName = '';
  for (const token of tokens) {
    if (/^\d+$/.test(token) && (Array.isArray(value) || value === undefined)) {
      const list: unknown[] = Array.isArray(value) ? value : [];
      const index = Number(token);
      value = list[index];
      parts.pop(); // the list's title: the item's words name it
      parts.push(itemWords(listName, value, index));
      continue;
    }
    const title = table?.[token] ?? { zh: `「${token}」`, en: `“${token}”` };
    const previous = parts.at(-1);
    if (tableName === 'text' && previous) parts[parts.length - 1] = { zh: `${previous.zh}（${title.zh}）`, en: `${previous.en} (${title.en})` };
    else if (previous && tableName !== '' && ENOUGH_ALONE.has(tableName)) parts[parts.length - 1] = title;
    else parts.push(title);
    const inside = INSIDE_OF[`${tableName}.${token}`] ?? INSIDE[token] ?? token;
    table = PARTS[inside];
    tableName = inside;
    listName = token;
    value = isObject(value) ? value[token] : undefined;
  }
  if (parts.length === 0) return w('事项', 'the matter');
  return { zh: parts.map((p) => p.zh).join('的'), en: parts.map((p) => p.en).join(': ') };
}
