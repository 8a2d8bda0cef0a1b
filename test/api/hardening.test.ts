// Regressions of issue 17, finding 7 (small hardening items), on real server processes: npm start honours
// ONEGO_DEV_LOGIN; /metrics needs the operator's token; the test clock is for admins; tokens must expire;
// request ids are validated; messages echo only a short escaped excerpt of the input; free text is bounded.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { exampleDepartment } from '../support/exampleDepartments.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { positionOfficer } from '../support/reviewWalk.ts';
import { client, startServerProcess, TEST_METRICS_TOKEN, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** Runs the root package.json `start` script as npm would (sh -c), without its prestart web build. */
async function npmStart(env: Record<string, string | undefined>): Promise<{ url: string; output: string; stop: () => Promise<void> }> {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-start-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ONEGO_DB: path.join(dataDir, 'onego.sqlite'), ONEGO_LOG_LEVEL: 'warn', ONEGO_EXAMPLE_DATA_PROVIDER: '0' };
  delete childEnv['ONEGO_DEV_LOGIN'];
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  else childEnv[name] = value;
  const child = spawn('sh', ['-c', script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not start:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    url,
    output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      }),
  };
}

describe('npm start', () => {
  it('turns dev login on by default, and off with ONEGO_DEV_LOGIN=0', async () => {
    const byDefault = await npmStart({});
    try {
      expect(byDefault.output).toContain('dev login on');
      expect((await client(byDefault.url).post('/api/auth/dev-login', { role: 'citizen', subject: 'a' })).status).toBe(200);
    } finally {
      await byDefault.stop();
    }
    const off = await npmStart({ ONEGO_DEV_LOGIN: '0' });
    try {
      expect(off.output).not.toContain('dev login on');
      const refused = await client(off.url).post('/api/auth/dev-login', { role: 'admin', subject: 'a' });
      expect(refused.status).toBe(404);
      expect((await client(off.url).get<{ devLogin: boolean }>('/api/auth/sign-in-methods')).body.devLogin).toBe(false);
    } finally {
      await off.stop();
    }
  }, 90_000);
});

describe('GET /metrics', () => {
  it("answers the operator's token only", async () => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    const wrong = await api.get('/metrics', 'not-the-metrics-token');
    expect(wrong.status).toBe(401);
    expect(wrong.body['code']).toBe('INVALID_TOKEN');
    const userToken = await api.get('/metrics', await api.login('admin', 'an-admin'));
    expect(userToken.status).toBe(401);
    const right = await api.get<string>('/metrics', TEST_METRICS_TOKEN);
    expect(right.status).toBe(200);
    expect(right.body).toContain('onego_http_request_duration_seconds');
  });

  it('is refused to everyone when no metrics token is configured', async () => {
    const bare = await startServerProcess({ ONEGO_METRICS_TOKEN: undefined });
    try {
      const refused = await client(bare.url).get('/metrics', TEST_METRICS_TOKEN);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'METRICS_DISABLED' });
      expect(String(refused.body['message'])).toContain('ONEGO_METRICS_TOKEN');
    } finally {
      await bare.stop();
    }
  }, 60_000);
});

