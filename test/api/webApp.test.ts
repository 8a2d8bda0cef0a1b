// The runtime serves the built web app at `/` (a stand-in build in a temp folder here): files, the SPA
// fallback to index.html for the app's routes, JSON 404 for the API and for missing files, and a plain
// 503 while the app is not built.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, TEST_METRICS_TOKEN, type ServerProcess } from '../support/serverProcess.ts';

const INDEX = '<!doctype html><html lang="zh-CN"><title>OneGo</title><div id="root"></div></html>';
let webDir: string;
let server: ServerProcess;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'onego-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), INDEX);
  writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(path.join(webDir, '.inputs-hash'), 'secret-ish');
  server = await startServerProcess({ ONEGO_WEB_DIR: webDir });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const get = (url: string, init?: RequestInit) => fetch(`${server.url}${url}`, init);

describe('the web app at /', () => {
  it('serves index.html at / and revalidates it every time', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it("serves index.html for the app's own routes (a reload of /workbench or /applications/…)", async () => {
    for (const route of ['/workbench', '/applications/0d73583f-72e9-4c30-ad21-b8fb1e86681e', '/sign-in?next=%2Fworkbench', '/.inputs-hash']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toBe(INDEX);
    }
  });

  it('serves hashed assets with a long immutable cache', async () => {
    const response = await get('/assets/app-1234.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('max-age=31536000,immutable');
    expect(await response.text()).toBe('console.log("app");');
  });

  it('answers a missing file with the JSON 404, not with index.html', async () => {
    const response = await get('/assets/missing-5678.js', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'not found' });
  });

  it('leaves /api, /health and /metrics to the API', async () => {
    const api = await get('/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect(await (await get('/health')).json()).toMatchObject({ status: expect.stringMatching(/^(ok|degraded)$/) as string });
    const metrics = await (await get('/metrics', { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } })).text();
    // the whole app is one route label, whatever the path
    expect(metrics).toContain('route="/{web app}"');
    expect(metrics).not.toContain('route="/workbench"');
  });

  it('does not answer other methods with the app', async () => {
    const response = await get('/workbench', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND');
  });
});

describe('before the web app is built', () => {
  it('answers 503 with how to build it, and the API still works', async () => {
    const unbuilt = await startServerProcess({ ONEGO_WEB_DIR: mkdtempSync(path.join(tmpdir(), 'onego-web-empty-')) });
    try {
      const response = await fetch(`${unbuilt.url}/workbench`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:web');
      expect((await fetch(`${unbuilt.url}/api/bundles`)).status).toBe(200);
    } finally {
      await unbuilt.stop();
    }
  }, 60_000);
});
