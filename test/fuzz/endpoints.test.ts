// Fuzzing every endpoint of the OpenAPI document (issue 17) on a real server process: for each operation,
// once as every kind of caller with a plain request, then FUZZ_RUNS hostile requests (fast-check, from
// FUZZ_SEED): never a 5xx; every error JSON {code, message} with a code of the API and a status and
// code documented for the operation (or one every operation may give); no stack trace, internal path or
// SQL in a body; a caller the operation does not accept never succeeds; a refused request writes nothing;
// /health answers after each operation. Then a round of refused submissions by one citizen leaves their
// applications and drafts as they were, everything stored reads back, the data's invariants hold and the
// server logged no error. `npm run fuzz` runs it long with a random seed; see fuzzSettings.ts to replay.
import fc from 'fast-check';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { apiOperations, resolve, type Operation } from './apiOperations.ts';
import { brokenInvariants, difference, openDatabase, writtenState } from './databaseState.ts';
import { CALLERS, createFixtures, roleOf, type Fixtures } from './fuzzFixtures.ts';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_STATS, REPLAY } from './fuzzSettings.ts';
import { plainRequest, requestArbitrary, type FuzzRequest } from './hostileRequests.ts';
import { sendRaw } from '../support/rawRequest.ts';
import { garbageRequest, MALFORMED } from './rawHttp.ts';
import { problemsOf, type Answer } from './responseInvariants.ts';

const operations = apiOperations();

let server: ServerProcess;
let api: ReturnType<typeof client>;
let fixtures: Fixtures;
let db: Knex;
/** Statuses answered, by operation (printed by a long run: what the fuzzer reached). */
const seen = new Map<string, Map<string, number>>();

async function send(request: FuzzRequest): Promise<Answer> {
  const authorization = await fixtures.authorization(request.caller, request.department, request.variant);
  const withBody = request.body !== undefined && request.method !== 'GET';
  const response = await fetch(`${server.url}${request.url}`, {
    method: request.method,
    headers: { ...request.headers, ...(authorization !== undefined ? { authorization } : {}) },
    ...(withBody && request.body ? { body: new Uint8Array(request.body) } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(20_000),
  });
  // A notification stream never ends: its headers are the answer.
  if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, headers: response.headers, text: '' };
  }
  return { status: response.status, headers: response.headers, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
}

const describeRequest = (request: FuzzRequest) =>
  `${request.method} ${request.url.slice(0, 300)} as ${request.caller} (#${request.variant}), body: ${request.bodyKind} ${request.body ? `(${request.body.length} bytes: ${JSON.stringify(Buffer.from(request.body.slice(0, 300)).toString('utf8'))})` : ''}, headers: ${JSON.stringify(request.headers).slice(0, 300)}`;

/** The request sent last and its answer (a connection left broken shows on the next request). */
let previous = '';

/** Sends one request and returns what is wrong with the answer and with what it wrote. */
async function exercise(op: Operation, request: FuzzRequest): Promise<string[]> {
  const before = await writtenState(db);
  let answer: Answer;
  try {
    answer = await send(request);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return [`no answer: ${(error as Error).message} ${cause?.code ?? ''} ${cause?.message ?? ''} (the request before: ${previous})`];
  } finally {
    previous = describeRequest(request);
  }
  previous += ` → ${answer.status} ${answer.text.slice(0, 200)}`;
  const tally = seen.get(op.name) ?? new Map<string, number>();
  const code = answer.status >= 400 ? ` ${String((JSON.parse(answer.text || '{}') as { code?: string }).code)}` : '';
  tally.set(`${answer.status}${code}`, (tally.get(`${answer.status}${code}`) ?? 0) + 1);
  seen.set(op.name, tally);
  const problems = problemsOf(op, request, answer, server.dataDir);
  if (answer.status >= 400) {
    const after = await writtenState(db);
    if (after !== before) problems.push(`refused ${answer.status} but wrote: ${difference(before, after)}`);
  }
  return problems.map((p) => `${p}\n    answer: ${answer.status} ${answer.text.slice(0, 400)}`);
}

async function expectHealthy(): Promise<void> {
  const health = await api.get<{ status: string }>('/health');
  expect(health.status).toBe(200);
  expect(['ok', 'degraded']).toContain(health.body.status);
}

