// Unified social credit code (统一社会信用代码), GB 32100-2015: registration authority, organisation
// type, 6-digit division code, 9-character organisation code, and a MOD 31 check character.
import { isKnownProvinceCode } from './divisionCode.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// Registration authority code → allowed organisation type codes (GB 32100-2015 Appendix A).
const AUTHORITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制
  '2': '19', // 外交
  '3': '1239', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商 / 市场监管
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

export type CreditCodeProblem = 'shape' | 'authority' | 'division' | 'checksum';

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

export function creditCodeProblem(value: string): CreditCodeProblem | null {
  if (value.length !== 18 || [...value].some((c) => !CHARSET.includes(c))) return 'shape';
  const types = AUTHORITY_TYPES[value[0] ?? ''];
  if (types === undefined || !types.includes(value[1] ?? '')) return 'authority';
  if (!/^[0-9]{6}$/.test(value.slice(2, 8)) || !isKnownProvinceCode(value.slice(2, 4))) return 'division';
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return 'checksum';
  return null;
}
