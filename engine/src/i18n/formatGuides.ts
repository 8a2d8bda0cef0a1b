// What a citizen is told about each format, in plain words with an example, never a regular expression or
// a JSON type name: a hint shown with the field before anything is typed, and the message when a value
// does not fit. {example} stands for an example value: the field's own when it has one.
import type { Lang } from './lang.ts';

interface Words {
  zh: string;
  en: string;
}

export interface FormatGuide {
  /** A valid value to show when the field has no example of its own. */
  example: string;
  message: Words;
  /** Shown with the field; none where the widget leaves no room for a wrong value (pickers, date inputs). */
  hint?: Words;
}

export const FORMAT_GUIDES: Record<string, FormatGuide> = {
  'hour-minute': {
    example: '14:35',
    message: { zh: '请按 {example} 的格式填写时间（24 小时制）', en: 'enter a time like {example} (24-hour clock)' },
    hint: { zh: '24 小时制，如 {example}', en: '24-hour clock, for example {example}' },
  },
  'year-month': {
    example: '2025-03',
    message: { zh: '请按 {example} 的格式填写年月', en: 'enter a year and month like {example}' },
  },
  date: {
    example: '2025-03-18',
    message: { zh: '请按 {example} 的格式填写一个真实存在的日期', en: 'enter a real date like {example}' },
  },
  time: {
    example: '14:35:00+08:00',
    message: { zh: '请按 {example} 的格式填写时间', en: 'enter a time like {example}' },
    hint: { zh: '如 {example}', en: 'for example {example}' },
  },
  'date-time': {
    example: '2025-03-18T14:35:00+08:00',
    message: { zh: '请按 {example} 的格式填写日期和时间', en: 'enter a date and time like {example}' },
    hint: { zh: '如 {example}', en: 'for example {example}' },
  },
  email: {
    example: 'name@example.com',
    message: { zh: '请按 {example} 的格式填写电子邮箱', en: 'enter an email address like {example}' },
    hint: { zh: '如 {example}', en: 'for example {example}' },
  },
  uri: {
    example: 'https://www.example.gov.cn/',
    message: { zh: '请填写完整的网址，如 {example}', en: 'enter a full web address like {example}' },
    hint: { zh: '如 {example}', en: 'for example {example}' },
  },
  'cn-mobile': {
    example: '13800138000',
    message: { zh: '请填写 11 位手机号码，如 {example}', en: 'enter an 11-digit mobile number like {example}' },
    hint: { zh: '11 位数字，如 {example}', en: '11 digits, for example {example}' },
  },
  'cn-postal-code': {
    example: '450000',
    message: { zh: '请填写 6 位数字的邮政编码，如 {example}', en: 'enter a 6-digit postal code like {example}' },
    hint: { zh: '6 位数字，如 {example}', en: '6 digits, for example {example}' },
  },
  'cn-resident-id': {
    example: '11010519491231002X',
    message: { zh: '请填写 18 位公民身份号码（最后一位可能是 X），如 {example}', en: 'enter the 18-character resident ID number (the last may be X), like {example}' },
    hint: { zh: '18 位，最后一位可能是 X，如 {example}', en: '18 characters, the last may be X, for example {example}' },
  },
  'cn-uscc': {
    example: '91350100M000100Y43',
    message: { zh: '请填写营业执照上 18 位的统一社会信用代码，如 {example}', en: 'enter the 18-character unified social credit code from the business licence, like {example}' },
    hint: { zh: '见营业执照，18 位数字或大写字母，如 {example}', en: 'on the business licence: 18 digits or capital letters, for example {example}' },
  },
  'cn-division-code': {
    example: '410105',
    message: { zh: '请依次选择省、市、区县，如 河南省 郑州市 金水区', en: 'choose the province, city and district, for example 河南省 郑州市 金水区 (Jinshui, Zhengzhou, Henan)' },
  },
  'cn-township-code': {
    example: '410105001',
    message: { zh: '请依次选择省、市、区县和乡镇（街道），如 河南省 郑州市 金水区 经八路街道', en: 'choose the province, city, district and township or street, for example 河南省 郑州市 金水区 经八路街道' },
  },
  'bank-card': {
    example: '6222020200112233446',
    message: { zh: '请填写 12 到 19 位数字的银行卡号，不含空格，如 {example}', en: 'enter the bank card number, 12 to 19 digits without spaces, like {example}' },
    hint: { zh: '只填数字，不含空格，如 {example}', en: 'digits only, no spaces, for example {example}' },
  },
  amount: {
    example: '1280.50',
    message: { zh: '请填写金额（元），最多两位小数，如 {example}', en: 'enter an amount in yuan with at most two decimals, like {example}' },
    hint: { zh: '单位：元，最多两位小数，如 {example}', en: 'in yuan, at most two decimals, for example {example}' },
  },
};

/** The guide's message for a format in the language, with the example filled in; undefined for an unknown format. */
export function formatGuideMessage(format: string, lang: Lang, example?: unknown): string | undefined {
  const guide = FORMAT_GUIDES[format];
  return guide ? withExample(guide.message[lang], example ?? guide.example) : undefined;
}

/** The guide's hint for a format, with the example filled in, when the format has one. */
export function formatGuideHint(format: string, lang: Lang, example?: unknown): string | undefined {
  const guide = FORMAT_GUIDES[format];
  return guide?.hint ? withExample(guide.hint[lang], example ?? guide.example) : undefined;
}

const withExample = (text: string, example: unknown) => text.replace('{example}', String(example));
