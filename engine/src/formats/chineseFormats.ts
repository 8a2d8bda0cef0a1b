// The formats OneGo registers with ajv, each with a function that says why a value fails, so that
// validation messages can be precise ("check digit does not match") instead of "must match format".
import type { Ajv } from 'ajv';
import { bankCardProblem } from './bankCard.ts';
import { divisionCodeProblem, townshipCodeProblem } from './divisionCode.ts';
import { isMobileNumber, isPostalCode } from './mobile.ts';
import { residentIdProblem } from './residentId.ts';
import { creditCodeProblem } from './unifiedCreditCode.ts';

export interface ChineseFormat {
  /** Why the value fails ('shape', 'checksum', …), or null when it is valid. */
  problem(value: string): string | null;
}

export const CHINESE_FORMATS: Record<string, ChineseFormat> = {
  'cn-resident-id': { problem: residentIdProblem },
  'cn-uscc': { problem: creditCodeProblem },
  'cn-division-code': { problem: divisionCodeProblem },
  'cn-township-code': { problem: townshipCodeProblem },
  'cn-mobile': { problem: (v) => (isMobileNumber(v) ? null : 'shape') },
  'cn-postal-code': { problem: (v) => (isPostalCode(v) ? null : 'shape') },
  'bank-card': { problem: bankCardProblem },
};

export function addChineseFormats(ajv: Ajv): void {
  for (const [name, format] of Object.entries(CHINESE_FORMATS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => format.problem(value) === null });
  }
}
