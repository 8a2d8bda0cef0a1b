// onego backup as an operator runs it, beside a running server on SQLite: the copy is taken while the
// server serves, a server started on the copy (the restore) answers the same application with its
// timeline and its uploaded file, the copy is not touched by what the first server writes afterwards, an
// existing backup is never overwritten, and on PostgreSQL it says how to use pg_dump instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../../test/support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../../test/support/serverProcess.ts';
import { tinyPng, uploadFile } from '../../test/support/uploadFiles.ts';

const onego = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['runtime/bin/onego.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

let server: ServerProcess;
let restored: ServerProcess | undefined;
let citizen: string;
let applicationId: string;
const backup = path.join(mkdtempSync(path.join(tmpdir(), 'onego-backups-')), 'monday');

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-backed-up-'));
  server = await startServerProcess({ ONEGO_DATABASE_URL: `sqlite:${path.join(dataDir, 'onego.sqlite')}` }, dataDir);
  const api = client(server.url);
  citizen = await api.login('citizen', 'citizen-backup');
  const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'backup-1' });
  expect(created.status).toBe(201);
  applicationId = created.body.id;
  expect((await uploadFile(server.url, applicationId, 'parents-id-cards', { content: tinyPng(7), filename: '身份证.png', contentType: 'image/png' }, citizen)).status).toBe(201);
}, 60_000);

afterAll(async () => {
  await restored?.stop();
  await server?.stop();
});

describe('onego backup', () => {
  let before: ApplicationView;

  it('copies the database and the uploads of a running server', async () => {
    before = (await client(server.url).get<ApplicationView>(`/api/applications/${applicationId}`, citizen)).body;
    const result = onego({ ONEGO_DATABASE_URL: `sqlite:${path.join(server.dataDir, 'onego.sqlite')}`, ONEGO_DATA_DIR: server.dataDir }, 'backup', backup);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('上传文件 1 个');
    // The first server goes on: what it writes now is not in the copy.
    const api = client(server.url);
    expect((await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': 'after-backup' })).status).toBe(201);
  });

  it('restores by starting a server on the copy: the same application, its timeline and its file', async () => {
    await server.stop();
    restored = await startServerProcess({ ONEGO_DATABASE_URL: `sqlite:${path.join(backup, 'onego.sqlite')}` }, backup);
    const api = client(restored.url);
    const token = await api.login('citizen', 'citizen-backup');
    const after = await api.get<ApplicationView>(`/api/applications/${applicationId}`, token);
    expect(after.status).toBe(200);
    expect(after.body.timeline).toEqual(before.timeline);
    expect(after.body.matters).toEqual(before.matters);
    const uploads = (await api.get<{ contentUrl: string }[]>(`/api/applications/${applicationId}/materials`, token)).body;
    expect(uploads).toHaveLength(1);
    const file = await fetch(`${restored.url}${uploads[0]?.contentUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(tinyPng(7))).toBe(true);
    // Only what was there when the copy was taken.
    const mine = (await api.get<{ id: string }[]>('/api/applications', token)).body;
    expect(mine.map((a) => a.id)).toEqual([applicationId]);
  }, 60_000);

  it('never overwrites a backup, and sends PostgreSQL to pg_dump', () => {
    const again = onego({ ONEGO_DATABASE_URL: `sqlite:${path.join(backup, 'onego.sqlite')}`, ONEGO_DATA_DIR: backup }, 'backup', backup);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在');
    const postgres = onego({ ONEGO_DATABASE_URL: 'postgres://onego:secret@db.example:5432/onego' }, 'backup', path.join(backup, 'pg'));
    expect(postgres.status).toBe(1);
    expect(postgres.stderr).toContain('pg_dump');
    expect(postgres.stderr).not.toContain('secret');
  });
});
