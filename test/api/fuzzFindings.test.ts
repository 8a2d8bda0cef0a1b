// Regressions of what the endpoint fuzzer (test/fuzz/) found, each pinned by the request that showed it:
// a compressed body that does not decompress answered 500 (zlib's error reached the error middleware as
// an unknown error); moving the test clock by 1e300 ms made every later request 500 (no Date, then years
// of six digits no ISO reader takes); requests Node's HTTP parser refuses were answered with an empty
// body, not the API's JSON error; an upload refused before its body was read to the end (too many parts)
// left the rest on a kept-alive connection: the client's next request on it was reset; and a body over
// 1 MB refused 413 at once was not read on, so that a client still sending it got EPIPE, not the 413.
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { sendRaw } from '../support/rawRequest.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** The server's error log lines (an unknown error is logged at level 50). */
const loggedErrors = () => server.output().split('\n').filter((line) => line.includes('"level":50'));

describe('a body whose Content-Encoding does not decode', () => {
  it.each([
    ['gzip', new TextEncoder().encode('{"bundleId":"henan-newborn"}')],
    ['br', new TextEncoder().encode('{"bundleId":"henan-newborn"}')],
    ['deflate', new Uint8Array([0x78, 0x9c, 0xff, 0xfe, 0x00, 0x01])],
  ])('is 400 BAD_JSON, not 500 (%s)', async (encoding, bytes) => {
    const token = await api.login('citizen', 'citizen-encoding');
    const response = await fetch(`${server.url}/api/application-drafts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-encoding': encoding, 'accept-language': 'en' },
      body: bytes,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_JSON', message: 'the request body is not valid JSON' });
    expect(loggedErrors()).toEqual([]);
  });

  it('a gzip body that does decode is read as usual', async () => {
    const token = await api.login('citizen', 'citizen-encoding');
    const response = await fetch(`${server.url}/api/application-drafts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(gzipSync(JSON.stringify({ bundleId: 'henan-newborn', answers: {}, data: {} }))),
    });
    expect(response.status).toBe(201);
  });
});

describe('the test clock', () => {
  it.each([1e300, 8.5e15, 2.7e14])('refuses a move past the year 9999 (%d ms) 400, and goes on working', async (advanceMs) => {
    const moved = await api.post('/api/test/clock', { advanceMs });
    expect(moved.status).toBe(400);
    expect(moved.body['code']).toBe('BAD_REQUEST');
    expect((await api.get('/health')).status).toBe(200);
    const citizen = await api.login('citizen', 'citizen-clock');
    const submitted = await api.post('/api/applications', { bundleId: 'henan-newborn', ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': `clock-${advanceMs}` });
    expect(submitted.status).toBe(201);
    expect(loggedErrors()).toEqual([]);
  });
});

describe('requests the HTTP parser refuses', () => {
  const answerOf = async (request: string) => {
    const answer = await sendRaw(server.url, new Uint8Array(Buffer.from(request, 'latin1')));
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body: JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) as unknown };
  };

  it('are answered JSON {code, message} like every other error: 400 for a malformed request', async () => {
    const answer = await answerOf('HELLO\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.head).toMatch(/content-type: application\/json/i);
    expect(answer.body).toEqual({ code: 'BAD_REQUEST', message: '请求有误：the HTTP request is malformed' });
  });

  it('431 for headers over 16 KB', async () => {
    const answer = await answerOf(`GET /api/bundles HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(answer.body).toEqual({ code: 'BAD_REQUEST', message: '请求有误：the request headers exceed 16 KB' });
  });
});

/**
 * Requests on one kept-alive connection, each written once the answer to the one before has come (as a
 * client reuses a connection): the statuses answered, then `reset` or `closed` when the connection ended
 * before the last answer.
 */
function onOneConnection(requests: Buffer[]): Promise<(number | string)[]> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const statuses: (number | string)[] = [];
    let pending = Buffer.alloc(0);
    let next = 0;
    const socket = net.connect(Number(port), hostname, () => socket.write(requests[next++] ?? Buffer.alloc(0)));
    const finish = (how?: string) => {
      if (how && statuses.length < requests.length) statuses.push(how);
      socket.destroy();
      resolve(statuses);
    };
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const headEnd = pending.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const head = pending.subarray(0, headEnd).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < headEnd + 4 + length) return;
        statuses.push(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]));
        pending = pending.subarray(headEnd + 4 + length);
        if (next < requests.length) socket.write(requests[next++] ?? Buffer.alloc(0));
        else finish();
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNRESET' ? 'reset' : String(error.code)));
    socket.on('close', () => finish('closed'));
    setTimeout(() => finish('no answer in 10 s'), 10_000);
  });
}

const request = (path: string, token: string, type: string, body: Buffer) =>
  Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);

describe('a body refused before it is read to its end', () => {
  it('an upload with too many parts: its rest is read and dropped, and the next request on the connection is answered', async () => {
    const token = await api.login('citizen', 'citizen-parts');
    const draft = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: {}, data: {} }, token);
    const path = `/api/application-drafts/${draft.body.id}/materials/parents-id-cards`;
    const manyParts = Buffer.concat([...Array.from({ length: 2_000 }, (_, i) => Buffer.from(`--b\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`)), Buffer.from('--b--\r\n')]);
    const statuses = await onOneConnection([request(path, token, 'multipart/form-data; boundary=b', manyParts), request('/api/application-drafts', token, 'application/json', Buffer.from('{'))]);
    expect(statuses).toEqual([400, 400]);
  });

  it('a JSON body over 1 MB: answered 413 to a client still sending it, and the next request on the connection is answered', async () => {
    const token = await api.login('citizen', 'citizen-large');
    const huge = Buffer.from(JSON.stringify({ bundleId: 'henan-newborn', data: { padding: 'x'.repeat(3_300_000) } }));
    const statuses = await onOneConnection([request('/api/application-drafts', token, 'application/json', huge), request('/api/application-drafts', token, 'application/json', Buffer.from('{'))]);
    expect(statuses).toEqual([413, 400]);
  });
});
