// What the portal shows a citizen about the example bundles — the catalogue and each bundle's preview
// (the one-time notice and the merged form) — carries no source citations ("[004:1000]") and no
// remarks meant for designers ("示例值", "illustrative"): those belong in the examples' READMEs and
// the definitions' `sources`. Runs on SQLite and on PostgreSQL (vitest projects sqlite and postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const NOT_FOR_CITIZENS = /\[\d{3}:\d+\]|示例值|示例规则|illustrative/gi;

let server: ServerProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startServerProcess();
  api = client(server.url);
}, 60_000);
afterAll(async () => server?.stop());

describe('citizen-facing text of the examples', () => {
  it('the catalogue of bundles names no source and no illustrative figure', async () => {
    const list = await api.get<{ id: string }[]>('/api/bundles');
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(list.body).match(NOT_FOR_CITIZENS)).toBeNull();
  });

  it('no bundle preview (notice and merged form) does', async () => {
    const list = await api.get<{ id: string }[]>('/api/bundles');
    for (const { id } of list.body) {
      const preview = await api.post(`/api/bundles/${encodeURIComponent(id)}/preview`, { answers: {} });
      expect(preview.status, id).toBe(200);
      expect([id, JSON.stringify(preview.body).match(NOT_FOR_CITIZENS)]).toEqual([id, null]);
    }
  });
});
