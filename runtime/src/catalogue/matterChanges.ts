// What changes from one matter definition to another, as a service guide reader sees it: its basics
// (name, code, type, department, limits, visits, fee, legal basis), each material (added, removed, or
// which of its name, issuing body, copies, original/copy, paper/electronic, necessity changed), the
// steps, the form's fields and the result. Shown before a catalogue import and before moving a bundle
// draft to a newer matter version.
import type { Material, Matter, TimeLimit } from '@onego/schemas/types';
import { elementWords, eLicenceWords, type Words } from '@onego/engine';

export interface MatterChange {
  /** What changed, in the service guide's words: 法定办结时限, 申请材料「结婚证」的份数. */
  what: Words;
  kind: 'added' | 'removed' | 'changed';
  before?: Words;
  after?: Words;
}

/** A draft may lack anything: every part is read as optional. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
type AnyMatter = Loose<Matter>;

const w = (zh: string, en: string = zh): Words => ({ zh, en });

function limitWords(limit: TimeLimit | undefined): Words | undefined {
  if (!limit) return undefined;
  if (limit.days === 0) return w('即办', 'on the spot');
  return w(`${limit.days} 个${limit.kind === 'working' ? '工作日' : '自然日'}`, `${limit.days} ${limit.kind} day${limit.days === 1 ? '' : 's'}`);
}

const KINDS: Record<string, Words> = {
  'administrative-permit': w('行政许可', 'administrative permit'),
  'administrative-confirmation': w('行政确认', 'administrative confirmation'),
  'administrative-payment': w('行政给付', 'administrative payment'),
  'public-service': w('公共服务', 'public service'),
  'other-administrative-power': w('其他行政权力', 'other administrative power'),
};
const ORIGINAL: Record<string, Words> = { original: w('原件', 'original'), copy: w('复印件', 'copy'), 'original-and-copy': w('原件和复印件', 'original and copy') };
const MEDIUM: Record<string, Words> = { paper: w('纸质', 'paper'), electronic: w('电子', 'electronic'), 'paper-or-electronic': w('纸质或电子', 'paper or electronic') };

const text = (value: { zh: string; en?: string } | undefined): Words | undefined => (value ? w(value.zh, value.en ?? value.zh) : undefined);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The necessity of a material as a catalogue says it: 必要, 非必要, 容缺后补 (required but not key). */
export function necessityWords(material: Pick<Material, 'required' | 'key'>): Words {
  if (material.required === false) return w('非必要', 'optional');
  if (material.key === false) return w('容缺后补', 'may be supplemented later');
  return w('必要', 'required');
}

function legalBasisWords(matter: AnyMatter): Words | undefined {
  if (!matter.legalBasis || matter.legalBasis.length === 0) return undefined;
  return {
    zh: matter.legalBasis.map((b) => `${b.title.zh}${b.article ?? ''}`).join('；'),
    en: matter.legalBasis.map((b) => `${b.title.en ?? b.title.zh}${b.article ? ` ${b.article}` : ''}`).join('; '),
  };
}

function feeWords(matter: AnyMatter): Words | undefined {
  if (!matter.fee) return undefined;
  const base = matter.fee.charged ? w('收费', 'charged') : w('不收费', 'free');
  return matter.fee.note ? { zh: `${base.zh}（${matter.fee.note.zh}）`, en: `${base.en} (${matter.fee.note.en ?? matter.fee.note.zh})` } : base;
}

/** The basics of a matter, each as words (undefined: not given). */
function basics(m: AnyMatter): [Words, Words | undefined][] {
  return [
    [w('事项名称', 'name'), text(m.name)],
    [w('事项编码', 'code'), m.code ? w(m.code) : undefined],
    [w('事项类型', 'matter type'), m.kind ? KINDS[m.kind] : undefined],
    [w('实施部门', 'department'), text(m.department?.name)],
    [w('实施主体', 'implementing body'), text(m.department?.implementingBody)],
    [w('法定办结时限', 'legal time limit'), limitWords(m.timeLimits?.legal)],
    [w('承诺办结时限', 'committed time limit'), limitWords(m.timeLimits?.committed)],
    [w('到办事现场次数', 'on-site visits'), m.visits ? w(`${m.visits.count} 次`, `${m.visits.count}`) : undefined],
    [w('收费', 'fee'), feeWords(m)],
    [w('设定依据', 'legal basis'), legalBasisWords(m)],
    [w('办理结果', 'result'), text(m.result?.name)],
    [w('秒批规则', 'auto-approval rule'), m.autoApproval ? text(m.autoApproval.description) : undefined],
  ];
}

