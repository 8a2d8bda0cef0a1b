// Webhook and connector targets (issue 17, finding 6, SSRF): what the outbound policy refuses on the URL
// alone, what ONEGO_OUTBOUND_ALLOW lets through, and the check of the resolved address at connect time
// (a public-looking name that resolves to loopback — DNS rebinding — is refused before any byte is sent).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundFetch, outboundFailure, type Resolver } from '../src/outbound/outboundFetch.ts';
import { OutboundPolicy } from '../src/outbound/outboundPolicy.ts';

describe('the outbound policy', () => {
  const policy = new OutboundPolicy();

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://10.0.0.1/hook', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://[fd00::1]/', 'unique-local'],
    ['http://127.0.0.1:8080/', 'loopback'],
    ['http://2130706433/', 'loopback'], // 127.0.0.1 written as one number
    ['http://0x7f.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://0.0.0.0/', 'reserved'],
    ['http://224.0.0.1/', 'reserved'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['http://METADATA.GOOGLE.INTERNAL./', 'metadata'],
    ['http://localhost:3000/', 'metadata'],
    ['http://app.localhost/', 'metadata'],
    ['https://user:secret@hooks.example.gov.cn/', 'credentials'],
    ['https://token@hooks.example.gov.cn/', 'credentials'],
    ['ftp://hooks.example.gov.cn/', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(policy.urlRefusal(url)).toBe(reason);
  });

  it('accepts public names and addresses', () => {
    expect(policy.urlRefusal('https://hooks.example.gov.cn/onego')).toBeUndefined();
    expect(policy.urlRefusal('http://203.0.114.7:8443/hook')).toBeUndefined();
    expect(policy.urlRefusal('http://[2400:3200::1]/')).toBeUndefined();
  });

  it('lets the operator allow hosts and ranges (ONEGO_OUTBOUND_ALLOW), and nothing else', () => {
    const allowing = OutboundPolicy.fromList('hooks.internal, 10.20.0.0/16,127.0.0.1 ,fd12::/16');
    expect(allowing.urlRefusal('http://hooks.internal/onego')).toBeUndefined();
    expect(allowing.urlRefusal('http://10.20.3.4/')).toBeUndefined();
    expect(allowing.urlRefusal('http://10.21.0.1/')).toBe('private');
    expect(allowing.urlRefusal('http://127.0.0.1:9/')).toBeUndefined();
    expect(allowing.urlRefusal('http://127.0.0.2/')).toBe('loopback');
    expect(allowing.urlRefusal('http://[fd12::5]/')).toBeUndefined();
    expect(allowing.urlRefusal('http://[fd13::5]/')).toBe('unique-local');
    expect(allowing.urlRefusal('http://other.internal/')).toBe('metadata');
    // An allow-listed name may resolve to a private address; another name may not.
    expect(allowing.resolvedRefusal('hooks.internal', '10.99.0.1')).toBeUndefined();
    expect(allowing.resolvedRefusal('public.example.gov.cn', '10.99.0.1')).toBe('private');
    expect(() => OutboundPolicy.fromList('10.0.0.0/99')).toThrow(/ONEGO_OUTBOUND_ALLOW/);
    expect(() => OutboundPolicy.fromList('not a host!')).toThrow(/ONEGO_OUTBOUND_ALLOW/);
  });
});

describe('outbound requests', () => {
  let receiver: Server;
  let port: number;
  let received = 0;
  // A stand-in for DNS: the name looks public, but resolves to loopback (where the receiver listens).
  const rebinding: Resolver = (_hostname, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]);

  beforeAll(async () => {
    receiver = createServer((_request, response) => {
      received++;
      response.end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('check the resolved address at connect time: a name resolving to loopback is blocked before sending', async () => {
    const send = createOutboundFetch(new OutboundPolicy(), rebinding);
    const error = await send(`http://hooks.example.gov.cn:${port}/onego`, { method: 'POST', body: '{}' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(outboundFailure(error)).toBe('blocked');
    expect(received).toBe(0);
  });

  it('connect through the same hook when the address is allowed, and refuse literal addresses before connecting', async () => {
    const send = createOutboundFetch(new OutboundPolicy(['127.0.0.1']), rebinding);
    const response = await send(`http://hooks.example.gov.cn:${port}/onego`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(received).toBe(1);
    const strict = createOutboundFetch(new OutboundPolicy());
    const literal = await strict(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(outboundFailure(literal)).toBe('blocked');
    expect(received).toBe(1);
  });

  it('name failures by category: refused, timeout', async () => {
    const send = createOutboundFetch(new OutboundPolicy(['127.0.0.1']));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(outboundFailure(await send(`http://127.0.0.1:${closedPort}/`, { method: 'POST' }).catch((e: unknown) => e))).toBe('refused');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    const slow = await send(`http://127.0.0.1:${silentPort}/`, { method: 'POST', signal: AbortSignal.timeout(200) }).catch((e: unknown) => e);
    expect(outboundFailure(slow)).toBe('timeout');
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
