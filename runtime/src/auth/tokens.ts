// Bearer tokens. Dev login (ONEGO_DEV_LOGIN=1 only) issues HS256 tokens signed with a key kept in the data
// folder; otherwise tokens come from the region's identity provider (统一身份认证) and are verified against
// its JWKS with the configured issuer and audience.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config.ts';
import { DomainError } from '../domainError.ts';
import { isEmailAddress, isMobileNumber } from '../channels/contactAddresses.ts';
import { enterpriseOf } from './enterpriseClaims.ts';
import { isRole, type Principal } from './principal.ts';

const DEV_ISSUER = 'onego-dev';
const DEV_AUDIENCE = 'onego';
const DEV_TOKEN_HOURS = 12;
/** The claims dev tokens carry an enterprise user's enterprise in (the identity provider's are configurable). */
const DEV_ENTERPRISE_CLAIMS = { enterpriseCodeClaim: 'creditCode', enterpriseNameClaim: 'enterpriseName', enterpriseRoleClaim: 'enterpriseRole' };
/** Verified tokens remembered (each request carries one: an application is 9 requests with 5 tokens). */
const VERIFIED_CACHE_SIZE = 10_000;
/** How long a verification is trusted at most, within the token's own lifetime (a rotated key is noticed then). */
const VERIFIED_CACHE_SECONDS = 600;

interface Verified {
  principal: Principal;
  /** The token's exp and nbf claims, and when it was verified (seconds since the epoch). */
  exp: number | undefined;
  nbf: number | undefined;
  at: number;
}

function devKey(dataDir: string): Uint8Array {
  const file = path.join(dataDir, 'dev-signing-key');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const key = randomBytes(32);
    writeFileSync(file, key.toString('base64'), { mode: 0o600 });
    return key;
  }
}

