// The one-time notice as plain text a citizen can read (Chinese by default), e.g. for printing or SMS links.
import type { TimeLimit } from '@onego/schemas/types';
import { inLang, type Lang } from '../i18n/lang.ts';
import type { NoticeMaterial, OneTimeNotice, Waiver } from './oneTimeNotice.ts';

const WORDS = {
  zh: {
    title: '一次告知单',
    matters: '办理事项',
    materials: '需要提交的材料',
    none: '无需提交任何材料',
    waived: '免于提交的材料',
    timeLimit: '办理时限',
    committed: '承诺',
    visits: '到现场次数',
    steps: '办理环节',
    issuance: '结果领取',
    guide: '各事项办事指南要点',
    copies: (n: number) => `${n} 份`,
    issuer: '出具单位',
    usedBy: '用于',
    commitment: '可告知承诺',
    conditional: '（按情形提交）',
    legal: '法定时限',
    own: '单独办理承诺时限',
    inBundle: '本件事内承诺时限',
    after: '前置事项',
    basis: '设定依据',
    result: '办理结果',
    fee: '收费',
    free: '不收费',
    auto: '秒批规则',
    times: (n: number) => `${n} 次`,
    sep: '；',
    list: '、',
  },
  en: {
    title: 'One-time notice',
    matters: 'Matters',
    materials: 'Materials to submit',
    none: 'Nothing to submit',
    waived: 'Materials you need not submit',
    timeLimit: 'Time limit',
    committed: 'committed',
    visits: 'On-site visits',
    steps: 'Steps',
    issuance: 'Collecting the results',
    guide: 'Service guide facts per matter',
    copies: (n: number) => `${n} cop${n === 1 ? 'y' : 'ies'}`,
    issuer: 'issued by',
    usedBy: 'for',
    commitment: 'a signed commitment may replace it',
    conditional: ' (only in some circumstances)',
    legal: 'legal limit',
    own: 'committed when applied for alone',
    inBundle: 'committed in this bundle',
    after: 'after',
    basis: 'legal basis',
    result: 'result',
    fee: 'fee',
    free: 'free of charge',
    auto: 'instant approval rule',
    times: (n: number) => `${n} visit${n === 1 ? '' : 's'}`,
    sep: '; ',
    list: ', ',
  },
} as const;

const ORIGINAL = { zh: { original: '原件', copy: '复印件', 'original-and-copy': '原件和复印件' }, en: { original: 'original', copy: 'copy', 'original-and-copy': 'original and copy' } };
const MEDIUM = { zh: { paper: '纸质', electronic: '电子', 'paper-or-electronic': '纸质或电子' }, en: { paper: 'paper', electronic: 'electronic', 'paper-or-electronic': 'paper or electronic' } };
const DELIVERY = { zh: { electronic: '电子证照', post: '邮寄送达', window: '窗口领取' }, en: { electronic: 'e-licence', post: 'by post', window: 'at the window' } };

export function formatDays(limit: TimeLimit, lang: Lang): string {
  if (lang === 'zh') return limit.days === 0 ? '即办' : `${limit.days} 个${limit.kind === 'working' ? '工作日' : '自然日'}`;
  return limit.days === 0 ? 'on the spot' : `${limit.days} ${limit.kind} day${limit.days === 1 ? '' : 's'}`;
}

function waiverText(waiver: Waiver, notice: OneTimeNotice, lang: Lang): string {
  const matterName = (id: string) => inLang(notice.matters.find((m) => m.matterId === id)?.name, lang) || id;
  switch (waiver.kind) {
    case 'merged-form':
      return lang === 'zh' ? '由一表申请自动生成' : 'generated from the merged form';
    case 'e-licence':
      return lang === 'zh' ? `通过电子证照“${inLang(waiver.name, lang)}”共享获取` : `obtained as the e-licence "${inLang(waiver.name, lang)}"`;
    case 'produced-in-bundle':
      return lang === 'zh'
        ? `由本件事内的“${matterName(waiver.matterId)}”出具，电子证照共享获取`
        : `issued within this bundle by "${matterName(waiver.matterId)}" and shared as an e-licence`;
    case 'shared-data':
      return lang === 'zh' ? `通过数据共享获取（${waiver.elements.join('、')}）` : `obtained from shared data (${waiver.elements.join(', ')})`;
  }
}

