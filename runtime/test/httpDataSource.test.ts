// The HTTP data-sharing connector against real HTTP servers on loopback: the protocol (token, body,
// answer accepted as the engine says), retries only of what may succeed next time, timeouts, and the
// circuit breaker opening after consecutive failures and closing after a successful trial call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SystemClock } from '../src/clock.ts';
import type { DataSourceConfig } from '../src/config.ts';
import { DataSourceError } from '../src/sharedData/dataSource.ts';
import { createOutboundFetch } from '../src/outbound/outboundFetch.ts';
import { OutboundPolicy } from '../src/outbound/outboundPolicy.ts';
import { HttpDataSource, type CircuitStatus } from '../src/sharedData/httpDataSource.ts';

type Handler = (body: Record<string, unknown>, request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve)))));
});

/** A connector on loopback whose answer to each call is decided by `handlers[call]` (the last one repeats). */
async function connector(...handlers: Handler[]): Promise<{ url: string; calls: Record<string, unknown>[] }> {
  const calls: Record<string, unknown>[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      calls.push({ ...body, authorization: request.headers.authorization });
      const handler = handlers[Math.min(calls.length - 1, handlers.length - 1)] as Handler;
      handler(body, request, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/resolve`, calls };
}

const json = (status: number, body: unknown): Handler => (_body, _request, response) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const never: Handler = () => {};

const AT = '2026-11-20T02:00:00.000Z';
const request = { elements: ['household.registerNumber'], eLicences: ['household-register'] };
const applicant = { subject: 'li-mingxuan', idNumber: '410105199304120314' };
const answer = {
  values: { 'household.registerNumber': { value: '410105012345', source: 'population-registry', retrievedAt: AT }, 'mother.name': { value: '王雨桐', source: 'x', retrievedAt: AT } },
  eLicences: [{ type: 'household-register', number: '410105012345', source: 'e-licence-library', retrievedAt: AT }],
};
const config = (url: string, overrides: Partial<DataSourceConfig> = {}): DataSourceConfig & { url: string } => ({
  url,
  timeoutMs: 2000,
  retries: 1,
  breakerFailures: 5,
  breakerResetMs: 60_000,
  ...overrides,
});
const signal = () => new AbortController().signal;

async function failure(promise: Promise<unknown>): Promise<DataSourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataSourceError);
  return error as DataSourceError;
}

// The test connectors listen on loopback, which the outbound policy refuses unless allow-listed.
const loopback = createOutboundFetch(new OutboundPolicy(['127.0.0.1']));

describe('the HTTP data source', () => {
  it('posts the applicant and the request with the token, and keeps only what was asked for', async () => {
    const { url, calls } = await connector(json(200, answer));
    const source = new HttpDataSource(config(url, { token: 'secret' }), new SystemClock(), {}, loopback);
    const resolved = await source.resolve(applicant, request, signal());
    expect(calls).toEqual([{ applicant, ...request, authorization: 'Bearer secret' }]);
    expect(resolved).toEqual({
      values: { 'household.registerNumber': { value: '410105012345', source: 'population-registry', retrievedAt: AT } },
      eLicences: [{ type: 'household-register', number: '410105012345', source: 'e-licence-library', retrievedAt: AT }],
    });
  });

  it('retries a server error and a timeout, and gives up after the configured retries', async () => {
    const flaky = await connector(json(503, { error: 'busy' }), json(200, answer));
    expect((await new HttpDataSource(config(flaky.url), new SystemClock(), {}, loopback).resolve(applicant, request, signal())).eLicences).toHaveLength(1);
    expect(flaky.calls).toHaveLength(2);

    const slow = await connector(never, json(200, answer));
    expect((await new HttpDataSource(config(slow.url, { timeoutMs: 200 }), new SystemClock(), {}, loopback).resolve(applicant, request, signal())).eLicences).toHaveLength(1);

    const down = await connector(json(500, {}));
    const error = await failure(new HttpDataSource(config(down.url, { retries: 2 }), new SystemClock(), {}, loopback).resolve(applicant, request, signal()));
    expect(error.reason).toBe('http-error');
    expect(down.calls).toHaveLength(3);

    const silent = await connector(never);
    expect((await failure(new HttpDataSource(config(silent.url, { timeoutMs: 100 }), new SystemClock(), {}, loopback).resolve(applicant, request, signal()))).reason).toBe('timeout');
    expect(silent.calls).toHaveLength(2);
  });

  it('does not retry what cannot succeed next time: a refusal of the request or an answer outside the protocol', async () => {
    const refused = await connector(json(401, { error: 'unauthorized' }));
    expect((await failure(new HttpDataSource(config(refused.url), new SystemClock(), {}, loopback).resolve(applicant, request, signal()))).reason).toBe('http-error');
    expect(refused.calls).toHaveLength(1);
    for (const garbled of ['<html>oops</html>', '[1, 2]']) {
      const { url, calls } = await connector(json(200, garbled));
      expect((await failure(new HttpDataSource(config(url), new SystemClock(), {}, loopback).resolve(applicant, request, signal()))).reason).toBe('bad-response');
      expect(calls).toHaveLength(1);
    }
  });

  it('refuses a loopback connector unless allow-listed (ONEGO_OUTBOUND_ALLOW)', async () => {
    const { url, calls } = await connector(json(200, answer));
    const refused = await failure(new HttpDataSource(config(url, { retries: 0 }), new SystemClock()).resolve(applicant, request, signal()));
    expect(refused.reason).toBe('unreachable');
    expect(refused.message).toMatch(/outbound policy/);
    expect(calls).toHaveLength(0);
  });

  it('is unreachable when nothing listens, and cancelled when the caller gives up', async () => {
    const { url } = await connector(json(200, answer));
    await new Promise((resolve) => (servers[0]?.closeAllConnections(), servers.splice(0)[0]?.close(resolve)));
    expect((await failure(new HttpDataSource(config(url, { retries: 0 }), new SystemClock(), {}, loopback).resolve(applicant, request, signal()))).reason).toBe('unreachable');

    const slow = await connector(never);
    const controller = new AbortController();
    const pending = new HttpDataSource(config(slow.url, { timeoutMs: 10_000 }), new SystemClock(), {}, loopback).resolve(applicant, request, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect((await failure(pending)).reason).toBe('cancelled');
  });

  it('opens the circuit after consecutive failures, fails at once while open, and closes after a successful trial', async () => {
    let up = false;
    const { url, calls } = await connector((body, request, response) => (up ? json(200, answer) : json(500, {}))(body, request, response));
    const states: CircuitStatus[] = [];
    const source = new HttpDataSource(config(url, { retries: 0, breakerFailures: 3, breakerResetMs: 300 }), new SystemClock(), {
      circuit: (status) => states.push(status),
    }, loopback);
    for (let i = 0; i < 3; i++) expect((await failure(source.resolve(applicant, request, signal()))).reason).toBe('http-error');
    expect(states).toEqual(['open']);
    expect((await failure(source.resolve(applicant, request, signal()))).reason).toBe('circuit-open');
    expect(calls).toHaveLength(3); // not called while open
    up = true;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await source.resolve(applicant, request, signal())).eLicences).toHaveLength(1);
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });
});
