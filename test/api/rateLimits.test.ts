// Issue 17, finding 4 (no rate limits): requests per second per principal and per client address, and open
// notification streams per principal, are bounded (limits set low here; the defaults are generous). Over a
// limit: 429 with Retry-After and a stable code; /health is never limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

let server: ServerProcess;
let api: ReturnType<typeof client>;
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_100));

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_RATE_LIMIT_PER_PRINCIPAL: '5', ONEGO_RATE_LIMIT_PER_ADDRESS: '40', ONEGO_MAX_STREAMS_PER_PRINCIPAL: '2' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('rate limits', () => {
  it('per principal: the 6th request in a second is 429 RATE_LIMITED with Retry-After; another principal goes on', async () => {
    const citizen = await api.login('citizen', 'eager-citizen');
    const other = await api.login('citizen', 'calm-citizen');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api.get('/api/applications', citizen)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await api.get('/api/applications', citizen, { 'accept-language': 'en' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^too many requests; retry in \d+ s$/) as unknown });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await api.get('/api/applications', other)).status).toBe(200);
    await nextSecond();
    expect((await api.get('/api/applications', citizen)).status).toBe(200);
  });

  it('per address: anonymous requests beyond the limit are 429; /health never is', async () => {
    await nextSecond();
    const responses = await Promise.all(Array.from({ length: 60 }, () => api.get('/api/bundles')));
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(limited[0]?.body['code']).toBe('RATE_LIMITED');
    const health = await Promise.all(Array.from({ length: 60 }, () => api.get('/health')));
    expect(health.every((r) => r.status === 200)).toBe(true);
    await nextSecond();
  });

  it('notification streams: a principal holds at most the configured number at once', async () => {
    await nextSecond();
    const citizen = await api.login('citizen', 'streaming-citizen');
    const open = () => {
      const controller = new AbortController();
      return fetch(`${server.url}/api/notifications/stream`, { headers: { authorization: `Bearer ${citizen}` }, signal: controller.signal }).then((response) => ({ response, close: () => controller.abort() }));
    };
    const first = await open();
    const second = await open();
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    const third = await open();
    expect(third.response.status).toBe(429);
    expect(((await third.response.json()) as { code: string; limit: number })).toMatchObject({ code: 'TOO_MANY_STREAMS', limit: 2 });
    expect(third.response.headers.get('retry-after')).toBe('5');
    first.close();
    await nextSecond();
    const again = await open();
    expect(again.response.status).toBe(200);
    second.close();
    again.close();
  });
});