function materialLine(material: NoticeMaterial, notice: OneTimeNotice, lang: Lang): string {
  const w = WORDS[lang];
  const users = material.requiredBy.map((id) => inLang(notice.matters.find((m) => m.matterId === id)?.name, lang)).join(w.list);
  const parts = [
    `${w.issuer}${lang === 'zh' ? '：' : ': '}${inLang(material.issuer, lang)}`,
    `${ORIGINAL[lang][material.original]} ${w.copies(material.copies)}`,
    MEDIUM[lang][material.medium],
    `${w.usedBy}${lang === 'zh' ? '：' : ': '}${users}`,
  ];
  if (material.commitment) parts.push(w.commitment);
  const when = material.required ? '' : material.requiredWhen ? (lang === 'zh' ? `（${inLang(material.requiredWhen, lang)}）` : ` (${inLang(material.requiredWhen, lang)})`) : w.conditional;
  return `${inLang(material.name, lang)}${when} — ${parts.join(w.sep)}`;
}

export function renderNotice(notice: OneTimeNotice, lang: Lang = 'zh'): string {
  const w = WORDS[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const paren = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  const lines: string[] = [`${inLang(notice.name, lang)} ${w.title}`, ''];
  const heading = (n: number, text: string) => lines.push(lang === 'zh' ? `${'一二三四五六七八九'[n - 1] ?? n}、${text}` : `${n}. ${text}`);

  heading(1, `${w.matters}${paren(String(notice.matters.length))}`);
  notice.matters.forEach((m, i) => {
    const body = m.implementingBody ? `${inLang(m.department, lang)}${paren(inLang(m.implementingBody, lang))}` : inLang(m.department, lang);
    lines.push(`  ${i + 1}. ${inLang(m.name, lang)} — ${body}${w.sep}${w.inBundle}${colon}${formatDays(m.timeLimit, lang)}`);
  });
  lines.push('');
  heading(2, w.materials);
  if (notice.materials.length === 0) lines.push(`  ${w.none}`);
  notice.materials.forEach((m, i) => lines.push(`  ${i + 1}. ${materialLine(m, notice, lang)}`));
  lines.push('');
  heading(3, w.waived);
  notice.waived.forEach((m, i) => lines.push(`  ${i + 1}. ${inLang(m.name, lang)} — ${m.waivedBy ? waiverText(m.waivedBy, notice, lang) : ''}`));
  lines.push('');
  heading(4, `${w.timeLimit}${colon}${formatDays(notice.timeLimit, lang)}${paren(w.committed)}`);
  heading(5, `${w.visits}${colon}${w.times(notice.visits.count)}${notice.visits.reason ? `${w.sep}${inLang(notice.visits.reason, lang)}` : ''}`);
  heading(6, `${w.steps}${colon}${notice.steps.map((s) => inLang(s.name, lang)).join(' → ')}`);
  heading(7, `${w.issuance}${colon}${notice.issuance.delivery.map((d) => DELIVERY[lang][d]).join(w.list)}${notice.issuance.note ? `${w.sep}${inLang(notice.issuance.note, lang)}` : ''}`);
  lines.push('');
  heading(8, w.guide);
  for (const m of notice.matters) {
    lines.push(`  ■ ${inLang(m.name, lang)}`);
    lines.push(`    ${w.legal} ${formatDays(m.legalTimeLimit, lang)}${w.sep}${w.own} ${formatDays(m.ownCommittedTimeLimit, lang)}${w.sep}${w.visits} ${w.times(m.visits)}`);
    lines.push(`    ${w.steps}${colon}${m.steps.map((s) => `${inLang(s.name, lang)}${paren(formatDays(s.timeLimit, lang))}`).join(' → ')}`);
    if (m.after.length > 0) lines.push(`    ${w.after}${colon}${m.after.map((id) => inLang(notice.matters.find((x) => x.matterId === id)?.name, lang)).join(w.list)}`);
    lines.push(`    ${w.basis}${colon}${m.legalBasis.map((b) => `${inLang(b.title, lang)}${b.article ?? ''}`).join(w.list)}`);
    lines.push(`    ${w.result}${colon}${inLang(m.result.name, lang)}${w.sep}${w.fee}${colon}${m.fee?.charged ? inLang(m.fee.note, lang) || w.fee : w.free}`);
    if (m.autoApproval) lines.push(`    ${w.auto}${colon}${inLang(m.autoApproval, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}
