// OneGo behind the region's identity provider (统一身份认证), played by the example provider in
// examples/identity-provider: real RS256 tokens fetched over HTTP, verified by a OneGo process through the
// provider's JWKS with issuer and audience; dev login off. Every forged, foreign, expired or malformed
// token is 401 INVALID_TOKEN, and a provider that is down or hangs costs a 401, never a crash or a hang.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { decodeJwt, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type IdentityProvider, type TokenClaims } from '../../examples/identity-provider/server.ts';
import { newbornSample, type ApplicationView, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

const INVALID_TOKEN = { code: 'INVALID_TOKEN', message: '登录凭证无效或已过期，请重新登录' };

/** The example provider as its own process, as `npx tsx examples/identity-provider/server.ts` runs it. */
interface ProviderProcess {
  url: string;
  process: ChildProcess;
}

async function spawnProvider(): Promise<ProviderProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/identity-provider/server.ts'], {
    env: { ...process.env, IDP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the provider did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timeout);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the provider exited with ${code}:\n${output}`)));
  });
  return { url, process: child };
}

async function tokenFrom(url: string, claims: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${url}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(claims) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
  expect(body.token_type).toBe('Bearer');
  return body.access_token;
}

const oidcEnv = (issuer: string) => ({
  ONEGO_DEV_LOGIN: undefined,
  ONEGO_OIDC_ISSUER: issuer,
  ONEGO_OIDC_JWKS_URL: `${issuer}/.well-known/jwks.json`,
});

let provider: IdentityProvider; // in this process, so that the test can also sign odd tokens with its key
let other: ProviderProcess; // another provider, in its own process: a foreign issuer, then one that is down
let oneGo: ServerProcess; // trusts `provider`
let oneGoOfOther: ServerProcess; // trusts `other`
let api: ReturnType<typeof client>;

beforeAll(async () => {
  [provider, other] = await Promise.all([startIdentityProvider(), spawnProvider()]);
  [oneGo, oneGoOfOther] = await Promise.all([startServerProcess(oidcEnv(provider.url)), startServerProcess(oidcEnv(other.url))]);
  api = client(oneGo.url);
}, 60_000);

afterAll(async () => {
  other?.process.kill('SIGTERM');
  await Promise.all([oneGo?.stop(), oneGoOfOther?.stop(), provider?.close()]);
});

describe('the example identity provider', () => {
  it('publishes its RS256 key and discovery document, and issues tokens for OneGo', async () => {
    const jwks = (await (await fetch(provider.jwksUrl)).json()) as { keys: { kty: string; alg: string; kid: string; d?: string }[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.d).toBeUndefined(); // never the private part
    const discovery = (await (await fetch(`${provider.url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: provider.url, jwks_uri: provider.jwksUrl, token_endpoint: `${provider.url}/token` });
    const claims = decodeJwt(await tokenFrom(provider.url, { subject: 'officer-li', role: 'officer', department: 'police' }));
    expect(claims).toMatchObject({ iss: provider.url, aud: 'onego', sub: 'officer-li', role: 'officer', department: 'police' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('issues its sample citizens’ name, ID number, mobile number and e-mail address; a request may give others', async () => {
    const li = decodeJwt(await tokenFrom(provider.url, { subject: 'citizen-li', role: 'citizen' }));
    expect(li).toMatchObject({ sub: 'citizen-li', name: '李明轩', idNumber: '410105199304120314', phone_number: '+8613837112345', email: 'li.mingxuan@example.com' });
    const given = decodeJwt(await tokenFrom(provider.url, { subject: 'citizen-li', role: 'citizen', phoneNumber: '13900001111', email: 'li@example.org' }));
    expect(given).toMatchObject({ name: '李明轩', phone_number: '+8613900001111', email: 'li@example.org' });
    // somebody else, or not as a citizen: nothing of a sample citizen
    const stranger = decodeJwt(await tokenFrom(provider.url, { subject: 'citizen-nobody', role: 'citizen' }));
    expect([stranger['phone_number'], stranger['email'], stranger['idNumber']]).toEqual([undefined, undefined, undefined]);
    expect(decodeJwt(await tokenFrom(provider.url, { subject: 'citizen-li', role: 'officer', department: 'police' }))['phone_number']).toBeUndefined();
    const discovery = (await (await fetch(`${provider.url}/.well-known/openid-configuration`)).json()) as { claims_supported: string[] };
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['phone_number', 'email']));
  });

  it('refuses a token request without a subject or role', async () => {
    const response = await fetch(`${provider.url}/token`, { method: 'POST', body: JSON.stringify({ role: 'citizen' }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('OneGo with the identity provider', () => {
  let applicationId = '';

  it('has no dev login, and says where to sign in', async () => {
    expect((await api.get('/api/auth/sign-in-methods')).body).toEqual({ devLogin: false, identityProvider: { issuer: provider.url } });
    const response = await api.post('/api/auth/dev-login', { role: 'admin', subject: 'me' });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: '资源不存在' });
  });

  it('lets a citizen with a provider token submit and read their application', async () => {
    const citizen = await tokenFrom(provider.url, { subject: 'citizen-idp-zhang', role: 'citizen' });
    const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, {
      'idempotency-key': 'idp-1',
    });
    expect(submitted.status).toBe(201);
    applicationId = submitted.body.id;
    const mine = await api.get<{ id: string }[]>('/api/applications', citizen);
    expect(mine.body.map((a) => a.id)).toEqual([applicationId]);
    // The subject is the provider's: another citizen of the provider does not see it.
    const stranger = await tokenFrom(provider.url, { subject: 'citizen-idp-wang', role: 'citizen' });
    expect((await api.get(`/api/applications/${applicationId}`, stranger)).status).toBe(404);
  });

  it('offers a sample citizen’s mobile number and e-mail address as their notification preferences, unchosen', async () => {
    const citizen = await tokenFrom(provider.url, { subject: 'citizen-wang', role: 'citizen' });
    const preferences = await api.get<Record<string, unknown>>('/api/notification-preferences', citizen);
    expect(preferences.status).toBe(200);
    expect(preferences.body).toMatchObject({ saved: false, sms: false, email: false, phone: '13938254321', emailAddress: 'wang.yutong@example.com' });
    // a citizen the provider knows nothing of: nothing to offer
    const stranger = await api.get<Record<string, unknown>>('/api/notification-preferences', await tokenFrom(provider.url, { subject: 'citizen-idp-nobody', role: 'citizen' }));
    expect(stranger.body['phone'] ?? null).toBeNull();
    expect(stranger.body['emailAddress'] ?? null).toBeNull();
  });

  it('gives an officer the tasks of the department in the token, and nothing of other departments', async () => {
    const health = await tokenFrom(provider.url, { subject: 'officer-idp-health', role: 'officer', department: officerDepartment('health') });
    const inbox = await api.get<TaskSummary[]>('/api/tasks?status=pending', health);
    expect(inbox.status).toBe(200);
    const task = inbox.body.find((t) => t.applicationId === applicationId);
    expect(task).toMatchObject({ matterId: 'birth-medical-certificate', department: officerDepartment('health') });
    expect((await api.get(`/api/tasks/${task?.id}`, health)).status).toBe(200);
    const police = await tokenFrom(provider.url, { subject: 'officer-idp-police', role: 'officer', department: officerDepartment('police') });
    expect((await api.get(`/api/tasks/${task?.id}`, police)).status).toBe(403);
    expect((await api.get('/api/applications', police)).status).toBe(403);
    const view = await api.get<ApplicationView>(`/api/applications/${applicationId}`, health);
    expect(view.body.id).toBe(applicationId);
  });

  it.each<[string, () => Promise<string>]>([
    ['a wrong audience', () => provider.sign({ subject: 'citizen-idp-zhang', role: 'citizen' }, { audience: 'another-system' })],
    ['another issuer', () => tokenFrom(other.url, { subject: 'citizen-idp-zhang', role: 'citizen' })],
    ['an expired token', () => provider.sign({ subject: 'citizen-idp-zhang', role: 'citizen' }, { issuedAt: new Date(Date.now() - 2 * 3600_000), lifetimeSeconds: 3600 })],
    ['a signature by another key under the provider’s key id', () => forgedWithAnotherKey({ subject: 'citizen-idp-zhang', role: 'citizen' })],
    ['a payload changed after signing', async () => tampered(await provider.sign({ subject: 'citizen-idp-zhang', role: 'citizen' }), { role: 'admin' })],
    ['an unsigned token (alg none)', () => Promise.resolve(new UnsecuredJWT({ role: 'admin' }).setIssuer(provider.url).setAudience('onego').setSubject('x').setIssuedAt().setExpirationTime('1h').encode())],
    ['a role that is not a OneGo role', () => tokenFrom(provider.url, { subject: 'root', role: 'superuser' })],
    ['an officer without a department', () => tokenFrom(provider.url, { subject: 'officer-idp-nobody', role: 'officer' })],
    ['a dev-login style token while dev login is off', () => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('onego-dev').setAudience('onego').setSubject('me').setExpirationTime('1h').sign(new Uint8Array(32))],
    ['not a JWT', () => Promise.resolve('not-a-jwt')],
  ])('answers %s with 401 INVALID_TOKEN', async (_name, token) => {
    const response = await api.get('/api/applications', await token());
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_TOKEN);
  });

  it('refuses an officer whose department claim names no department record (a short id such as police): 401 DEPARTMENT_UNKNOWN, in zh and en', async () => {
    const stale = await tokenFrom(provider.url, { subject: 'officer-idp-old', role: 'officer', department: 'police' });
    const zh = await api.get<{ code: string; message: string }>('/api/tasks', stale);
    expect(zh.status).toBe(401);
    expect(zh.body).toEqual({ code: 'DEPARTMENT_UNKNOWN', message: expect.stringContaining('“police”不是本系统登记的部门') as string });
    const en = await api.get<{ code: string; message: string }>('/api/tasks', stale, { 'accept-language': 'en' });
    expect(en.body.message).toContain('the department "police" of this sign-in is not one of the registered departments');
    // Nothing of a department is reachable with it, not even the notification stream.
    expect((await api.get('/api/notifications', stale)).status).toBe(401);
  });

  it('says so in English on request', async () => {
    const expired = await provider.sign({ subject: 'citizen-idp-zhang', role: 'citizen' }, { issuedAt: new Date(Date.now() - 2 * 3600_000) });
    const response = await api.get<{ code: string; message: string }>('/api/applications', expired, { 'accept-language': 'en' });
    expect(response.body).toEqual({ code: 'INVALID_TOKEN', message: 'the token is invalid or has expired; sign in again' });
  });
});

describe('when the identity provider is unavailable', () => {
  let token = ''; // the other provider's, valid, but its keys cannot be fetched any more

  it('answers 401 at once when the provider is down, and keeps serving', async () => {
    // oneGoOfOther has never fetched the other provider's keys; the provider stops before it does.
    token = await tokenFrom(other.url, { subject: 'citizen-down', role: 'citizen' });
    await new Promise((resolve) => {
      other.process.once('exit', resolve);
      other.process.kill('SIGTERM');
    });
    const down = client(oneGoOfOther.url);
    const started = Date.now();
    const response = await down.get('/api/applications', token);
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_TOKEN);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await down.get('/health')).body).toMatchObject({ status: expect.stringMatching(/^(ok|degraded)$/) as string });
  });

  it('answers 401 within a few seconds when the provider accepts connections but never answers', { timeout: 20_000 }, async () => {
    const port = Number(new URL(other.url).port);
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket)); // reads nothing, answers nothing
    await new Promise<void>((resolve, reject) => {
      silent.once('error', reject);
      silent.listen(port, '127.0.0.1', () => resolve());
    });
    try {
      const down = client(oneGoOfOther.url);
      const started = Date.now();
      const pending = down.get('/api/applications', token);
      // Meanwhile the server answers other requests: the wait blocks nothing else.
      expect((await down.get('/health')).body).toMatchObject({ status: expect.stringMatching(/^(ok|degraded)$/) as string });
      expect(Date.now() - started).toBeLessThan(1_000);
      const response = await pending;
      expect(sockets.length).toBeGreaterThan(0); // OneGo did call the silent provider
      expect(response.status).toBe(401);
      expect(response.body).toEqual(INVALID_TOKEN);
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(oneGoOfOther.process.exitCode).toBeNull();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('keeps accepting valid tokens while the keys it already fetched are fresh', async () => {
    const citizen = await provider.sign({ subject: 'citizen-idp-zhang', role: 'citizen' });
    await provider.close();
    const response = await api.get<{ id: string }[]>('/api/applications', citizen);
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(1);
  });
});

/** A token signed by a key of our own, claiming the provider's issuer and key id. */
async function forgedWithAnotherKey(claims: TokenClaims): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  const kid = provider.jwks.keys[0]?.kid ?? '';
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(provider.url)
    .setAudience('onego')
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

/** The token with claims changed and the original signature kept. */
function tampered(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = { ...(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as object), ...changes };
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}
