// The runtime serves the built web app at `/` (a stand-in build in a temp folder here): files, the SPA
// fallback to index.html for the app's routes, JSON 404 for the API and for missing files, the brotli or
// gzip copy the build wrote when the browser accepts it, and a plain 503 while the app is not built.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, TEST_METRICS_TOKEN, type ServerProcess } from '../support/serverProcess.ts';

const INDEX = '<!doctype html><html lang="zh-CN"><title>OneGo</title><div id="root"></div></html>';
const BIG_SCRIPT = `console.log(${JSON.stringify('一件事一次办 '.repeat(400))});`;
let webDir: string;
let server: ServerProcess;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'onego-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), INDEX);
  writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(path.join(webDir, 'assets', 'big-5678.js'), BIG_SCRIPT);
  writeFileSync(path.join(webDir, 'assets', 'big-5678.js.br'), brotliCompressSync(BIG_SCRIPT));
  writeFileSync(path.join(webDir, 'assets', 'big-5678.js.gz'), gzipSync(BIG_SCRIPT));
  writeFileSync(path.join(webDir, '.inputs-hash'), 'secret-ish');
  server = await startServerProcess({ ONEGO_WEB_DIR: webDir });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const get = (url: string, init?: RequestInit) => fetch(`${server.url}${url}`, init);

/** The bytes as sent (fetch would decode them), with the headers. */
function getRaw(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const sent = request(`${server.url}${url}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

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

  it('sends the brotli copy to a browser that accepts it, the gzip copy to one that accepts only gzip, the file to the others', async () => {
    const brotli = await getRaw('/assets/big-5678.js', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotli.headers['cache-control']).toBe('max-age=31536000,immutable');
    expect(brotli.body.length).toBeLessThan(BIG_SCRIPT.length / 10);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(BIG_SCRIPT);

    const gzip = await getRaw('/assets/big-5678.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(BIG_SCRIPT);

    const plain = await getRaw('/assets/big-5678.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
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