function materialParts(m: Material): [Words, Words | undefined][] {
  return [
    [w('材料名称', 'name'), text(m.name)],
    [w('来源渠道', 'issuing body'), text(m.issuer)],
    [w('份数', 'copies'), w(String(m.copies))],
    [w('原件/复印件', 'original or copy'), ORIGINAL[m.original]],
    [w('纸质/电子', 'paper or electronic'), MEDIUM[m.medium]],
    [w('必要性', 'necessity'), necessityWords(m)],
    [w('需要提交的情形', 'when required'), text(m.requiredWhen)],
    [w('免提交方式', 'replaced by'), replacementWords(m.replaceableBy)],
    [w('告知承诺', 'commitment'), text(m.commitment)],
  ];
}

/** What can replace a material, in words: 电子证照「结婚证」；共享数据（申请人姓名、申请人身份证号）；合并表单. */
function replacementWords(replacements: Material['replaceableBy']): Words | undefined {
  if (!replacements || replacements.length === 0) return undefined;
  const each = replacements.map((r): Words => {
    if (r.eLicence !== undefined) {
      const licence = eLicenceWords(r.eLicence);
      return { zh: `电子证照「${licence.zh}」`, en: `e-licence “${licence.en}”` };
    }
    if (r.elements !== undefined) {
      const names = r.elements.map(elementWords);
      return { zh: `共享数据（${names.map((n) => n.zh).join('、')}）`, en: `shared data (${names.map((n) => n.en).join(', ')})` };
    }
    return w('合并表单', 'the merged form');
  });
  return { zh: each.map((x) => x.zh).join('；'), en: each.map((x) => x.en).join('; ') };
}

function compareParts(prefix: Words | undefined, before: [Words, Words | undefined][], after: [Words, Words | undefined][]): MatterChange[] {
  const changes: MatterChange[] = [];
  before.forEach(([what, a], i) => {
    const b = after[i]?.[1];
    if (same(a, b)) return;
    const label = prefix ? { zh: `${prefix.zh}的${what.zh}`, en: `${prefix.en}: ${what.en}` } : what;
    changes.push({ what: label, kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) });
  });
  return changes;
}

const materialLabel = (m: Material): Words => ({ zh: `申请材料「${m.name.zh}」`, en: `material “${m.name.en ?? m.name.zh}”` });

function materialChanges(before: readonly Material[], after: readonly Material[]): MatterChange[] {
  const changes: MatterChange[] = [];
  const matched = new Set<Material>();
  const counterpart = (m: Material): Material | undefined => after.find((a) => !matched.has(a) && a.id === m.id) ?? after.find((a) => !matched.has(a) && a.name?.zh === m.name?.zh);
  for (const m of before) {
    const other = counterpart(m);
    if (!other) {
      changes.push({ what: materialLabel(m), kind: 'removed', before: text(m.name) });
      continue;
    }
    matched.add(other);
    changes.push(...compareParts(materialLabel(other), materialParts(m), materialParts(other)));
  }
  for (const m of after) if (!matched.has(m)) changes.push({ what: materialLabel(m), kind: 'added', after: text(m.name) });
  return changes;
}

function namedList(label: Words, before: readonly Words[], after: readonly Words[]): MatterChange[] {
  const key = (x: Words) => x.zh;
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return [
    ...before.filter((x) => !has.has(key(x))).map((x): MatterChange => ({ what: label, kind: 'removed', before: x })),
    ...after.filter((x) => !had.has(key(x))).map((x): MatterChange => ({ what: label, kind: 'added', after: x })),
  ];
}

const fieldWords = (field: NonNullable<Matter['form']>['fields'][number]): Words =>
  'element' in field ? elementWords(field.element) : w(field.label?.zh ?? field.id, field.label?.en ?? field.id);

/** Every difference from `before` to `after`; none: the same service guide. */
export function matterChanges(before: AnyMatter, after: AnyMatter): MatterChange[] {
  const stepNames = (m: AnyMatter) => (m.steps ?? []).map((s) => text(s.name) as Words);
  const fields = (m: AnyMatter) => (m.form?.fields ?? []).map(fieldWords);
  const changedFields = (m: AnyMatter) => JSON.stringify(m.form);
  const changes = [
    ...compareParts(undefined, basics(before), basics(after)),
    ...materialChanges(before.materials ?? [], after.materials ?? []),
    ...namedList(w('办理环节', 'process step'), stepNames(before), stepNames(after)),
    ...namedList(w('表单字段', 'form field'), fields(before), fields(after)),
  ];
  const fieldListChanged = changes.some((c) => c.what.zh === '表单字段');
  if (!fieldListChanged && changedFields(before) !== changedFields(after)) changes.push({ what: w('表单字段的要求', 'form field settings'), kind: 'changed' });
  return changes;
}
