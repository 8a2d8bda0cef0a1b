// Messages for a value that has a format's shape but fails a finer check (a check digit, a birth date
// inside an ID number), keyed by format and problem; a value of the wrong shape gets the format's guide
// message with an example (formatGuides.ts).
import { formatGuideMessage } from './formatGuides.ts';
import type { Lang } from './lang.ts';

type Messages = Record<string, { zh: string; en: string }>;

const PROBLEM_MESSAGES: Record<string, Messages> = {
  'cn-resident-id': {
    division: { zh: '公民身份号码前 6 位不是有效的行政区划代码，请核对', en: 'the first 6 digits of the resident ID number are not a valid division code; check the number' },
    birthDate: { zh: '公民身份号码中的出生日期无效，请核对', en: 'the birth date inside the resident ID number is not a valid date; check the number' },
    checksum: { zh: '公民身份号码校验码不正确（GB 11643），请核对', en: 'the check digit of the resident ID number does not match (GB 11643)' },
  },
  'cn-uscc': {
    authority: { zh: '统一社会信用代码的前两位不正确，请对照营业执照核对', en: 'the first two characters of the credit code are not valid; check them against the business licence' },
    division: { zh: '统一社会信用代码第 3 到 8 位不是有效的行政区划代码，请核对', en: 'characters 3 to 8 of the credit code are not a valid division code; check the code' },
    checksum: { zh: '统一社会信用代码校验码不正确（GB 32100），请核对', en: 'the check character of the unified social credit code does not match (GB 32100)' },
  },
  'cn-division-code': {
    province: { zh: '没有这个省级行政区，请从列表中选择', en: 'there is no such province; choose one from the list' },
  },
  'cn-township-code': {
    province: { zh: '没有这个省级行政区，请从列表中选择', en: 'there is no such province; choose one from the list' },
    township: { zh: '请选择到乡镇（街道）一级', en: 'choose down to the township or street' },
  },
  'bank-card': {
    checksum: { zh: '银行卡号校验位不正确，请核对', en: 'the check digit of the bank card number does not match' },
  },
};

/** The message for a format problem ('shape', 'checksum', …), with the field's example when it has one. */
export function formatMessage(format: string, problem: string, lang: Lang, example?: unknown): string | undefined {
  return PROBLEM_MESSAGES[format]?.[problem]?.[lang] ?? formatGuideMessage(format, lang, example);
}