beforeAll(async () => {
  console.log(`fuzz: seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs per operation — replay: ${REPLAY}`);
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
  fixtures = await createFixtures(server, api);
  db = openDatabase(server.dataDir);
  await db.raw('PRAGMA busy_timeout = 5000');
}, 120_000);

afterAll(async () => {
  if (FUZZ_STATS) {
    for (const [name, tally] of seen) console.log(`${name}: ${[...tally].sort().map(([status, n]) => `${status} ×${n}`).join(', ')}`);
  }
  await db?.destroy();
  await server?.stop();
});

describe(`every operation of the OpenAPI document, fuzzed (${REPLAY})`, () => {
  const probedPaths = new Set<string>();
  operations.forEach((op, index) => {
    it(op.name, { timeout: 60_000 + FUZZ_RUNS * 3_000 }, async () => {
      const problems: string[] = [];
      // Each kind of caller once, with real ids and a valid body.
      for (const caller of CALLERS) {
        const request = plainRequest(op, fixtures, resolve, caller);
        for (const problem of await exercise(op, request)) problems.push(`${describeRequest(request)}\n  ${problem}`);
      }
      // A method the path does not have.
      if (!probedPaths.has(op.path)) {
        probedPaths.add(op.path);
        const method = ['PATCH', 'PUT', 'DELETE', 'POST', 'GET'].find((m) => !op.siblings.includes(m)) ?? 'PATCH';
        const request = { ...plainRequest(op, fixtures, resolve, 'admin'), method };
        for (const problem of await exercise({ ...op, method, name: `${method} ${op.path}`, responses: new Map() }, request)) problems.push(`${describeRequest(request)}\n  ${problem}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);

      await fc.assert(
        fc.asyncProperty(requestArbitrary(op, fixtures, resolve), async (request) => {
          const found = await exercise(op, request);
          if (found.length > 0) throw new Error(`${describeRequest(request)}\n  ${found.join('\n  ')}\n(replay the run: ${REPLAY})`);
        }),
        { seed: (FUZZ_SEED + index) | 0, numRuns: FUZZ_RUNS },
      );
      await expectHealthy();
    });
  });
});

describe('HTTP itself', () => {
  /** A raw answer is as it must be: nothing (the connection closed), or a 4xx or 2xx whose error is JSON {code, message}. */
  function rawProblem(answer: string): string | undefined {
    if (answer === '') return undefined;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
    if (!(status >= 200 && status < 500)) return `answered ${answer.slice(0, 100)}`;
    if (status < 400) return undefined;
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    // Chunked bodies are framed: the JSON between the chunk sizes.
    const text = /transfer-encoding: chunked/i.test(head) ? body.replace(/^[0-9a-f]+\r\n/i, '').replace(/\r\n0\r\n\r\n$/, '') : body;
    try {
      const error = JSON.parse(text) as { code?: unknown; message?: unknown };
      if (typeof error.code !== 'string' || typeof error.message !== 'string') return `an error without code and message: ${text.slice(0, 200)}`;
    } catch {
      return `a ${status} that is not JSON: ${JSON.stringify(answer.slice(0, 200))}`;
    }
    return undefined;
  }

  it('malformed requests, lying lengths and smuggling shapes are refused with a JSON error or a closed connection; the server stays up', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const [name, bytes] of MALFORMED) {
      const problem = rawProblem(await sendRaw(server.url, bytes));
      if (problem) problems.push(`${name}: ${problem}`);
    }
    expect(problems).toEqual([]);
    await fc.assert(
      fc.asyncProperty(garbageRequest, async (bytes) => {
        const problem = rawProblem(await sendRaw(server.url, bytes));
        if (problem) throw new Error(`${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 300))}: ${problem}`);
      }),
      { seed: FUZZ_SEED, numRuns: Math.max(20, FUZZ_RUNS * 4) },
    );
    await expectHealthy();
  });
});

describe('afterwards', () => {
  it('a round of refused submissions and draft saves by one citizen leaves their applications and drafts as they were', { timeout: 120_000 }, async () => {
    const token = (await fixtures.authorization('citizen', 'health', 0)) ?? '';
    const count = async () => ({
      applications: Number((await api.get('/api/applications', token.slice(7))).headers.get('x-total-count')),
      drafts: (await api.get<unknown[]>('/api/application-drafts', token.slice(7))).body.length,
    });
    const before = await count();
    const created = { applications: 0, drafts: 0 };
    for (const [name, kind] of [['POST /api/applications', 'applications'], ['POST /api/application-drafts', 'drafts']] as const) {
      const op = operations.find((o) => o.name === name);
      if (!op) throw new Error(`${name} is not in the document`);
      const requests = fc.sample(requestArbitrary(op, fixtures, resolve), { seed: FUZZ_SEED, numRuns: Math.max(20, FUZZ_RUNS) });
      for (const request of requests) {
        const mine = { ...request, caller: 'citizen' as const };
        const problems = await exercise(op, mine);
        expect(problems, `${describeRequest(mine)}\n  ${problems.join('\n  ')}`).toEqual([]);
      }
      const after = await count();
      created[kind] = after[kind] - before[kind];
    }
    const after = await count();
    // What was accepted is there and reads back; nothing else was written.
    const listed = await api.get<{ id: string }[]>('/api/applications?pageSize=100', token.slice(7));
    for (const { id } of listed.body) expect((await api.get(`/api/applications/${id}`, token.slice(7))).status).toBe(200);
    expect(after).toEqual({ applications: before.applications + created.applications, drafts: before.drafts + created.drafts });
  });

  it('the server is healthy, everything stored reads back, the invariants of the data hold, and no error was logged', { timeout: 120_000 }, async () => {
    await expectHealthy();
    const as = async (caller: Parameters<Fixtures['authorization']>[0], department = 'health') => ((await fixtures.authorization(caller, department, 0)) ?? '').slice('Bearer '.length);
    const failures: string[] = [];
    const read = async (url: string, token?: string) => {
      const response = await api.get<unknown>(url, token);
      if (response.status !== 200) failures.push(`${url}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      return response.body;
    };
    // The citizens: the fixtures' owner, a stranger, and each odd subject a well-signed token named.
    const citizens = [await as('citizen'), await as('stranger')];
    for (let variant = 0; variant < 36; variant++) {
      if (roleOf('odd-claims', variant) === 'citizen') citizens.push(((await fixtures.authorization('odd-claims', 'health', variant)) ?? '').slice('Bearer '.length));
    }
    for (const token of citizens) {
      for (const { id } of (await read('/api/applications?pageSize=100', token)) as { id: string }[]) {
        await read(`/api/applications/${id}`, token);
        await read(`/api/applications/${id}/materials`, token);
      }
      for (const { id } of (await read('/api/application-drafts', token)) as { id: string }[]) {
        await read(`/api/application-drafts/${id}`, token);
        await read(`/api/application-drafts/${id}/materials`, token);
      }
      await read('/api/notifications', token);
    }
    const designer = await as('designer');
    for (const { id } of (await read('/api/bundles')) as { id: string }[]) await read(`/api/bundles/${encodeURIComponent(id)}`);
    for (const { id } of (await read('/api/bundles/drafts', designer)) as { id: string }[]) await read(`/api/bundles/${encodeURIComponent(id)}/draft`, designer);
    const admin = await as('admin');
    for (const { department } of (await read('/api/admin/webhooks', admin)) as { department: string }[]) {
      await read(`/api/admin/webhooks/${encodeURIComponent(department)}`, admin);
      await read(`/api/admin/webhooks/${encodeURIComponent(department)}/deliveries`, admin);
    }
    await read('/api/stats/ratings', admin);
    for (const department of fixtures.ids.department) {
      const officer = await as('officer', department);
      for (const { id } of (await read('/api/tasks?pageSize=100', officer)) as { id: string }[]) await read(`/api/tasks/${id}`, officer);
      for (const { id } of (await read('/api/rectifications?pageSize=100', officer)) as { id: string }[]) await read(`/api/rectifications/${id}`, officer);
    }
    const calendars = (await read('/api/calendars')) as { nationalYears?: number[] };
    for (const year of calendars.nationalYears ?? []) await read(`/api/calendars/national/${year}`);
    expect(failures).toEqual([]);

    expect(await brokenInvariants(db)).toEqual([]);
    const errors = server
      .output()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line))
      .map((line) => line.slice(0, 600));
    expect(errors).toEqual([]);
  });
});
