// A DEMO identity provider for trying OneGo's bearer-token verification: a stand-in for the region's
// unified identity authentication platform (统一身份认证), NOT a real one — it signs whatever it is asked
// for, with no login at all. Never expose it beyond loopback.
//
// node:http on 127.0.0.1; an RS256 key pair generated at start (jose), so every start has a new key;
//   GET  /.well-known/jwks.json              the public key (what OneGo's ONEGO_OIDC_JWKS_URL points at)
//   GET  /.well-known/openid-configuration   issuer, jwks_uri, token_endpoint
//   POST /token {subject, role, department?, name?, positions?, idNumber?, phoneNumber?, email?, enterprise?}
//                                            {access_token, token_type: "Bearer", expires_in}
// Tokens carry iss = this server's URL, aud = "onego", sub, role, department, name, positions, idNumber,
// phone_number, email, creditCode, enterpriseName, enterpriseRole, iat, exp (1 hour), jti.
// Sample citizens (SAMPLE_CITIZENS: citizen-li, citizen-wang, citizen-chen, the people of the newborn
// example's samples): a citizen token for one of them carries their name, ID number, mobile number
// (phone_number, +86…) and e-mail address unless the request gives others — so that OneGo's notification
// preferences (SMS, e-mail) come prefilled in a demo. Made-up people and example.com addresses.
// name: the display name (姓名); positions: an officer's positions within the department (经办人, 科室负责人 …).
// idNumber: a citizen's resident ID number (公民身份号码). enterprise {creditCode, name, role}: an enterprise
// user (法人) — the legal-person claims creditCode (统一社会信用代码), enterpriseName and enterpriseRole
// (法定代表人 or 经办人), which OneGo reads with ONEGO_OIDC_ENTERPRISE_*_CLAIM.
// department: an officer's department, the id of one of OneGo's departments (GET /api/departments: a
// regional department such as gonganju-410000); OneGo refuses one it does not know (401 DEPARTMENT_UNKNOWN).
//
//   npx tsx examples/identity-provider/server.ts     (IDP_HOST default 127.0.0.1, IDP_PORT default 3900)
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

/** What a token says about its holder. The provider does not know OneGo's roles: OneGo checks them. */
export interface TokenClaims {
  subject: string;
  role: string;
  department?: string;
  name?: string;
  positions?: string[];
  idNumber?: string;
  /** A mobile number (11 digits, or +86 and them): the OIDC phone_number claim, as +86…. */
  phoneNumber?: string;
  /** The OIDC email claim. */
  email?: string;
  /** An enterprise user's enterprise: unified social credit code, name, and their role in it (法定代表人 / 经办人). */
  enterprise?: { creditCode: string; name: string; role: string };
}

/** What the provider knows of a sample citizen: a citizen token for the subject carries it (POST /token may override each). */
type SampleCitizen = Required<Pick<TokenClaims, 'name' | 'idNumber' | 'phoneNumber' | 'email'>>;

/** The sample citizens, by subject: the people of examples/newborn/samples (made up; example.com addresses). */
export const SAMPLE_CITIZENS: Readonly<Record<string, SampleCitizen>> = {
  'citizen-li': { name: '李明轩', idNumber: '410105199304120314', phoneNumber: '13837112345', email: 'li.mingxuan@example.com' },
  'citizen-wang': { name: '王雨桐', idNumber: '410102199508230460', phoneNumber: '13938254321', email: 'wang.yutong@example.com' },
  'citizen-chen': { name: '陈思雨', idNumber: '410103199402070282', phoneNumber: '15838167890', email: 'chen.siyu@example.com' },
};

/** phone_number as OIDC writes it (E.164): +86 and the 11 digits. */
const e164 = (mobile: string): string => (mobile.startsWith('+') ? mobile : `+86${mobile}`);

/** Overrides for tests of a verifier: POST /token never issues such tokens. */
export interface SignOptions {
  audience?: string;
  issuedAt?: Date;
  lifetimeSeconds?: number;
}

export interface IdentityProviderOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  audience?: string;
  lifetimeSeconds?: number;
}

export interface IdentityProvider {
  /** The issuer (`iss` of its tokens), which is also its base URL. */
  url: string;
  jwksUrl: string;
  /** The public key set it serves. */
  jwks: { keys: JWK[] };
  /** Signs a token as POST /token does, with optional overrides. */
  sign(claims: TokenClaims, options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(error);
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'the request body is too large');
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RequestError(400, 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, name: string, maxLength: number): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new RequestError(400, `"${name}" must be a string of 1 to ${maxLength} characters`);
  }
  return value;
}

const optionalText = (body: Record<string, unknown>, name: string, maxLength: number): string | undefined =>
  body[name] === undefined ? undefined : text(body, name, maxLength);