describe('POST /api/test/clock', () => {
  it('is for admins only', async () => {
    const anonymous = await fetch(`${server.url}/api/test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMs":86400000}' });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    const citizen = await api.post('/api/test/clock', { advanceMs: 86_400_000 }, await api.login('citizen', 'clock-mover'));
    expect(citizen.status).toBe(403);
    expect(citizen.body['code']).toBe('FORBIDDEN');
    const admin = await api.post('/api/test/clock', { advanceMs: 0 }, await api.login('admin', 'clock-admin'));
    expect(admin.status).toBe(200);
  });
});

describe('tokens', () => {
  it('are refused without an expiry, however well signed (401 TOKEN_EXPIRY_REQUIRED)', async () => {
    const key = Buffer.from(readFileSync(path.join(server.dataDir, 'dev-signing-key'), 'utf8').trim(), 'base64');
    const sign = (withExpiry: boolean) => {
      const jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('onego-dev').setAudience('onego').setSubject('forever').setIssuedAt();
      return (withExpiry ? jwt.setExpirationTime('1h') : jwt).sign(key);
    };
    const forever = await api.get('/api/admin/webhooks', await sign(false));
    expect(forever.status).toBe(401);
    expect(forever.body).toMatchObject({ code: 'TOKEN_EXPIRY_REQUIRED', message: '登录凭证缺少有效期（exp），请重新登录' });
    // The same token with an expiry is accepted: the signature was right, the expiry is what was missing.
    expect((await api.get('/api/admin/webhooks', await sign(true))).status).toBe(200);
  });
});

describe('X-Request-Id', () => {
  it('is echoed when short and plain, replaced otherwise', async () => {
    const plain = await api.get('/health', undefined, { 'x-request-id': 'trace-1.a_b-C' });
    expect(plain.headers.get('x-request-id')).toBe('trace-1.a_b-C');
    for (const hostile of ['<script>alert(1)</script>', 'a'.repeat(65), 'x'.repeat(12_000), 'id with spaces']) {
      const response = await api.get('/health', undefined, { 'x-request-id': hostile });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('messages', () => {
  it('echo at most a short, escaped excerpt of the input', async () => {
    const citizen = await api.login('citizen', 'echo-citizen');
    // A 900 KB bundle id is refused for its length, without being echoed.
    const huge = await api.post('/api/applications', { bundleId: 'x'.repeat(900_000), answers: {}, data: {} }, citizen, { 'idempotency-key': 'huge-1' });
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({ code: 'TEXT_TOO_LONG', field: 'bundleId', maxLength: 200 });
    expect(JSON.stringify(huge.body).length).toBeLessThan(500);
    // An unknown id of allowed length with markup and a bidi override: cut and escaped in the message.
    const marked = `<img src=x onerror=alert(1)>\u202E${'y'.repeat(190)}`;
    const unknown = await api.get(`/api/bundles/${encodeURIComponent(marked)}`, undefined, { 'accept-language': 'en' });
    expect(unknown.status).toBe(404);
    const message = String(unknown.body['message']);
    expect(message).not.toContain('<');
    expect(message).not.toContain('\u202E');
    expect(message).toContain('\\u003cimg src=x onerror=alert(1)\\u003e\\u202e');
    expect(message).toContain('…');
    expect(message.length).toBeLessThan(250);
  });
});

describe('free text', () => {
  it('has a maximum length: a 300,000-character comment is refused 400 TEXT_TOO_LONG, 2,000 are accepted', async () => {
    const steps = newbornSteps(api, 'comment-citizen');
    const id = await steps.submit('comment-1', newbornSample('valid-single-birth'));
    const view = await steps.read(id);
    const pending = view.matters.find((m) => m.status === 'pending' && m.matterId === 'birth-medical-certificate');
    expect(pending).toBeDefined();
    // Its first step, 受理, is the window clerk's, who claims it (签收) before deciding.
    const officer = await positionOfficer(api, pending?.department ?? '', '窗口人员');
    expect((await api.post(`/api/tasks/${pending?.taskId}/claim`, {}, officer)).status).toBe(200);
    const decide = (comment: string) => api.post(`/api/tasks/${pending?.taskId}/decision`, { decision: 'approve', comment }, officer, { 'accept-language': 'en' });
    const long = await decide('评'.repeat(300_000));
    expect(long.status).toBe(400);
    expect(long.body).toEqual({ code: 'TEXT_TOO_LONG', message: 'comment must be at most 2000 characters', field: 'comment', maxLength: 2000 });
    const justOver = await decide('评'.repeat(2001));
    expect(justOver.status).toBe(400);
    expect((await decide('评'.repeat(2000))).status).toBe(200);
  });

  it('ids in a body are bounded too (dev login subject)', async () => {
    const response = await api.post('/api/auth/dev-login', { role: 'citizen', subject: 's'.repeat(201) });
    expect(response.status).toBe(400);
    expect(response.body['code']).toBe('TEXT_TOO_LONG');
  });
});

describe('webhook targets (finding 6, SSRF)', () => {
  const put = async (url: string, lang = 'zh') =>
    api.call('PUT', `/api/admin/webhooks/${exampleDepartment('health')}`, { token: await api.login('admin', 'hook-admin'), body: { url, secret: 'a-secret-of-sixteen+' }, headers: { 'accept-language': lang } });

  it.each([
    ['http://169.254.169.254/latest/meta-data/iam/', 'link-local'],
    ['http://10.0.0.1/hook', 'private'],
    ['http://[fd00::1]/', 'unique-local'],
    ['http://127.0.0.1:3000/api/admin/webhooks', 'loopback'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['https://admin:hunter2@hooks.example.gov.cn/onego', 'credentials'],
  ])('refuses %s at registration (422 OUTBOUND_TARGET_REFUSED, %s)', async (url, reason) => {
    const zh = await put(url);
    expect(zh.status).toBe(422);
    expect(zh.body).toMatchObject({ code: 'OUTBOUND_TARGET_REFUSED', reason });
    expect(String(zh.body['message'])).toMatch(/^不允许以该地址为目标：.+ONEGO_OUTBOUND_ALLOW$/);
    const en = await put(url, 'en');
    expect(String(en.body['message'])).toMatch(/^this target is not allowed: .+ONEGO_OUTBOUND_ALLOW$/);
  });

  it('accepts a public target, and nothing refused was stored', async () => {
    expect((await put('https://hooks.example.gov.cn/onego')).status).toBe(201);
    const stored = await api.get<{ url: string }>(`/api/admin/webhooks/${exampleDepartment('health')}`, await api.login('admin', 'hook-admin'));
    expect(stored.body.url).toBe('https://hooks.example.gov.cn/onego');
  });

  it('a data-source URL on a private address stops the server at start, unless allow-listed', async () => {
    const refused = await startServerProcess({ ONEGO_DATA_SOURCE_URL: 'http://10.1.2.3/resolve' }).then(
      (started) => started.stop().then(() => 'started'),
      (error: unknown) => String(error),
    );
    expect(refused).toContain('ONEGO_DATA_SOURCE_URL is refused (private)');
    const allowed = await startServerProcess({ ONEGO_DATA_SOURCE_URL: 'http://10.1.2.3/resolve', ONEGO_OUTBOUND_ALLOW: '10.1.0.0/16' });
    await allowed.stop();
  }, 60_000);
});
