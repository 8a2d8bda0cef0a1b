// An enterprise user (法人) from a token's legal-person claims: the enterprise's unified social credit code
// (统一社会信用代码, with a valid check character), its name, and the user's role in it (法定代表人 or 经办人,
// as the identity provider writes them, or legalRepresentative / agent). A token whose claims are missing
// or malformed signs in a plain citizen: never an enterprise user of a code it cannot check.
import { creditCodeProblem } from '@onego/engine';
import type { JWTPayload } from 'jose';
import type { EnterpriseIdentity, EnterpriseRole } from './principal.ts';

const ROLE_NAMES: Record<string, EnterpriseRole> = {
  法定代表人: 'legalRepresentative',
  legalRepresentative: 'legalRepresentative',
  经办人: 'agent',
  agent: 'agent',
};

export function enterpriseOf(
  payload: JWTPayload,
  claims: { enterpriseCodeClaim: string; enterpriseNameClaim: string; enterpriseRoleClaim: string },
): EnterpriseIdentity | undefined {
  const code = payload[claims.enterpriseCodeClaim];
  const name = payload[claims.enterpriseNameClaim];
  const role = payload[claims.enterpriseRoleClaim];
  if (typeof code !== 'string' || typeof name !== 'string' || typeof role !== 'string') return undefined;
  const creditCode = code.trim().toUpperCase();
  const enterpriseRole = ROLE_NAMES[role.trim()];
  if (creditCodeProblem(creditCode) !== null || !enterpriseRole || name.trim() === '') return undefined;
  return { creditCode, name: name.trim().slice(0, 200), role: enterpriseRole };
}
