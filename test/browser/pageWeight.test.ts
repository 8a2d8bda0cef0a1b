// What a citizen's browser downloads to show the first page: the home page (一件事目录) loads only its own
// code — not the form renderer, the validator or the designer, which load with the pages that need them —
// and the server sends the compressed copies the build wrote. Target (issue #18): at most 250 KB.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openBrowser, type Person } from './support/browser.ts';

const HOME_PAGE_LIMIT_BYTES = 250 * 1024;
let server: ServerProcess;
let citizen: Person;

beforeAll(async () => {
  server = await startServerProcess();
  citizen = await openBrowser();
}, 120_000);

afterAll(async () => {
  await citizen?.close();
  await server?.stop();
});

it('the home page transfers at most 250 KB, compressed, without the pages it does not show', async () => {
  const measured: Promise<{ url: string; bytes: number; encoding: string | undefined }>[] = [];
  citizen.page.on('requestfinished', (request) => {
    measured.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        return { url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, encoding: response?.headers()['content-encoding'] };
      })(),
    );
  });
  await citizen.page.goto(server.url, { waitUntil: 'networkidle' });
  await expect.poll(() => citizen.page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
  await expect.poll(() => citizen.page.getByRole('heading', { level: 3, name: /出生/ }).count()).toBeGreaterThan(0);
  await citizen.page.waitForLoadState('networkidle');
  const transfers = await Promise.all(measured);

  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const scripts = transfers.filter((t) => t.url.endsWith('.js'));
  const breakdown = `home page: ${transfers.length} requests, ${(total / 1024).toFixed(1)} KB transferred (${scripts.map((s) => `${s.url.split('/').pop()} ${(s.bytes / 1024).toFixed(1)} KB ${s.encoding ?? 'identity'}`).join(', ')})`;
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
  expect(transfers.map((t) => t.url).filter((url) => /OneGoForm|DesignerPage|ApplyPage|TaskPage/.test(url))).toEqual([]);
  expect(total, breakdown).toBeLessThanOrEqual(HOME_PAGE_LIMIT_BYTES);
}, 120_000);
