// Regression (issue 17, finding 5): no security headers on the app or the API. Every response now carries
// a Content-Security-Policy without inline scripts and with frame-ancestors 'none', nosniff, a
// Referrer-Policy and X-Frame-Options; HSTS only over TLS as a trusted proxy reports it. (That the real
// web app works under this policy is asserted by the browser suites: test/browser/support/browser.ts
// fails a test on anything the policy refused.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let proxied: ServerProcess;

beforeAll(async () => {
  [server, proxied] = await Promise.all([startServerProcess(), startServerProcess({ ONEGO_TRUST_PROXY: '1' })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.stop(), proxied?.stop()]);
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

function expectSecurityHeaders(headers: Headers, what: string): void {
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('script-src-attr'), what).toEqual(["'none'"]);
  // Scripts from the server itself only: never inline, never another origin.
  expect(csp.get('script-src'), what).toEqual(["'self'", "'unsafe-eval'"]);
  expect(csp.get('style-src'), what).toEqual(["'self'"]);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-powered-by'), what).toBeNull();
}

describe('security headers', () => {
  it('are on API responses, successes and errors alike', async () => {
    const api = client(server.url);
    const health = await api.get('/health');
    expectSecurityHeaders(health.headers, 'GET /health');
    const bundles = await api.get('/api/bundles');
    expect(bundles.status).toBe(200);
    expectSecurityHeaders(bundles.headers, 'GET /api/bundles');
    const missing = await api.get('/api/bundles/no-such-bundle');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers, 'a 404');
    const badJson = await api.call('POST', '/api/auth/dev-login', { raw: '{' });
    expect(badJson.status).toBe(400);
    expectSecurityHeaders(badJson.headers, 'a 400');
    expect((await api.get('/metrics')).headers.get('content-security-policy')).toBeTruthy();
  });

  it('are on the web app, whose page has no inline script', async () => {
    for (const route of ['/', '/workbench']) {
      const page = await fetch(`${server.url}${route}`);
      expect(page.status).toBe(200);
      expectSecurityHeaders(page.headers, `GET ${route}`);
      const html = await page.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
        expect(body?.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync('designer/dist/index.html', 'utf8'))?.[1] ?? '';
    expectSecurityHeaders((await fetch(`${server.url}${asset}`)).headers, asset);
  });

  it('send HSTS only over TLS, as reported by a trusted proxy', async () => {
    const overHttps = { 'x-forwarded-proto': 'https' };
    // Plain HTTP: no HSTS; a forwarded header from an untrusted client changes nothing.
    expect((await fetch(`${server.url}/health`)).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${server.url}/health`, { headers: overHttps })).headers.get('strict-transport-security')).toBeNull();
    // Behind the trusted proxy (ONEGO_TRUST_PROXY=1): HSTS when the client used TLS.
    expect((await fetch(`${proxied.url}/health`)).headers.get('strict-transport-security')).toBeNull();
    const secure = await fetch(`${proxied.url}/health`, { headers: overHttps });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
    expect((await fetch(`${proxied.url}/`, { headers: overHttps })).headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
  });
});
