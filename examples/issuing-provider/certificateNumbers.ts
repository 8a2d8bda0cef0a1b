// Certificate numbers in the formats the issuing bodies use, derived from the idempotency key and the
// matter (a SHA-256 of both): the same request always gets the same number, also after this provider
// restarts, and two requests practically never share one.
import { createHash } from 'node:crypto';

/** The short name an issuing body's references start with, by what its name contains. */
const DEPARTMENT_SHORT: readonly (readonly [string, string])[] = [
  ['公安', '公'],
  ['卫生健康', '卫健'],
  ['医疗保障', '医保'],
  ['人力资源和社会保障', '人社'],
  ['市场监督', '市监'],
  ['税务', '税'],
  ['教育', '教'],
];

/** Decimal digits of the key's and matter's hash (as many as asked, up to 40). */
function digits(key: string, matterId: string, count: number): string {
  const hash = createHash('sha256').update(`${key}\u0000${matterId}`).digest();
  return BigInt(`0x${hash.toString('hex')}`).toString().slice(-count).padStart(count, '0');
}

export interface NumberedResult {
  matterId: string;
  kind: string;
  eLicence?: string;
  department: { name: string };
}

/**
 * 出生医学证明: a letter and 9 digits (the letter names the printing batch); 居民户口簿: the 9-digit 户号;
 * 社会保障卡: a letter and 8 digits; 预防接种证: 4-digit year and 10 digits; anything else an official
 * reference in the 文号 format: <department>〔<year>〕<6 digits>号 (e.g. 卫健登〔2026〕004211号).
 */
export function certificateNumber(key: string, result: NumberedResult, year: number): string {
  const n = (count: number) => digits(key, result.matterId, count);
  switch (result.eLicence) {
    case 'birth-medical-certificate':
      return `${'ABCDEFGHJKLMNPQRSTUVWXYZ'[Number(n(2)) % 24] ?? 'R'}${n(9)}`;
    case 'household-register':
      return n(9);
    case 'social-security-card':
      return `${'ABCDEFGHJKLMNPQRSTUVWXYZ'[Number(n(2)) % 24] ?? 'A'}${n(8)}`;
    case 'vaccination-certificate':
      return `${year}${n(10)}`;
    default: {
      const short = DEPARTMENT_SHORT.find(([part]) => result.department.name.includes(part))?.[1] ?? '证';
      const kind = result.kind === 'registration' ? '登' : result.kind === 'licence' ? '许' : '';
      return `${short}${kind}〔${year}〕${n(6)}号`;
    }
  }
}
