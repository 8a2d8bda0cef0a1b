// An enterprise user (法人) from a token's legal-person claims: read under the configured claim names, the
// role in Chinese or English, and never an enterprise user of a credit code that fails its check character
// or of claims that are missing.
import { describe, expect, it } from 'vitest';
import { enterpriseOf } from '../src/auth/enterpriseClaims.ts';

const CLAIMS = { enterpriseCodeClaim: 'creditCode', enterpriseNameClaim: 'enterpriseName', enterpriseRoleClaim: 'enterpriseRole' };
const CODE = '91410100MA9KXXXX08';

describe('enterprise claims', () => {
  it('reads the credit code, the name and the role (法定代表人 / 经办人, or their English names)', () => {
    expect(enterpriseOf({ creditCode: CODE.toLowerCase(), enterpriseName: ' 郑州示例科技有限公司 ', enterpriseRole: '法定代表人' }, CLAIMS)).toEqual({
      creditCode: CODE,
      name: '郑州示例科技有限公司',
      role: 'legalRepresentative',
    });
    expect(enterpriseOf({ creditCode: CODE, enterpriseName: '郑州示例科技有限公司', enterpriseRole: 'agent' }, CLAIMS)?.role).toBe('agent');
    expect(enterpriseOf({ creditCode: CODE, enterpriseName: '郑州示例科技有限公司', enterpriseRole: '经办人' }, CLAIMS)?.role).toBe('agent');
  });

  it('reads the claims the identity provider names (ONEGO_OIDC_ENTERPRISE_*_CLAIM)', () => {
    const named = { enterpriseCodeClaim: 'uscc', enterpriseNameClaim: 'corpName', enterpriseRoleClaim: 'corpRole' };
    expect(enterpriseOf({ uscc: CODE, corpName: '甲公司', corpRole: '经办人' }, named)).toEqual({ creditCode: CODE, name: '甲公司', role: 'agent' });
    expect(enterpriseOf({ creditCode: CODE, enterpriseName: '甲公司', enterpriseRole: '经办人' }, named)).toBeUndefined();
  });

  it('is nobody for a wrong check character, a missing name or an unknown role', () => {
    expect(enterpriseOf({ creditCode: `${CODE.slice(0, 17)}9`, enterpriseName: '甲公司', enterpriseRole: '经办人' }, CLAIMS)).toBeUndefined();
    expect(enterpriseOf({ creditCode: CODE, enterpriseName: ' ', enterpriseRole: '经办人' }, CLAIMS)).toBeUndefined();
    expect(enterpriseOf({ creditCode: CODE, enterpriseName: '甲公司', enterpriseRole: '股东' }, CLAIMS)).toBeUndefined();
    expect(enterpriseOf({ creditCode: CODE, enterpriseRole: '经办人' }, CLAIMS)).toBeUndefined();
  });
});
