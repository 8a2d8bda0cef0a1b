// Three OneGo processes over one PostgreSQL database behind a real load balancer (Debian's nginx, round
// robin; the vitest project `postgres` only), as a province runs them. The newborn flow through the
// balancer, spread over all three: each officer's inbox lists each task once, every application ends
// completed. An upload through one process is downloaded through the other two (the files are in the
// database). Then one process is killed (SIGKILL) under a bounded load of submissions and decisions
// whose clients retry on failure with the same Idempotency-Key: every acknowledged submission is there
// once, none duplicated, each decision recorded once, and the two processes left take all the load.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { startNginx, type NginxProxy } from '../support/nginxProxy.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { testDatabaseUrl } from '../support/testDatabase.ts';
import { minimalPdf, uploadFile } from '../support/uploadFiles.ts';

const single = newbornSample('valid-single-birth');

let databaseUrl: string;
let processes: ServerProcess[];
let balancer: NginxProxy;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl(mkdtempSync(path.join(tmpdir(), 'onego-empty-')), { empty: true });
  // One data folder (the token keys, uploads) for the three, as a shared volume would be.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-three-'));
  processes = await Promise.all([1, 2, 3].map(() => startServerProcess({ ONEGO_DATABASE_URL: databaseUrl }, dataDir)));
  balancer = await startNginx(processes.map((p) => p.url));
  api = client(balancer.url);
}, 300_000);

afterAll(async () => {
  await balancer?.stop();
  await Promise.all((processes ?? []).map((p) => p.stop()));
});

const upstreamOf = (p: ServerProcess) => new URL(p.url).host;