/** An enterprise user's claims as POST /token takes them: {creditCode, name, role}, each a short string. */
function enterpriseOf(value: unknown): TokenClaims['enterprise'] {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RequestError(400, '"enterprise" must be an object {creditCode, name, role}');
  const fields = value as Record<string, unknown>;
  return { creditCode: text(fields, 'creditCode', 18), name: text(fields, 'name', 200), role: text(fields, 'role', 20) };
}

export async function startIdentityProvider(options: IdentityProviderOptions = {}): Promise<IdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const audience = options.audience ?? 'onego';
  const lifetimeSeconds = options.lifetimeSeconds ?? 3600;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };
  let issuer = '';

  const sign = async (claims: TokenClaims, signOptions: SignOptions = {}): Promise<string> => {
    const issuedAt = Math.floor((signOptions.issuedAt ?? new Date()).getTime() / 1000);
    return new SignJWT({
      role: claims.role,
      ...(claims.department ? { department: claims.department } : {}),
      ...(claims.name ? { name: claims.name } : {}),
      ...(claims.positions && claims.positions.length > 0 ? { positions: claims.positions } : {}),
      ...(claims.idNumber ? { idNumber: claims.idNumber } : {}),
      ...(claims.phoneNumber ? { phone_number: e164(claims.phoneNumber) } : {}),
      ...(claims.email ? { email: claims.email } : {}),
      ...(claims.enterprise ? { creditCode: claims.enterprise.creditCode, enterpriseName: claims.enterprise.name, enterpriseRole: claims.enterprise.role } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(signOptions.audience ?? audience)
      .setSubject(claims.subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + (signOptions.lifetimeSeconds ?? lifetimeSeconds))
      .setJti(randomUUID())
      .sign(privateKey);
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method ?? ''} ${new URL(request.url ?? '/', issuer).pathname}`;
    switch (route) {
      case 'GET /.well-known/jwks.json':
        send(response, 200, jwks, { 'cache-control': 'public, max-age=300' });
        return;
      case 'GET /.well-known/openid-configuration':
        send(response, 200, {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          token_endpoint: `${issuer}/token`,
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: ['sub', 'role', 'department', 'name', 'positions', 'idNumber', 'phone_number', 'email', 'creditCode', 'enterpriseName', 'enterpriseRole'],
        });
        return;
      case 'POST /token': {
        const body = await jsonBody(request);
        const subject = text(body, 'subject', 200);
        const role = text(body, 'role', 50);
        const department = optionalText(body, 'department', 100);
        const sample = role === 'citizen' ? SAMPLE_CITIZENS[subject] : undefined;
        const name = optionalText(body, 'name', 100) ?? sample?.name;
        const positions = Array.isArray(body.positions) ? body.positions.filter((p): p is string => typeof p === 'string' && p !== '' && p.length <= 50).slice(0, 20) : [];
        const idNumber = optionalText(body, 'idNumber', 18) ?? sample?.idNumber;
        const phoneNumber = optionalText(body, 'phoneNumber', 14) ?? sample?.phoneNumber;
        const email = optionalText(body, 'email', 254) ?? sample?.email;
        const enterprise = enterpriseOf(body.enterprise);
        const token = await sign({
          subject,
          role,
          ...(department ? { department } : {}),
          ...(name ? { name } : {}),
          ...(positions.length > 0 ? { positions } : {}),
          ...(idNumber ? { idNumber } : {}),
          ...(phoneNumber ? { phoneNumber } : {}),
          ...(email ? { email } : {}),
          ...(enterprise ? { enterprise } : {}),
        });
        send(response, 200, { access_token: token, token_type: 'Bearer', expires_in: lifetimeSeconds });
        return;
      }
      default:
        throw new RequestError(404, `no route ${route}`);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // OAuth 2.0 style errors (RFC 6749 §5.2).
      if (error instanceof RequestError) send(response, error.status, { error: error.status === 404 ? 'not_found' : 'invalid_request', error_description: error.error });
      else send(response, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    jwks,
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const provider = await startIdentityProvider({ host: process.env['IDP_HOST'] ?? '127.0.0.1', port: Number(process.env['IDP_PORT'] ?? 3900) });
  process.stdout.write(
    [
      `Demo identity provider (a stand-in for 统一身份认证, not for production) is running at ${provider.url}`,
      `  JWKS:  ${provider.jwksUrl}`,
      `  token: curl -s -X POST ${provider.url}/token -d '{"subject":"citizen-li","role":"citizen"}'   (sample citizens: ${Object.keys(SAMPLE_CITIZENS).join(', ')})`,
      `  OneGo: ONEGO_OIDC_ISSUER=${provider.url} ONEGO_OIDC_JWKS_URL=${provider.jwksUrl} node --import tsx runtime/src/main.ts`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    provider.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