export class TokenService {
  private readonly devSecret: Uint8Array | undefined;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  /**
   * Tokens verified lately, by their exact text, least recently used first. Checking a signature (HMAC
   * through WebCrypto, or RSA/EC) was a tenth of the server's JavaScript time under load (npm run bench);
   * a remembered token is still refused once expired by the clock, and verified again after
   * VERIFIED_CACHE_SECONDS.
   */
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly options: {
      devLogin: boolean;
      dataDir: string;
      oidc?: OidcConfig | undefined;
      /** Whether a department id names a department record: an officer's token naming another is refused (DEPARTMENT_UNKNOWN). */
      knownDepartment?: (id: string) => Promise<boolean>;
    },
  ) {
    this.devSecret = options.devLogin ? devKey(options.dataDir) : undefined;
    this.jwks = options.oidc ? createRemoteJWKSet(new URL(options.oidc.jwksUrl), { timeoutDuration: 5000 }) : undefined;
  }

  async issueDevToken(principal: Principal, now: Date): Promise<string> {
    // The route that issues them is mounted only with dev login on.
    if (!this.devSecret) throw new Error('dev login is off: no dev token is issued');
    const seconds = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      role: principal.role,
      ...(principal.department ? { department: principal.department } : {}),
      ...(principal.idNumber ? { idNumber: principal.idNumber } : {}),
      ...(principal.name ? { name: principal.name } : {}),
      ...(principal.positions && principal.positions.length > 0 ? { positions: [...principal.positions] } : {}),
      ...(principal.enterprise ? { creditCode: principal.enterprise.creditCode, enterpriseName: principal.enterprise.name, enterpriseRole: principal.enterprise.role } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject(principal.subject)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + DEV_TOKEN_HOURS * 3600)
      .sign(this.devSecret);
  }

  /**
   * The principal a bearer token names, or DomainError INVALID_TOKEN (TOKEN_EXPIRY_REQUIRED for a token
   * without exp, DEPARTMENT_UNKNOWN for an officer of a department that is not a department record).
   */
  async verify(token: string, now: Date): Promise<Principal> {
    const seconds = Math.floor(now.getTime() / 1000);
    const known = this.verified.get(token);
    if (known) {
      this.verified.delete(token);
      // As jose checks them (no clock tolerance): not before nbf, expired at exp.
      const valid = (known.nbf === undefined || known.nbf <= seconds) && (known.exp === undefined || known.exp > seconds) && seconds - known.at < VERIFIED_CACHE_SECONDS && seconds >= known.at;
      if (valid) {
        this.verified.set(token, known); // now the most recently used
        return known.principal;
      }
    }
    const { principal, payload } = await this.verifySignature(token, now);
    // An officer of a department the server does not know (a short id such as police from before
    // departments were regional, or a typing error in the identity provider's claim) sees no inbox at all.
    const department = principal.department;
    if (principal.role === 'officer' && department !== undefined && this.options.knownDepartment && !(await this.options.knownDepartment(department))) {
      throw new DomainError('DEPARTMENT_UNKNOWN', { department });
    }
    if (this.verified.size >= VERIFIED_CACHE_SIZE) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { principal, exp: payload.exp, nbf: payload.nbf, at: seconds });
    return principal;
  }

  private async verifySignature(token: string, now: Date): Promise<{ principal: Principal; payload: JWTPayload }> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new DomainError('INVALID_TOKEN');
    }
    const currentDate = now;
    try {
      if (issuer === DEV_ISSUER && this.devSecret) {
        const { payload } = await jwtVerify(token, this.devSecret, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, currentDate, algorithms: ['HS256'], requiredClaims: ['exp'] });
        return { principal: this.principalOf(payload, { roleClaim: 'role', departmentClaim: 'department', idNumberClaim: 'idNumber', nameClaim: 'name', positionsClaim: 'positions', ...DEV_ENTERPRISE_CLAIMS }), payload };
      }
      const oidc = this.options.oidc;
      if (oidc && this.jwks && issuer === oidc.issuer) {
        const { payload } = await jwtVerify(token, this.jwks, { issuer: oidc.issuer, audience: oidc.audience, currentDate, requiredClaims: ['exp'] });
        return { principal: this.principalOf(payload, oidc), payload };
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // A token that never expires is refused however well signed: a stolen one would serve for ever.
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') throw new DomainError('TOKEN_EXPIRY_REQUIRED');
      throw new DomainError('INVALID_TOKEN');
    }
    throw new DomainError('INVALID_TOKEN');
  }

  /** Frozen: one verified principal may serve many requests. */
  private principalOf(payload: JWTPayload, claims: Omit<OidcConfig, 'issuer' | 'audience' | 'jwksUrl'>): Principal {
    const role = payload[claims.roleClaim];
    const department = payload[claims.departmentClaim];
    const idNumber = payload[claims.idNumberClaim];
    const name = payload[claims.nameClaim];
    const positions = positionsOf(payload[claims.positionsClaim]);
    if (!payload.sub || !isRole(role)) throw new DomainError('INVALID_TOKEN');
    if (role === 'officer' && typeof department !== 'string') throw new DomainError('INVALID_TOKEN');
    const enterprise = role === 'citizen' ? enterpriseOf(payload, claims) : undefined;
    return Object.freeze({
      subject: payload.sub,
      role,
      ...(typeof department === 'string' ? { department } : {}),
      ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim().slice(0, 100) } : {}),
      ...(role === 'officer' && positions.length > 0 ? { positions: Object.freeze(positions) } : {}),
      // Only a citizen's own ID number, and only a well-formed one, is used to look up shared data.
      ...(role === 'citizen' && typeof idNumber === 'string' && /^\d{17}[\dX]$/i.test(idNumber) ? { idNumber: idNumber.toUpperCase() } : {}),
      // The standard OIDC claims, offered for SMS and e-mail notifications (the citizen confirms them).
      ...(role === 'citizen' ? contactClaims(payload) : {}),
      ...(enterprise ? { enterprise: Object.freeze(enterprise) } : {}),
    });
  }
}

/** A citizen's mobile number and e-mail address, when the token carries well-formed ones. */
function contactClaims(payload: JWTPayload): { phone?: string; email?: string } {
  const phone = typeof payload['phone_number'] === 'string' ? payload['phone_number'].replace(/^\+86/, '') : undefined;
  const email = payload['email'];
  return {
    ...(phone && isMobileNumber(phone) ? { phone } : {}),
    ...(typeof email === 'string' && isEmailAddress(email) ? { email } : {}),
  };
}

/** An officer's positions claim: a list of names (or one name, or names separated by commas); anything else is none. */
function positionsOf(claim: unknown): string[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[,，]/) : [];
  return [...new Set(names.filter((n): n is string => typeof n === 'string').map((n) => n.trim()).filter((n) => n !== '' && n.length <= 50))].slice(0, 20);
}
