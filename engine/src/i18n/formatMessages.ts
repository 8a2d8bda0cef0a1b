// Precise messages for OneGo's Chinese formats, keyed by format and by the problem found.
import type { Lang } from './lang.ts';

type Messages = Record<string, { zh: string; en: string }>;

const FORMAT_MESSAGES: Record<string, Messages> = {
  'cn-resident-id': {
    shape: { zh: '公民身份号码应为 18 位：17 位数字加 1 位校验码（数字或 X）', en: 'a resident ID number has 18 characters: 17 digits and a check digit or X' },
    division: { zh: '公民身份号码前 6 位不是有效的行政区划代码', en: 'the first 6 digits of the resident ID number are not a valid division code' },
    birthDate: { zh: '公民身份号码中的出生日期无效', en: 'the birth date inside the resident ID number is not a valid date' },
    checksum: { zh: '公民身份号码校验码不正确（GB 11643），请核对', en: 'the check digit of the resident ID number does not match (GB 11643)' },
  },
  'cn-uscc': {
    shape: { zh: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）', en: 'a unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)' },
    authority: { zh: '统一社会信用代码的登记管理部门或机构类别代码无效', en: 'the registration authority or organisation type of the credit code is not valid' },
    division: { zh: '统一社会信用代码中的行政区划代码无效', en: 'the division code inside the credit code is not valid' },
    checksum: { zh: '统一社会信用代码校验码不正确（GB 32100），请核对', en: 'the check character of the unified social credit code does not match (GB 32100)' },
  },
  'cn-division-code': {
    shape: { zh: '行政区划代码应为 6 位数字（GB/T 2260）', en: 'a division code has 6 digits (GB/T 2260)' },
    province: { zh: '行政区划代码的省级代码不存在', en: 'the province part of the division code does not exist' },
  },
  'cn-mobile': {
    shape: { zh: '手机号码应为 11 位数字，以 13–19 开头', en: 'a mobile number has 11 digits starting with 13–19' },
  },
  'cn-postal-code': {
    shape: { zh: '邮政编码应为 6 位数字', en: 'a postal code has 6 digits' },
  },
  'bank-card': {
    shape: { zh: '银行卡号应为 12–19 位数字', en: 'a bank card number has 12 to 19 digits' },
    checksum: { zh: '银行卡号校验位不正确，请核对', en: 'the check digit of the bank card number does not match' },
  },
  date: {
    shape: { zh: '日期格式应为 YYYY-MM-DD，且为真实存在的日期', en: 'a date is written YYYY-MM-DD and must exist' },
  },
  time: {
    shape: { zh: '时间格式应为 HH:MM:SS', en: 'a time is written HH:MM:SS' },
  },
  email: {
    shape: { zh: '电子邮箱格式不正确', en: 'not a valid email address' },
  },
};

export function formatMessage(format: string, problem: string, lang: Lang): string | undefined {
  const message = FORMAT_MESSAGES[format]?.[problem] ?? FORMAT_MESSAGES[format]?.['shape'];
  return message?.[lang];
}