describe('three processes behind nginx', () => {
  it('take the newborn flow spread over all three: every application completed, each task once in its inbox', async () => {
    const steps = newbornSteps(api, 'citizen-balanced');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await steps.submit(`balanced-${i}`, single));
    for (const id of ids) expect((await steps.complete(id)).status).toBe('completed');

    // Decisions and submissions went to every process.
    const writes = balancer.served().filter((r) => r.method === 'POST' && (r.path === '/api/applications' || r.path.endsWith('/decision')));
    for (const p of processes) expect(writes.filter((r) => r.upstream === upstreamOf(p)).length, `writes served by ${p.url}`).toBeGreaterThan(0);

    // Each department's inbox, read page by page through the balancer (each page from whichever process):
    // each task of these applications exactly once.
    const view = await steps.read(ids[0] as string);
    for (const department of new Set(view.matters.map((m) => m.department))) {
      const officer = await api.login('officer', `officer-inbox-${department}`, department);
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        const response = await api.get<TaskSummary[]>(`/api/tasks?pageSize=5&page=${page}`, officer);
        expect(response.status).toBe(200);
        seen.push(...response.body.filter((t) => ids.includes(t.applicationId)).map((t) => t.id));
        if (response.body.length < 5) break;
      }
      const expected = (await Promise.all(ids.map((id) => steps.read(id)))).flatMap((v) => v.matters.filter((m) => m.department === department && m.taskId).map((m) => m.taskId));
      expect([...seen].sort(), department).toEqual([...expected].sort());
    }
  }, 240_000);

  it('share uploads: a file uploaded through one process is downloaded whole through the other two, from the database', async () => {
    const [first, second, third] = processes as [ServerProcess, ServerProcess, ServerProcess];
    const steps = newbornSteps(client(first.url), 'citizen-shared-upload');
    const applicationId = await steps.submit('shared-upload', single);
    const citizen = await client(first.url).login('citizen', 'citizen-shared-upload');
    // A PDF of several chunks of the store (256 KiB each).
    const pdf = Buffer.concat([minimalPdf('Shared'), Buffer.from(`%${'x'.repeat(700_000)}\n`)]);
    const uploaded = await uploadFile(first.url, applicationId, 'parents-id-cards', { content: pdf, filename: '身份证.pdf' }, citizen);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(uploaded.body['sha256']).toBe(sha256);
    for (const other of [second, third]) {
      const response = await fetch(`${other.url}${String(uploaded.body['contentUrl'])}`, { headers: { authorization: `Bearer ${citizen}` } });
      expect(response.status, other.url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(pdf), other.url).toBe(true);
    }
    // In the database, not in the (shared) data folder.
    expect(existsSync(path.join(first.dataDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256))).toBe(false);
    const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
    try {
      expect(Number((await db('blobs').where({ sha256 }).first<{ size: string | number } | undefined>('size'))?.size)).toBe(pdf.length);
      expect(Number((await db('blob_chunks').where({ sha256 }).count({ n: '*' }))[0]?.n)).toBe(Math.ceil(pdf.length / (256 * 1024)));
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it('lose no acknowledged write when one process is killed under load: clients retry with the same key', async () => {
    // A citizen per client: one may submit 20 applications a day.
    const citizens = await Promise.all(Array.from({ length: 4 }, (_, c) => api.login('citizen', `citizen-killed-${c}`)));
    const RETRYABLE = new Set([502, 503, 504]);
    /** A request retried on a lost connection or a balancer/database refusal, as a client with a key does. */
    async function withRetries<T>(send: () => Promise<{ status: number; body: T }>): Promise<{ status: number; body: T; attempts: number }> {
      for (let attempt = 1; ; attempt++) {
        try {
          const response = await send();
          if (!RETRYABLE.has(response.status) || attempt >= 20) return { ...response, attempts: attempt };
        } catch (error) {
          if (attempt >= 20) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * Math.min(attempt, 5)));
      }
    }
    const acknowledged = new Map<string, string>(); // key → application id
    const decided = new Map<string, number>(); // application id → the decision's final status (200, or 409 when a lost answer had decided it)
    const victim = processes[1] as ServerProcess;
    const CLIENTS = 4;
    const PER_CLIENT = 8;
    let killed = false;

    // The hospital's window clerk (受理) and case officer (签发, recording the certificate number).
    const clerk = await api.login('officer', 'officer-killed-clerk', 'health', { name: '卫健窗口', positions: ['窗口人员'] });
    const issuer = await api.login('officer', 'officer-killed-issuer', 'health', { name: '卫健经办', positions: ['经办人'] });
    /** One request of the walk, retried; a 409 only for a retry whose first attempt was done but its answer lost. */
    async function walkStep(url: string, body: unknown, token: string, doneCode: string): Promise<number> {
      const response = await withRetries(() => api.post(url, body, token));
      expect(response.status === 200 || (response.status === 409 && response.attempts > 1 && response.body['code'] === doneCode), JSON.stringify(response.body)).toBe(true);
      return response.status;
    }
    async function oneClient(c: number): Promise<void> {
      const citizenToken = citizens[c] as string;
      for (let i = 0; i < PER_CLIENT; i++) {
        const key = `killed-${c}-${i}`;
        const submitted = await withRetries(() => api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizenToken, { 'idempotency-key': key }));
        expect([200, 201], JSON.stringify(submitted.body)).toContain(submitted.status);
        acknowledged.set(key, submitted.body.id);
        // The health department walks the new application's first matter at once: 受理 → 签发.
        const view = await withRetries(() => api.get<ApplicationView>(`/api/applications/${submitted.body.id}`, citizenToken));
        const certificate = view.body.matters.find((m) => m.matterId === 'birth-medical-certificate');
        if (!certificate) throw new Error('the example changed');
        const task = `/api/tasks/${certificate.taskId}`;
        await walkStep(`${task}/claim`, {}, clerk, 'TASK_ALREADY_CLAIMED');
        await walkStep(`${task}/decision`, { decision: 'approve', stepId: 'accept' }, clerk, 'STEP_ALREADY_DECIDED');
        await walkStep(`${task}/claim`, {}, issuer, 'TASK_ALREADY_CLAIMED');
        const status = await walkStep(`${task}/decision`, { decision: 'approve', stepId: 'issue', results: { 'child.birthCertificateNumber': 'Q410123456' } }, issuer, 'TASK_ALREADY_DECIDED');
        decided.set(submitted.body.id, status);
        if (!killed && c === 0 && i === 2) {
          killed = true;
          victim.process.kill('SIGKILL');
        }
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => oneClient(c)));
    expect(killed).toBe(true);
    expect(victim.process.signalCode ?? (await new Promise((resolve) => victim.process.once('exit', (_code, signal) => resolve(signal))))).toBe('SIGKILL');

    const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
    try {
      // Every key acknowledged is one application, the one acknowledged; nothing else was made.
      const rows = await db('applications').where('applicant', 'like', 'citizen-killed-%').select<{ id: string; idempotency_key: string }[]>('id', 'idempotency_key');
      expect(rows.length).toBe(CLIENTS * PER_CLIENT);
      expect(new Map(rows.map((r) => [r.idempotency_key, r.id]))).toEqual(acknowledged);
      // Each first matter approved once: one approval in its timeline, one task for it.
      for (const [key, id] of acknowledged) {
        const view = (await api.get<ApplicationView>(`/api/applications/${id}`, citizens[Number(key.split('-')[1])])).body;
        const approvals = view.timeline.filter((e) => e.matterId === 'birth-medical-certificate' && e.what === 'MATTER_APPROVED');
        expect(approvals.length, `${id}: ${JSON.stringify(view.timeline)}`).toBe(1);
        expect(view.matters.find((m) => m.matterId === 'birth-medical-certificate')?.status).toBe('approved');
      }
      const tasks = await db('tasks').whereIn('application_id', [...acknowledged.values()]).select('application_id', 'matter_id').count({ n: '*' }).groupBy('application_id', 'matter_id').having(db.raw('count(*) > 1'));
      expect(tasks).toEqual([]);
    } finally {
      await db.destroy();
    }
    // After the kill, the two left served the rest.
    const survivors = processes.filter((p) => p !== victim).map(upstreamOf);
    const late = balancer.served().slice(-20);
    expect(late.every((r) => survivors.includes(r.upstream.split(', ').at(-1) ?? ''))).toBe(true);
  }, 240_000);
});
