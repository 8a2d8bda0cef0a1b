// Designers save drafts (with problems, as work in progress) and publish versions (without); applications
// stay on the version they started with.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Definition {
  bundle: { id: string; timeLimits: { committed: { days: number; kind: string } }; matters: { matter: string; committedTimeLimit?: { days: number; kind: string } }[] };
  matters: { id: string }[];
}

const single = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { answers: object; data: object };

let server: ServerProcess;
let api: ReturnType<typeof client>;
let designer: string;
let citizen: string;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
  designer = await api.login('designer', 'designer-wang');
  citizen = await api.login('citizen', 'citizen-zhao');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('bundle drafts and versions', () => {
  it('keeps a draft with definition problems as work in progress, and refuses to publish it, naming them in Chinese', async () => {
    const current = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
    const broken = structuredClone(current);
    broken.bundle.matters[0] = { ...broken.bundle.matters[0], matter: 'no-such-matter' };
    const saved = await api.post<{ issues: { code: string }[] }>('/api/bundles', broken, designer);
    expect(saved.status).toBe(201);
    expect(saved.body.issues.map((i) => i.code)).toContain('UNKNOWN_MATTER');
    const response = await api.post<{ code: string; issues: { code: string; message: string }[] }>('/api/bundles/henan-newborn/publish', {}, designer);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('DEFINITION_INVALID');
    expect(response.body.issues.map((i) => i.code)).toContain('UNKNOWN_MATTER');
    expect(response.body.issues.find((i) => i.code === 'UNKNOWN_MATTER')?.message).toContain('未定义');
    expect((await api.get<{ version: number }>('/api/bundles/henan-newborn')).body.version).toBe(1);
    expect((await api.call('DELETE', '/api/bundles/henan-newborn/draft', { token: designer })).status).toBe(204);
  });

  it('publishes a new version; running applications stay on theirs, new ones start on the latest', async () => {
    const first = await api.post<{ id: string; bundleVersion: number; matters: { matterId: string; dueAt: string | null }[] }>(
      '/api/applications',
      { bundleId: 'henan-newborn', ...single },
      citizen,
      { 'idempotency-key': 'v1-app' },
    );
    expect(first.status).toBe(201);
    expect(first.body.bundleVersion).toBe(1);

    const current = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
    const faster = structuredClone(current);
    const certificate = faster.bundle.matters.find((m) => m.matter === 'birth-medical-certificate');
    if (!certificate) throw new Error('the example changed');
    certificate.committedTimeLimit = { days: 0, kind: 'working' };
    const saved = await api.post('/api/bundles', faster, designer);
    expect(saved.status).toBe(201);
    expect((await api.post('/api/bundles', faster, designer)).status).toBe(200);
    const published = await api.post<{ version: number }>('/api/bundles/henan-newborn/publish', {}, designer);
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);

    const versions = await api.get<{ versions: { version: number }[]; draft: unknown }>('/api/bundles/henan-newborn/versions', designer);
    expect(versions.body.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.body.draft).toBeNull();
    expect((await api.post('/api/bundles/henan-newborn/publish', {}, designer)).status).toBe(404);
    // a bundle being composed for the first time has an empty history, not an error
    expect((await api.get('/api/bundles/xin-yi-jian-shi/versions', designer)).body).toEqual({ versions: [], draft: null, withdrawn: null });

    const second = await api.post<{ bundleVersion: number; matters: { matterId: string; dueAt: string | null }[] }>(
      '/api/applications',
      { bundleId: 'henan-newborn', ...single },
      citizen,
      { 'idempotency-key': 'v2-app' },
    );
    expect(second.body.bundleVersion).toBe(2);
    const due = (body: { matters: { matterId: string; dueAt: string | null }[] }) => body.matters.find((m) => m.matterId === 'birth-medical-certificate')?.dueAt;
    // Version 1: 1 working day (end of Tue 3/3); version 2: on the spot (end of Mon 3/2).
    expect(due(first.body)).toBe('2026-03-03T15:59:59.999Z');
    expect(due(second.body)).toBe('2026-03-02T15:59:59.999Z');
    const old = await api.get<{ bundleVersion: number }>(`/api/applications/${first.body.id}`, citizen);
    expect(old.body.bundleVersion).toBe(1);

    // The version an application runs on stays readable, with its own definition.
    const limitOf = (body: { version: number; definition: Definition }) => body.definition.bundle.matters.find((m) => m.matter === 'birth-medical-certificate')?.committedTimeLimit?.days;
    const v1 = await api.get<{ version: number; definition: Definition }>('/api/bundles/henan-newborn?version=1');
    expect(v1.status).toBe(200);
    expect(v1.body.version).toBe(1);
    expect(limitOf(v1.body)).not.toBe(0);
    const latest = await api.get<{ version: number; definition: Definition }>('/api/bundles/henan-newborn');
    expect(latest.body.version).toBe(2);
    expect(limitOf(latest.body)).toBe(0);
    expect((await api.get<{ code: string }>('/api/bundles/henan-newborn?version=3')).body.code).toBe('BUNDLE_NOT_FOUND');
    const bad = await api.get<{ code: string }>('/api/bundles/henan-newborn?version=first');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('BAD_REQUEST');
  });

  it('lets only designers save and publish', async () => {
    expect((await api.post('/api/bundles/henan-newborn/publish', {}, citizen)).status).toBe(403);
    expect((await api.get('/api/bundles/henan-newborn/versions')).status).toBe(401);
    expect((await api.post('/api/bundles/no-draft-here/publish', {}, designer)).status).toBe(404);
  });
});
